#include "corroborate/common/date.h"

#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

namespace corroborate {

const char* const kWeekdayNames[7] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                      "Friday", "Saturday", "Sunday"};

long DaysFromCivil(const Date& d) {
  // Howard Hinnant's days_from_civil.
  const int y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

int Weekday(const Date& d) {
  const long days = DaysFromCivil(d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

Date AddDays(const Date& d, long days) { return CivilFromDays(DaysFromCivil(d) + days); }

std::string FormatIsoDate(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

bool IsValidDate(const Date& d) {
  if (d.year < 1800 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  static const int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.day > kDays[d.month - 1]) return false;
  return CivilFromDays(DaysFromCivil(d)) == d;  // rejects Feb 29 in common years
}

namespace {

std::string Lower(std::string_view w) {
  std::string s;
  for (char c : w) {
    if (c != '.') s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return s;
}

// `w` case-folded (ASCII) without its dots into `buf`; false when it has more than `max` other
// bytes, which no month or weekday name has. Allocation-free: these run on every capitalized
// token of every article.
bool FoldName(std::string_view w, char (&buf)[12], std::string_view* out) {
  size_t n = 0;
  for (char c : w) {
    if (c == '.') continue;
    if (n == sizeof buf) return false;
    buf[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  *out = std::string_view(buf, n);
  return true;
}

}  // namespace

int MonthFromName(std::string_view word) {
  static constexpr std::string_view kMonths[12] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  char buf[12];
  std::string_view w;
  if (!FoldName(word, buf, &w) || w.size() < 3) return 0;
  for (int i = 0; i < 12; ++i) {
    const std::string_view m = kMonths[i];
    if (w == m || (w.size() <= 4 && m.substr(0, 3) == w.substr(0, 3) &&
                   (w.size() == 3 || w == "sept"))) {
      return i + 1;
    }
  }
  return 0;
}

int WeekdayFromName(std::string_view word) {
  static constexpr std::string_view kWeekdays[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};  // kWeekdayNames
  char buf[12];
  std::string_view w;
  if (!FoldName(word, buf, &w) || w.size() < 3) return -1;
  for (int i = 0; i < 7; ++i) {
    const std::string_view d = kWeekdays[i];
    if (w == d || (w.size() == 3 && d.substr(0, 3) == w)) return i;
  }
  return -1;
}

std::optional<Date> ParseDate(std::string_view s) {
  // Tokenize into words and numbers; commas and dots are separators.
  std::vector<std::string> parts;
  std::string cur;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c)) {
      cur.push_back(static_cast<char>(c));
    } else {
      if (!cur.empty()) parts.push_back(cur), cur.clear();
      if (c == 'T' || c == ':') break;
    }
  }
  if (!cur.empty()) parts.push_back(cur);
  auto num = [](const std::string& p) -> int {
    if (p.empty() || p.size() > 4) return -1;
    for (char c : p) if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    return std::stoi(p);
  };
  // ISO: YYYY-MM-DD (possibly with a time after 'T' or space).
  if (s.size() >= 10 && std::isdigit(static_cast<unsigned char>(s[0])) && s[4] == '-' &&
      s[7] == '-') {
    Date d{num(std::string(s.substr(0, 4))), num(std::string(s.substr(5, 2))),
           num(std::string(s.substr(8, 2)))};
    if (IsValidDate(d) && (s.size() == 10 || s[10] == 'T' || s[10] == ' ')) return d;
    return std::nullopt;
  }
  // US numeric: MM/DD/YYYY.
  if (s.size() >= 8 && s.size() <= 10 && s.find('/') != std::string_view::npos &&
      parts.size() == 3) {
    Date d{num(parts[2]), num(parts[0]), num(parts[1])};
    if (IsValidDate(d)) return d;
    return std::nullopt;
  }
  // Optional leading weekday, then "Month D YYYY" or "D Month YYYY", then an optional time.
  size_t k = 0;
  if (k < parts.size() && WeekdayFromName(parts[k]) >= 0) ++k;
  if (parts.size() < k + 3) return std::nullopt;
  Date d;
  if (int m = MonthFromName(parts[k]); m > 0) {
    d = {num(parts[k + 2]), m, num(parts[k + 1])};
  } else if (int m2 = MonthFromName(parts[k + 1]); m2 > 0) {
    d = {num(parts[k + 2]), m2, num(parts[k])};
  } else {
    return std::nullopt;
  }
  if (!IsValidDate(d)) return std::nullopt;
  // Anything after the year must look like a time ("10:30 AM", "at 5 pm", "EDT").
  for (size_t i = k + 3; i < parts.size(); ++i) {
    const std::string w = Lower(parts[i]);
    const bool timeish = num(parts[i]) >= 0 || w == "am" || w == "pm" || w == "at" ||
                         w == "updated" || (w.size() <= 4 && (w.back() == 't'));
    if (!timeish) return std::nullopt;
  }
  return d;
}

}  // namespace corroborate
