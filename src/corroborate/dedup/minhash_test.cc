#include "corroborate/dedup/minhash.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace corroborate::dedup {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  ForEachWord(
      text,
      [](std::string_view w, void* ctx) {
        static_cast<std::vector<std::string>*>(ctx)->emplace_back(w);
      },
      &out);
  return out;
}

// Text of distinct tokens t<first> .. t<last-1>: with shingle_words = 1 its shingle set is
// exactly that range, so the Jaccard similarity of two ranges is known.
std::string Range(int first, int last) {
  std::string s;
  for (int i = first; i < last; ++i) s += "t" + std::to_string(i) + " ";
  return s;
}

TEST(MinHashTest, TokenizesLowerCasedWordsAndKeepsUtf8Whole) {
  EXPECT_EQ(Words("Hello, WORLD!  it's 2024"),
            (std::vector<std::string>{"hello", "world", "it", "s", "2024"}));
  // Curly quotes, an em dash and a no-break space separate; accented letters stay inside.
  EXPECT_EQ(Words("\xe2\x80\x9cNa\xc3\xafve\xe2\x80\x9d caf\xc3\xa9\xe2\x80\x94test\xc2\xa0x"),
            (std::vector<std::string>{"na\xc3\xafve", "caf\xc3\xa9", "test", "x"}));
  EXPECT_EQ(Words("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 \xe6\x9d\xb1\xe4\xba\xac"),
            (std::vector<std::string>{"\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0",
                                      "\xe6\x9d\xb1\xe4\xba\xac"}));
  // Invalid and truncated UTF-8 stays inside words instead of crashing or vanishing.
  EXPECT_EQ(Words("\xff\xfe abc ab\xe2\x80"),
            (std::vector<std::string>{"\xff\xfe", "abc", "ab\xe2\x80"}));
  EXPECT_TRUE(Words("").empty());
  EXPECT_TRUE(Words(" \t\n ... \xe2\x80\x94 ").empty());
}

// Arbitrary bytes (truncated sequences at the very end included) must neither crash nor read
// past the text (run under ASan in CI), and identical bytes must give identical signatures.
TEST(MinHashTest, ArbitraryBytesAreSafeAndDeterministic) {
  std::mt19937_64 rng(11);
  MinHasher hasher;
  Signature a, b;
  for (int t = 0; t < 300; ++t) {
    std::string bytes(rng() % 300, '\0');
    for (char& c : bytes) {
      const uint64_t r = rng();
      c = static_cast<char>(r % 4 == 0 ? 0xE0 + r % 0x20 : r % 4 == 1 ? 0x80 + r % 0x40 : r);
    }
    hasher.Compute(bytes, &a);
    b = ComputeSignature(bytes);
    EXPECT_EQ(a.values, b.values);
    EXPECT_EQ(a.content_hash, b.content_hash);
    EXPECT_EQ(a.empty(), a.words == 0);
  }
  // A 300-byte "word" goes through the long-word path, lower-cased like a short one.
  const std::string long_word(300, 'Q');
  std::string lower(300, 'q');
  EXPECT_EQ(ComputeSignature(long_word).content_hash, ComputeSignature(lower).content_hash);
}

// Pure-ASCII text takes a block-at-a-time tokenizer; a trailing no-break space (a separator,
// so the same words) sends the same text through the byte-at-a-time one. Both must agree,
// including words across 64-byte blocks, words longer than a block and text ending mid-word.
TEST(MinHashTest, AsciiFastPathMatchesTheGeneralTokenizer) {
  std::mt19937_64 rng(12);
  const std::string alphabet = "abcXYZ0189 \n\t.,;'\"-@[`{/";
  MinHasher hasher;
  Signature fast, general;
  for (int t = 0; t < 400; ++t) {
    std::string text(rng() % 700, ' ');
    for (char& c : text) c = alphabet[rng() % alphabet.size()];
    if (t % 10 == 0) text += std::string(70 + rng() % 100, 'W');  // a word longer than a block
    hasher.Compute(text, &fast);
    hasher.Compute(text + "\xc2\xa0", &general);
    EXPECT_EQ(fast.words, general.words) << text;
    EXPECT_EQ(fast.content_hash, general.content_hash) << text;
    EXPECT_EQ(fast.values, general.values) << text;
  }
}

TEST(MinHashTest, ValidatesOptions) {
  EXPECT_TRUE(ValidateOptions(MinHashOptions{}).ok());
  EXPECT_FALSE(ValidateOptions(MinHashOptions{.num_perm = 0}).ok());
  EXPECT_FALSE(ValidateOptions(MinHashOptions{.num_perm = 2000}).ok());
  EXPECT_FALSE(ValidateOptions(MinHashOptions{.shingle_words = 0}).ok());
}

TEST(MinHashTest, EmptyAndWhitespaceTextsHaveEmptySignatures) {
  for (std::string_view text : {"", "   \n\t", "-- !! --"}) {
    Signature sig = ComputeSignature(text);
    EXPECT_TRUE(sig.empty());
    EXPECT_EQ(sig.words, 0u);
    EXPECT_EQ(sig.shingles, 0u);
    EXPECT_EQ(sig.content_hash, 0u);
    EXPECT_EQ(EstimateJaccard(sig, sig), 0.0);
    EXPECT_EQ(EstimateContainment(sig, ComputeSignature("some words here")), 0.0);
  }
}

TEST(MinHashTest, TextsShorterThanAShingleAreOneShingle) {
  Signature a = ComputeSignature("Storm hits coast");
  Signature b = ComputeSignature("storm   HITS coast.");
  Signature c = ComputeSignature("Storm leaves coast");
  EXPECT_EQ(a.words, 3u);
  EXPECT_EQ(a.shingles, 1u);
  ASSERT_EQ(a.values.size(), 128u);
  EXPECT_EQ(EstimateJaccard(a, b), 1.0);
  EXPECT_EQ(a.content_hash, b.content_hash);
  EXPECT_LT(EstimateJaccard(a, c), 0.05);
}

TEST(MinHashTest, ContentHashFoldsCaseWhitespaceAndPunctuationOnly) {
  const std::string text = "The minister said on Tuesday that the bridge would reopen in May.";
  Signature a = ComputeSignature(text);
  Signature b =
      ComputeSignature("THE minister said,\non Tuesday, that the bridge would reopen in May");
  Signature c =
      ComputeSignature("The minister said on Tuesday that the bridge would reopen in June.");
  EXPECT_EQ(a.content_hash, b.content_hash);
  EXPECT_NE(a.content_hash, c.content_hash);
  EXPECT_EQ(a.words, 12u);
  EXPECT_EQ(a.shingles, 8u);
  EXPECT_EQ(EstimateJaccard(a, b), 1.0);
  // The changed last word breaks the one shingle that holds it: 7 shared of 9.
  EXPECT_NEAR(EstimateJaccard(a, c), 7.0 / 9.0, 0.15);
}

TEST(MinHashTest, SignatureDependsOnSeedAndLength) {
  MinHashOptions other_seed;
  other_seed.seed = 7;
  const std::string text = Range(0, 50);
  EXPECT_NE(ComputeSignature(text).values, ComputeSignature(text, other_seed).values);
  MinHashOptions short_sig{.num_perm = 64};
  Signature s64 = ComputeSignature(text, short_sig);
  EXPECT_EQ(s64.values.size(), 64u);
  EXPECT_EQ(EstimateJaccard(s64, ComputeSignature(text)), 0.0);  // lengths differ
}

TEST(MinHashTest, HasherReuseGivesTheSameSignatures) {
  MinHasher hasher;
  Signature first, again;
  hasher.Compute(Range(0, 300), &first);
  hasher.Compute("short text", &again);
  hasher.Compute(Range(0, 300), &again);
  EXPECT_EQ(first.values, again.values);
  EXPECT_EQ(first.content_hash, again.content_hash);
}

// The estimate's error over many seeds must look like binomial sampling: no bias, and a
// spread within 25% of sqrt(J(1-J)/n).
TEST(MinHashTest, JaccardEstimateIsUnbiasedWithBinomialSpread) {
  const int kTrials = 150;
  for (int overlap : {100, 300, 500, 700, 900}) {  // of 1000 tokens per side
    const double exact = overlap / (2000.0 - overlap);
    double sum = 0, sum_sq = 0;
    for (int t = 0; t < kTrials; ++t) {
      MinHashOptions o{.shingle_words = 1, .seed = 1000u + static_cast<uint64_t>(t)};
      const int base = t * 3000;
      Signature a = ComputeSignature(Range(base, base + 1000), o);
      Signature b = ComputeSignature(Range(base + 1000 - overlap, base + 2000 - overlap), o);
      const double err = EstimateJaccard(a, b) - exact;
      sum += err;
      sum_sq += err * err;
    }
    const double bias = sum / kTrials, rmse = std::sqrt(sum_sq / kTrials);
    const double expected = std::sqrt(exact * (1 - exact) / 128.0);
    EXPECT_LT(std::abs(bias), 0.4 * expected) << "J=" << exact;
    EXPECT_LT(rmse, 1.25 * expected) << "J=" << exact;
    EXPECT_GT(rmse, 0.75 * expected) << "J=" << exact;
  }
}

// Same check on 5-word shingles of running text against the exact shingle sets.
TEST(MinHashTest, EstimateTracksExactJaccardOnShingles) {
  std::mt19937_64 rng(42);
  std::vector<std::string> vocab;
  for (int i = 0; i < 400; ++i) vocab.push_back("w" + std::to_string(i));
  auto shingles = [](const std::vector<std::string>& w) {
    std::set<std::string> s;
    for (size_t i = 0; i + 5 <= w.size(); ++i) {
      s.insert(w[i] + " " + w[i + 1] + " " + w[i + 2] + " " + w[i + 3] + " " + w[i + 4]);
    }
    return s;
  };
  auto join = [](const std::vector<std::string>& w) {
    std::string s;
    for (const auto& x : w) s += x + " ";
    return s;
  };
  for (int trial = 0; trial < 20; ++trial) {
    std::vector<std::string> a(600);
    for (auto& w : a) w = vocab[rng() % vocab.size()];
    std::vector<std::string> b = a;
    const size_t edits = 5 + rng() % 60;  // scattered word substitutions
    for (size_t e = 0; e < edits; ++e) b[rng() % b.size()] = vocab[rng() % vocab.size()];
    const auto sa = shingles(a), sb = shingles(b);
    size_t inter = 0;
    for (const auto& s : sa) inter += sb.count(s);
    const double exact = static_cast<double>(inter) / (sa.size() + sb.size() - inter);
    const double est = EstimateJaccard(ComputeSignature(join(a)), ComputeSignature(join(b)));
    EXPECT_NEAR(est, exact, 4 * std::sqrt(exact * (1 - exact) / 128.0) + 0.01);
  }
}

TEST(MinHashTest, ContainmentSeesATrimmedCopy) {
  const std::string full = Range(0, 800);
  const std::string trimmed = Range(0, 500);
  Signature a = ComputeSignature(full), b = ComputeSignature(trimmed);
  EXPECT_NEAR(EstimateJaccard(a, b), 500.0 / 800.0, 0.15);
  EXPECT_GT(EstimateContainment(a, b), 0.85);
  EXPECT_LT(EstimateContainment(a, ComputeSignature(Range(2000, 2500))), 0.1);
}

}  // namespace
}  // namespace corroborate::dedup
