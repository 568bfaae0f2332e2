// One web page turned into an article: bytes decoded to UTF-8 (charset.h), parsed (dom.h), then
// body (body.h), metadata (metadata.h) and publication date (date.h) extracted from one tree.
#ifndef CORROBORATE_HTML_PAGE_H_
#define CORROBORATE_HTML_PAGE_H_

#include <string>
#include <string_view>

#include "corroborate/common/status.h"
#include "corroborate/html/body.h"
#include "corroborate/html/charset.h"
#include "corroborate/html/date.h"
#include "corroborate/html/dom.h"
#include "corroborate/html/metadata.h"

namespace corroborate::html {

struct PageOptions {
  size_t max_page_bytes = 32u << 20;  // larger pages are rejected unread (TooLarge)
  ParseOptions parse;
  BodyOptions body;
  DateOptions date;
};

struct Page {
  std::string maintext;  // the article body, one block per line; "" when none was found
  Metadata metadata;
  PublishDate date;
  std::string charset, charset_source;  // see Decoded
  size_t replaced_bytes = 0;             // invalid byte sequences replaced while decoding
  BodyStats body_stats;
};

// Extracts the article of a page. `url` (may be "") is where the page was fetched from;
// `content_type` the HTTP Content-Type header, or "". A page without article text still gives
// its metadata and date (maintext is then ""). Errors: TooLarge (page size or nesting) and
// InvalidInput (undecodable, unparseable).
Result<Page> ExtractPage(std::string_view bytes, std::string_view url,
                         std::string_view content_type = {}, const PageOptions& options = {});

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_PAGE_H_
