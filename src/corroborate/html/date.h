// A page's publication date, htmldate-style: structured data first (JSON-LD datePublished,
// article:published_time and kin, <time datetime> in the article header), then the URL
// (/2020/06/07/), then text near the headline. Future and implausible dates are rejected;
// publication is preferred over modification. "Unknown" is kept apart from "guessed".
#ifndef CORROBORATE_HTML_DATE_H_
#define CORROBORATE_HTML_DATE_H_

#include <optional>
#include <string>
#include <string_view>

#include "corroborate/common/date.h"
#include "corroborate/html/dom.h"

namespace corroborate::html {

enum class DateSource { kNone, kJsonLd, kMeta, kTime, kMarkup, kUrl, kText };
// "none", "json-ld", "meta", "time", "markup", "url", "text".
const char* DateSourceName(DateSource s);

struct PublishDate {
  std::optional<Date> date;  // nullopt when unknown
  std::string iso;           // "2020-06-07" or, when a time is known, "2020-06-07T10:30:00+02:00"
  DateSource source = DateSource::kNone;
  bool guessed = false;      // true when it came from weak evidence (URL day missing, free text)
};

struct DateOptions {
  std::optional<Date> today;       // dates after this are rejected; default: the system clock
  Date earliest{1995, 1, 1};       // dates before this are rejected
};

PublishDate FindPublishDate(const Dom& dom, std::string_view page_url,
                            const DateOptions& options = {});

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_DATE_H_
