#include "corroborate/extract/citations.h"

namespace corroborate::extract {

std::vector<CitationMention> FindCitations(const text::Document&,
                                           const std::vector<EmbeddedPost>&) {
  return {};
}

}  // namespace corroborate::extract
