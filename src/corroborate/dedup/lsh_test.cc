#include "corroborate/dedup/lsh.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace corroborate::dedup {
namespace {

// Distinct tokens t<first> .. t<last-1>; with one-word shingles the Jaccard similarity of two
// ranges is exactly known.
std::string Range(int first, int last) {
  std::string s;
  for (int i = first; i < last; ++i) s += "t" + std::to_string(i) + " ";
  return s;
}

const MinHashOptions kUnigrams{.shingle_words = 1};

bool Contains(const std::vector<uint64_t>& v, uint64_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

TEST(LshTest, ValidatesOptions) {
  EXPECT_TRUE(ValidateOptions(LshOptions{}).ok());
  EXPECT_FALSE(ValidateOptions(LshOptions{.bands = 0}).ok());
  EXPECT_FALSE(ValidateOptions(LshOptions{.rows = 0}).ok());
  EXPECT_FALSE(ValidateOptions(LshOptions{.bands = 64, .rows = 32}).ok());
  EXPECT_FALSE(ValidateOptions(LshOptions{.max_bucket = 0}).ok());
}

TEST(LshTest, FindsIdenticalAndSkipsUnrelated) {
  LshIndex index;
  Signature a = ComputeSignature(Range(0, 500));
  Signature b = ComputeSignature(Range(1000, 1500));
  ASSERT_TRUE(index.Insert(7, a).ok());
  ASSERT_TRUE(index.Insert(9, b).ok());
  EXPECT_EQ(index.size(), 2u);
  EXPECT_EQ(index.Query(a), std::vector<uint64_t>{7});
  EXPECT_EQ(index.Query(b), std::vector<uint64_t>{9});
  EXPECT_TRUE(index.Query(ComputeSignature(Range(5000, 5500))).empty());
}

TEST(LshTest, RejectsSignaturesTooShortForTheBanding) {
  LshIndex index;
  EXPECT_FALSE(index.Insert(1, ComputeSignature("")).ok());
  EXPECT_FALSE(index.Insert(2, ComputeSignature(Range(0, 50), {.num_perm = 64})).ok());
  EXPECT_EQ(index.size(), 0u);
  EXPECT_TRUE(index.Query(ComputeSignature("")).empty());
}

TEST(LshTest, ListsEachCandidateOnceAcrossBands) {
  LshIndex index;
  Signature a = ComputeSignature(Range(0, 500));
  ASSERT_TRUE(index.Insert(1, a).ok());
  ASSERT_TRUE(index.Insert(2, a).ok());
  std::vector<uint64_t> got = index.Query(a);  // both share all 25 bands with the query
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<uint64_t>{1, 2}));
}

TEST(LshTest, CapsBoilerplateBuckets) {
  LshIndex index(LshOptions{.max_bucket = 10});
  Signature same = ComputeSignature("subscribe to our newsletter for the latest news every day");
  for (uint64_t id = 0; id < 1000; ++id) ASSERT_TRUE(index.Insert(id, same).ok());
  EXPECT_EQ(index.Query(same).size(), 10u);
  EXPECT_EQ(index.capped_insertions(), 990u * 25u);
  EXPECT_EQ(index.size(), 1000u);
}

TEST(LshTest, GrowsWithoutLosingEntries) {
  LshIndex index;
  std::vector<Signature> sigs;
  for (int i = 0; i < 2000; ++i) sigs.push_back(ComputeSignature(Range(i * 40, i * 40 + 40)));
  for (int i = 0; i < 2000; ++i) ASSERT_TRUE(index.Insert(static_cast<uint64_t>(i), sigs[i]).ok());
  for (int i = 0; i < 2000; i += 97) EXPECT_TRUE(Contains(index.Query(sigs[i]), i));
  EXPECT_GT(index.MemoryBytes(), 2000u * 25u * 4u);
}

// The share of pairs at Jaccard s that become candidates follows 1 - (1 - s^r)^b: 300 pairs per
// similarity (fixed seed), within 4 binomial standard deviations plus the slack of MinHash's
// own estimate.
TEST(LshTest, CandidateRateFollowsTheSCurve) {
  const LshOptions options;  // 25 bands x 5 rows
  const int kPairs = 300;
  for (double s : {0.3, 0.5, 0.6, 0.7, 0.8, 0.9}) {
    // Ranges of 1000 tokens overlapping by m give J = m / (2000 - m).
    const int m = static_cast<int>(std::lround(2000.0 * s / (1.0 + s)));
    LshIndex index(options);
    std::vector<Signature> queries;
    for (int p = 0; p < kPairs; ++p) {
      const int base = p * 3000;
      ASSERT_TRUE(index.Insert(p, ComputeSignature(Range(base, base + 1000), kUnigrams)).ok());
      queries.push_back(ComputeSignature(Range(base + 1000 - m, base + 2000 - m), kUnigrams));
    }
    int found = 0, others = 0;
    for (int p = 0; p < kPairs; ++p) {
      const std::vector<uint64_t> got = index.Query(queries[p]);
      found += Contains(got, p) ? 1 : 0;
      others += static_cast<int>(got.size()) - (Contains(got, p) ? 1 : 0);
    }
    const double exact_s = m / (2000.0 - m);
    const double expected = 1 - std::pow(1 - std::pow(exact_s, options.rows), options.bands);
    const double rate = static_cast<double>(found) / kPairs;
    const double sd = std::sqrt(expected * (1 - expected) / kPairs);
    EXPECT_NEAR(rate, expected, 4 * sd + 0.03) << "s=" << s;
    EXPECT_EQ(others, 0) << "disjoint ranges must not collide, s=" << s;
    if (s >= 0.8) {
      EXPECT_GE(rate, 0.99) << "s=" << s;
    }
  }
}

}  // namespace
}  // namespace corroborate::dedup
