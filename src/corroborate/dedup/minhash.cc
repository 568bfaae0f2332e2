#include "corroborate/dedup/minhash.h"

// Inlined: hashing ~1,600 short keys per article, the call into the shared library cost more
// than the hashing itself.
#define XXH_INLINE_ALL
#include <xxhash.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>
#include <limits>
#include <string>

namespace corroborate::dedup {
namespace {

// Byte classes: 0 separates words, 1 is an ASCII word byte, 2 starts a non-ASCII sequence.
constexpr std::array<uint8_t, 256> kClass = [] {
  std::array<uint8_t, 256> c{};
  for (int b = '0'; b <= '9'; ++b) c[b] = 1;
  for (int b = 'a'; b <= 'z'; ++b) c[b] = 1;
  for (int b = 'A'; b <= 'Z'; ++b) c[b] = 1;
  for (int b = 0x80; b < 0x100; ++b) c[b] = 2;
  return c;
}();

inline char Lower(char ch) { return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch; }

// Length of the UTF-8 sequence at `i` when it is well formed, else 1 (a stray byte is kept as
// part of a word, so invalid input neither crashes nor splits words unpredictably).
size_t SequenceLength(std::string_view s, size_t i, uint32_t* cp) {
  const auto b = static_cast<uint8_t>(s[i]);
  size_t len = 1;
  uint32_t v = 0;
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2, v = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3, v = b & 0x0F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4, v = b & 0x07;
  } else {
    *cp = 0xFFFD;
    return 1;
  }
  if (i + len > s.size()) {
    *cp = 0xFFFD;
    return 1;
  }
  for (size_t k = 1; k < len; ++k) {
    const auto c = static_cast<uint8_t>(s[i + k]);
    if ((c & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return 1;
    }
    v = (v << 6) | (c & 0x3F);
  }
  *cp = v;
  return len;
}

// Spaces and punctuation outside ASCII: no-break space, ¡ « » ¿, general punctuation (dashes,
// curly quotes, ellipsis, zero-width spaces), CJK punctuation and the byte-order mark.
bool IsSeparator(uint32_t cp) {
  return cp == 0xA0 || cp == 0xA1 || cp == 0xAB || cp == 0xBB || cp == 0xBF ||
         (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFEFF;
}

// Calls fn(begin, end) for each word of `s`, as byte offsets.
template <typename Fn>
void Tokenize(std::string_view s, Fn&& fn) {
  constexpr size_t kNone = std::numeric_limits<size_t>::max();
  size_t start = kNone;
  size_t i = 0;
  while (i < s.size()) {
    const uint8_t cls = kClass[static_cast<uint8_t>(s[i])];
    if (cls == 1) {
      if (start == kNone) start = i;
      // Tight loop over the ASCII letters of a word: the common case by far.
      do {
        ++i;
      } while (i < s.size() && kClass[static_cast<uint8_t>(s[i])] == 1);
      continue;
    }
    size_t len = 1;
    bool separator = cls == 0;
    if (cls == 2) {
      uint32_t cp = 0;
      len = SequenceLength(s, i, &cp);
      separator = IsSeparator(cp);
    }
    if (separator) {
      if (start != kNone) fn(start, i);
      start = kNone;
    } else if (start == kNone) {
      start = i;
    }
    i += len;
  }
  if (start != kNone) fn(start, s.size());
}

#if defined(__SSE2__)
// 64-bit mask of the word bytes (a-z, 0-9) of 64 lower-cased ASCII bytes.
uint64_t WordMask(const char* p) {
  uint64_t mask = 0;
  for (int c = 0; c < 4; ++c) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * c));
    const __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('a' - 1)),
                                        _mm_cmplt_epi8(x, _mm_set1_epi8('z' + 1)));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
    const auto bits = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(alpha, digit)));
    mask |= static_cast<uint64_t>(bits) << (16 * c);
  }
  return mask;
}

// Tokenize for lower-cased pure-ASCII text, with the same words: classifies 64 bytes at a time
// into a bit mask and walks word boundaries with count-trailing-zeros, which avoids the two
// branch mispredictions per word of the byte loop (the largest cost of a signature).
template <typename Fn>
void TokenizeAscii(std::string_view s, Fn&& fn) {
  bool in_word = false;
  size_t word_start = 0;
  char tail[64];
  for (size_t base = 0; base < s.size(); base += 64) {
    const char* p = s.data() + base;
    if (s.size() - base < 64) {
      std::memset(tail, ' ', sizeof(tail));
      std::memcpy(tail, p, s.size() - base);
      p = tail;
    }
    const uint64_t m = WordMask(p);
    int off = 0;
    while (true) {
      if (!in_word) {
        const uint64_t starts = m & (~uint64_t{0} << off);
        if (starts == 0) break;
        off = __builtin_ctzll(starts);
        word_start = base + static_cast<size_t>(off);
        in_word = true;
      }
      const uint64_t ends = ~m & (~uint64_t{0} << off);
      if (ends == 0) break;  // the word runs into the next block
      off = __builtin_ctzll(ends);
      fn(word_start, base + static_cast<size_t>(off));
      in_word = false;
    }
  }
  if (in_word) fn(word_start, s.size());
}
#endif

// One shingle hash x feeds all permutations as h_i(x) = lo32(x) + i * hi32(x) (mod 2^32), the
// double hashing of Kirsch and Mitzenmacher also used by dgryski/go-minhash. Each h_i alone is
// a uniform hash of a strong 64-bit XXH3 value, which is what min-wise estimation needs; the
// tests check the estimate's error against the binomial bound. Permutations go in blocks of 64
// whose minima stay in eight 8-lane registers across all shingles: per shingle and block one
// multiply, then adds and unsigned mins only. Compiled twice (AVX2 and baseline x86-64) and
// picked at load time, so the build needs no -march flag.
using V8 = uint32_t __attribute__((vector_size(32)));
constexpr int kBlock = 64;

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target_clones("avx2", "default")))
#endif
void UpdateMinima(const uint64_t* hashes, size_t count, uint32_t* mins, int n) {
  int first = 0;
  for (; first + kBlock <= n; first += kBlock) {
    V8 m[kBlock / 8];
    std::memcpy(m, mins + first, sizeof(m));
    const V8 lane = V8{0, 1, 2, 3, 4, 5, 6, 7} + static_cast<uint32_t>(first);
    for (size_t s = 0; s < count; ++s) {
      const auto h1 = static_cast<uint32_t>(hashes[s]);
      const auto h2 = static_cast<uint32_t>(hashes[s] >> 32);
      V8 v = lane * h2 + h1;
      const V8 step = V8{} + 8u * h2;
      for (int j = 0; j < kBlock / 8; ++j) {
        m[j] = v < m[j] ? v : m[j];
        v += step;
      }
    }
    std::memcpy(mins + first, m, sizeof(m));
  }
  for (size_t s = 0; s < count && first < n; ++s) {
    const auto h1 = static_cast<uint32_t>(hashes[s]);
    const auto h2 = static_cast<uint32_t>(hashes[s] >> 32);
    for (int i = first; i < n; ++i) {
      const uint32_t v = h1 + static_cast<uint32_t>(i) * h2;
      mins[i] = v < mins[i] ? v : mins[i];
    }
  }
}

}  // namespace

Status ValidateOptions(const MinHashOptions& options) {
  if (options.num_perm < 1 || options.num_perm > 1024) {
    return InvalidArgument("minhash num_perm must be in [1, 1024]");
  }
  if (options.shingle_words < 1 || options.shingle_words > 32) {
    return InvalidArgument("minhash shingle_words must be in [1, 32]");
  }
  return Status::Ok();
}

MinHasher::MinHasher(const MinHashOptions& options) : options_(options) {
  assert(ValidateOptions(options).ok());
}

void MinHasher::Compute(std::string_view text, Signature* out) {
  const uint64_t seed = options_.seed;
  word_hashes_.clear();
  // Lower-case the whole text once (ASCII only: UTF-8 sequences are left as they are, so the
  // tokenizer sees the same classes), noting whether any byte is non-ASCII.
  lowered_.resize(text.size());
  unsigned char high = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    high |= static_cast<unsigned char>(c);
    lowered_[i] = Lower(c);
  }
  const std::string_view low(lowered_);
  auto add_word = [&](size_t begin, size_t end) {
    word_hashes_.push_back(XXH3_64bits_withSeed(low.data() + begin, end - begin, seed));
  };
#if defined(__SSE2__)
  if ((high & 0x80) == 0) {
    TokenizeAscii(low, add_word);
  } else {
    Tokenize(low, add_word);
  }
#else
  (void)high;  // no block tokenizer on this architecture
  Tokenize(low, add_word);
#endif

  const size_t words = word_hashes_.size();
  const auto k = static_cast<size_t>(options_.shingle_words);
  out->words = static_cast<uint32_t>(std::min<size_t>(words, UINT32_MAX));
  out->values.clear();
  out->shingles = 0;
  out->content_hash = 0;
  if (words == 0) return;
  // The word hashes already fold case, whitespace and punctuation, so hashing their sequence is
  // hashing the normalized text. Seeded apart from the shingles so the two never coincide.
  out->content_hash = XXH3_64bits_withSeed(word_hashes_.data(), words * sizeof(uint64_t), ~seed);
  if (out->content_hash == 0) out->content_hash = 1;

  const size_t span = std::min(k, words);
  const size_t count = words - span + 1;
  shingle_hashes_.resize(count);
  for (size_t s = 0; s < count; ++s) {
    shingle_hashes_[s] =
        XXH3_64bits_withSeed(word_hashes_.data() + s, span * sizeof(uint64_t), seed + 1);
  }
  out->shingles = static_cast<uint32_t>(std::min<size_t>(count, UINT32_MAX));
  out->values.assign(static_cast<size_t>(options_.num_perm), UINT32_MAX);
  UpdateMinima(shingle_hashes_.data(), count, out->values.data(), options_.num_perm);
}

Signature ComputeSignature(std::string_view text, const MinHashOptions& options) {
  MinHasher hasher(options);
  Signature sig;
  hasher.Compute(text, &sig);
  return sig;
}

double EstimateJaccard(const Signature& a, const Signature& b) {
  const size_t n = a.values.size();
  if (n == 0 || b.values.size() != n) return 0.0;
  size_t equal = 0;
  for (size_t i = 0; i < n; ++i) equal += a.values[i] == b.values[i] ? 1 : 0;
  return static_cast<double>(equal) / static_cast<double>(n);
}

double EstimateContainment(const Signature& a, const Signature& b) {
  const double j = EstimateJaccard(a, b);
  if (j <= 0.0) return 0.0;
  // |A∩B| = J (|A| + |B|) / (1 + J), from |A∪B| = |A| + |B| - |A∩B|.
  const double sa = a.shingles, sb = b.shingles;
  const double inter = j * (sa + sb) / (1.0 + j);
  return std::min(1.0, inter / std::min(sa, sb));
}

void ForEachWord(std::string_view text, void (*fn)(std::string_view word, void* ctx), void* ctx) {
  std::string word;
  Tokenize(text, [&](size_t begin, size_t end) {
    word.assign(text.substr(begin, end - begin));
    for (char& ch : word) ch = Lower(ch);
    fn(word, ctx);
  });
}

}  // namespace corroborate::dedup
