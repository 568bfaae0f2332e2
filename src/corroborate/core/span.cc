#include "corroborate/core/span.h"

#include "corroborate/common/utf8.h"

namespace corroborate {

Span TrimSpan(std::string_view text, Span span) {
  uint32_t s = span.start, e = std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()));
  while (s < e) {
    size_t p = s;
    if (!utf8::IsSpace(utf8::Decode(text, &p))) break;
    s = static_cast<uint32_t>(p);
  }
  while (e > s) {
    size_t start = 0;
    if (!utf8::IsSpace(utf8::DecodeBefore(text, e, &start))) break;
    e = static_cast<uint32_t>(start);
  }
  return {s, e};
}

}  // namespace corroborate
