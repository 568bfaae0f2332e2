// Clustering scores of a predicted partition of items against a gold partition: BCubed
// (Bagga & Baldwin 1998; per-item precision and recall, averaged over items) and pairwise
// (precision and recall of the "same cluster" relation over unordered item pairs).
#ifndef CORROBORATE_EVAL_CLUSTERING_SCORE_H_
#define CORROBORATE_EVAL_CLUSTERING_SCORE_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "corroborate/common/status.h"

namespace corroborate::eval {

struct ClusteringScore {
  double bcubed_precision = 0, bcubed_recall = 0, bcubed_f1 = 0;
  // Pairwise precision is 1 when no pair is predicted together (nothing was wrongly joined);
  // recall is 1 when the gold partition has no pair.
  double pairwise_precision = 0, pairwise_recall = 0, pairwise_f1 = 0;
  size_t items = 0;
  size_t gold_clusters = 0, predicted_clusters = 0;
};

// Scores `predicted` against `gold`: item i belongs to cluster gold[i] and predicted[i]; label
// values are arbitrary identifiers. Errors: InvalidArgument when the sizes differ or both are
// empty.
Result<ClusteringScore> ScoreClustering(std::span<const int64_t> gold,
                                        std::span<const int64_t> predicted);

// Dense ids for string labels: equal strings get equal ids, in order of first appearance.
std::vector<int64_t> LabelIds(std::span<const std::string> labels);

}  // namespace corroborate::eval

#endif  // CORROBORATE_EVAL_CLUSTERING_SCORE_H_
