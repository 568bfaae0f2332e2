#include "corroborate/compare/quotes.h"

namespace corroborate::compare {

std::vector<Quote> AlignQuotes(std::span<const text::Document>,
                               std::span<const extract::ArticleAnalysis>) {
  return {};
}

}  // namespace corroborate::compare
