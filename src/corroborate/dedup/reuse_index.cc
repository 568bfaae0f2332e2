#include "corroborate/dedup/reuse_index.h"

namespace corroborate::dedup {
namespace {

// splitmix64's finalizer: spreads FNV's weak low bits, and makes the n-gram combination below
// order-sensitive.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

uint64_t HashNorm(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a: norms are short, so a simple hash is enough
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Mix(h);
}

enum class Mark { kNone, kOpen, kClose, kBoth };

// The quotation mark at `text[i]` and its length in bytes, or kNone.
Mark MarkAt(std::string_view text, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c == '"') {
    *len = 1;
    return Mark::kBoth;
  }
  if (c == 0xC2 && i + 1 < text.size()) {
    const auto d = static_cast<unsigned char>(text[i + 1]);
    *len = 2;
    if (d == 0xAB) return Mark::kOpen;   // «
    if (d == 0xBB) return Mark::kClose;  // »
  }
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const auto d = static_cast<unsigned char>(text[i + 2]);
    *len = 3;
    if (d == 0x9C || d == 0x9E) return Mark::kOpen;  // “ „
    if (d == 0x9D) return Mark::kClose;              // ”
  }
  return Mark::kNone;
}

}  // namespace

std::vector<Span> QuotedRanges(std::string_view text, const std::vector<text::Paragraph>& paras) {
  std::vector<Span> out;
  for (const text::Paragraph& p : paras) {
    const size_t end = std::min<size_t>(p.span.end, text.size());
    bool open = false;
    size_t start = 0;
    for (size_t i = p.span.start; i < end;) {
      size_t len = 1;
      const Mark m = MarkAt(text, i, &len);
      if (m == Mark::kNone) {
        ++i;
        continue;
      }
      if (!open && (m == Mark::kOpen || m == Mark::kBoth)) {
        open = true;
        start = i + len;
      } else if (open && (m == Mark::kClose || m == Mark::kBoth)) {
        open = false;
        out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i)});
      } else if (open && m == Mark::kOpen) {
        start = std::min(start, i + len);  // a nested or repeated opening mark: stay open
      }
      i += len;
    }
    if (open) out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  }
  return out;
}

ReuseIndex BuildReuseIndex(const text::Document& doc) {
  ReuseIndex index;
  index.doc = &doc;
  const std::string_view text = doc.text();
  const std::vector<Span> quoted = QuotedRanges(text, doc.paragraphs);
  size_t q = 0;
  uint32_t segment = 0;
  uint32_t prev_end = 0;
  index.token.reserve(doc.tokens.size());
  index.hash.reserve(doc.tokens.size());
  index.segment.reserve(doc.tokens.size());
  index.quoted.reserve(doc.tokens.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const text::Token& t = doc.tokens[i];
    // Lone "$" and "%" carry no wording of their own ("$5 million" and "5 million dollars").
    if (t.Has(text::kSymbol)) continue;
    if (!index.token.empty() && prev_end < t.span.start &&
        doc.article->IsRemoved({prev_end, t.span.start})) {
      ++segment;
    }
    prev_end = t.span.end;
    while (q < quoted.size() && quoted[q].end <= t.span.start) ++q;
    const bool in_quote = q < quoted.size() && quoted[q].start <= t.span.start;
    index.token.push_back(static_cast<uint32_t>(i));
    index.hash.push_back(HashNorm(t.norm));
    index.segment.push_back(segment);
    index.quoted.push_back(in_quote ? 1 : 0);
  }
  return index;
}

uint64_t NgramHash(const ReuseIndex& index, uint32_t pos, int n) {
  uint64_t h = static_cast<uint64_t>(n);
  for (int k = 0; k < n; ++k) h = Mix(h ^ index.hash[pos + static_cast<uint32_t>(k)]);
  return h;
}

}  // namespace corroborate::dedup
