#include "corroborate/testing/synthetic_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>
#include <vector>

namespace corroborate::testing {
namespace {

std::vector<std::string> SplitWords(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

TEST(SyntheticTextTest, SameSeedSameTextOtherSeedOtherText) {
  SyntheticText a(5), b(5), c(6);
  const std::string first = a.Line(200);
  EXPECT_EQ(first, b.Line(200));
  EXPECT_NE(first, c.Line(200));
  EXPECT_NE(first, a.Line(200));  // the generator moves on
}

TEST(SyntheticTextTest, VocabularyFollowsTheOptions) {
  SyntheticText numbered(1), plain(1, {.vocabulary_seed = 7, .numbered_words = false});
  bool any_digit = false;
  for (int i = 0; i < 500; ++i) {
    const std::string w = numbered.Word(), p = plain.Word();
    ASSERT_FALSE(w.empty());
    ASSERT_TRUE(std::islower(static_cast<unsigned char>(w[0])));
    any_digit |= std::any_of(w.begin(), w.end(), ::isdigit);
    ASSERT_TRUE(std::all_of(p.begin(), p.end(), ::islower)) << p;
  }
  EXPECT_TRUE(any_digit);  // rare words are numbered
}

TEST(SyntheticTextTest, SentencesHaveTwelveToThirtyWordsAndUseTheNames) {
  SyntheticText gen(3);
  const std::vector<std::string> names = {"Kestrel"};
  int with_name = 0;
  for (int i = 0; i < 50; ++i) {
    const std::string s = gen.Sentence(names);
    const std::vector<std::string> words = SplitWords(s);
    EXPECT_GE(words.size(), 12u);
    EXPECT_LE(words.size(), 30u);
    EXPECT_TRUE(std::isupper(static_cast<unsigned char>(s[0]))) << s;
    EXPECT_TRUE(s.ends_with(". ")) << s;
    with_name += s.find("Kestrel") != std::string::npos ? 1 : 0;
  }
  EXPECT_GT(with_name, 25);  // about one word in six: nearly every sentence
  EXPECT_EQ(gen.Sentence().find("Kestrel"), std::string::npos);
}

TEST(SyntheticTextTest, ArticleReachesTheWordCountAndLineHitsItExactly) {
  SyntheticText gen(4);
  const std::vector<std::string> paragraphs = gen.Article(300);
  size_t words = 0;
  for (const std::string& p : paragraphs) {
    const size_t n = SplitWords(p).size();
    EXPECT_GE(n, 24u);  // 2-4 sentences of 12-30 words
    EXPECT_LE(n, 120u);
    words += n;
  }
  EXPECT_GE(words, 300u);
  EXPECT_EQ(SplitWords(gen.Line(800)).size(), 800u);
  EXPECT_TRUE(gen.Line(0).empty());
}

}  // namespace
}  // namespace corroborate::testing
