// The articleBody a page declares in its JSON-LD (schema.org NewsArticle and kin), used as a
// fallback and cross-check for the extracted text: publishers often fill it in full, but
// sometimes only a teaser, or with markup. Internal to the body extractor.
#ifndef CORROBORATE_HTML_BODY_JSONLD_H_
#define CORROBORATE_HTML_BODY_JSONLD_H_

#include <string>
#include <vector>

#include "corroborate/html/dom.h"

namespace corroborate::html::body_internal {

// Whether `script` is a <script type="application/ld+json">.
bool IsJsonLd(const Node* script);

// The longest articleBody (or "text" of an Article type) in `scripts` (JSON-LD <script>
// elements), anywhere in the object tree (@graph arrays included), with any markup removed and
// whitespace collapsed; "" when there is none, when the JSON does not parse, or when the
// scripts cannot hold `min_words` words (checked before parsing, which is then skipped).
// Never throws.
std::string JsonLdArticleBody(const std::vector<const Node*>& scripts, size_t min_words = 0);

// `text` with markup tags removed, common entities decoded and whitespace collapsed; paragraph
// tags and line breaks become newlines.
std::string StripMarkup(std::string_view text);

}  // namespace corroborate::html::body_internal

#endif  // CORROBORATE_HTML_BODY_JSONLD_H_
