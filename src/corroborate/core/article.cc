#include "corroborate/core/article.h"

#include <algorithm>

namespace corroborate {

const char* OutletSourceName(OutletSource s) {
  switch (s) {
    case OutletSource::kMetadata: return "metadata";
    case OutletSource::kUrl: return "url";
    case OutletSource::kByline: return "byline";
    case OutletSource::kText: return "text";
    case OutletSource::kUnknown: break;
  }
  return "unknown";
}

void Article::NormalizeRemoved() {
  std::sort(removed.begin(), removed.end(),
            [](const Removed& a, const Removed& b) { return a.span < b.span; });
  std::vector<Removed> merged;
  for (auto& r : removed) {
    if (r.span.empty()) continue;
    if (!merged.empty() && r.span.start <= merged.back().span.end) {
      merged.back().span.end = std::max(merged.back().span.end, r.span.end);
    } else {
      merged.push_back(std::move(r));
    }
  }
  removed = std::move(merged);
}

bool Article::IsRemoved(Span span) const {
  auto it = std::upper_bound(removed.begin(), removed.end(), span.start,
                             [](uint32_t pos, const Removed& r) { return pos < r.span.end; });
  return it != removed.end() && it->span.start < span.end;
}

}  // namespace corroborate
