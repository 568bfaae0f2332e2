// Calendar dates written in running text or attribute values, in the forms news sites use across
// languages: "7 June 2020", "June 7th, 2020", "7. Juni 2020", "7 de junio de 2020",
// "07 Haziran 2020", "7 червня 2020", "2020年6月7日", "07.06.2020", "2020/06/07", "2020-06-07".
// Internal to the html stage (the date extractor); complements ParseDate in common/date.h.
#ifndef CORROBORATE_HTML_DATE_TEXT_H_
#define CORROBORATE_HTML_DATE_TEXT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/common/date.h"

namespace corroborate::html {

// How to read an ambiguous all-number date such as 06/07/2020.
enum class DayOrder { kDayFirst, kMonthFirst };

struct TextDate {
  Date date;
  size_t begin = 0, end = 0;  // byte range of the expression in the searched text
};

// The month (1..12) a word names in one of the supported languages (full names, genitive
// forms, abbreviations of three letters or more; case-insensitive, a trailing dot ignored),
// else 0.
int MonthFromAnyName(std::string_view word);

// Every full date (day, month and year) in `text`, in order of appearance. Years must have four
// digits; numbers glued to other digits or letters do not count ("A320/06/2020" is no date).
// `order` settles dates whose first two numbers could both be months. Invalid calendar dates
// are skipped.
std::vector<TextDate> FindDatesInText(std::string_view text, DayOrder order);

// A machine-written date value (an attribute or JSON-LD string): ISO 8601 with optional time
// and zone, "20200607", RFC 822 ("Sun, 07 Jun 2020 10:30:00 GMT"), or any text form above that
// makes up most of a short value. `unix_seconds` also accepts 10- and 13-digit Unix times.
struct DateValue {
  Date date;
  std::string iso;  // "2020-06-07", or "2020-06-07T10:30:00+02:00" when time and zone are given
};
std::optional<DateValue> ParseDateValue(std::string_view value, DayOrder order,
                                        bool unix_seconds = false);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_DATE_TEXT_H_
