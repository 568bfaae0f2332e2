#include "corroborate/html/date.h"

namespace corroborate::html {

const char* DateSourceName(DateSource s) {
  switch (s) {
    case DateSource::kNone: return "none";
    case DateSource::kJsonLd: return "json-ld";
    case DateSource::kMeta: return "meta";
    case DateSource::kTime: return "time";
    case DateSource::kMarkup: return "markup";
    case DateSource::kUrl: return "url";
    case DateSource::kText: return "text";
  }
  return "none";
}

// Placeholder: unknown.
PublishDate FindPublishDate(const Dom&, std::string_view, const DateOptions&) { return {}; }

}  // namespace corroborate::html
