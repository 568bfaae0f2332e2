#include "corroborate/pipeline/corpus_state.h"

#include <algorithm>
#include <cstdio>

#include "corroborate/common/parallel.h"
#include "corroborate/ingest/record.h"
#include "corroborate/pipeline/corpus_records.h"

namespace corroborate::pipeline {
namespace {

// Articles whose features are built together (in parallel) when the clusterer is warmed.
constexpr size_t kWarmChunk = 512;

}  // namespace

CorpusState::CorpusState(const CorpusOptions& options)
    : options_(options), clusterer_(options.clusterer) {
  options_.jobs = ResolveJobs(options.jobs);
  for (int i = 0; i < options_.jobs; ++i) {
    workers_.push_back(std::make_unique<Worker>(options.duplicates.minhash));
  }
}

Result<std::unique_ptr<CorpusState>> CorpusState::Create(const CorpusOptions& options) {
  std::unique_ptr<CorpusState> state(new CorpusState(options));
  ASSIGN_OR_RETURN(state->duplicates_, dedup::NearDuplicateIndex::Create(options.duplicates));
  return state;
}

cluster::ArticleFeatures CorpusState::Build(const store::ArticleRecord& row, Worker* worker) const {
  Article article = ingest::ArticleFromRecord(FromArticleRecord(row));
  article.NormalizeRemoved();
  return cluster::BuildFeatures(article, &worker->analyzer, options_.features);
}

std::vector<cluster::ArticleFeatures> CorpusState::BuildAll(
    const std::vector<store::ArticleRecord>& rows) {
  std::vector<cluster::ArticleFeatures> out(rows.size());
  ParallelFor(rows.size(), options_.jobs,
              [&](size_t i, int w) { out[i] = Build(rows[i], workers_[w].get()); });
  return out;
}

void CorpusState::Prepare(std::vector<store::ArticleRecord>* rows) {
  std::vector<cluster::ArticleFeatures> features(rows->size());
  ParallelFor(rows->size(), options_.jobs, [&](size_t i, int w) {
    store::ArticleRecord& row = (*rows)[i];
    dedup::Signature sig;
    workers_[w]->hasher.Compute(row.maintext, &sig);
    row.minhash = EncodeSignature(sig);
    if (sig.content_hash != 0) {  // the exact-copy key, so the store can look copies up
      char hex[17];
      std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(sig.content_hash));
      row.content_hash = hex;
    }
    features[i] = Build(row, workers_[w].get());
  });
  for (size_t i = 0; i < rows->size(); ++i) {
    prepared_.insert_or_assign(ArticleKey((*rows)[i].id), std::move(features[i]));
  }
}

std::optional<std::string> CorpusState::OriginalIdOf(uint64_t key) const {
  const auto it = original_of_.find(key);
  if (it == original_of_.end()) return std::nullopt;
  return id_of_.at(it->second);
}

Result<CorpusState::Decision> CorpusState::Decide(const store::ArticleRecord& row,
                                                  const dedup::Signature& sig, bool cluster) {
  const uint64_t key = ArticleKey(row.id);
  id_of_[key] = row.id;
  ASSIGN_OR_RETURN(const dedup::AddResult match,
                   duplicates_->AddSignature(key, sig, PublishedMinute(row.date_publish)));
  Decision d;
  if (match.kind != dedup::MatchKind::kNone) {
    // A copy: it belongs to the story of the text it copies, not to the clusterer.
    d.story = story_of_.at(match.matched);
    if (match.original == key) {
      const auto it = original_of_.find(match.matched);
      d.reroot_from = it != original_of_.end() ? it->second : match.matched;
    } else {
      d.original = match.original;
    }
    return d;
  }
  if (!cluster) return d;
  if (auto clustered = Cluster(row, &d); !clustered.ok()) return clustered.status();
  return d;
}

Result<int64_t> CorpusState::Cluster(const store::ArticleRecord& row, Decision* out) {
  Decision& d = *out;
  cluster::Assignment assigned;
  if (auto it = prepared_.find(ArticleKey(row.id)); it != prepared_.end()) {
    assigned = clusterer_.Assign(it->second);
    prepared_.erase(it);
  } else {
    assigned = clusterer_.Assign(Build(row, workers_[0].get()));
  }
  d.cluster = assigned.story;
  d.merged_clusters = assigned.merged;
  const auto it = story_of_cluster_.find(assigned.story);
  d.story = it != story_of_cluster_.end() ? it->second : 0;
  return assigned.story;
}

void CorpusState::Count(int64_t story, const store::ArticleRecord& row, uint64_t key, bool copy) {
  Story& s = stories_[story];
  store::StorySummary& sum = s.summary;
  sum.id = story;
  if (sum.headline.empty()) sum.headline = row.title;
  ++sum.size;
  if (copy) ++sum.duplicate_count;
  if (!row.source_domain.empty()) s.outlets.insert(row.source_domain);
  sum.outlet_count = static_cast<int64_t>(s.outlets.size());
  if (row.date_publish) {
    if (!sum.first_seen || *row.date_publish < *sum.first_seen) sum.first_seen = row.date_publish;
    if (!sum.last_seen || *row.date_publish > *sum.last_seen) sum.last_seen = row.date_publish;
  }
  s.members.push_back(key);
  dirty_.insert(story);
}

Status CorpusState::MergeInto(int64_t into, int64_t from, std::vector<store::Assignment>* moves) {
  auto it = stories_.find(from);
  if (it == stories_.end() || from == into) return Status::Ok();
  Story gone = std::move(it->second);
  stories_.erase(it);
  dirty_.erase(from);
  Story& t = stories_[into];
  for (uint64_t k : gone.members) {
    story_of_[k] = into;
    if (moves != nullptr) moves->push_back({id_of_.at(k), into, OriginalIdOf(k)});
    t.members.push_back(k);
  }
  store::StorySummary& sum = t.summary;
  sum.size += gone.summary.size;
  sum.duplicate_count += gone.summary.duplicate_count;
  t.outlets.insert(gone.outlets.begin(), gone.outlets.end());
  sum.outlet_count = static_cast<int64_t>(t.outlets.size());
  const auto& g = gone.summary;
  if (g.first_seen && (!sum.first_seen || *g.first_seen < *sum.first_seen)) {
    sum.first_seen = g.first_seen;
  }
  if (g.last_seen && (!sum.last_seen || *g.last_seen > *sum.last_seen)) sum.last_seen = g.last_seen;
  dirty_.insert(into);
  return Status::Ok();
}

std::vector<uint64_t> CorpusState::Link(uint64_t key, const Decision& d) {
  if (d.original != 0) {
    original_of_[key] = d.original;
    copies_[d.original].push_back(key);
  }
  if (d.reroot_from == 0) return {};
  // This article predates the group's original: the old original and its copies now point to it.
  std::vector<uint64_t> moved = std::move(copies_[d.reroot_from]);
  copies_.erase(d.reroot_from);
  moved.push_back(d.reroot_from);
  for (uint64_t c : moved) original_of_[c] = key;
  copies_[key] = moved;
  return moved;
}

Result<size_t> CorpusState::Replay(store::Store* store) {
  // Pass 1, every article without its text: duplicates, links, stories. The articles the
  // clusterer placed are noted (by arrival) for pass 2 when they are recent enough.
  std::vector<int64_t> clustered;  // ingested_seq of articles the clusterer placed
  size_t n = 0;
  Status failure = Status::Ok();
  store::ArticleScan scan;
  scan.with_text = false;
  RETURN_IF_ERROR(store->ForEachArticle(scan, [&](const store::ArticleRecord& row) {
    auto sig = DecodeSignature(row.minhash);
    if (!sig.ok()) {
      failure = InvalidInput("article " + row.id + ": " + sig.status().message());
      return false;
    }
    auto decided = Decide(row, *sig, /*cluster=*/false);
    if (!decided.ok()) {
      failure = decided.status();
      return false;
    }
    const uint64_t key = ArticleKey(row.id);
    if (!decided->copy()) clustered.push_back(row.ingested_seq);
    const int64_t story = row.story_id.value_or(decided->story);
    Link(key, *decided);
    story_of_[key] = story;
    Count(story, row, key, decided->copy());
    ++n;
    return true;
  }));
  RETURN_IF_ERROR(failure);
  // Pass 2, the most recent clustered articles with their text, through the clusterer: its
  // stories map to the stored ones they were placed in.
  const size_t keep = std::min(clustered.size(), options_.max_cluster_replay);
  if (keep > 0) {
    store::ArticleScan recent;
    recent.after_seq = clustered[clustered.size() - keep] - 1;
    size_t next = clustered.size() - keep;
    // In chunks: features on CorpusOptions::jobs threads, then the clusterer in order.
    std::vector<store::ArticleRecord> chunk;
    auto warm = [&] {
      const std::vector<cluster::ArticleFeatures> features = BuildAll(chunk);
      for (size_t i = 0; i < chunk.size(); ++i) {
        const cluster::Assignment assigned = clusterer_.Assign(features[i]);
        const int64_t stored = chunk[i].story_id.value_or(0);
        if (stored == 0) continue;
        story_of_cluster_.try_emplace(assigned.story, stored);
        for (int64_t m : assigned.merged) story_of_cluster_[m] = stored;
      }
      chunk.clear();
    };
    RETURN_IF_ERROR(store->ForEachArticle(recent, [&](const store::ArticleRecord& row) {
      if (next >= clustered.size()) return false;
      if (row.ingested_seq != clustered[next]) return true;  // a copy
      ++next;
      chunk.push_back(row);
      if (chunk.size() >= kWarmChunk) warm();
      return true;
    }));
    warm();
  }
  dirty_.clear();  // the summaries were rebuilt from the rows: nothing new to write
  return n;
}

Status CorpusState::Place(const std::vector<store::ArticleRecord>& rows, store::Store* store,
                          PlaceStats* stats) {
  std::vector<store::Assignment> moves;
  for (const store::ArticleRecord& row : rows) {
    ASSIGN_OR_RETURN(dedup::Signature sig, DecodeSignature(row.minhash));
    ASSIGN_OR_RETURN(Decision d, Decide(row, sig));
    const uint64_t key = ArticleKey(row.id);
    if (d.cluster >= 0) {
      if (d.story == 0) {
        store::StorySummary fresh;
        fresh.headline = row.title;
        ASSIGN_OR_RETURN(std::vector<int64_t> ids, store->UpsertStories({&fresh, 1}));
        d.story = ids.at(0);
        story_of_cluster_[d.cluster] = d.story;
        ++stats->stories_started;
      }
      for (int64_t m : d.merged_clusters) {
        const auto it = story_of_cluster_.find(m);
        if (it != story_of_cluster_.end() && it->second != d.story) {
          const int64_t from = it->second;
          RETURN_IF_ERROR(MergeInto(d.story, from, &moves));
          RETURN_IF_ERROR(store->DeleteStories({&from, 1}));
          ++stats->stories_merged;
        }
        story_of_cluster_[m] = d.story;
      }
    }
    for (uint64_t c : Link(key, d)) moves.push_back({id_of_.at(c), story_of_.at(c), row.id});
    story_of_[key] = d.story;
    Count(d.story, row, key, d.copy());
    moves.push_back({row.id, d.story, OriginalIdOf(key)});
    ++stats->placed;
    if (d.copy()) ++stats->duplicates;
  }
  prepared_.clear();  // rows that were already stored, and copies, which are not clustered
  RETURN_IF_ERROR(store->Assign(moves));
  std::vector<store::StorySummary> changed;
  changed.reserve(dirty_.size());
  for (int64_t id : dirty_) changed.push_back(stories_.at(id).summary);
  dirty_.clear();
  if (!changed.empty()) {
    auto upserted = store->UpsertStories(changed);
    if (!upserted.ok()) return upserted.status();
  }
  return Status::Ok();
}

}  // namespace corroborate::pipeline
