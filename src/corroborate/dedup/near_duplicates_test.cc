#include "corroborate/dedup/near_duplicates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "corroborate/testing/synthetic_text.h"

namespace corroborate::dedup {
namespace {

// Synthetic news text (paragraphs of Zipf-distributed pseudo-words) from fixed seeds.
using corroborate::testing::SyntheticText;

std::string Join(const std::vector<std::string>& paras) {
  std::string s;
  for (const auto& p : paras) s += p + "\n\n";
  return s;
}

TEST(NearDuplicatesTest, ValidatesOptions) {
  EXPECT_TRUE(ValidateOptions(NearDuplicateOptions{}).ok());
  NearDuplicateOptions bad;
  bad.jaccard_threshold = 0;
  EXPECT_FALSE(NearDuplicateIndex::Create(bad).ok());
  NearDuplicateOptions too_many_rows;
  too_many_rows.lsh.rows = 6;  // 25 x 6 > 128
  EXPECT_FALSE(NearDuplicateIndex::Create(too_many_rows).ok());
}

TEST(NearDuplicatesTest, GroupsCopiesAndNamesTheEarliestOriginal) {
  SyntheticText gen(1);
  std::vector<std::string> story = gen.Article(600);
  const std::string original = Join(story);
  std::vector<std::string> relede = story;
  relede[0] = gen.Paragraph();  // a new lede
  std::vector<std::string> footer = story;
  footer.push_back(
      "This article was republished from a wire service under its licence terms. "
      "Subscribe to our newsletter for the latest news and follow us for updates.");
  std::string shouting = original;
  for (char& c : shouting) c = static_cast<char>(std::toupper(c));
  const std::string unrelated = Join(gen.Article(600));

  auto index = NearDuplicateIndex::Create({});
  ASSERT_TRUE(index.ok());
  NearDuplicateIndex& idx = **index;
  // Arrival order differs from publication order: the copy dated 100 is the original.
  auto r1 = idx.Add(10, Join(relede), 300);
  ASSERT_TRUE(r1.ok());
  EXPECT_EQ(r1->kind, MatchKind::kNone);
  EXPECT_EQ(r1->original, 10u);
  auto r2 = idx.Add(11, original, 100);
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->kind, MatchKind::kNear);
  EXPECT_EQ(r2->matched, 10u);
  EXPECT_EQ(r2->original, 11u);
  auto r3 = idx.Add(12, shouting, 200);
  ASSERT_TRUE(r3.ok());
  EXPECT_EQ(r3->kind, MatchKind::kExact);
  EXPECT_EQ(r3->matched, 11u);
  EXPECT_EQ(r3->similarity, 1.0);
  auto r4 = idx.Add(13, Join(footer));  // date unknown: later than any dated copy
  ASSERT_TRUE(r4.ok());
  EXPECT_EQ(r4->kind, MatchKind::kNear);
  EXPECT_GT(r4->similarity, 0.85);
  EXPECT_EQ(r4->group_size, 4u);
  auto r5 = idx.Add(14, unrelated, 50);
  ASSERT_TRUE(r5.ok());
  EXPECT_EQ(r5->kind, MatchKind::kNone);

  EXPECT_EQ(*idx.OriginalOf(13), 11u);
  EXPECT_EQ(*idx.OriginalOf(14), 14u);
  EXPECT_FALSE(idx.OriginalOf(99).ok());
  EXPECT_FALSE(idx.Add(10, original).ok());  // id already added
  const std::vector<DuplicateGroup> groups = idx.Groups();
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].original, 11u);
  EXPECT_EQ(groups[0].copies, (std::vector<uint64_t>{12, 10, 13}));
}

TEST(NearDuplicatesTest, TiesInDateGoToTheFirstArrival) {
  SyntheticText gen(2);
  const std::string text = Join(gen.Article(300));
  std::vector<ArticleText> batch = {{5, text, 1000}, {3, text, 1000}, {4, text, kUnknownTime}};
  auto groups = FindNearDuplicates(batch);
  ASSERT_TRUE(groups.ok());
  ASSERT_EQ(groups->size(), 1u);
  EXPECT_EQ((*groups)[0].original, 5u);
  EXPECT_EQ((*groups)[0].copies, (std::vector<uint64_t>{3, 4}));
}

TEST(NearDuplicatesTest, EmptyAndTinyTextsNeverMatch) {
  std::vector<ArticleText> batch = {{1, ""},          {2, ""},          {3, "   \n"},
                                    {4, "Read more"}, {5, "Read more"}, {6, "\xff\xfe\xfd"}};
  auto groups = FindNearDuplicates(batch);
  ASSERT_TRUE(groups.ok());
  EXPECT_TRUE(groups->empty());
  auto repeated = FindNearDuplicates(std::vector<ArticleText>{{1, "a"}, {1, "b"}});
  EXPECT_FALSE(repeated.ok());
}

TEST(NearDuplicatesTest, DifferentArticlesOnOneEventStayApart) {
  SyntheticText gen(3);
  // Same names, same quoted sentence, different writing: two outlets covering one event.
  const std::vector<std::string> names = {"Marlowe", "Kestrel Bay", "Ostrava", "Ferndale"};
  const std::string quote =
      "\"We will rebuild every bridge that the river took from us,\" she said.";
  std::vector<std::string> a = gen.Article(700, names), b = gen.Article(700, names);
  a.insert(a.begin() + 1, quote);
  b.insert(b.begin() + 2, quote);
  auto groups = FindNearDuplicates(std::vector<ArticleText>{{1, Join(a)}, {2, Join(b)}});
  ASSERT_TRUE(groups.ok());
  EXPECT_TRUE(groups->empty());
}

// The synthetic rewrite set behind docs/near-duplicates.md: per base article (800 words) one
// copy of each kind below, plus hard negatives. Prints recall per kind and false merges at
// several thresholds, and asserts the defaults' floors.
enum Kind {
  kExactCopy,
  kNewLede,
  kFooter,
  kLedeFooter,
  kEdited,
  kTrimmed,
  kTrimmedLede,
  kSameEvent,
  kTemplate,
  kNumKinds
};
const char* const kKindNames[] = {
    "exact copy (case/spacing)", "new headline+lede",          "appended footer",
    "new lede + footer",         "lede + 1 word in 30 edited", "trimmed to 70%",
    "trimmed 70% + new lede",    "same event (negative)",      "shared template (negative)"};

std::vector<std::string> Rewrite(SyntheticText& gen, const std::vector<std::string>& base,
                                 Kind kind, const std::vector<std::string>& names) {
  std::vector<std::string> out = base;
  auto trim = [&] {
    size_t words = 0, total = 0;
    for (const auto& p : out) total += std::count(p.begin(), p.end(), ' ');
    size_t keep = 0;
    while (keep < out.size() && words < total * 7 / 10) {
      words += std::count(out[keep].begin(), out[keep].end(), ' ');
      ++keep;
    }
    out.resize(keep);
  };
  // Replaces every n-th word of every paragraph with a random one.
  auto replace_every = [&](size_t n) {
    for (auto& p : out) {
      std::string edited;
      size_t start = 0, w = 0;
      while (start < p.size()) {
        size_t end = p.find(' ', start);
        if (end == std::string::npos) end = p.size();
        edited += (++w % n == 0) ? gen.Word() : p.substr(start, end - start);
        edited += ' ';
        start = end + 1;
      }
      p = edited;
    }
  };
  const std::string footer =
      "Copyright wire agency. All rights reserved. This material may not "
      "be published, broadcast, rewritten or redistributed. Follow us "
      "for more news and sign up for our daily newsletter today.";
  switch (kind) {
    case kExactCopy:
      for (auto& p : out) {
        for (char& c : p) c = static_cast<char>(std::tolower(c));
      }
      out.insert(out.begin(), "  ");
      break;
    case kNewLede:
      out[0] = gen.Sentence() + gen.Paragraph();
      break;
    case kFooter:
      out.push_back(footer);
      break;
    case kLedeFooter:
      out[0] = gen.Paragraph();
      out.push_back(footer);
      break;
    case kEdited:
      out[0] = gen.Paragraph();
      replace_every(30);
      break;
    case kTrimmed:
      trim();
      break;
    case kTrimmedLede:
      trim();
      out[0] = gen.Paragraph();
      break;
    case kSameEvent:
      out = gen.Article(static_cast<int>(base.size()) * 60, names);
      break;
    case kTemplate: {
      // The same skeleton with every 10th word changed: automated results or market reports.
      replace_every(10);
      break;
    }
    case kNumKinds:
      break;
  }
  return out;
}

struct SetResult {
  int matched[kNumKinds] = {};
  int total[kNumKinds] = {};
  int cross_base_merges = 0;           // a pair grouped across different base articles
  double jaccard_sum[kNumKinds] = {};  // estimated Jaccard of each rewrite to its base
  double jaccard_min[kNumKinds] = {1, 1, 1, 1, 1, 1, 1, 1, 1};
  double jaccard_max[kNumKinds] = {};
};

SetResult RunRewriteSet(double jaccard_threshold) {
  SyntheticText gen(2024);
  NearDuplicateOptions options;
  options.jaccard_threshold = jaccard_threshold;
  // The containment bar that equals the Jaccard one for texts of equal length.
  options.containment_threshold = 2 * jaccard_threshold / (1 + jaccard_threshold);
  auto index = NearDuplicateIndex::Create(options);
  SetResult r;
  if (!index.ok()) return r;
  const int kBases = 150;
  std::vector<int> base_of;  // by id
  std::vector<Kind> kind_of;
  for (int b = 0; b < kBases; ++b) {
    const std::vector<std::string> names = {gen.Word() + "son", gen.Word() + "ville",
                                            gen.Word() + "berg"};
    const int words = 400 + 400 * (b % 3);  // 400, 800 and 1,200-word articles
    const std::vector<std::string> base = gen.Article(words, names);
    const auto base_id = static_cast<uint64_t>(base_of.size());
    base_of.push_back(b);
    kind_of.push_back(kNumKinds);
    (void)(*index)->Add(base_id, Join(base), b * 100);
    const Signature base_sig = ComputeSignature(Join(base));
    for (int k = 0; k < kNumKinds; ++k) {
      const auto id = static_cast<uint64_t>(base_of.size());
      // Negatives are other articles, so they get their own base number.
      base_of.push_back(k >= kSameEvent ? -1 - (b * kNumKinds + k) : b);
      kind_of.push_back(static_cast<Kind>(k));
      const std::string text = Join(Rewrite(gen, base, static_cast<Kind>(k), names));
      const double j = EstimateJaccard(base_sig, ComputeSignature(text));
      r.jaccard_sum[k] += j;
      r.jaccard_min[k] = std::min(r.jaccard_min[k], j);
      r.jaccard_max[k] = std::max(r.jaccard_max[k], j);
      auto added = (*index)->Add(id, text, b * 100 + k + 1);
      if (!added.ok()) continue;
      const bool with_base = *(*index)->OriginalOf(id) == *(*index)->OriginalOf(base_id);
      ++r.total[k];
      r.matched[k] += with_base ? 1 : 0;
    }
  }
  for (const DuplicateGroup& g : (*index)->Groups()) {
    for (uint64_t c : g.copies) r.cross_base_merges += base_of[c] != base_of[g.original] ? 1 : 0;
  }
  return r;
}

// Streaming must not make the answer depend on arrival order: the same articles shuffled give
// the same groups and, with distinct dates, the same originals.
TEST(NearDuplicatesTest, GroupsDoNotDependOnArrivalOrder) {
  SyntheticText gen(7);
  std::vector<std::string> texts;
  std::vector<ArticleText> batch;
  for (int b = 0; b < 20; ++b) {
    const std::vector<std::string> base = gen.Article(500);
    texts.push_back(Join(base));
    for (Kind k : {kExactCopy, kNewLede, kFooter, kTrimmedLede, kTemplate}) {
      texts.push_back(Join(Rewrite(gen, base, k, {})));
    }
  }
  for (size_t i = 0; i < texts.size(); ++i) {
    batch.push_back({i, texts[i], static_cast<int64_t>((i * 7919) % 1000)});  // distinct dates
  }
  auto canonical = [](std::vector<DuplicateGroup> groups) {
    std::vector<std::vector<uint64_t>> out;
    for (auto& g : groups) {
      std::vector<uint64_t> members = g.copies;
      std::sort(members.begin(), members.end());
      members.insert(members.begin(), g.original);
      out.push_back(members);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  auto in_order = FindNearDuplicates(batch);
  ASSERT_TRUE(in_order.ok());
  ASSERT_EQ(in_order->size(), 20u);
  std::vector<int> group_of(texts.size(), -1);
  for (size_t g = 0; g < in_order->size(); ++g) {
    group_of[(*in_order)[g].original] = static_cast<int>(g);
    for (uint64_t c : (*in_order)[g].copies) group_of[c] = static_cast<int>(g);
  }
  for (size_t b = 0; b < texts.size(); b += 6) {
    ASSERT_GE(group_of[b], 0);
    for (size_t k = 1; k <= 3; ++k) EXPECT_EQ(group_of[b + k], group_of[b]) << b << "+" << k;
    EXPECT_NE(group_of[b + 5], group_of[b]) << "template " << b;
  }
  std::mt19937_64 rng(8);
  std::shuffle(batch.begin(), batch.end(), rng);
  auto shuffled = FindNearDuplicates(batch);
  ASSERT_TRUE(shuffled.ok());
  EXPECT_EQ(canonical(*in_order), canonical(*shuffled));
}

TEST(NearDuplicatesTest, SyntheticRewriteSetRecallAndPrecision) {
  for (double t : {0.4, 0.5, 0.55, 0.6, 0.7, 0.8}) {
    const SetResult r = RunRewriteSet(t);
    std::printf("jaccard_threshold %.2f, containment %.2f: cross-base merges %d\n", t,
                2 * t / (1 + t), r.cross_base_merges);
    for (int k = 0; k < kNumKinds; ++k) {
      std::printf("  %-28s grouped with its base %3d / %3d   J mean %.2f [%.2f, %.2f]\n",
                  kKindNames[k], r.matched[k], r.total[k], r.jaccard_sum[k] / r.total[k],
                  r.jaccard_min[k], r.jaccard_max[k]);
    }
    const NearDuplicateOptions defaults;
    if (t == defaults.jaccard_threshold) {
      EXPECT_NEAR(defaults.containment_threshold, 2 * t / (1 + t), 0.005);
      for (int k = 0; k < kSameEvent; ++k) {
        EXPECT_GE(r.matched[k], r.total[k] * 95 / 100) << kKindNames[k];
      }
      EXPECT_EQ(r.matched[kSameEvent], 0);
      EXPECT_EQ(r.matched[kTemplate], 0);
      EXPECT_EQ(r.cross_base_merges, r.matched[kSameEvent] + r.matched[kTemplate]);
    }
  }
}

}  // namespace
}  // namespace corroborate::dedup
