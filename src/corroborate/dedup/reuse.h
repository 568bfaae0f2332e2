// Text reuse between articles, in the manner of passim: index word n-grams that occur in at
// least two and at most `max_df` documents, take pairs sharing enough of them as candidates,
// and align the candidate regions by seed-and-extend with a gap limit.
#ifndef CORROBORATE_DEDUP_REUSE_H_
#define CORROBORATE_DEDUP_REUSE_H_

#include <span>
#include <vector>

#include "corroborate/core/findings.h"
#include "corroborate/text/document.h"

namespace corroborate::dedup {

struct ReuseOptions {
  int ngram = 5;              // words per shingle
  int min_matches = 2;        // shared n-grams needed to align a pair
  int max_gap = 12;           // words between seeds that an alignment may bridge
  uint32_t min_chars = 50;    // shorter passages are not reported (passim's default)
  double max_df_ratio = 0.8;  // n-grams in more than this share of docs (and >2) are boilerplate
};

// Returns the shared passages of every pair of documents (a < b), longest first per pair. Spans
// are expanded to whole words. direction is set from publication dates when both are known.
std::vector<Reuse> FindReuse(std::span<const text::Document> docs, const ReuseOptions& options = {});

}  // namespace corroborate::dedup

#endif  // CORROBORATE_DEDUP_REUSE_H_
