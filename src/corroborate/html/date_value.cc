// Machine-written date values. ISO 8601 keeps its time and zone so that the caller can report
// the moment of publication; the calendar day is the one written, never shifted to UTC, because
// readers (and the benchmark's annotators) see the publisher's local day.
#include <cstdio>

#include "corroborate/html/date_text.h"

namespace corroborate::html {
namespace {

bool Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

int ToInt(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

// Reads 1 or 2 digits at *pos.
int ReadSmall(std::string_view s, size_t* pos) {
  if (!Digits(s, *pos, 1)) return -1;
  const size_t n = Digits(s, *pos, 2) ? 2 : 1;
  const int v = ToInt(s, *pos, n);
  *pos += n;
  return v;
}

// "2020-06-07", "2020-6-7", "2020-06-07T10:30:00.000+0200", "2020-06-07 10:30:00Z".
std::optional<DateValue> ParseIso(std::string_view s) {
  if (!Digits(s, 0, 4) || s.size() < 8 || s[4] != '-') return std::nullopt;
  size_t pos = 5;
  const int month = ReadSmall(s, &pos);
  if (month < 0 || pos >= s.size() || s[pos] != '-') return std::nullopt;
  ++pos;
  const int day = ReadSmall(s, &pos);
  const Date date{ToInt(s, 0, 4), month, day};
  if (day < 0 || !IsValidDate(date)) return std::nullopt;
  if (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') return std::nullopt;
  DateValue v{date, FormatIsoDate(date)};
  if (pos >= s.size() || (s[pos] != 'T' && s[pos] != ' ')) return v;
  ++pos;
  if (!Digits(s, pos, 2) || pos + 5 > s.size() || s[pos + 2] != ':' || !Digits(s, pos + 3, 2)) {
    return v;
  }
  const int hour = ToInt(s, pos, 2), minute = ToInt(s, pos + 3, 2);
  int second = 0;
  pos += 5;
  if (pos + 2 <= s.size() && s[pos] == ':' && Digits(s, pos + 1, 1)) {
    ++pos;
    second = ReadSmall(s, &pos);  // "23:15:0Z" exists in the wild
  }
  if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
    ++pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
  }
  if (hour > 23 || minute > 59 || second > 60 || pos >= s.size()) return v;
  // Two digits of a value already range-checked (0-60).
  auto two = [](int n) {
    return std::string{static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
  };
  std::string zone;
  if (s[pos] == 'Z' || s[pos] == 'z') {
    zone = "Z";
  } else if ((s[pos] == '+' || s[pos] == '-') && Digits(s, pos + 1, 2)) {
    size_t m = pos + 3;
    if (m < s.size() && s[m] == ':') ++m;
    const int zh = ToInt(s, pos + 1, 2);
    const int zm = Digits(s, m, 2) ? ToInt(s, m, 2) : 0;
    if (zh > 14 || zm > 59) return v;
    zone = std::string(1, s[pos]) + two(zh) + ":" + two(zm);
  } else {
    return v;
  }
  v.iso += "T" + two(hour) + ":" + two(minute) + ":" + two(second) + zone;
  return v;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

// True for "", "Sun, ", "Published: ", "الأربعاء، ": at most two words and no digits.
bool OnlyLabelBefore(std::string_view before) {
  if (before.size() > 40 || before.find_first_of("0123456789") != std::string_view::npos) {
    return false;
  }
  int words = 0;
  bool in_word = false;
  for (char c : before) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words <= 2;
}

}  // namespace

std::optional<DateValue> ParseDateValue(std::string_view value, DayOrder order, bool unix_seconds) {
  const std::string_view s = Trim(value);
  if (s.empty() || s.size() > 200) return std::nullopt;
  if (Digits(s, 0, s.size())) {
    if (s.size() == 8) {
      const Date d{ToInt(s, 0, 4), ToInt(s, 4, 2), ToInt(s, 6, 2)};
      if (IsValidDate(d)) return DateValue{d, FormatIsoDate(d)};
    }
    if (unix_seconds && (s.size() == 10 || s.size() == 13)) {
      long long secs = 0;
      for (size_t i = 0; i < 10; ++i) secs = secs * 10 + (s[i] - '0');
      const Date d = CivilFromDays(static_cast<long>(secs / 86400));
      return DateValue{d, FormatIsoDate(d)};
    }
    return std::nullopt;
  }
  if (auto iso = ParseIso(s)) return iso;
  // Free forms: the date must open the value, after at most a weekday, as in "June 7, 2020
  // 10:30 AM" or "Sun, 07 Jun 2020 10:30:00 GMT", not sit inside a sentence.
  const std::vector<TextDate> found = FindDatesInText(s, order);
  if (!found.empty() && OnlyLabelBefore(s.substr(0, found.front().begin))) {
    return DateValue{found.front().date, FormatIsoDate(found.front().date)};
  }
  if (auto d = ParseDate(s)) return DateValue{*d, FormatIsoDate(*d)};
  return std::nullopt;
}

}  // namespace corroborate::html
