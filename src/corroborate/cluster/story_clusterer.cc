#include "corroborate/cluster/story_clusterer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <string>
#include <string_view>
#include <unordered_map>

#include "corroborate/cluster/sparse_vector.h"

namespace corroborate::cluster {
namespace {

constexpr long kNoDay = std::numeric_limits<long>::min();

struct Story {
  SparseVector sum[kSpaceCount];       // sum of member vectors (bounded)
  SparseVector centroid[kSpaceCount];  // top-K of `sum`, unit norm: what articles are scored on
  long last_day = kNoDay;
  int64_t merged_into = -1;
  size_t size = 0;
  bool retired = false;  // idle beyond the time window: out of the index, vectors freed
};

}  // namespace

struct StoryClusterer::Impl {
  ClustererOptions opt;
  // Hash of (space, feature key) -> id: 64-bit keys instead of strings keep the vocabulary small
  // on an endless stream (a collision, at 2^-64 per pair, would only merge two features' counts).
  std::unordered_map<uint64_t, uint32_t> vocab;
  std::vector<uint32_t> df;                         // documents seen with each id
  // The article being assigned, spread over a dense array indexed by id (valid where
  // dense_stamp == dense_gen), so that a centroid is scored by lookups, not a sorted merge.
  std::vector<float> dense_w;
  std::vector<uint32_t> dense_stamp;
  uint32_t dense_gen = 0;
  size_t docs = 0;
  std::vector<Story> stories;
  std::unordered_map<uint32_t, std::vector<int64_t>> postings;  // id -> stories with it
  std::vector<size_t> seen_stamp;                               // per story: last visit
  size_t stamp = 0;
  size_t live = 0;  // stories not merged away (retired ones included)
  // (last day, story) of dated stories, oldest first; entries go stale when a story is updated.
  std::priority_queue<std::pair<long, int64_t>, std::vector<std::pair<long, int64_t>>,
                      std::greater<>>
      by_day;

  // Stories idle for longer than the window leave the index and free their vectors, so memory
  // and posting lists stay bounded on an endless dated stream.
  void Retire(long day) {
    while (!by_day.empty() && by_day.top().first < day - opt.window_days) {
      const auto [last, index] = by_day.top();
      by_day.pop();
      Story& st = stories[static_cast<size_t>(index)];
      if (st.merged_into >= 0 || st.retired || st.last_day != last) continue;  // stale entry
      for (int s = 0; s < kSpaceCount; ++s) {
        for (const auto& [id, w] : st.centroid[s]) Unpost(index, id);
        SparseVector().swap(st.sum[s]);
        SparseVector().swap(st.centroid[s]);
      }
      st.retired = true;
    }
  }

  double Idf(uint32_t id) const { return std::log((docs + 1.0) / (df[id] + 1.0)) + opt.idf_floor; }

  // Article vectors (sublinear TF x IDF, unit norm per space); updates document frequencies
  // first, so that a feature's IDF always counts the article itself.
  void Vectorize(const ArticleFeatures& a, SparseVector out[kSpaceCount]) {
    ++docs;
    for (int s = 0; s < kSpaceCount; ++s) {
      for (const auto& [feature, count] : a.spaces[s]) {
        const uint64_t key = std::hash<std::string_view>()(feature) * 0x9E3779B97F4A7C15ULL +
                             static_cast<uint64_t>(s);
        auto [it, added] = vocab.emplace(key, static_cast<uint32_t>(df.size()));
        if (added) df.push_back(0);
        ++df[it->second];
        out[s].emplace_back(it->second, count);
      }
      for (auto& [id, w] : out[s]) {
        w = static_cast<float>((1.0 + std::log(std::max(1.0f, w))) * Idf(id));
      }
      std::sort(out[s].begin(), out[s].end());
      // Unit norm, except that a space holding only common features (one frequent year, one
      // frequent name) keeps a small norm: a lone "2024" must not make every article alike.
      double sq = 0;
      for (const auto& [id, w] : out[s]) sq += static_cast<double>(w) * w;
      const double norm = std::max(std::sqrt(sq), opt.min_norm);
      if (norm > 0) {
        for (auto& [id, w] : out[s]) w = static_cast<float>(w / norm);
      }
    }
  }

  void LoadDense(const SparseVector vec[kSpaceCount]) {
    if (dense_w.size() < df.size()) {
      dense_w.resize(df.size());
      dense_stamp.resize(df.size(), 0);
    }
    if (++dense_gen == 0) {  // wrapped: clear the stamps once every 2^32 articles
      std::fill(dense_stamp.begin(), dense_stamp.end(), 0);
      dense_gen = 1;
    }
    for (int s = 0; s < kSpaceCount; ++s) {
      for (const auto& [id, w] : vec[s]) {
        dense_w[id] = w;
        dense_stamp[id] = dense_gen;
      }
    }
  }

  // The dot product of the loaded article with `centroid` (ids are unique across spaces).
  double DotLoaded(const SparseVector& centroid) const {
    double sum = 0;
    for (const auto& [id, w] : centroid) {
      if (id < dense_stamp.size() && dense_stamp[id] == dense_gen) {
        sum += static_cast<double>(w) * dense_w[id];
      }
    }
    return sum;
  }

  // REQUIRES: LoadDense(vec) was the last load.
  double Score(const SparseVector vec[kSpaceCount], const Story& story) const {
    double num = 0, den = 0;
    bool identity_seen = false;
    double identity = 0;
    for (int s = 0; s < kSpaceCount; ++s) {
      const bool a = !vec[s].empty(), b = !story.centroid[s].empty();
      if (a && b) {
        const double cos = DotLoaded(story.centroid[s]);
        num += opt.weights[s] * cos;
        den += opt.weights[s];
        if (s == static_cast<int>(Space::kEntity) || s == static_cast<int>(Space::kPlace)) {
          identity_seen = true;
          identity = std::max(identity, cos);
        }
      } else if (a || b) {
        den += opt.weights[s] * opt.missing_weight;
      }
    }
    if (identity_seen && identity < opt.min_identity) return 0;  // names others: another event
    return den > 0 ? num / den : 0;
  }

  void Unpost(int64_t story, uint32_t id) {
    auto it = postings.find(id);
    if (it == postings.end()) return;
    auto& list = it->second;
    list.erase(std::remove(list.begin(), list.end(), story), list.end());
    if (list.empty()) postings.erase(it);
  }

  // Recomputes a story's centroids from its sums and updates the postings to match.
  void Refresh(int64_t index) {
    Story& st = stories[static_cast<size_t>(index)];
    for (int s = 0; s < kSpaceCount; ++s) {
      if (st.sum[s].size() > 8 * opt.centroid_terms) KeepTop(&st.sum[s], 4 * opt.centroid_terms);
      SparseVector next = st.sum[s];
      KeepTop(&next, opt.centroid_terms);
      Normalize(&next);
      // Both sorted by id: walk them together to post new ids and unpost dropped ones.
      const SparseVector& prev = st.centroid[s];
      size_t i = 0, j = 0;
      while (i < prev.size() || j < next.size()) {
        if (j == next.size() || (i < prev.size() && prev[i].first < next[j].first)) {
          Unpost(index, prev[i++].first);
        } else if (i == prev.size() || next[j].first < prev[i].first) {
          // A full list belongs to a feature too common to look stories up by: it is not
          // scanned and stops growing, which keeps every list (and Unpost) bounded.
          auto& list = postings[next[j++].first];
          if (list.size() < opt.max_postings) list.push_back(index);
        } else {
          ++i;
          ++j;
        }
      }
      st.centroid[s] = std::move(next);
    }
  }

  // Stories sharing one of the article's rarest features, skipping over-common features.
  std::vector<int64_t> Candidates(const SparseVector vec[kSpaceCount], long day) {
    std::vector<uint32_t> query;
    for (int s = 0; s < kSpaceCount; ++s) {
      for (const auto& [id, w] : vec[s]) {
        if (df[id] >= 2) query.push_back(id);
      }
    }
    const size_t k = std::min(query.size(), opt.query_terms);
    std::partial_sort(
        query.begin(), query.begin() + static_cast<std::ptrdiff_t>(k), query.end(),
        [&](uint32_t a, uint32_t b) { return df[a] != df[b] ? df[a] < df[b] : a < b; });
    query.resize(k);
    ++stamp;
    seen_stamp.resize(stories.size(), 0);
    std::vector<int64_t> out;
    for (uint32_t id : query) {
      if (out.size() >= opt.max_candidates) break;
      auto it = postings.find(id);
      if (it == postings.end() || it->second.size() >= opt.max_postings) continue;
      for (int64_t story : it->second) {
        size_t& mark = seen_stamp[static_cast<size_t>(story)];
        if (mark == stamp) continue;
        mark = stamp;
        const Story& st = stories[static_cast<size_t>(story)];
        if (day != kNoDay && st.last_day != kNoDay && day - st.last_day > opt.window_days) continue;
        out.push_back(story);
      }
    }
    return out;
  }

  // A story that grew to 4, 8, 16, ... articles is scored as a whole (its centroid) against the
  // stories sharing its rarest features; those at or above merge_threshold merge into it. Early
  // reports of a big event often start several stories at once, and no single later article
  // need score high against two of them; the grown story does. Amortized O(1) per article.
  void Consolidate(int64_t target, long day, std::vector<int64_t>* merged) {
    const size_t size = stories[static_cast<size_t>(target)].size;
    if (!opt.consolidate || size < 4 || (size & (size - 1)) != 0) return;
    SparseVector centroid[kSpaceCount];
    for (int s = 0; s < kSpaceCount; ++s) {
      centroid[s] = stories[static_cast<size_t>(target)].centroid[s];
    }
    const std::vector<int64_t> near = Candidates(centroid, day);
    LoadDense(centroid);
    bool any = false;
    for (int64_t other : near) {
      const Story& st = stories[static_cast<size_t>(other)];
      if (other == target || st.merged_into >= 0 || st.retired) continue;
      if (Score(centroid, st) < opt.merge_threshold) continue;
      Absorb(target, other);
      --live;
      merged->push_back(other);
      any = true;
    }
    if (any) Refresh(target);
  }

  void Absorb(int64_t into, int64_t from) {
    Story& src = stories[static_cast<size_t>(from)];
    Story& dst = stories[static_cast<size_t>(into)];
    for (int s = 0; s < kSpaceCount; ++s) {
      AddScaled(src.sum[s], 1.0f, &dst.sum[s]);
      for (const auto& [id, w] : src.centroid[s]) Unpost(from, id);
      src.sum[s].clear();
      src.centroid[s].clear();
    }
    dst.size += src.size;
    if (src.last_day > dst.last_day) {
      dst.last_day = src.last_day;
      by_day.emplace(dst.last_day, into);
    }
    src.merged_into = into;
  }
};

StoryClusterer::StoryClusterer(const ClustererOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->opt = options;
}

StoryClusterer::~StoryClusterer() = default;

Assignment StoryClusterer::Assign(const ArticleFeatures& article) {
  Impl& m = *impl_;
  SparseVector vec[kSpaceCount];
  m.Vectorize(article, vec);
  const long day = article.published ? DaysFromCivil(*article.published) : kNoDay;

  if (day != kNoDay) m.Retire(day);
  Assignment result;
  const std::vector<int64_t> candidates = m.Candidates(vec, day);
  m.LoadDense(vec);
  result.candidates = candidates.size();
  std::vector<std::pair<double, int64_t>> scored;
  scored.reserve(candidates.size());
  for (int64_t story : candidates) {
    scored.emplace_back(m.Score(vec, m.stories[static_cast<size_t>(story)]), story);
  }
  std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });

  int64_t target;
  if (!scored.empty() && scored[0].first >= m.opt.threshold) {
    target = scored[0].second;
    result.score = scored[0].first;
  } else {
    target = static_cast<int64_t>(m.stories.size());
    m.stories.emplace_back();
    ++m.live;
    result.started = true;
  }
  Story& st = m.stories[static_cast<size_t>(target)];
  for (int s = 0; s < kSpaceCount; ++s) AddScaled(vec[s], 1.0f, &st.sum[s]);
  st.size += 1;
  if (day != kNoDay && day > st.last_day) {
    st.last_day = day;
    m.by_day.emplace(day, target);
  }
  // One article linking two stories strongly is evidence they are one event told twice.
  if (!result.started) {
    for (size_t i = 1; i < scored.size() && scored[i].first >= m.opt.merge_threshold; ++i) {
      m.Absorb(target, scored[i].second);
      --m.live;
      result.merged.push_back(scored[i].second);
    }
  }
  m.Refresh(target);
  m.Consolidate(target, day, &result.merged);
  result.story = target;
  return result;
}

int64_t StoryClusterer::Resolve(int64_t story) const {
  while (story >= 0 && static_cast<size_t>(story) < impl_->stories.size() &&
         impl_->stories[static_cast<size_t>(story)].merged_into >= 0) {
    story = impl_->stories[static_cast<size_t>(story)].merged_into;
  }
  return story;
}

size_t StoryClusterer::live_stories() const { return impl_->live; }

size_t StoryClusterer::articles() const { return impl_->docs; }

}  // namespace corroborate::cluster
