// Finds the element that holds an article's text, Readability-style: every paragraph-like
// block gives points (for its commas and length) to its parent and, halved and thirded, to
// further ancestors; a candidate's total is scaled by (1 - its link density) and shifted by its
// class/id hint. Paragraphs under boilerplate (navigation, comments, sidebars) give nothing.
// The best candidate may be widened to an ancestor when close rivals share it, and sibling
// blocks that look like article text are added (split bodies). Internal to the body extractor.
#ifndef CORROBORATE_HTML_BODY_SCORE_H_
#define CORROBORATE_HTML_BODY_SCORE_H_

#include <utility>
#include <vector>

#include "corroborate/html/body_hints.h"
#include "corroborate/html/body_tree.h"

namespace corroborate::html::body_internal {

struct Container {
  int top = -1;            // the best candidate; -1 when the page has no paragraph at all
  double score = 0;        // its score
  std::vector<int> parts;  // top and the siblings to emit with it, in document order
  // The best few scored candidates and their scores, best first (for diagnostics).
  std::vector<std::pair<int, double>> ranked;
};

Container SelectContainer(const BodyTree& tree, Hints& hints);

// Whether element `i` or one of its ancestors is boilerplate by tag (nav, aside, footer) or
// hint. Memoized in `memo` (one byte per element: 0 unknown, 1 no, 2 yes).
bool UnderBoilerplate(const BodyTree& tree, Hints& hints, int i, std::vector<uint8_t>* memo);

}  // namespace corroborate::html::body_internal

#endif  // CORROBORATE_HTML_BODY_SCORE_H_
