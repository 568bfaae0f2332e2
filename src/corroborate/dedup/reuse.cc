#include "corroborate/dedup/reuse.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string>

#include "corroborate/dedup/reuse_index.h"

namespace corroborate::dedup {
namespace {

// Caps that keep a large story near-linear. A passage carried by many articles (a wire story
// picked up by 150 of 200 outlets) would give df^2 pairs per n-gram; instead each holder is
// paired only with the kMaxSources earliest holders, the likely sources.
constexpr size_t kMaxSources = 4;
constexpr size_t kMaxOccurrences = 4;   // positions of one n-gram within one document
constexpr size_t kMaxPairsPerDoc = 16;  // candidate pairs aligned: this times the docs...
constexpr size_t kMinPairCap = 256;     // ...but never fewer than this
// A passage needs this many n-grams' worth of matched words outside quotation marks (15 words by
// default): a shared quote, a name with a long title, or one short factual clause that two
// outlets phrased alike from the same briefing ("12 people were treated for injuries at ...") is
// not evidence of copying.
constexpr int kMinUnquotedNgrams = 3;

struct Posting {
  uint64_t hash;
  uint32_t rank;  // chronological rank of the document, see DocOrder
  uint32_t pos;
};

struct Seed {
  uint64_t pair;  // (a << 32) | b, indices into `docs`, a reported first
  uint32_t pos_a, pos_b;
};

struct Chain {
  uint32_t first_a = 0, first_b = 0;  // first kept position of the passage in each doc
  uint32_t end_a = 0, end_b = 0;      // one past the last covered position
  uint32_t last_a = 0, last_b = 0;    // start of the last seed
  uint32_t covered_a = 0, covered_b = 0;
  uint32_t unquoted = 0;  // matched word pairs outside quotation marks on both sides
  uint32_t unquoted_bytes_a = 0, unquoted_bytes_b = 0;
};

// Documents ordered by publication (dated ones first, oldest first), then by index.
std::vector<uint32_t> DocOrder(std::span<const text::Document> docs) {
  std::vector<uint32_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0u);
  auto date = [&](uint32_t i) -> std::string_view {
    const auto& p = docs[i].article->published;
    return p ? std::string_view(*p) : std::string_view();
  };
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    const std::string_view dx = date(x), dy = date(y);
    if (dx.empty() != dy.empty()) return !dx.empty();
    if (dx != dy) return dx < dy;
    return docs[x].index < docs[y].index;
  });
  return order;
}

class Aligner {
 public:
  Aligner(const ReuseIndex& a, const ReuseIndex& b, const ReuseOptions& options)
      : a_(a), b_(b), n_(static_cast<uint32_t>(options.ngram)),
        max_gap_(static_cast<uint32_t>(std::max(0, options.max_gap))) {}

  // Chains `seeds` (sorted by pos_a, then pos_b) into roughly diagonal runs.
  std::vector<Chain> Run(std::span<const Seed> seeds) {
    std::vector<Chain> open, done;
    for (const Seed& s : seeds) {
      // Chains that no later seed can reach are finished.
      for (size_t i = 0; i < open.size();) {
        if (s.pos_a > open[i].end_a + max_gap_) {
          done.push_back(open[i]);
          open[i] = open.back();
          open.pop_back();
        } else {
          ++i;
        }
      }
      Chain* best = nullptr;
      uint32_t best_skew = max_gap_ + 1;
      for (Chain& c : open) {
        if (s.pos_a <= c.last_a || s.pos_b <= c.last_b) continue;
        if (s.pos_b > c.end_b + max_gap_) continue;
        if (a_.segment[s.pos_a] != a_.segment[c.first_a]) continue;
        if (b_.segment[s.pos_b] != b_.segment[c.first_b]) continue;
        const uint32_t da = s.pos_a - c.last_a, db = s.pos_b - c.last_b;
        const uint32_t skew = da > db ? da - db : db - da;
        if (skew < best_skew) {
          best_skew = skew;
          best = &c;
        }
      }
      if (best == nullptr) {
        open.push_back(Chain{s.pos_a, s.pos_b, s.pos_a, s.pos_b, s.pos_a, s.pos_b});
        best = &open.back();
      }
      AddSeed(best, s.pos_a, s.pos_b);
    }
    done.insert(done.end(), open.begin(), open.end());
    for (Chain& c : done) Extend(&c);
    return done;
  }

 private:
  void Match(Chain* c, uint32_t pa, uint32_t pb) {
    if (a_.quoted[pa] || b_.quoted[pb]) return;
    ++c->unquoted;
    c->unquoted_bytes_a += a_.Token(pa).span.size() + 1;  // + 1: the space before the next word
    c->unquoted_bytes_b += b_.Token(pb).span.size() + 1;
  }

  void AddSeed(Chain* c, uint32_t pa, uint32_t pb) {
    const uint32_t from_a = std::max(pa, c->end_a), from_b = std::max(pb, c->end_b);
    for (uint32_t k = from_a - pa; k < n_; ++k) Match(c, pa + k, pb + k);
    c->covered_a += pa + n_ - from_a;
    c->covered_b += pb + n_ - from_b;
    c->end_a = pa + n_;
    c->end_b = pb + n_;
    c->last_a = pa;
    c->last_b = pb;
  }

  bool Same(uint32_t pa, uint32_t pb) const { return a_.hash[pa] == b_.hash[pb]; }

  // Words that match beyond the first and last seed but form no indexed n-gram of their own.
  void Extend(Chain* c) {
    for (uint32_t k = 0; k + 1 < n_; ++k) {
      const uint32_t pa = c->end_a, pb = c->end_b;
      if (pa >= a_.size() || pb >= b_.size() || !Same(pa, pb)) break;
      if (a_.segment[pa] != a_.segment[pa - 1] || b_.segment[pb] != b_.segment[pb - 1]) break;
      Match(c, pa, pb);
      ++c->end_a, ++c->end_b, ++c->covered_a, ++c->covered_b;
    }
    for (uint32_t k = 0; k + 1 < n_; ++k) {
      if (c->first_a == 0 || c->first_b == 0) break;
      const uint32_t pa = c->first_a - 1, pb = c->first_b - 1;
      if (!Same(pa, pb) || a_.segment[pa] != a_.segment[pa + 1] ||
          b_.segment[pb] != b_.segment[pb + 1]) {
        break;
      }
      Match(c, pa, pb);
      --c->first_a, --c->first_b, ++c->covered_a, ++c->covered_b;
    }
  }

  const ReuseIndex& a_;
  const ReuseIndex& b_;
  uint32_t n_;
  uint32_t max_gap_;
};

Span SpanOf(const ReuseIndex& x, uint32_t first, uint32_t end) {
  return {x.Token(first).span.start, x.Token(end - 1).span.end};
}

// Seeds for every n-gram kept by the document-frequency filter, grouped by pair.
std::vector<Seed> CollectSeeds(std::span<const text::Document> docs,
                               const std::vector<ReuseIndex>& index,
                               const std::vector<uint32_t>& order, const ReuseOptions& options) {
  const uint32_t n = static_cast<uint32_t>(options.ngram);
  std::vector<Posting> postings;
  size_t total = 0;
  for (const ReuseIndex& x : index) total += x.size();
  postings.reserve(total);
  for (uint32_t rank = 0; rank < order.size(); ++rank) {
    const ReuseIndex& x = index[order[rank]];
    for (uint32_t pos = 0; pos + n <= x.size(); ++pos) {
      if (x.segment[pos] != x.segment[pos + n - 1]) continue;  // straddles removed text
      postings.push_back({NgramHash(x, pos, options.ngram), rank, pos});
    }
  }
  std::sort(postings.begin(), postings.end(), [](const Posting& p, const Posting& q) {
    if (p.hash != q.hash) return p.hash < q.hash;
    if (p.rank != q.rank) return p.rank < q.rank;
    return p.pos < q.pos;
  });
  const size_t max_df = std::max<size_t>(
      2, static_cast<size_t>(std::max(0.0, options.max_df_ratio) *
                             static_cast<double>(docs.size())));
  struct Holder {
    size_t begin, end;
  };
  std::vector<Holder> holders;
  std::vector<Seed> seeds;
  // Two passes over the groups, counting then filling, so that the (large) seed vector is
  // allocated once instead of growing by copies.
  for (int pass = 0; pass < 2; ++pass) {
    size_t count = 0;
    for (size_t i = 0; i < postings.size();) {
      size_t j = i;
      holders.clear();
      while (j < postings.size() && postings[j].hash == postings[i].hash) {
        size_t k = j;
        while (k < postings.size() && postings[k].hash == postings[i].hash &&
               postings[k].rank == postings[j].rank) {
          ++k;
        }
        holders.push_back({j, std::min(k, j + kMaxOccurrences)});
        j = k;
      }
      if (holders.size() >= 2 && holders.size() <= max_df) {
        for (size_t x = 0; x < std::min(kMaxSources, holders.size()); ++x) {
          for (size_t y = x + 1; y < holders.size(); ++y) {
            const size_t xn = holders[x].end - holders[x].begin;
            const size_t yn = holders[y].end - holders[y].begin;
            if (pass == 0) {
              count += xn * yn;
              continue;
            }
            uint32_t da = order[postings[holders[x].begin].rank];
            uint32_t db = order[postings[holders[y].begin].rank];
            const bool swap = docs[db].index < docs[da].index ||
                              (docs[db].index == docs[da].index && db < da);
            if (swap) std::swap(da, db);
            const uint64_t key = (static_cast<uint64_t>(da) << 32) | db;
            for (size_t p = holders[x].begin; p < holders[x].end; ++p) {
              for (size_t q = holders[y].begin; q < holders[y].end; ++q) {
                const uint32_t pa = postings[swap ? q : p].pos, pb = postings[swap ? p : q].pos;
                seeds.push_back({key, pa, pb});
              }
            }
          }
        }
      }
      i = j;
    }
    if (pass == 0) seeds.reserve(count);
  }
  return seeds;
}

}  // namespace

std::vector<Reuse> FindReuse(std::span<const text::Document> docs, const ReuseOptions& options) {
  std::vector<Reuse> out;
  if (docs.size() < 2 || options.ngram < 1) return out;
  for (const text::Document& d : docs) {
    if (d.article == nullptr) return out;  // a Document without its text cannot cite bytes
  }
  std::vector<ReuseIndex> index;
  index.reserve(docs.size());
  for (const text::Document& d : docs) index.push_back(BuildReuseIndex(d));
  const std::vector<uint32_t> order = DocOrder(docs);
  std::vector<Seed> seeds = CollectSeeds(docs, index, order, options);
  std::sort(seeds.begin(), seeds.end(), [](const Seed& s, const Seed& t) {
    if (s.pair != t.pair) return s.pair < t.pair;
    if (s.pos_a != t.pos_a) return s.pos_a < t.pos_a;
    return s.pos_b < t.pos_b;
  });

  // Candidate pairs: enough shared n-grams; the best-supported ones when there are too many.
  struct Candidate {
    size_t begin, end;
  };
  std::vector<Candidate> candidates;
  const size_t min_matches = static_cast<size_t>(std::max(1, options.min_matches));
  for (size_t i = 0; i < seeds.size();) {
    size_t j = i;
    while (j < seeds.size() && seeds[j].pair == seeds[i].pair) ++j;
    if (j - i >= min_matches) candidates.push_back({i, j});
    i = j;
  }
  const size_t cap = std::max(kMinPairCap, kMaxPairsPerDoc * docs.size());
  if (candidates.size() > cap) {
    std::nth_element(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(cap),
                     candidates.end(), [](const Candidate& x, const Candidate& y) {
                       return x.end - x.begin > y.end - y.begin;
                     });
    candidates.resize(cap);
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& x, const Candidate& y) { return x.begin < y.begin; });
  }

  const uint32_t min_unquoted = static_cast<uint32_t>(kMinUnquotedNgrams * options.ngram);
  for (const Candidate& cand : candidates) {
    const uint32_t ia = static_cast<uint32_t>(seeds[cand.begin].pair >> 32);
    const uint32_t ib = static_cast<uint32_t>(seeds[cand.begin].pair & 0xffffffffu);
    const ReuseIndex& xa = index[ia];
    const ReuseIndex& xb = index[ib];
    Aligner aligner(xa, xb, options);
    std::vector<Chain> chains = aligner.Run(
        std::span<const Seed>(seeds).subspan(cand.begin, cand.end - cand.begin));
    std::sort(chains.begin(), chains.end(), [](const Chain& x, const Chain& y) {
      return x.covered_a + x.covered_b > y.covered_a + y.covered_b;
    });
    std::vector<Reuse> kept;
    for (const Chain& c : chains) {
      if (c.unquoted < min_unquoted || c.unquoted_bytes_a < options.min_chars ||
          c.unquoted_bytes_b < options.min_chars) {
        continue;
      }
      const Span sa = SpanOf(xa, c.first_a, c.end_a), sb = SpanOf(xb, c.first_b, c.end_b);
      const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Reuse& u) {
        return u.a_span.span.Overlaps(sa) || u.b_span.span.Overlaps(sb);
      });
      if (overlaps) continue;
      Reuse u;
      u.a = docs[ia].index;
      u.b = docs[ib].index;
      u.a_span = {u.a, sa};
      u.b_span = {u.b, sb};
      const double len = std::max(c.end_a - c.first_a, c.end_b - c.first_b);
      u.score = std::min(1.0, std::min(c.covered_a, c.covered_b) / len);
      const auto& pa = docs[ia].article->published;
      const auto& pb = docs[ib].article->published;
      if (pa && pb && !pa->empty() && !pb->empty() && *pa != *pb) {
        u.direction = *pa < *pb ? 1 : -1;
        u.direction_reason = "earlier publication";
      }
      kept.push_back(std::move(u));
    }
    for (Reuse& u : kept) out.push_back(std::move(u));
  }
  std::stable_sort(out.begin(), out.end(), [](const Reuse& x, const Reuse& y) {
    if (x.a != y.a) return x.a < y.a;
    if (x.b != y.b) return x.b < y.b;
    return x.a_span.span.size() + x.b_span.span.size() >
           y.a_span.span.size() + y.b_span.span.size();
  });
  return out;
}

}  // namespace corroborate::dedup
