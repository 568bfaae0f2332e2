// The main text of an article page. Its container is found Readability-style (paragraphs score
// their ancestors; link density and class/id hints weigh in; split bodies are joined); inside
// it, navigation, share bars, related links, comments, captions and hidden elements are pruned,
// then link-dense and furniture lines and the headline/byline above the text are dropped. The
// page's JSON-LD articleBody is the fallback when the markup yields little.
#ifndef CORROBORATE_HTML_BODY_H_
#define CORROBORATE_HTML_BODY_H_

#include <string>

#include "corroborate/html/dom.h"

namespace corroborate::html {

struct BodyOptions {
  bool keep_headings = true;  // section headings inside the article
  bool keep_lists = true;     // list items inside the article ("- " is not added)
  // The JSON-LD articleBody replaces the extracted text when it has at least this many words
  // and the extracted text has under 30% of its words.
  size_t min_json_ld_words = 50;
};

struct BodyStats {
  size_t blocks_seen = 0;   // text blocks of the chosen container
  size_t blocks_kept = 0;   // of which in the output
  const char* method = "";  // "container", "json-ld", or "" when nothing was found
};

// The article body, one block (paragraph, heading, list item, quote) per line, whitespace
// collapsed, each line ending in '\n'. "" when the page has no recognizable article text. The
// page's headline is not part of it. Linear in the size of the DOM; thread-safe for distinct
// Doms.
std::string ExtractBody(const Dom& dom, const BodyOptions& options = {},
                        BodyStats* stats = nullptr);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_BODY_H_
