// Actor resolution: entity mentions of all articles are grouped by normalized name, then
// merged by rules that hold across outlets — "X Network" == "X", an acronym == the one
// expansion whose initials it spells, and a surname (or a hyphenated surname's first part, or
// first + last name) == the one full name it fits, preferring the full name of the same
// article. Labels are attached in actors_labels.cc.
#include "corroborate/compare/actors.h"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>

#include "corroborate/common/utf8.h"
#include "corroborate/compare/actors_labels.h"
#include "corroborate/extract/entities_words.h"

namespace corroborate::compare {
namespace {

namespace ew = extract::entity_words;

std::string Join(const std::vector<std::string>& w, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (i > from) out += ' ';
    out += w[i];
  }
  return out;
}

// The matching key of a name: case-folded, "the" and a trailing possessive dropped.
std::string NameKey(std::string_view name) {
  std::vector<std::string> w = SplitWords(utf8::FoldForMatch(name));
  if (!w.empty() && w.front() == "the") w.erase(w.begin());
  if (!w.empty()) {
    std::string& last = w.back();
    if (last.size() > 2 && last.compare(last.size() - 2, 2, "'s") == 0)
      last.resize(last.size() - 2);
  }
  return Join(w, 0, w.size());
}

std::string Initials(const std::vector<std::string>& w) {
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    const std::string& x = w[i];
    if (x == "and" || x == "of" || x == "for" || x == "the" || x == "&" || x.empty()) continue;
    if (i == 0 && (x == "u.s." || x == "us")) continue;  // "U.S. Agency for X (AX)"
    out += x[0];
  }
  return out;
}

bool IsAcronymName(std::string_view surface) {
  int letters = 0;
  for (char c : surface) {
    if (c == '.') continue;
    if (c < 'A' || c > 'Z') return false;
    ++letters;
  }
  return letters >= 2 && letters <= 6;
}

struct Node {
  std::string key;
  std::vector<std::string> words;
  int votes[4] = {0, 0, 0, 0};  // by ActorKind
  bool acronym = false;
  ActorKind Kind() const {
    static constexpr ActorKind kOrder[] = {ActorKind::kPerson, ActorKind::kOrganization,
                                           ActorKind::kGroup, ActorKind::kPlace};
    ActorKind best = kOrder[0];
    for (ActorKind k : kOrder) {
      if (votes[static_cast<int>(k)] > votes[static_cast<int>(best)]) best = k;
    }
    return best;
  }
};

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

// Whether a short person name ("Ruiz", "Ana Ruiz", "Leon") fits a full one ("Ana Maria
// Ruiz-Leon"): the same surname, or the first part of a hyphenated one, and the same first
// name when the short name has one.
bool FitsFullName(const std::vector<std::string>& short_name,
                  const std::vector<std::string>& full) {
  if (short_name.empty() || full.size() < 2 || short_name.size() >= full.size()) return false;
  const std::string& sur = full.back();
  const std::string& s = short_name.back();
  const bool surname = s == sur || (sur.size() > s.size() && sur.compare(0, s.size(), s) == 0 &&
                                    sur[s.size()] == '-');
  if (!surname) return false;
  return short_name.size() == 1 || short_name.front() == full.front();
}

}  // namespace

std::vector<Actor> ResolveActors(std::span<const text::Document> docs,
                                 std::span<const extract::ArticleAnalysis> analyses) {
  const size_t n_articles = std::min(docs.size(), analyses.size());
  std::vector<Node> nodes;
  std::unordered_map<std::string, size_t> node_of_key;
  std::vector<std::vector<size_t>> node_of_mention(n_articles);
  for (size_t a = 0; a < n_articles; ++a) {
    for (const extract::EntityMention& e : analyses[a].entities) {
      std::string key = NameKey(e.name);
      if (key.empty()) key = utf8::FoldForMatch(e.name);
      auto [it, added] = node_of_key.emplace(key, nodes.size());
      if (added) {
        nodes.push_back({});
        nodes.back().key = key;
        nodes.back().words = SplitWords(key);
      }
      Node& node = nodes[it->second];
      ++node.votes[static_cast<int>(e.kind)];
      if (IsAcronymName(e.name)) node.acronym = true;
      node_of_mention[a].push_back(it->second);
    }
  }
  UnionFind uf(nodes.size());
  // "X Network" / "X Inc." == "X".
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    if (n.Kind() == ActorKind::kPerson || n.Kind() == ActorKind::kPlace || n.words.size() < 2)
      continue;
    if (!ew::Is(n.words.back(), ew::kGenericOrgSuffix)) continue;
    const auto it = node_of_key.find(Join(n.words, 0, n.words.size() - 1));
    if (it != node_of_key.end() && nodes[it->second].Kind() != ActorKind::kPerson &&
        nodes[it->second].Kind() != ActorKind::kPlace) {
      uf.Union(i, it->second);
    }
  }
  // An acronym == the single expansion it spells.
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!nodes[i].acronym || nodes[i].words.size() != 1) continue;
    std::string letters;
    for (char c : nodes[i].key) {
      if (c != '.') letters += c;
    }
    size_t found = nodes.size();
    bool unique = true;
    for (size_t j = 0; j < nodes.size() && unique; ++j) {
      const Node& m = nodes[j];
      if (j == i || m.words.size() < 2 || m.Kind() == ActorKind::kPerson) continue;
      if (Initials(m.words) != letters) continue;
      if (found != nodes.size() && uf.Find(found) != uf.Find(j)) unique = false;
      found = j;
    }
    if (unique && found != nodes.size()) uf.Union(i, found);
  }
  // Short person names -> the one full name they fit, in the same article if possible.
  std::vector<std::vector<size_t>> root_of_mention(n_articles);
  std::vector<size_t> full_names;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].Kind() == ActorKind::kPerson && nodes[i].words.size() >= 2)
      full_names.push_back(i);
  }
  auto fitting_roots = [&](size_t node, const std::vector<size_t>* only) {
    std::vector<size_t> roots;
    for (size_t f : full_names) {
      if (only && std::find(only->begin(), only->end(), f) == only->end()) continue;
      if (!FitsFullName(nodes[node].words, nodes[f].words)) continue;
      const size_t r = uf.Find(f);
      if (std::find(roots.begin(), roots.end(), r) == roots.end()) roots.push_back(r);
    }
    return roots;
  };
  for (size_t a = 0; a < n_articles; ++a) {
    for (size_t m = 0; m < node_of_mention[a].size(); ++m) {
      const size_t node = node_of_mention[a][m];
      size_t root = uf.Find(node);
      if (nodes[node].Kind() == ActorKind::kPerson && nodes[node].words.size() <= 2) {
        std::vector<size_t> here = fitting_roots(node, &node_of_mention[a]);
        if (here.empty()) here = fitting_roots(node, nullptr);
        if (here.size() == 1) root = here[0];
      }
      root_of_mention[a].push_back(root);
    }
  }
  // Build the actors.
  std::map<size_t, size_t> actor_of_root;
  std::vector<Actor> actors;
  std::vector<std::map<std::string, int>> names;
  std::vector<std::array<int, 4>> votes;
  std::vector<std::vector<int>> mention_actor(n_articles);
  for (size_t a = 0; a < n_articles; ++a) {
    const auto& ents = analyses[a].entities;
    for (size_t m = 0; m < ents.size(); ++m) {
      const auto [it, added] = actor_of_root.emplace(root_of_mention[a][m], actors.size());
      if (added) {
        actors.emplace_back();
        names.emplace_back();
        votes.push_back({0, 0, 0, 0});
      }
      const size_t idx = it->second;
      actors[idx].mentions.push_back({static_cast<int>(a), ents[m].span});
      std::string name = ents[m].name;
      if (name.size() > 4 && (name.compare(0, 4, "The ") == 0 || name.compare(0, 4, "the ") == 0))
        name.erase(0, 4);
      ++names[idx][name];
      ++votes[idx][static_cast<size_t>(ents[m].kind)];
      mention_actor[a].push_back(static_cast<int>(idx));
    }
  }
  for (size_t i = 0; i < actors.size(); ++i) {
    // The longest full form: a multi-word name, or a one-word name used at least twice (a
    // one-off single word is more likely a stray surname or fragment).
    int max_count = 0;
    std::map<std::string, int> folded;  // "SPRINGFIELD" and "Springfield" count together
    for (const auto& [name, count] : names[i]) {
      max_count = std::max(max_count, count);
      folded[utf8::FoldForMatch(name)] += count;
    }
    std::string best;
    size_t best_words = 0;
    int best_count = 0;
    for (const auto& [name, count] : names[i]) {
      if (folded[utf8::FoldForMatch(name)] < 2 && max_count >= 2 && SplitWords(name).size() < 2)
        continue;
      // A shouted dateline ("SPRINGFIELD") counts as shorter than its Title-case form.
      const bool shouted =
          std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      const size_t w = 2 * SplitWords(name).size() + (shouted ? 0 : 1);
      if (w > best_words || (w == best_words && count > best_count)) {
        best = name;
        best_words = w;
        best_count = count;
      }
    }
    actors[i].name = best;
    static constexpr ActorKind kOrder[] = {ActorKind::kPerson, ActorKind::kOrganization,
                                           ActorKind::kGroup, ActorKind::kPlace};
    ActorKind kind = kOrder[0];
    for (ActorKind k : kOrder) {
      if (votes[i][static_cast<size_t>(k)] > votes[i][static_cast<size_t>(kind)]) kind = k;
    }
    actors[i].kind = kind;
    std::sort(actors[i].mentions.begin(), actors[i].mentions.end());
  }
  AttachLabels(docs.first(n_articles), analyses.first(n_articles), mention_actor, &actors);
  // Salience order; a name seen once, in one article, with no label is noise.
  std::vector<Actor> out;
  std::vector<int> n_arts(actors.size());
  for (size_t i = 0; i < actors.size(); ++i) {
    std::vector<int> arts;
    for (const Evidence& e : actors[i].mentions) arts.push_back(e.article);
    arts.erase(std::unique(arts.begin(), arts.end()), arts.end());
    n_arts[i] = static_cast<int>(arts.size());
  }
  std::vector<size_t> idx(actors.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::stable_sort(idx.begin(), idx.end(), [&](size_t x, size_t y) {
    if (n_arts[x] != n_arts[y]) return n_arts[x] > n_arts[y];
    if (actors[x].mentions.size() != actors[y].mentions.size())
      return actors[x].mentions.size() > actors[y].mentions.size();
    return actors[x].name < actors[y].name;
  });
  for (size_t i : idx) {
    if (actors[i].mentions.size() <= 1 && actors[i].labels.empty()) continue;
    out.push_back(std::move(actors[i]));
  }
  return out;
}

}  // namespace corroborate::compare
