// Where a page states when it was published, gathered as scored candidates: JSON-LD, <meta>
// tags, itemprop markup, <time>/<abbr> elements, elements whose class names a date, and the
// text around the headline. The chooser (date.cc) weighs them. Internal to the html stage.
#ifndef CORROBORATE_HTML_DATE_SOURCES_H_
#define CORROBORATE_HTML_DATE_SOURCES_H_

#include <string>
#include <string_view>
#include <vector>

#include "corroborate/html/date.h"
#include "corroborate/html/date_headline.h"
#include "corroborate/html/date_regions.h"
#include "corroborate/html/date_text.h"
#include "corroborate/html/dom.h"

namespace corroborate::html {

enum class DateKind { kPublished, kModified, kUnknown };

struct DateCandidate {
  Date date;
  std::string iso;  // as DateValue::iso
  DateSource source = DateSource::kNone;
  DateKind kind = DateKind::kUnknown;
  int strength = 0;  // how much the source is trusted, 0-100 (see the table in date_sources.cc)
};

// Candidates from <meta> tags anywhere in the page (article:published_time, pubdate, DC.date,
// itemprop=datePublished, last-modified ...).
void CollectMetaDates(const Dom& dom, DayOrder order, std::vector<DateCandidate>* out);

// Candidates from body markup: itemprop date elements, <time> and <abbr> elements, and short
// elements whose class or id names a date ("post-date", "byline", "published"). Elements in
// comments, sidebars, footers and lists of other stories are skipped.
void CollectMarkupDates(const Dom& dom, DayOrder order, OtherRegions* regions,
                        std::vector<DateCandidate>* out);

// The first date in the text that follows the page's headline (<h1>), within a few paragraphs,
// and the last one shortly before it (datelines above titles).
void CollectHeadlineDates(const Dom& dom, DayOrder order, OtherRegions* regions,
                          std::vector<DateCandidate>* out);

// The most frequent date in the body's text (the first on ties), as a weak last resort.
void CollectPageDates(const Dom& dom, DayOrder order, OtherRegions* regions,
                      std::vector<DateCandidate>* out);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_DATE_SOURCES_H_
