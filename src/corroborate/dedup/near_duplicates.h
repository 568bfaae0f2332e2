// Near-duplicate (syndicated copy) detection: articles that are the same text give or take a
// headline, a lede, a footer or a trimmed ending. Streaming: each article is matched when it is
// added, by content hash (exact copies) or by LSH candidates verified on estimated Jaccard or
// containment; matches join a group (union-find), whose original is its earliest copy.
#ifndef CORROBORATE_DEDUP_NEAR_DUPLICATES_H_
#define CORROBORATE_DEDUP_NEAR_DUPLICATES_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corroborate/common/status.h"
#include "corroborate/dedup/lsh.h"
#include "corroborate/dedup/minhash.h"

namespace corroborate::dedup {

inline constexpr int64_t kUnknownTime = std::numeric_limits<int64_t>::min();

struct NearDuplicateOptions {
  MinHashOptions minhash;
  LshOptions lsh;
  // A candidate is a copy when its estimated Jaccard similarity reaches this. Chosen on the
  // synthetic rewrite set of docs/near-duplicates.md: copies with a new headline, lede or footer
  // of 400-1,200-word articles sit at 0.54-0.98, different articles on one event near 0, pages
  // sharing a template with every 10th word changed at 0.26-0.51...
  double jaccard_threshold = 0.55;
  // ...or when one text's shingles are this much contained in the other's (a copy trimmed from
  // the bottom). For texts of equal length containment is 2J / (1 + J), so 0.71 is the same
  // bar as Jaccard 0.55 there and only lowers it for shorter copies. Trusted only between texts
  // of similar length, see below.
  double containment_threshold = 0.71;
  // Containment is not used when the shorter text has less than this share of the longer's
  // shingles: a brief contained in a long article is a quote, not a copy.
  double min_length_ratio = 0.5;
  // Texts with fewer words never match (too little text to call anything a copy).
  uint32_t min_words = 10;
};

// Returns the first invalid field's error.
Status ValidateOptions(const NearDuplicateOptions& options);

enum class MatchKind { kNone, kExact, kNear };

struct AddResult {
  MatchKind kind = MatchKind::kNone;  // how the best match was found
  uint64_t matched = 0;               // id of the best match (meaningful unless kind == kNone)
  double similarity = 0.0;            // its estimated Jaccard (1 for an exact copy)
  uint64_t original = 0;  // the group's original after this addition (the article itself
                          // when it matched nothing)
  uint32_t group_size = 1;
};

struct ArticleText {
  uint64_t id = 0;
  std::string_view text;             // borrowed for the call only
  int64_t published = kUnknownTime;  // any monotone unit, e.g. Unix seconds
};

struct DuplicateGroup {
  uint64_t original = 0;         // earliest published member (ties: earliest added)
  std::vector<uint64_t> copies;  // the other members, earliest first
};

// The streaming index. Memory: about 1 KB per article at the defaults (docs/near-duplicates.md).
// Not thread-safe: compute signatures on worker threads and feed AddSignature from one.
class NearDuplicateIndex {
 public:
  // Returns InvalidArgument for invalid options.
  static Result<std::unique_ptr<NearDuplicateIndex>> Create(const NearDuplicateOptions& options);

  // Adds an article and returns how it matched. Dates order originals: the earliest published
  // copy is the original; an unknown date counts as later than any known one; ties go to the
  // article added first. Returns InvalidArgument when `id` was already added. Cost: one
  // signature plus at most bands * max_bucket candidate checks, whatever the index size.
  Result<AddResult> Add(uint64_t id, std::string_view text, int64_t published = kUnknownTime);
  // Same with a signature computed elsewhere (e.g. on another thread) with options().minhash.
  Result<AddResult> AddSignature(uint64_t id, const Signature& sig,
                                 int64_t published = kUnknownTime);

  // Id of the original of the group holding `id`; NotFound for an unknown id.
  Result<uint64_t> OriginalOf(uint64_t id);
  // Every group with at least two members, ordered by original's arrival. O(size).
  std::vector<DuplicateGroup> Groups();

  // Sizes every array and table for `articles` in total (no rehash pause up to that size).
  void Reserve(size_t articles);

  size_t size() const { return published_.size(); }
  size_t MemoryBytes() const;
  const NearDuplicateOptions& options() const { return options_; }

 private:
  explicit NearDuplicateIndex(const NearDuplicateOptions& options);
  uint32_t Root(uint32_t a);
  void Union(uint32_t a, uint32_t b);
  bool Earlier(uint32_t a, uint32_t b) const;  // a should be the original rather than b

  NearDuplicateOptions options_;
  MinHasher hasher_;
  LshIndex lsh_;
  Signature scratch_;
  std::vector<uint64_t> candidates_;
  std::unordered_map<uint64_t, uint32_t> slot_of_;  // external id -> arrival number
  std::unordered_map<uint64_t, uint32_t> exact_;    // content hash -> first arrival
  std::vector<uint64_t> ids_;
  std::vector<int64_t> published_;
  std::vector<uint32_t> parent_;
  std::vector<uint32_t> original_;    // meaningful at roots
  std::vector<uint32_t> group_size_;  // meaningful at roots
  std::vector<uint32_t> shingles_;
  // Low 16 bits of each MinHash value (b-bit MinHash, Li and König 2010): half the memory of
  // the full values; an accidental 16-bit match (p = 2^-16) is corrected for in the estimate.
  std::vector<uint16_t> sketches_;
};

// Groups a batch (the streaming index fed in the given order). Returns groups of two or more
// members; InvalidArgument for invalid options or a repeated id.
Result<std::vector<DuplicateGroup>> FindNearDuplicates(std::span<const ArticleText> articles,
                                                       const NearDuplicateOptions& options = {});

}  // namespace corroborate::dedup

#endif  // CORROBORATE_DEDUP_NEAR_DUPLICATES_H_
