// ReuseIndex: the per-document view that text-reuse alignment works on. Each kept token (every
// token but lone currency and percent symbols) gets a 64-bit hash of its norm, a segment id (a
// segment is a run of tokens not interrupted by removed text, so no passage can straddle an ad or
// a metadata line) and a flag telling whether it lies inside quotation marks (a quote shared by
// two outlets shows they quote the same speaker, not that one copied the other).
// Internal to dedup: FindReuse is the public entry point.
#ifndef CORROBORATE_DEDUP_REUSE_INDEX_H_
#define CORROBORATE_DEDUP_REUSE_INDEX_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "corroborate/core/span.h"
#include "corroborate/text/document.h"

namespace corroborate::dedup {

struct ReuseIndex {
  const text::Document* doc = nullptr;  // borrowed
  std::vector<uint32_t> token;          // kept position -> index into doc->tokens
  std::vector<uint64_t> hash;           // per kept position: hash of the token's norm
  std::vector<uint32_t> segment;        // per kept position
  std::vector<uint8_t> quoted;          // per kept position: 1 inside quotation marks

  size_t size() const { return token.size(); }
  const text::Token& Token(uint32_t pos) const { return doc->tokens[token[pos]]; }
};

// Builds the index of `doc`. REQUIRES: doc.article is set and outlives the result.
ReuseIndex BuildReuseIndex(const text::Document& doc);

// Hash of the `n` kept tokens starting at `pos`. REQUIRES: pos + n <= index.size().
uint64_t NgramHash(const ReuseIndex& index, uint32_t pos, int n);

// Byte ranges of `text` inside double quotation marks (ASCII ", “ ”, „, « »), found line by
// line within `paragraphs` (a quote left open runs to the end of its paragraph). Sorted.
std::vector<Span> QuotedRanges(std::string_view text, const std::vector<text::Paragraph>& paras);

}  // namespace corroborate::dedup

#endif  // CORROBORATE_DEDUP_REUSE_INDEX_H_
