// The in-memory side of a corpus: the near-duplicate index, the story clusterer and the story
// summaries, kept in step with the store. New articles are placed one by one, in arrival order:
// a syndicated copy joins the story of the copy it matched (so a story counts each wire text
// once, and lists the other outlets as "also published by"); any other article goes to the
// clusterer. At start the state is rebuilt by replaying the stored articles in the same order,
// which gives the same decisions. Internal to the corpus pipeline (corpus_ingest.h).
#ifndef CORROBORATE_PIPELINE_CORPUS_STATE_H_
#define CORROBORATE_PIPELINE_CORPUS_STATE_H_

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "corroborate/cluster/features.h"
#include "corroborate/cluster/story_clusterer.h"
#include "corroborate/common/status.h"
#include "corroborate/dedup/minhash.h"
#include "corroborate/dedup/near_duplicates.h"
#include "corroborate/store/store.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::pipeline {

struct CorpusOptions {
  dedup::NearDuplicateOptions duplicates;
  cluster::ClustererOptions clusterer;
  cluster::FeatureOptions features;
  // At start, the clusterer is warmed with at most this many of the most recent stored articles
  // (those it placed itself, not copies); older ones only rebuild the duplicate index and the
  // story summaries. Re-clustering is the slow part of a replay (features and scoring, about
  // 1,000-2,000 articles/s), so this bounds that part of start-up. Stories older than the
  // window are rarely joined again; the clusterer's word statistics are relearned from the
  // replayed articles.
  size_t max_cluster_replay = 50000;
  // Threads that compute signatures and clustering features (0: one per core). Placing stays
  // on one thread, in arrival order, so the stories do not depend on this.
  int jobs = 1;
};

struct PlaceStats {
  size_t placed = 0;
  size_t duplicates = 0;  // placed as a copy of an earlier article
  size_t stories_started = 0;
  size_t stories_merged = 0;
};

class CorpusState {
 public:
  // Errors: InvalidArgument for invalid options.
  static Result<std::unique_ptr<CorpusState>> Create(const CorpusOptions& options);

  // Rebuilds the state from the articles of `store`, in arrival order: the duplicate index and
  // the stories from all of them (signatures only, no text), the clusterer from the most recent
  // (CorpusOptions::max_cluster_replay). Returns the number of articles read.
  Result<size_t> Replay(store::Store* store);

  // Computes each row's signature into row->minhash and content_hash (before they are
  // inserted), and the clustering features Place will need, on CorpusOptions::jobs threads.
  void Prepare(std::vector<store::ArticleRecord>* rows);

  // Places newly inserted articles (prepared, with their signatures), in order, and writes their
  // stories, duplicate links and merges through `store`, inside the caller's transaction.
  // Features Prepare computed for rows that are not placed (already stored) are dropped.
  Status Place(const std::vector<store::ArticleRecord>& rows, store::Store* store,
               PlaceStats* stats);

 private:
  explicit CorpusState(const CorpusOptions& options);

  // What each job thread uses (neither is thread-safe).
  struct Worker {
    explicit Worker(const dedup::MinHashOptions& o) : hasher(o) {}
    dedup::MinHasher hasher;
    text::Analyzer analyzer;
  };

  struct Story {
    store::StorySummary summary;
    std::set<std::string> outlets;
    std::vector<uint64_t> members;
  };
  // What placing one article decided.
  struct Decision {
    int64_t story = 0;      // store story id; 0 when a new one must be allocated
    uint64_t original = 0;  // the key of its original when it is a copy, else 0
    int64_t cluster = -1;   // the clusterer's story, when the clusterer placed it
    std::vector<int64_t> merged_clusters;
    uint64_t reroot_from = 0;  // a group's previous original, now a copy of this article

    // Whether the article is a copy, or the new original of copies: it joins their story.
    bool copy() const { return original != 0 || reroot_from != 0; }
  };

  // `cluster` false: a copy is decided as usual, any other article is left for the clusterer
  // (Decision::cluster stays -1 and story 0).
  Result<Decision> Decide(const store::ArticleRecord& row, const dedup::Signature& sig,
                          bool cluster = true);
  Result<int64_t> Cluster(const store::ArticleRecord& row, Decision* d);
  // Features of each row, computed on CorpusOptions::jobs threads.
  std::vector<cluster::ArticleFeatures> BuildAll(const std::vector<store::ArticleRecord>& rows);
  cluster::ArticleFeatures Build(const store::ArticleRecord& row, Worker* worker) const;
  // Records the duplicate links `d` decided for article `key`; returns the articles re-pointed
  // to it (a group's previous original and its copies), whose stored links must change too.
  std::vector<uint64_t> Link(uint64_t key, const Decision& d);
  void Count(int64_t story, const store::ArticleRecord& row, uint64_t key, bool copy);
  Status MergeInto(int64_t into, int64_t from, std::vector<store::Assignment>* moves);
  std::optional<std::string> OriginalIdOf(uint64_t key) const;

  CorpusOptions options_;
  std::unique_ptr<dedup::NearDuplicateIndex> duplicates_;
  cluster::StoryClusterer clusterer_;
  std::vector<std::unique_ptr<Worker>> workers_;                     // CorpusOptions::jobs of them
  std::unordered_map<uint64_t, cluster::ArticleFeatures> prepared_;  // by key, until placed
  std::unordered_map<uint64_t, std::string> id_of_;                  // key -> article id
  std::unordered_map<uint64_t, int64_t> story_of_;                   // key -> store story id
  std::unordered_map<uint64_t, uint64_t> original_of_;               // copy key -> original key
  std::unordered_map<uint64_t, std::vector<uint64_t>> copies_;       // original key -> copy keys
  std::unordered_map<int64_t, int64_t> story_of_cluster_;  // clusterer story -> store story
  std::unordered_map<int64_t, Story> stories_;             // store story id -> summary
  std::unordered_set<int64_t> dirty_;
};

}  // namespace corroborate::pipeline

#endif  // CORROBORATE_PIPELINE_CORPUS_STATE_H_
