#include "corroborate/compare/actors.h"

namespace corroborate::compare {

std::vector<Actor> ResolveActors(std::span<const text::Document>,
                                 std::span<const extract::ArticleAnalysis>) {
  return {};
}

}  // namespace corroborate::compare
