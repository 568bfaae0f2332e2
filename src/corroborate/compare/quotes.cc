#include "corroborate/compare/quotes.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>

#include "corroborate/common/utf8.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::compare {
namespace {

// Two mentions are one quote when the shorter (of at least this many words) lies inside the
// longer, or when their longest common subsequence is long and covers most of them.
constexpr size_t kMinContainedWords = 4;
constexpr size_t kMinCommonWords = 5;
constexpr double kCommonOfLonger = 0.6;
constexpr double kCommonOfShorter = 0.7;
constexpr double kCommonOfLongerLoose = 0.4;

struct Item {
  int article = 0;
  const extract::QuoteMention* mention = nullptr;
  std::vector<uint32_t> words;    // ids of the normalized tokens inside the quote
  std::vector<uint32_t> content;  // distinct ids of non-stopwords, for candidate lookup
};

size_t Lcs(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<size_t> row(b.size() + 1, 0);
  for (uint32_t x : a) {
    size_t diag = 0;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = x == b[j - 1] ? diag + 1 : std::max(row[j], row[j - 1]);
      diag = up;
    }
  }
  return row[b.size()];
}

bool IsContiguousIn(const std::vector<uint32_t>& small, const std::vector<uint32_t>& big) {
  return std::search(big.begin(), big.end(), small.begin(), small.end()) != big.end();
}

bool SameQuote(const Item& x, const Item& y) {
  const auto& a = x.words.size() <= y.words.size() ? x.words : y.words;
  const auto& b = x.words.size() <= y.words.size() ? y.words : x.words;
  if (a == b) return true;
  if (a.size() >= kMinContainedWords && IsContiguousIn(a, b)) return true;
  if (a.size() < kMinCommonWords) return false;
  const double common = static_cast<double>(Lcs(a, b));
  if (common < kMinCommonWords) return false;
  const double shorter = static_cast<double>(a.size()), longer = static_cast<double>(b.size());
  return common >= kCommonOfLonger * longer ||
         (common >= kCommonOfShorter * shorter && common >= kCommonOfLongerLoose * longer);
}

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t Find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Unite(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// True when `shorter` is the last word(s) of `name` ("Ortiz" of "Ana Ortiz"), case-folded.
bool IsNameSuffix(const std::string& shorter, const std::string& name) {
  if (shorter.size() >= name.size()) return false;
  const std::string s = utf8::FoldForMatch(shorter), n = utf8::FoldForMatch(name);
  return n.size() > s.size() && n.ends_with(s) && n[n.size() - s.size() - 1] == ' ';
}

// The most supported speaker: a full name also counts its surname-only mentions.
std::string PickSpeaker(const std::vector<const Item*>& items) {
  std::string best;
  size_t best_count = 0;
  for (const Item* c : items) {
    const std::string& cand = c->mention->speaker;
    if (cand.empty()) continue;
    size_t count = 0;
    for (const Item* m : items) {
      const std::string& s = m->mention->speaker;
      if (s == cand || IsNameSuffix(s, cand)) ++count;
    }
    if (count > best_count || (count == best_count && cand.size() > best.size())) {
      best = cand;
      best_count = count;
    }
  }
  return best;
}

Quote BuildQuote(std::span<const text::Document> docs, std::vector<const Item*> items) {
  std::sort(items.begin(), items.end(), [](const Item* a, const Item* b) {
    if (a->article != b->article) return a->article < b->article;
    return a->mention->content.start < b->mention->content.start;
  });
  Quote q;
  // Versions by identical normalized words, in order of first appearance.
  std::vector<std::vector<const Item*>> versions;
  for (const Item* it : items) {
    auto v = std::find_if(versions.begin(), versions.end(),
                          [&](const auto& group) { return group.front()->words == it->words; });
    if (v == versions.end()) {
      versions.push_back({it});
    } else {
      v->push_back(it);
    }
  }
  auto articles_of = [](const std::vector<const Item*>& group) {
    std::vector<int> out;
    for (const Item* it : group) out.push_back(it->article);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  size_t longest = 0;
  for (size_t v = 1; v < versions.size(); ++v) {
    const size_t len = versions[v].front()->words.size();
    const size_t best = versions[longest].front()->words.size();
    if (len > best ||
        (len == best && articles_of(versions[v]).size() > articles_of(versions[longest]).size())) {
      longest = v;
    }
  }
  std::rotate(versions.begin(), versions.begin() + static_cast<std::ptrdiff_t>(longest),
              versions.begin() + static_cast<std::ptrdiff_t>(longest) + 1);
  const std::vector<uint32_t>& full = versions.front().front()->words;
  auto text_of = [&](const Item* it) {
    return std::string(docs[static_cast<size_t>(it->article)].Of(it->mention->content));
  };
  q.text = text_of(versions.front().front());
  for (const auto& group : versions) {
    QuoteVersion v;
    v.text = text_of(group.front());
    v.articles = articles_of(group);
    const auto& words = group.front()->words;
    if (words == full) {
      v.difference = QuoteDifference::kSame;
    } else if (IsContiguousIn(words, full)) {
      v.difference = QuoteDifference::kTrimmed;
    } else {
      v.difference = QuoteDifference::kAltered;
      q.altered = true;
    }
    q.versions.push_back(std::move(v));
  }
  q.speaker = PickSpeaker(items);
  q.articles = articles_of(items);
  for (const Item* it : items) {
    q.mentions.push_back({it->article, it->mention->content});
    if (!it->mention->speaker.empty() && !it->mention->speaker_span.empty()) {
      const Evidence e{it->article, it->mention->speaker_span};
      if (std::find(q.speaker_mentions.begin(), q.speaker_mentions.end(), e) ==
          q.speaker_mentions.end()) {
        q.speaker_mentions.push_back(e);
      }
    }
  }
  return q;
}

}  // namespace

std::vector<Quote> AlignQuotes(std::span<const text::Document> docs,
                               std::span<const extract::ArticleAnalysis> analyses) {
  std::vector<Item> items;
  std::unordered_map<std::string, uint32_t> ids;
  std::unordered_map<uint32_t, std::vector<uint32_t>> index;  // content word -> items
  const size_t n = std::min(docs.size(), analyses.size());
  for (size_t a = 0; a < n; ++a) {
    const text::Document& doc = docs[a];
    for (const extract::QuoteMention& m : analyses[a].quotes) {
      Item it;
      it.article = static_cast<int>(a);
      it.mention = &m;
      auto tok =
          std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.content.start,
                           [](const text::Token& t, uint32_t pos) { return t.span.end <= pos; });
      for (; tok != doc.tokens.end() && tok->span.start < m.content.end; ++tok) {
        const uint32_t id = ids.emplace(tok->norm, static_cast<uint32_t>(ids.size())).first->second;
        it.words.push_back(id);
        if (!text::IsStopword(tok->norm)) it.content.push_back(id);
      }
      if (it.words.empty()) continue;
      std::sort(it.content.begin(), it.content.end());
      it.content.erase(std::unique(it.content.begin(), it.content.end()), it.content.end());
      const uint32_t self = static_cast<uint32_t>(items.size());
      for (uint32_t w : it.content) index[w].push_back(self);
      items.push_back(std::move(it));
    }
  }
  // Candidates share content words; only those are compared word by word.
  UnionFind uf(items.size());
  std::vector<uint32_t> shared(items.size(), 0);
  std::vector<uint32_t> touched;
  for (uint32_t i = 0; i < items.size(); ++i) {
    touched.clear();
    for (uint32_t w : items[i].content) {
      for (uint32_t j : index[w]) {
        if (j <= i) continue;
        if (shared[j]++ == 0) touched.push_back(j);
      }
    }
    for (uint32_t j : touched) {
      const size_t need = std::min<size_t>({2, items[i].content.size(), items[j].content.size()});
      if (shared[j] >= need && uf.Find(i) != uf.Find(j) && SameQuote(items[i], items[j])) {
        uf.Unite(i, j);
      }
      shared[j] = 0;
    }
  }
  std::map<size_t, std::vector<const Item*>> groups;
  for (size_t i = 0; i < items.size(); ++i) groups[uf.Find(i)].push_back(&items[i]);
  std::vector<Quote> out;
  out.reserve(groups.size());
  for (auto& [root, group] : groups) out.push_back(BuildQuote(docs, group));
  std::stable_sort(out.begin(), out.end(), [](const Quote& a, const Quote& b) {
    if (a.articles.size() != b.articles.size()) return a.articles.size() > b.articles.size();
    const Evidence& x = a.mentions.front();
    const Evidence& y = b.mentions.front();
    return std::tie(x.article, x.span.start) < std::tie(y.article, y.span.start);
  });
  return out;
}

}  // namespace corroborate::compare
