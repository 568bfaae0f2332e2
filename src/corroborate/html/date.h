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
  bool guessed = false;  // weak evidence: free text, loose markup, or only a modification date
};

struct DateOptions {
  std::optional<Date> today;  // dates after this are rejected; default: the system clock
                              // (UTC) plus one day, for zones ahead of UTC
  Date earliest{1995, 1, 1};  // dates before this are rejected
};

// The publication date of a parsed page fetched from `page_url` (may be ""). Candidates come
// from JSON-LD (the page's article), <meta> tags, itemprop/<time>/<abbr> markup, the page URL
// and its canonical URL, dated markup, the text around the headline and, last, the page's most
// frequent date; the most trusted source wins, modification dates only when nothing else is
// known. A UTC timestamp yields to the page's own date one day off when a zone offset explains
// it; a URL with year and month alone constrains the weaker sources. Day-month order of
// all-number dates follows the page's language (month first for "en" and "en-US"). Never
// fails: an unknown date has date == nullopt, iso "" and source kNone.
PublishDate FindPublishDate(const Dom& dom, std::string_view page_url,
                            const DateOptions& options = {});

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_DATE_H_
