// The text blocks (paragraphs, headings, list items, quotes, cells, bare text runs between
// <br>s) of the chosen container, in document order, with whitespace collapsed. Subtrees that
// are boilerplate inside an article (share bars, related links, navigation, captions, forms,
// link lists, the headline) are pruned here, Readability-style ("clean conditionally"), from
// the counts the tree already holds. Internal to the body extractor.
#ifndef CORROBORATE_HTML_BODY_BLOCKS_H_
#define CORROBORATE_HTML_BODY_BLOCKS_H_

#include <string>
#include <vector>

#include "corroborate/html/body.h"
#include "corroborate/html/body_hints.h"
#include "corroborate/html/body_tree.h"

namespace corroborate::html::body_internal {

struct Block {
  std::string text;    // trimmed, whitespace collapsed, never empty
  int elem = 0;        // the innermost block element holding the text
  Tag tag = Tag::kP;   // its tag, or kLi / kHeading / kBlockquote / kPre when inside one
  uint32_t chars = 0;  // characters (not whitespace), of which inside links:
  uint32_t link_chars = 0;
  bool in_quote = false;  // inside a <blockquote> (quoted posts keep their links)
  bool in_item = false;   // inside a list item

  double LinkDensity() const { return chars == 0 ? 0.0 : static_cast<double>(link_chars) / chars; }
};

// Emits the blocks of `parts` (subtrees of `tree`, in document order). `top` is the scored
// container: pruning never removes a subtree holding most of its text.
std::vector<Block> EmitBlocks(const BodyTree& tree, Hints& hints, const std::vector<int>& parts,
                              int top, const BodyOptions& options);

}  // namespace corroborate::html::body_internal

#endif  // CORROBORATE_HTML_BODY_BLOCKS_H_
