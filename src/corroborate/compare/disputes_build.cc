#include "corroborate/compare/disputes_build.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

#include "corroborate/compare/slots_lexicon.h"

namespace corroborate::compare {
namespace {

int Find(std::vector<int>& parent, int x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

void AddMention(DisputeVariant* v, int article, Span span) {
  v->articles.push_back(article);
  v->mentions.push_back({article, span});
}

void Finish(DisputeVariant* v) {
  std::sort(v->articles.begin(), v->articles.end());
  v->articles.erase(std::unique(v->articles.begin(), v->articles.end()), v->articles.end());
  std::sort(v->mentions.begin(), v->mentions.end());
  v->mentions.erase(std::unique(v->mentions.begin(), v->mentions.end()), v->mentions.end());
}

void SortVariants(Dispute* d) {
  std::stable_sort(d->variants.begin(), d->variants.end(),
                   [](const DisputeVariant& a, const DisputeVariant& b) {
                     return a.articles.size() > b.articles.size();
                   });
}

std::string Capitalize(const std::string& s) {
  std::string out = s;
  bool start = true;
  for (char& c : out) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ' || c == '-';
  }
  return out;
}

}  // namespace

int DisputeBuilder::Id(SlotRef r) {
  auto [it, added] = ids_.emplace(r, static_cast<int>(refs_.size()));
  if (added) refs_.push_back(r);
  return it->second;
}

void DisputeBuilder::AddEdge(SlotRef a, SlotRef b, bool conflict, const std::string& about) {
  const int x = Id(a), y = Id(b);
  if (conflict) {
    conflicts_.emplace_back(x, y);
    about_.push_back(about);
  } else {
    agreements_.emplace_back(x, y);
  }
}

void DisputeBuilder::Build(std::span<const Claim> claims,
                           const std::function<std::string(SlotRef)>& value,
                           const std::function<Span(SlotRef)>& span,
                           const std::function<bool(SlotRef, SlotRef)>& compatible,
                           const std::function<int(SlotRef)>& rank,
                           std::vector<Dispute>* out) const {
  const int n = static_cast<int>(refs_.size());
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  for (const auto& edges : {conflicts_, agreements_}) {
    for (auto [x, y] : edges) parent[Find(parent, x)] = Find(parent, y);
  }
  std::map<int, std::vector<int>> components;
  for (int i = 0; i < n; ++i) components[Find(parent, i)].push_back(i);
  std::set<std::pair<int, int>> conflict_set;
  for (auto [x, y] : conflicts_) {
    conflict_set.emplace(x, y);
    conflict_set.emplace(y, x);
  }
  for (auto& [root, members] : components) {
    size_t first_conflict = conflicts_.size();
    for (size_t e = 0; e < conflicts_.size(); ++e) {
      if (Find(parent, conflicts_[e].first) == root) {
        first_conflict = e;
        break;
      }
    }
    if (first_conflict == conflicts_.size()) continue;
    std::stable_sort(members.begin(), members.end(), [&](int x, int y) {
      const int rx = rank(refs_[x]), ry = rank(refs_[y]);
      if (rx != ry) return rx < ry;
      return claims[refs_[x].claim].order < claims[refs_[y].claim].order;
    });
    std::vector<std::vector<int>> variants;
    for (int m : members) {
      int best = -1;
      for (size_t v = 0; v < variants.size(); ++v) {
        bool ok = true;
        for (int o : variants[v]) ok = ok && compatible(refs_[o], refs_[m]) && !conflict_set.count({o, m});
        if (ok && (best < 0 || variants[v].size() > variants[best].size())) best = static_cast<int>(v);
      }
      if (best < 0) {
        variants.push_back({m});
      } else {
        variants[best].push_back(m);
      }
    }
    if (variants.size() < 2) continue;
    Dispute d;
    d.kind = kind_;
    d.about = about_[first_conflict];
    for (const auto& v : variants) {
      DisputeVariant dv;
      dv.value = value(refs_[v[0]]);
      for (int m : v) AddMention(&dv, claims[refs_[m].claim].article, span(refs_[m]));
      Finish(&dv);
      d.variants.push_back(std::move(dv));
    }
    SortVariants(&d);
    out->push_back(std::move(d));
  }
}

void FindQualifierDisputes(std::span<const Claim> claims, const StoryModel& model,
                           std::vector<Dispute>* out) {
  // Key: "p:<surname>" for legal status, "n:<count>" for casualty status.
  struct Mention {
    int claim;
    const QualifierSlot* slot;
  };
  std::map<std::string, std::vector<Mention>> by_key;
  // An unnamed role subject ("a fugitive accused of") stands for the story's main person: the
  // named subject of qualifiers in the most articles, when it is named in at least two and no
  // other subject is named in as many.
  std::map<std::string, std::set<int>> subject_articles;
  std::set<int> all_articles;
  for (const Claim& c : claims) {
    all_articles.insert(c.article);
    for (const QualifierSlot& q : c.qualifiers) {
      if (q.count <= 0 && !q.subject.empty() && q.subject != kRoleSubject) {
        subject_articles[q.subject].insert(c.article);
      }
    }
  }
  std::string main_subject;
  size_t main_count = 0, runner_up = 0;
  for (const auto& [subject, arts] : subject_articles) {
    if (arts.size() > main_count) {
      runner_up = main_count;
      main_count = arts.size();
      main_subject = subject;
    } else if (arts.size() > runner_up) {
      runner_up = arts.size();
    }
  }
  if (main_count < 2 || runner_up == main_count) main_subject.clear();
  for (size_t i = 0; i < claims.size(); ++i) {
    for (const QualifierSlot& q : claims[i].qualifiers) {
      if (QualifierClass(q.value).empty()) continue;
      std::string key;
      if (q.count > 0) {
        key = "n:" + std::to_string(static_cast<long long>(std::llround(q.count)));
      } else if (q.subject == kRoleSubject) {
        if (main_subject.empty()) continue;
        key = "p:" + main_subject;
      } else if (!q.subject.empty()) {
        key = "p:" + q.subject;
      } else {
        continue;
      }
      by_key[key].push_back({static_cast<int>(i), &q});
    }
  }
  for (const auto& [key, mentions] : by_key) {
    std::map<std::string, std::vector<Mention>> by_class;
    std::set<int> articles;
    for (const Mention& m : mentions) {
      by_class[std::string(QualifierClass(m.slot->value))].push_back(m);
      articles.insert(claims[m.claim].article);
    }
    if (by_class.size() < 2 || articles.size() < 2) continue;
    const bool casualty = key[0] == 'n';
    if (casualty) {
      // Different statuses for the same number of people must come from aligned statements.
      bool aligned = false;
      for (auto a = by_class.begin(); a != by_class.end() && !aligned; ++a) {
        for (auto b = std::next(a); b != by_class.end() && !aligned; ++b) {
          for (const Mention& x : a->second) {
            for (const Mention& y : b->second) {
              if (claims[x.claim].article != claims[y.claim].article &&
                  model.Similarity(claims[x.claim], claims[y.claim]) >= 0.1) {
                aligned = true;
              }
            }
          }
        }
      }
      if (!aligned) continue;
    }
    Dispute d;
    d.kind = DisputeKind::kQualifier;
    d.about = casualty ? "status of " + key.substr(2) + " people"
                       : "legal status of " + Capitalize(key.substr(2));
    for (const auto& [cls, list] : by_class) {
      DisputeVariant v;
      std::map<std::string, int> words;
      for (const Mention& m : list) {
        ++words[m.slot->value];
        AddMention(&v, claims[m.claim].article, m.slot->span);
      }
      std::vector<std::pair<int, std::string>> ranked;
      for (const auto& [w, c] : words) ranked.emplace_back(-c, w);
      std::sort(ranked.begin(), ranked.end());
      for (const auto& [c, w] : ranked) v.value += (v.value.empty() ? "" : " / ") + w;
      Finish(&v);
      d.variants.push_back(std::move(v));
    }
    SortVariants(&d);
    out->push_back(std::move(d));
  }
}

void MergeDuplicateDisputes(std::vector<Dispute>* disputes) {
  std::vector<Dispute> kept;
  std::map<std::pair<DisputeKind, std::vector<std::string>>, size_t> seen;
  for (Dispute& d : *disputes) {
    // An article stating two values is not a witness for either, except that a hedge ("it is
    // unclear whether ...") may stand beside the claim it hedges: both are kept.
    auto is_hedge = [&](const DisputeVariant& v) {
      return d.kind == DisputeKind::kQualifier && v.value == "unclear";
    };
    std::map<int, int> count;
    for (const DisputeVariant& v : d.variants) {
      if (is_hedge(v)) continue;
      for (int a : v.articles) ++count[a];
    }
    for (DisputeVariant& v : d.variants) {
      if (is_hedge(v)) continue;
      std::erase_if(v.articles, [&](int a) { return count[a] > 1; });
      std::erase_if(v.mentions, [&](const Evidence& e) { return count[e.article] > 1; });
    }
    std::erase_if(d.variants, [](const DisputeVariant& v) { return v.articles.empty(); });
    if (d.variants.size() < 2) continue;
    std::vector<std::string> values;
    for (const DisputeVariant& v : d.variants) values.push_back(v.value);
    std::sort(values.begin(), values.end());
    auto key = std::make_pair(d.kind, values);
    auto it = seen.find(key);
    if (it == seen.end()) {
      seen.emplace(key, kept.size());
      kept.push_back(std::move(d));
      continue;
    }
    Dispute& into = kept[it->second];
    for (DisputeVariant& v : d.variants) {
      for (DisputeVariant& w : into.variants) {
        if (w.value != v.value) continue;
        w.articles.insert(w.articles.end(), v.articles.begin(), v.articles.end());
        w.mentions.insert(w.mentions.end(), v.mentions.begin(), v.mentions.end());
        Finish(&w);
      }
    }
    SortVariants(&into);
  }
  *disputes = std::move(kept);
}

}  // namespace corroborate::compare
