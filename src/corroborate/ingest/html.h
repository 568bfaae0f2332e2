// A basic HTML article extractor (gumbo): the text of paragraphs, headings, list items and
// quotes inside <article> (or <main>, or <body>), skipping scripts, navigation, asides, forms
// and blocks whose class or id says they are boilerplate; plus title, canonical URL, site name,
// author and publication date from meta tags, JSON-LD and <time>.
#ifndef CORROBORATE_INGEST_HTML_H_
#define CORROBORATE_INGEST_HTML_H_

#include <string_view>

#include "corroborate/common/status.h"
#include "corroborate/core/article.h"

namespace corroborate::ingest {

struct HtmlOptions {
  size_t max_depth = 512;  // deeper elements are ignored (bounded work on hostile markup)
  // Pages whose markup nests deeper than this (counted before parsing, ignoring elements that
  // close implicitly) are rejected: the HTML5 tree builder's work grows quadratically with
  // unclosed formatting elements, and no real article nests this deep.
  size_t max_nesting = 2000;
};

// The deepest nesting of `html`'s elements, estimated by one scan of its tags (void and
// implicitly closed elements do not count). Linear time.
size_t EstimateNesting(std::string_view html);

// Extracts an article; its `text` is one block per line. Errors: InvalidInput when no text
// could be extracted; TooLarge when the markup nests deeper than options.max_nesting.
Result<Article> ExtractHtml(std::string_view html, const HtmlOptions& options = {});

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_HTML_H_
