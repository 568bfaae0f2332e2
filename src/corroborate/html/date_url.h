// Dates written into article URLs: /2020/06/07/, /2020-06-07-, _2020_6_7, /20200607/ and
// timestamps that begin with one (/202006071230-...). A year and month alone (/2020/06/) is
// kept as a partial date, a hint rather than an answer. Internal to the html stage.
#ifndef CORROBORATE_HTML_DATE_URL_H_
#define CORROBORATE_HTML_DATE_URL_H_

#include <optional>
#include <string_view>

#include "corroborate/common/date.h"

namespace corroborate::html {

struct UrlDate {
  Date date;             // day is 0 when only year and month are written
  bool has_day = false;  // a full calendar date
  bool compact = false;  // written without separators (20200607...): may be an id
};

// The first date in the path or query of `url` (the host is ignored) whose year lies in
// [min_year, max_year], or nullopt.
std::optional<UrlDate> FindUrlDate(std::string_view url, int min_year, int max_year);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_DATE_URL_H_
