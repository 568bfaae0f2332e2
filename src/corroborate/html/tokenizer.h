// Splits HTML into start tags, end tags and text as the HTML5 tokenizer does (comments, doctypes
// and processing instructions are dropped) and feeds them to a TreeBuilder. Script and style
// content is raw text up to its end tag; title and textarea content is text with character
// references; `<plaintext>` makes the rest of the page text. Internal to the html stage.
#ifndef CORROBORATE_HTML_TOKENIZER_H_
#define CORROBORATE_HTML_TOKENIZER_H_

#include <memory_resource>
#include <span>

#include "corroborate/html/tree_builder.h"

namespace corroborate::html::parse_internal {

// Tokenizes `html` (UTF-8) into `builder`. Tag and attribute names are lower-cased in place, so
// `html` must be writable and outlive the tree: text and names are views into it. Decoded text
// and attribute values are allocated from `arena`. Stops early when the builder is too deep.
// Linear time in html.size().
void Tokenize(std::span<char> html, std::pmr::memory_resource* arena, TreeBuilder* builder);

}  // namespace corroborate::html::parse_internal

#endif  // CORROBORATE_HTML_TOKENIZER_H_
