#include "corroborate/text/document.h"

#include <algorithm>

namespace corroborate::text {

int Document::SentenceAt(uint32_t pos) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const Sentence& s) { return p < s.span.end; });
  if (it == sentences.end() || it->span.start > pos) return -1;
  return static_cast<int>(it - sentences.begin());
}

std::vector<Span> SplitLines(std::string_view text) {
  std::vector<Span> out;
  uint32_t start = 0;
  const uint32_t n = static_cast<uint32_t>(text.size());
  for (uint32_t i = 0; i < n; ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      out.push_back({start, i});
      if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  if (start < n) out.push_back({start, n});
  return out;
}

}  // namespace corroborate::text
