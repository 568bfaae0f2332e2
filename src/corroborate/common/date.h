// Calendar dates: parsing the forms news uses ("June 21, 2025", "21 June 2025", "2025-06-21",
// "Jun. 21, 2025 10:30 AM"), weekday arithmetic and ISO formatting. Proleptic Gregorian.
#ifndef CORROBORATE_COMMON_DATE_H_
#define CORROBORATE_COMMON_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace corroborate {

struct Date {
  int year = 0, month = 0, day = 0;  // month 1-12, day 1-31
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Days since 1970-01-01 (negative before).
long DaysFromCivil(const Date& d);
Date CivilFromDays(long days);
// 0 = Monday ... 6 = Sunday.
int Weekday(const Date& d);
Date AddDays(const Date& d, long days);
// "2025-06-21".
std::string FormatIsoDate(const Date& d);
bool IsValidDate(const Date& d);

// Month name or abbreviation ("June", "jun", "Sept.") -> 1..12, else 0.
int MonthFromName(std::string_view word);
// Weekday name ("Tuesday", "tue") -> 0..6, else -1.
int WeekdayFromName(std::string_view word);
extern const char* const kWeekdayNames[7];

// Parses a whole string that is a date, possibly followed by a time: ISO ("2025-06-21",
// "2025-06-21T10:00:00Z"), "June 21, 2025", "21 June 2025", "Jun. 21, 2025 10:30 AM",
// "06/21/2025" (US order). Returns nullopt when `s` is not (only) a date.
std::optional<Date> ParseDate(std::string_view s);

}  // namespace corroborate

#endif  // CORROBORATE_COMMON_DATE_H_
