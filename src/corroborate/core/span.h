// Span and Evidence: a byte range of an article's text. Every finding the engine reports is made
// of Evidence, so that a reader can check it against the exact input bytes.
#ifndef CORROBORATE_CORE_SPAN_H_
#define CORROBORATE_CORE_SPAN_H_

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace corroborate {

// A half-open byte range [start, end) into some text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool Contains(Span o) const { return start <= o.start && o.end <= end; }
  bool Overlaps(Span o) const { return start < o.end && o.start < end; }
  std::string_view Of(std::string_view text) const { return text.substr(start, end - start); }
  friend bool operator==(Span a, Span b) = default;
  friend auto operator<=>(Span a, Span b) = default;
};

// A span of one article, identified by its index in the run's article list.
struct Evidence {
  int article = 0;
  Span span;
  friend bool operator==(const Evidence& a, const Evidence& b) = default;
  friend auto operator<=>(const Evidence& a, const Evidence& b) = default;
};

// Returns `span` with ASCII and Unicode spaces trimmed from both ends (UTF-8 aware).
Span TrimSpan(std::string_view text, Span span);

}  // namespace corroborate

#endif  // CORROBORATE_CORE_SPAN_H_
