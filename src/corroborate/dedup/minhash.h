// MinHash signatures of word shingles: a fixed-size sketch of an article whose agreement with
// another article's sketch estimates the Jaccard similarity of their sets of k-word shingles.
// Plus a content hash of the normalized word sequence, so exact copies (after folding case,
// whitespace and punctuation) are recognised without comparing signatures.
// docs/near-duplicates.md explains the parameters.
#ifndef CORROBORATE_DEDUP_MINHASH_H_
#define CORROBORATE_DEDUP_MINHASH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/common/status.h"

namespace corroborate::dedup {

struct MinHashOptions {
  int num_perm = 128;     // hash functions (signature length); the estimate's standard error is
                          // sqrt(J(1-J)/num_perm): 0.035 at J = 0.8, 0.044 at J = 0.5
  int shingle_words = 5;  // words per shingle: 5 makes shared phrases ("said on tuesday that
                          // the") rare between different articles, yet one changed word only
                          // breaks 5 shingles
  uint64_t seed = 0x636f72726f626f72;  // seeds every hash; signatures compare only if equal
};

// Returns InvalidArgument unless 1 <= num_perm <= 1024 and 1 <= shingle_words <= 32.
Status ValidateOptions(const MinHashOptions& options);

struct Signature {
  std::vector<uint32_t> values;  // num_perm minima; empty when the text has no word
  uint64_t content_hash = 0;     // hash of the lower-cased word sequence (0 when no word)
  uint32_t words = 0;            // words in the text
  uint32_t shingles = 0;         // shingles hashed (repeats included); 1 when 0 < words < k

  bool empty() const { return values.empty(); }
};

// Computes signatures, reusing its scratch buffers across calls (one allocation-free call per
// article once warmed up). Not thread-safe: use one MinHasher per thread.
class MinHasher {
 public:
  // REQUIRES: ValidateOptions(options).ok().
  explicit MinHasher(const MinHashOptions& options = {});

  // Writes the signature of `text` (any bytes; invalid UTF-8 is kept inside words) into `out`.
  // Words are maximal runs of ASCII letters and digits and non-ASCII characters other than
  // spaces and punctuation (U+00A0, ¡ « » ¿, U+2000-U+206F, U+3000-U+303F, U+FEFF), lower-cased in
  // ASCII. A text with fewer words than shingle_words is one shingle of all its words.
  void Compute(std::string_view text, Signature* out);

  const MinHashOptions& options() const { return options_; }

 private:
  MinHashOptions options_;
  std::string lowered_;
  std::vector<uint64_t> word_hashes_;
  std::vector<uint64_t> shingle_hashes_;
};

// Convenience wrapper over a temporary MinHasher. REQUIRES: ValidateOptions(options).ok().
Signature ComputeSignature(std::string_view text, const MinHashOptions& options = {});

// Returns the share of equal positions, an unbiased estimate of the Jaccard similarity of the
// two shingle sets; 0 when either signature is empty or their lengths differ.
double EstimateJaccard(const Signature& a, const Signature& b);

// Estimated containment |A∩B| / min(|A|, |B|) derived from EstimateJaccard and the shingle
// counts: a copy trimmed from the bottom is contained in the original. 0 when either is empty.
double EstimateContainment(const Signature& a, const Signature& b);

// Splits `text` into lower-cased words exactly as MinHasher does and calls fn(word) for each
// (the view lives until the next call). For tests and tools; MinHasher does not allocate here.
void ForEachWord(std::string_view text, void (*fn)(std::string_view word, void* ctx), void* ctx);

}  // namespace corroborate::dedup

#endif  // CORROBORATE_DEDUP_MINHASH_H_
