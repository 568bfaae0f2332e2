// LSH banding over MinHash signatures: the signature is cut into `bands` bands of `rows` values,
// each band hashed to one 64-bit key; two articles become candidates when any band key is equal,
// which happens with probability 1 - (1 - s^rows)^bands at Jaccard similarity s (the S-curve in
// docs/near-duplicates.md). Incremental: insert and query one article at a time.
#ifndef CORROBORATE_DEDUP_LSH_H_
#define CORROBORATE_DEDUP_LSH_H_

#include <cstdint>
#include <vector>

#include "corroborate/common/status.h"
#include "corroborate/dedup/minhash.h"

namespace corroborate::dedup {

struct LshOptions {
  int bands = 25;  // with rows = 5: P(candidate) is 0.5 near s = 0.53, 0.99 at s = 0.7, and
  int rows = 5;    // 0.06 at s = 0.3; uses 125 of the 128 default MinHash values
  // Members kept per bucket. A bucket this full holds boilerplate (cookie notices, "subscribe"
  // footers, empty templates) shared by unrelated pages; later articles are not added to it, so
  // a query costs at most bands * max_bucket candidates whatever the corpus size.
  uint32_t max_bucket = 256;
  uint64_t seed = 0x6c7368;  // seeds the band hashes
};

// Returns InvalidArgument unless bands >= 1, 1 <= rows, bands * rows <= 1024, max_bucket >= 1.
Status ValidateOptions(const LshOptions& options);

// Candidate index. Memory: per article, its external id (8 bytes) and per band one chain link
// (4 bytes) plus a share of a 16-byte hash-table slot (load factor 0.375-0.75): about 36 bytes
// per band, 0.9 KB per article with the defaults. Not thread-safe for writes; concurrent const
// calls are safe.
class LshIndex {
 public:
  // REQUIRES: ValidateOptions(options).ok().
  explicit LshIndex(const LshOptions& options = {});

  // Adds `sig` under `id` (ids need not be unique or dense; the index does not check).
  // Returns InvalidArgument when sig has fewer than bands * rows values (an empty signature
  // included: an article with no words has nothing to match) or the index holds 2^32-1 entries.
  Status Insert(uint64_t id, const Signature& sig);

  // Appends to `out` (cleared first) the ids sharing at least one band key with `sig`, each
  // once, in no particular order. A signature too short for the banding yields none.
  void Query(const Signature& sig, std::vector<uint64_t>* out) const;
  std::vector<uint64_t> Query(const Signature& sig) const;

  // Sizes the arrays for `articles` in total, so that inserting up to that many never rehashes
  // (the table otherwise doubles, which moves every entry once: amortized O(1), but a pause).
  void Reserve(size_t articles);

  size_t size() const { return ids_.size(); }
  // Insertions refused by a full bucket, summed over bands (a measure of boilerplate).
  uint64_t capped_insertions() const { return capped_; }
  // Bytes held by the index's arrays.
  size_t MemoryBytes() const;
  const LshOptions& options() const { return options_; }

 private:
  struct Slot {
    uint64_t key = 0;   // 0 marks an empty slot (a real key of 0 is stored as 1)
    uint32_t head = 0;  // latest entry (article * bands + band) in this bucket
    uint32_t count = 0;
  };

  bool BandKeys(const Signature& sig, uint64_t* keys) const;
  size_t Find(uint64_t key) const;  // slot holding key, or the empty slot where it would go
  void Rehash(size_t slots);

  LshOptions options_;
  std::vector<uint64_t> ids_;   // per article
  std::vector<uint32_t> next_;  // per entry: previous entry of the same bucket, or kNone
  std::vector<Slot> table_;     // open addressing, linear probing, power-of-two size
  size_t used_ = 0;
  uint64_t capped_ = 0;
};

}  // namespace corroborate::dedup

#endif  // CORROBORATE_DEDUP_LSH_H_
