#include "corroborate/extract/quotes.h"

namespace corroborate::extract {

std::vector<QuoteMention> FindQuotes(const text::Document&, const std::vector<EmbeddedPost>&,
                                     const std::vector<EntityMention>&) {
  return {};
}

}  // namespace corroborate::extract
