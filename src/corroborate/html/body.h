// The main text of an article page: candidate blocks scored by text and link density,
// punctuation and class/id hints, compared with <article> and JSON-LD articleBody, then a
// paragraph-level pass that keeps short paragraphs only next to good ones. Navigation, share
// bars, related links, comments, cookie and paywall notices and boilerplate captions are dropped.
#ifndef CORROBORATE_HTML_BODY_H_
#define CORROBORATE_HTML_BODY_H_

#include <string>

#include "corroborate/html/dom.h"

namespace corroborate::html {

struct BodyOptions {
  bool keep_headings = true;  // section headings inside the article
  bool keep_lists = true;     // list items inside the article ("- " is not added)
};

struct BodyStats {
  size_t blocks_seen = 0;  // text blocks considered
  size_t blocks_kept = 0;  // blocks in the output
  const char* method = "";  // which strategy produced the text ("container", "json-ld", ...)
};

// The article body, one block (paragraph, heading, list item) per line, whitespace collapsed.
// "" when the page has no recognizable article text.
std::string ExtractBody(const Dom& dom, const BodyOptions& options = {},
                        BodyStats* stats = nullptr);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_BODY_H_
