#include "corroborate/text/analyzer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace corroborate::text {
namespace {

Article Make(std::string text) {
  Article a;
  a.text = std::move(text);
  return a;
}

TEST(AnalyzerTest, EmptyAndWhitespace) {
  Analyzer an;
  Article a = Make("");
  EXPECT_TRUE(an.Analyze(a, 0).sentences.empty());
  Article b = Make("  \n\t\n  ");
  Document d = an.Analyze(b, 0);
  EXPECT_TRUE(d.paragraphs.empty());
  EXPECT_TRUE(d.tokens.empty());
}

TEST(AnalyzerTest, SentencesKeepByteOffsets) {
  Analyzer an;
  Article a = Make("Mr. Alvarez arrived in Riverton on Tuesday. He left at 5 p.m.\n"
                   "\xE2\x80\x9CWe are ready,\xE2\x80\x9D the caf\xC3\xA9 owner said.");
  Document d = an.Analyze(a, 3);
  EXPECT_EQ(d.index, 3);
  ASSERT_EQ(d.paragraphs.size(), 2u);
  std::vector<std::string> got;
  for (const auto& s : d.sentences) got.emplace_back(d.Of(s.span));
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], "Mr. Alvarez arrived in Riverton on Tuesday.");
  EXPECT_EQ(got[2], "\xE2\x80\x9CWe are ready,\xE2\x80\x9D the caf\xC3\xA9 owner said.");
  EXPECT_EQ(d.sentences[2].paragraph, 1u);
}

TEST(AnalyzerTest, TokensNormsStemsAndFlags) {
  Analyzer an;
  Article a = Make("ICE\xE2\x80\x99s agents arrested 1,200 people in the U.S. for $3.5 million, "
                   "75% of them; @CountySheriff posted. Leon-Vargas didn't.");
  Document d = an.Analyze(a, 0);
  std::vector<std::string> norms;
  for (const Token& t : d.tokens) norms.push_back(t.norm);
  const std::vector<std::string> want = {"ice", "agents", "arrested", "1,200", "people", "in",
                                         "the", "u.s.", "for", "$", "3.5", "million", "75", "%",
                                         "of", "them", "@countysheriff", "posted", "leon-vargas",
                                         "didn't"};
  EXPECT_EQ(norms, want);
  EXPECT_TRUE(d.tokens[0].Has(kAllCaps));
  EXPECT_TRUE(d.tokens[0].Has(kPossessive));
  EXPECT_EQ(d.Of(d.tokens[0].span), "ICE");
  EXPECT_EQ(d.tokens[2].stem, "arrest");
  EXPECT_TRUE(d.tokens[3].Has(kNumber));
  EXPECT_TRUE(d.tokens[9].Has(kSymbol));
  EXPECT_TRUE(d.tokens[16].Has(kHandle));
  EXPECT_TRUE(d.tokens[18].Has(kCapitalized));
}

TEST(AnalyzerTest, RemovedSpansAreSkipped) {
  Analyzer an;
  Article a = Make("Keep this line.\nSubscribe to our newsletter!\nAnd this one.");
  a.removed.push_back({{16, 44}, "clutter"});
  a.NormalizeRemoved();
  Document d = an.Analyze(a, 0);
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(d.Of(d.sentences[1].span), "And this one.");
  for (const Token& t : d.tokens) EXPECT_NE(t.norm, "subscribe");
}

TEST(AnalyzerTest, InvalidUtf8DoesNotCrash) {
  Analyzer an;
  Article a = Make("Bad \xFF\xFE bytes here. \xC3");
  Document d = an.Analyze(a, 0);
  EXPECT_FALSE(d.tokens.empty());
  for (const Token& t : d.tokens) EXPECT_LE(t.span.end, a.text.size());
}

TEST(AnalyzerTest, SentenceAt) {
  Analyzer an;
  Article a = Make("One two. Three four.");
  Document d = an.Analyze(a, 0);
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(d.SentenceAt(0), 0);
  EXPECT_EQ(d.SentenceAt(10), 1);
  EXPECT_EQ(d.SentenceAt(100), -1);
}

TEST(StopwordTest, Basic) {
  EXPECT_TRUE(IsStopword("the"));
  EXPECT_FALSE(IsStopword("police"));
}

}  // namespace
}  // namespace corroborate::text
