#include "corroborate/compare/quotes.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "corroborate/text/analyzer.h"

namespace corroborate::compare {
namespace {

// Articles whose quotes are given as (content, speaker) pairs located by substring search.
class AlignQuotesTest : public ::testing::Test {
 protected:
  void Add(std::string text, std::vector<std::pair<std::string, std::string>> quotes) {
    Article& a = articles_.emplace_back();
    a.text = std::move(text);
    docs_.push_back(analyzer_.Analyze(a, static_cast<int>(docs_.size())));
    extract::ArticleAnalysis an;
    for (const auto& [content, speaker] : quotes) {
      const size_t at = a.text.find(content);
      ASSERT_NE(at, std::string::npos) << content;
      extract::QuoteMention m;
      m.content = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + content.size())};
      m.speaker = speaker;
      if (!speaker.empty()) {
        const size_t s = a.text.find(speaker);
        if (s != std::string::npos) {
          m.speaker_span = {static_cast<uint32_t>(s), static_cast<uint32_t>(s + speaker.size())};
        }
      }
      an.quotes.push_back(m);
    }
    analyses_.push_back(std::move(an));
  }
  std::vector<Quote> Align() { return AlignQuotes(docs_, analyses_); }

  text::Analyzer analyzer_;
  std::deque<Article> articles_;  // stable addresses: documents borrow them
  std::vector<text::Document> docs_;
  std::vector<extract::ArticleAnalysis> analyses_;
};

TEST_F(AlignQuotesTest, Empty) {
  EXPECT_TRUE(Align().empty());
  Add("", {});
  Add("   ", {});
  EXPECT_TRUE(Align().empty());
}

TEST_F(AlignQuotesTest, SameTrimmedAndAltered) {
  const std::string full =
      "The water came up faster than anyone expected, and we lost the lower town in an hour";
  Add("\"" + full + ",\" Mayor Lina Voss said.", {{full, "Lina Voss"}});
  Add("Voss said: \"The water came up faster than anyone expected.\"",
      {{"The water came up faster than anyone expected.", "Voss"}});
  Add("\"The water rose faster than anybody expected, and we lost the lower town in an hour,\" "
      "Voss said.",
      {{"The water rose faster than anybody expected, and we lost the lower town in an hour",
        "Voss"}});
  Add("Unrelated: \"The market opens at nine on Saturdays,\" said Ed Pryce.",
      {{"The market opens at nine on Saturdays", "Ed Pryce"}});
  auto q = Align();
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].articles, (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(q[0].text, full);
  EXPECT_EQ(q[0].speaker, "Lina Voss");  // the full name also counts "Voss"
  EXPECT_TRUE(q[0].altered);
  ASSERT_EQ(q[0].versions.size(), 3u);
  EXPECT_EQ(q[0].versions[0].difference, QuoteDifference::kSame);
  EXPECT_EQ(q[0].versions[1].difference, QuoteDifference::kTrimmed);
  EXPECT_EQ(q[0].versions[2].difference, QuoteDifference::kAltered);
  EXPECT_EQ(q[0].versions[2].articles, (std::vector<int>{2}));
  EXPECT_EQ(q[0].mentions.size(), 3u);
  EXPECT_EQ(q[0].speaker_mentions.size(), 3u);
  EXPECT_EQ(q[1].articles, (std::vector<int>{3}));
  EXPECT_FALSE(q[1].altered);
}

TEST_F(AlignQuotesTest, RepeatedWithinOneArticleKeepsBothMentions) {
  Add("\"We will rebuild every single home,\" Kai Storm said. Later: \"We will rebuild every "
      "single home.\"",
      {{"We will rebuild every single home", "Kai Storm"},
       {"We will rebuild every single home.", "Kai Storm"}});
  auto q = Align();
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].articles, (std::vector<int>{0}));
  EXPECT_EQ(q[0].mentions.size(), 2u);
  EXPECT_EQ(q[0].versions.size(), 1u);
  EXPECT_FALSE(q[0].altered);
}

TEST_F(AlignQuotesTest, DifferentQuotesSharingWordsStaySeparate) {
  Add("\"We will not stop until the river is safe again for every family,\" said Ida Moss.",
      {{"We will not stop until the river is safe again for every family", "Ida Moss"}});
  Add("\"The river is a danger to every family on the east bank this spring,\" said Ida Moss.",
      {{"The river is a danger to every family on the east bank this spring", "Ida Moss"}});
  auto q = Align();
  EXPECT_EQ(q.size(), 2u);
}

TEST_F(AlignQuotesTest, ShortContainedQuoteDoesNotJoin) {
  Add("\"Safe again,\" she said. \"We will not stop until the river is safe again,\" Moss said.",
      {{"Safe again", ""}, {"We will not stop until the river is safe again", "Moss"}});
  EXPECT_EQ(Align().size(), 2u);
}

TEST_F(AlignQuotesTest, NonAsciiAndNoSpeaker) {
  Add("«Wir bauen alles wieder auf, Stück für Stück», sagte sie.",
      {{"Wir bauen alles wieder auf, Stück für Stück", ""}});
  Add("„Wir bauen alles wieder auf, Stück für Stück“ — Zitat.",
      {{"Wir bauen alles wieder auf, Stück für Stück", ""}});
  auto q = Align();
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].articles.size(), 2u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_TRUE(q[0].speaker_mentions.empty());
}

TEST_F(AlignQuotesTest, InvalidUtf8AndWhitespaceOnlyMentions) {
  Add("\"Bad \xFF bytes will not stop this long quote from matching,\" said Io Park.",
      {{"Bad \xFF bytes will not stop this long quote from matching", "Io Park"}, {" ", ""}});
  Add("\"Bad \xFE bytes will not stop this long quote from matching,\" Park said.",
      {{"Bad \xFE bytes will not stop this long quote from matching", "Park"}});
  auto q = Align();
  ASSERT_EQ(q.size(), 1u);  // the whitespace-only mention has no words and is dropped
  EXPECT_EQ(q[0].articles, (std::vector<int>{0, 1}));
  EXPECT_EQ(q[0].speaker, "Io Park");
  EXPECT_FALSE(q[0].altered);
}

}  // namespace
}  // namespace corroborate::compare
