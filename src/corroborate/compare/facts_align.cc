#include "corroborate/compare/facts_align.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "corroborate/common/utf8.h"

namespace corroborate::compare {
namespace {

// Members of a group a new claim (or a summary candidate) is compared with.
constexpr size_t kMaxCompared = 16;

}  // namespace

StoryModel::StoryModel(std::span<const Claim> claims) : base_(claims.data()), n_(claims.size()) {
  for (const Claim& c : claims) {
    for (const std::string& s : c.stems) ++df_[s];
  }
  // Similarity is called for many pairs (all pairs of slot-bearing claims in FindDisputes), so
  // each claim's weighted vector is computed once, over interned feature ids.
  vectors_.resize(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    Vector& v = vectors_[i];
    for (const std::string& s : claims[i].stems) {
      const int id = ids_.emplace(s, static_cast<int>(ids_.size())).first->second;
      const double w = Idf(s);
      v.terms.emplace_back(id, w);
      v.norm2 += w * w;
    }
    std::sort(v.terms.begin(), v.terms.end());
  }
}

const StoryModel::Vector* StoryModel::CachedVector(const Claim& c) const {
  if (base_ == nullptr || &c < base_ || &c >= base_ + n_) return nullptr;
  return &vectors_[static_cast<size_t>(&c - base_)];
}

double StoryModel::Cosine(const Vector& a, const Vector& b) {
  double dot = 0;
  int shared = 0;
  size_t i = 0, j = 0;
  while (i < a.terms.size() && j < b.terms.size()) {
    if (a.terms[i].first < b.terms[j].first) {
      ++i;
    } else if (b.terms[j].first < a.terms[i].first) {
      ++j;
    } else {
      dot += a.terms[i].second * a.terms[i].second;
      ++shared;
      ++i;
      ++j;
    }
  }
  if (shared < 2 || a.norm2 <= 0 || b.norm2 <= 0) return 0;
  return dot / std::sqrt(a.norm2 * b.norm2);
}

double StoryModel::Idf(const std::string& feature) const {
  auto it = df_.find(feature);
  const double df = it == df_.end() ? 1.0 : it->second;
  return std::log(1.0 + static_cast<double>(n_ + 1) / df);
}

int StoryModel::Df(const std::string& feature) const {
  auto it = df_.find(feature);
  return it == df_.end() ? 0 : it->second;
}

bool StoryModel::IsRare(const std::string& feature, double share) const {
  const double df = Df(feature);
  return df <= 3 || df <= share * static_cast<double>(n_ + 1);
}

double StoryModel::Similarity(const Claim& a, const Claim& b) const {
  const Vector* va = CachedVector(a);
  const Vector* vb = CachedVector(b);
  if (va != nullptr && vb != nullptr) return Cosine(*va, *vb);
  double dot = 0, na = 0, nb = 0;
  size_t i = 0, j = 0;
  int shared = 0;
  while (i < a.stems.size() || j < b.stems.size()) {
    if (j >= b.stems.size() || (i < a.stems.size() && a.stems[i] < b.stems[j])) {
      const double w = Idf(a.stems[i++]);
      na += w * w;
    } else if (i >= a.stems.size() || b.stems[j] < a.stems[i]) {
      const double w = Idf(b.stems[j++]);
      nb += w * w;
    } else {
      const double w = Idf(a.stems[i]);
      dot += w * w;
      na += w * w;
      nb += w * w;
      ++shared;
      ++i;
      ++j;
    }
  }
  if (shared < 2 || na <= 0 || nb <= 0) return 0;
  return dot / std::sqrt(na * nb);
}

std::vector<ClaimGroup> AlignClaims(std::span<const Claim> claims, const StoryModel& model,
                                    const AlignOptions& options) {
  std::vector<int> order(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
    return claims[x].order < claims[y].order;
  });
  std::vector<ClaimGroup> groups;
  std::vector<std::set<int>> group_articles;
  // Features -> groups holding a member with that feature; common features are skipped, as they
  // never decide a match on their own and would make the candidate lists long.
  std::unordered_map<std::string, std::vector<int>> index;
  for (int ci : order) {
    const Claim& c = claims[ci];
    std::vector<int> candidates;
    for (const std::string& s : c.stems) {
      if (!model.IsRare(s, 0.25)) continue;
      auto it = index.find(s);
      if (it != index.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    int best = -1;
    double best_sim = options.join_threshold;
    for (int g : candidates) {
      if (group_articles[g].count(c.article)) continue;
      double sim = 0;
      // The lead-most members represent a group; comparing with all of them would make large
      // stories (a wire story carried by hundreds of outlets) quadratic.
      const size_t limit = std::min<size_t>(groups[g].members.size(), kMaxCompared);
      for (size_t k = 0; k < limit; ++k) {
        sim = std::max(sim, model.Similarity(c, claims[groups[g].members[k]]));
      }
      if (sim >= best_sim) {
        best_sim = sim;
        best = g;
      }
    }
    if (best < 0) {
      best = static_cast<int>(groups.size());
      groups.emplace_back();
      group_articles.emplace_back();
    }
    groups[best].members.push_back(ci);
    group_articles[best].insert(c.article);
    for (const std::string& s : c.stems) {
      if (!model.IsRare(s, 0.25)) continue;
      std::vector<int>& list = index[s];
      if (list.empty() || list.back() != best) list.push_back(best);
    }
  }
  for (size_t g = 0; g < groups.size(); ++g) {
    groups[g].articles.assign(group_articles[g].begin(), group_articles[g].end());
  }
  return groups;
}

std::string SummaryText(std::string_view text, Span span, size_t max_bytes) {
  std::string out;
  bool space = false;
  for (char c : span.Of(text)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() <= max_bytes) return out;
  size_t cut = utf8::FloorBoundary(out, max_bytes);
  const size_t sp = out.rfind(' ', cut);
  if (sp != std::string::npos && sp > max_bytes / 2) cut = sp;
  out.resize(cut);
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ' ')) out.pop_back();
  return out + "…";
}

std::vector<Fact> BuildFacts(std::span<const ClaimGroup> groups, std::span<const Claim> claims,
                             std::span<const text::Document> docs, const StoryModel& model,
                             const AlignOptions& options) {
  // Article-level feature sets decide which articles "touch the topic" of a group.
  std::vector<std::set<std::string>> article_stems(docs.size());
  for (const Claim& c : claims) {
    if (c.article >= 0 && static_cast<size_t>(c.article) < docs.size()) {
      article_stems[c.article].insert(c.stems.begin(), c.stems.end());
    }
  }
  struct Ranked {
    Fact fact;
    double lead = 0;
  };
  std::vector<Ranked> ranked;
  for (const ClaimGroup& g : groups) {
    if (g.members.empty()) continue;
    Ranked r;
    Fact& f = r.fact;
    f.articles = g.articles;
    // The most central mention gives the summary.
    int center = g.members.front();
    double best = -1;
    const size_t limit = std::min<size_t>(g.members.size(), kMaxCompared);
    for (int m : g.members) {
      double sum = 0;
      for (size_t k = 0; k < limit; ++k) {
        const int o = g.members[k];
        if (o != m) sum += model.Similarity(claims[m], claims[o]);
      }
      if (sum > best) {
        best = sum;
        center = m;
      }
      f.mentions.push_back({claims[m].article, claims[m].span});
      r.lead += claims[m].order;
    }
    r.lead /= static_cast<double>(g.members.size());
    std::sort(f.mentions.begin(), f.mentions.end());
    const Claim& cc = claims[center];
    f.summary = SummaryText(docs[cc.article].text(), cc.span, options.max_summary_bytes);
    if (g.articles.size() < 2) {
      f.status = FactStatus::kSingle;
    } else {
      // Key features: the two rarest shared by at least half the mentions.
      std::map<std::string, int> count;
      for (int m : g.members) {
        for (const std::string& s : claims[m].stems) ++count[s];
      }
      std::vector<std::pair<double, std::string>> keys;
      const int need = std::max<int>(2, static_cast<int>((g.members.size() + 1) / 2));
      for (const auto& [s, n] : count) {
        if (n >= need && s[0] != '#') keys.emplace_back(model.Idf(s), s);
      }
      std::sort(keys.rbegin(), keys.rend());
      if (keys.size() > 2) keys.resize(2);
      size_t touching = 0;
      for (const auto& stems : article_stems) {
        bool all = !keys.empty();
        for (const auto& k : keys) all = all && stems.count(k.second) > 0;
        if (all) ++touching;
      }
      f.status = touching <= g.articles.size() ? FactStatus::kAgreed : FactStatus::kPartial;
    }
    ranked.push_back(std::move(r));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.fact.status != b.fact.status) return a.fact.status < b.fact.status;
    if (a.fact.articles.size() != b.fact.articles.size()) {
      return a.fact.articles.size() > b.fact.articles.size();
    }
    return a.lead < b.lead;
  });
  std::vector<Fact> facts;
  facts.reserve(ranked.size());
  for (Ranked& r : ranked) facts.push_back(std::move(r.fact));
  return facts;
}

}  // namespace corroborate::compare
