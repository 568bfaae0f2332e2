#include "corroborate/html/date_url.h"

namespace corroborate::html {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSep(char c) { return c == '/' || c == '-' || c == '_' || c == '.'; }

size_t DigitRun(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && IsDigit(s[j])) ++j;
  return j - i;
}

int ToInt(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

}  // namespace

std::optional<UrlDate> FindUrlDate(std::string_view url, int min_year, int max_year) {
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    const size_t path = url.find('/', scheme + 3);
    url = path == std::string_view::npos ? std::string_view() : url.substr(path);
  }
  std::optional<UrlDate> partial;
  for (size_t i = 0; i < url.size(); ++i) {
    if (!IsDigit(url[i]) || (i > 0 && IsDigit(url[i - 1]))) continue;
    const size_t run = DigitRun(url, i);
    if (run < 4) {
      i += run;
      continue;
    }
    const int year = ToInt(url, i, 4);
    if (year < min_year || year > max_year) {
      i += run - 1;
      continue;
    }
    if (run == 4 && i + 4 < url.size() && IsSep(url[i + 4])) {
      // Separated: year, month and maybe day.
      const char sep = url[i + 4];
      const size_t m = i + 5;
      const size_t mrun = DigitRun(url, m);
      if (mrun < 1 || mrun > 2) continue;
      const int month = ToInt(url, m, mrun);
      if (month < 1 || month > 12) continue;
      const size_t d = m + mrun + 1;
      if (d < url.size() && url[d - 1] == sep) {
        const size_t drun = DigitRun(url, d);
        if (drun >= 1 && drun <= 2) {
          const Date date{year, month, ToInt(url, d, drun)};
          if (IsValidDate(date)) return UrlDate{date, true, false};
        }
      }
      // "/2020/06/" and "/2020/06/slug": a month, unless more digits follow ("2020-06-0735").
      if (!partial && (m + mrun >= url.size() || !IsDigit(url[m + mrun]))) {
        partial = UrlDate{{year, month, 0}, false, false};
      }
      continue;
    }
    if (run >= 8 && (run == 8 || run >= 12)) {
      // Compact: exactly 8 digits, or the head of a timestamp-like id (YYYYMMDDhhmm...).
      const Date date{year, ToInt(url, i + 4, 2), ToInt(url, i + 6, 2)};
      if (IsValidDate(date)) return UrlDate{date, true, true};
    }
    i += run - 1;
  }
  return partial;
}

}  // namespace corroborate::html
