// StoryClusterer: streaming story clustering. Each article is assigned when it arrives to the
// story (one real-world event) it scores best against, or starts a new story. An article is
// scored only against stories found through an inverted index of their centroids' features, so
// the cost per article does not grow with the number of stories. See docs/story-clustering.md.
#ifndef CORROBORATE_CLUSTER_STORY_CLUSTERER_H_
#define CORROBORATE_CLUSTER_STORY_CLUSTERER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "corroborate/cluster/features.h"

namespace corroborate::cluster {

// Defaults were fitted once on ECB+ train+dev by the grid search in bench/cluster_eval.cc
// (docs/story-clustering.md); nothing is tuned per topic.
struct ClustererOptions {
  // Weights of the per-space cosines (text, entities, places, dates/numbers) in the score, which
  // is their weighted mean over the spaces the article or the story has.
  double weights[kSpaceCount] = {1.0, 4.0, 0.5, 3.0};
  // A space missing on either side still counts in the mean (with cosine 0) at this fraction of
  // its weight: an article that names no one is not judged on its words alone.
  double missing_weight = 1.0;
  // Article vectors are divided by max(L2 norm, min_norm): with IDF at least 1, a space whose
  // few features are all common scores below a full cosine against any story.
  double min_norm = 4.0;
  double idf_floor = 1.0;          // IDF = log((N + 1) / (df + 1)) + idf_floor
  // When the article and a story both have names (or both have places), the story scores 0
  // unless one of those two cosines reaches this: an article naming other people and other
  // places than a story is about another event of the same kind, however alike its words and
  // dates (two fires on one day). Chosen on ECB+ over 20 shuffled orders, where 0.05-0.2 score
  // alike (docs/story-clustering.md).
  double min_identity = 0.1;
  double threshold = 0.225;        // join the best story at or above this score, else start one
  double merge_threshold = 0.375;  // other stories scoring this high merge into the best one
  // A story that grows to 4, 8, 16, ... articles is scored as a whole against its candidates and
  // absorbs those at or above merge_threshold: the pieces a big event starts with, which no
  // single article links strongly enough, come together as it grows. Off only for ablations.
  bool consolidate = true;
  size_t centroid_terms = 100;     // top-K features kept per space in a story centroid
  size_t query_terms = 100;        // rarest article features used to look up candidate stories
  size_t max_postings = 100;       // features of this many stories are too common to scan
  size_t max_candidates = 200;     // stop looking up once this many stories are found
  // With dates: stories idle for longer are no longer candidates, and leave the index (their
  // vectors are freed) once the stream has moved past them.
  int window_days = 14;
};

struct Assignment {
  int64_t story = -1;           // the story the article joined (or started)
  bool started = false;         // the article started a new story
  double score = 0;             // its score against that story (0 when it started one)
  std::vector<int64_t> merged;  // stories merged into `story` because of this article
  size_t candidates = 0;        // stories scored for this article
};

class StoryClusterer {
 public:
  explicit StoryClusterer(const ClustererOptions& options = {});
  ~StoryClusterer();
  StoryClusterer(const StoryClusterer&) = delete;
  StoryClusterer& operator=(const StoryClusterer&) = delete;

  // Assigns the next article of the stream and returns where it went. Articles should arrive in
  // publication order when dates are known; IDF statistics are learned from the stream as it
  // arrives. `article` is not retained. Not thread-safe: one clusterer per stream.
  Assignment Assign(const ArticleFeatures& article);

  // The story `story` now belongs to (itself unless it was merged), following merges. Ids that
  // Assign never returned are returned unchanged.
  int64_t Resolve(int64_t story) const;

  size_t live_stories() const;  // stories not merged away (including retired ones)
  size_t articles() const;      // articles assigned so far

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace corroborate::cluster

#endif  // CORROBORATE_CLUSTER_STORY_CLUSTERER_H_
