#include "corroborate/compare/facts.h"

namespace corroborate::compare {

FactsResult CompareFacts(std::span<const text::Document>,
                         std::span<const extract::ArticleAnalysis>) {
  return {};
}

}  // namespace corroborate::compare
