// The paragraph-level pass over a container's blocks: drops what reads as page furniture
// rather than article text, whatever markup it came in. Short link-dense lines ("Related: ...",
// teaser headlines), boilerplate lines ("Read more", "Sharing is caring", "Comments",
// "Reporting by ..."), the headline repeated from the page title and a byline before the text.
// Internal to the body extractor.
#ifndef CORROBORATE_HTML_BODY_FILTER_H_
#define CORROBORATE_HTML_BODY_FILTER_H_

#include <string_view>
#include <vector>

#include "corroborate/html/body_blocks.h"

namespace corroborate::html::body_internal {

struct PageTitles {
  std::string_view title;     // <title>
  std::string_view og_title;  // <meta property="og:title">
};

// Which of `blocks` to keep (same size and order).
std::vector<bool> FilterBlocks(const std::vector<Block>& blocks, const PageTitles& titles);

// Whether `line` is a boilerplate line by its wording alone (exposed for tests).
bool IsBoilerplateLine(std::string_view line);

// Lower-cased words of `text` joined by single spaces (for comparing a line with the title).
std::string WordsOf(std::string_view text);

}  // namespace corroborate::html::body_internal

#endif  // CORROBORATE_HTML_BODY_FILTER_H_
