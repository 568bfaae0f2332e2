// End-to-end tests of CompareFacts on invented stories: facts, disputes, not-disputes, 5W1H.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "corroborate/compare/disputes.h"
#include "corroborate/compare/facts.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::compare {
namespace {

struct Story {
  std::vector<Article> articles;
  std::vector<text::Document> docs;
  std::vector<extract::ArticleAnalysis> analyses;
  FactsResult result;
};

std::unique_ptr<Story> RunStory(const std::vector<std::pair<std::string, std::string>>& texts) {
  auto s = std::make_unique<Story>();
  for (const auto& [text, published] : texts) {
    Article a;
    a.text = text;
    if (!published.empty()) a.published = published;
    a.NormalizeRemoved();
    s->articles.push_back(std::move(a));
  }
  text::Analyzer analyzer;
  for (size_t i = 0; i < s->articles.size(); ++i) {
    s->docs.push_back(analyzer.Analyze(s->articles[i], static_cast<int>(i)));
  }
  s->analyses.resize(s->articles.size());
  s->result = CompareFacts(s->docs, s->analyses);
  return s;
}

const Dispute* Find(const FactsResult& r, DisputeKind kind) {
  for (const Dispute& d : r.disputes) {
    if (d.kind == kind) return &d;
  }
  return nullptr;
}

TEST(CompareFactsTest, EmptyInput) {
  auto s = RunStory({});
  EXPECT_TRUE(s->result.facts.empty());
  EXPECT_TRUE(s->result.disputes.empty());
  EXPECT_FALSE(s->result.event.what.has_value());
  auto t = RunStory({{"", ""}, {"  \n ", ""}, {"\xff\xfe\xfd", ""}});
  EXPECT_TRUE(t->result.disputes.empty());
}

TEST(CompareFactsTest, AgreedFactAcrossWordings) {
  auto s = RunStory({{"The Orlan dam failed on Monday, flooding the valley town of Pelby.", ""},
                {"Floodwater swamped Pelby after the Orlan dam failed on Monday.", ""},
                {"In Pelby, residents fled when the Orlan dam failed on Monday.", ""}});
  ASSERT_FALSE(s->result.facts.empty());
  const Fact& f = s->result.facts[0];
  EXPECT_EQ(f.status, FactStatus::kAgreed);
  EXPECT_EQ(f.articles, (std::vector<int>{0, 1, 2}));
  EXPECT_TRUE(s->result.disputes.empty());
  ASSERT_TRUE(s->result.event.where.has_value());
  EXPECT_EQ(s->result.event.where->value, "Pelby");
}

TEST(CompareFactsTest, QualifierDispute) {
  auto s = RunStory({{"Dario Penk, who is charged with arson in the mill fire, appeared in court.", ""},
                {"Dario Penk was convicted of arson in the mill fire years ago.", ""},
                {"It is unclear whether Penk was convicted of the mill fire arson.", ""}});
  const Dispute* d = Find(s->result, DisputeKind::kQualifier);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->about, "legal status of Penk");
  ASSERT_EQ(d->variants.size(), 3u);
  std::vector<std::string> values;
  for (const auto& v : d->variants) values.push_back(v.value);
  std::sort(values.begin(), values.end());
  EXPECT_EQ(values, (std::vector<std::string>{"charged", "convicted", "unclear"}));
}

TEST(CompareFactsTest, CountDisputeButNotApproximations) {
  auto s = RunStory({{"In all, 12 people were treated for injuries at Halvey Hospital after the crash.", ""},
                {"A total of 15 people were taken to Halvey Hospital with injuries after the crash.",
                 ""},
                {"About 12 people were treated for injuries at Halvey Hospital after the crash.", ""}});
  const Dispute* d = Find(s->result, DisputeKind::kCount);
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->variants.size(), 2u);
  EXPECT_EQ(d->variants[0].articles, (std::vector<int>{0, 2}));
  EXPECT_EQ(d->variants[1].articles, (std::vector<int>{1}));
}

TEST(CompareFactsTest, MoreThanAgreesWithExactFigure) {
  auto s = RunStory({{"More than 40 officers searched the woods near Trell for the missing hiker.", ""},
                {"In all, 42 officers searched the woods near Trell for the missing hiker.", ""}});
  EXPECT_EQ(Find(s->result, DisputeKind::kCount), nullptr);
}

TEST(CompareFactsTest, DifferentQuantitiesAreNotDisputed) {
  // Same unit, unrelated sentences: no alignment, no dispute.
  auto s = RunStory({{"About 180 people spent the night in the school gym near the river.", ""},
                {"Officials said 12 people were treated for cuts at the county hospital.", ""}});
  EXPECT_TRUE(s->result.disputes.empty());
}

TEST(CompareFactsTest, DayDisputeAfterResolution) {
  // 2024-05-15 is a Wednesday; "yesterday" in the first is Tuesday.
  auto s = RunStory({{"The inmate escaped from the Varn County jail yesterday morning.", "2024-05-15"},
                {"The inmate escaped from the Varn County jail on Tuesday.", "2024-05-16"},
                {"The inmate escaped from the Varn County jail on Monday.", "2024-05-16"}});
  const Dispute* d = Find(s->result, DisputeKind::kDate);
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->variants.size(), 2u);
  EXPECT_EQ(d->variants[0].value, "Tuesday (2024-05-14)");
  EXPECT_EQ(d->variants[0].articles, (std::vector<int>{0, 1}));
  EXPECT_EQ(d->variants[1].articles, (std::vector<int>{2}));
  ASSERT_TRUE(s->result.event.when.has_value());
  EXPECT_NE(s->result.event.when->value.find("2024-05-14"), std::string::npos);
}

TEST(CompareFactsTest, PlaceDisputeButNotCityAndState) {
  auto s = RunStory({{"The fugitive was arrested at a motel in Corbin after a clerk called police.", ""},
                {"The fugitive was arrested at a motel in Dalton after a clerk called police.", ""},
                {"The fugitive was arrested at a motel in Ohio after a clerk called police.", ""}});
  const Dispute* d = Find(s->result, DisputeKind::kPlace);
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->variants.size(), 2u);
  for (const auto& v : d->variants) EXPECT_NE(v.value, "Ohio");
}

TEST(CompareFactsTest, ArticleNamingBothPlacesIsNotAVariant) {
  auto s = RunStory({{"The fugitive was arrested at a motel in Corbin after a clerk called police.", ""},
                {"The fugitive was arrested at a motel in Dalton after a clerk called police. "
                 "He had driven there from Corbin.",
                 ""}});
  EXPECT_EQ(Find(s->result, DisputeKind::kPlace), nullptr);
}

TEST(NumbersCompatibleTest, RoundingAndBounds) {
  NumberSlot a{.value = 356e6, .approx = Approx::kExact, .rounding = 1e6, .unit = "$"};
  NumberSlot b = a;
  b.approx = Approx::kAtLeast;
  EXPECT_TRUE(NumbersCompatible(a, b));
  NumberSlot c{.value = 24e6, .rounding = 1e6, .unit = "$"};
  NumberSlot e{.value = 42e6, .rounding = 1e6, .unit = "$"};
  EXPECT_FALSE(NumbersCompatible(c, e));
  NumberSlot f{.value = 300, .approx = Approx::kAtLeast, .rounding = 100, .unit = "home"};
  NumberSlot g{.value = 312, .rounding = 1, .unit = "home"};
  EXPECT_TRUE(NumbersCompatible(f, g));
}

// An unnamed "fugitive accused of" stands for the story's main person; a hedge beside it in the
// same article is kept as its own variant.
TEST(CompareFactsTest, RoleNounQualifierAndHedgeInOneArticle) {
  auto s = RunStory(
      {{"Deputies tried to arrest a Moldovan fugitive accused of arson in Spain on Friday.\n"
        "It is unclear whether Ivan Petrescu is accused or convicted of arson.",
        ""},
       {"Ivan Petrescu, who was convicted of arson in Spain, escaped deputies on Friday.", ""},
       {"Ivan Petrescu was convicted of arson in Spain and escaped deputies on Friday.", ""}});
  const Dispute* d = Find(s->result, DisputeKind::kQualifier);
  ASSERT_NE(d, nullptr);
  std::vector<std::string> values;
  for (const DisputeVariant& v : d->variants) values.push_back(v.value);
  EXPECT_NE(std::find(values.begin(), values.end(), "convicted"), values.end());
  EXPECT_NE(std::find(values.begin(), values.end(), "accused"), values.end());
  EXPECT_NE(std::find(values.begin(), values.end(), "unclear"), values.end());
}

// A demonym before the role noun is not a person named "Moldovan", and with no main person
// named in two articles the role subject stays unresolved: no dispute.
TEST(CompareFactsTest, RoleNounWithoutMainPersonIsNoDispute) {
  auto s = RunStory({{"Deputies tried to arrest a Moldovan fugitive accused of arson.", ""},
                     {"A Moldovan man convicted of fraud was deported on Friday.", ""}});
  EXPECT_EQ(Find(s->result, DisputeKind::kQualifier), nullptr);
}

// Two outlets name different people as the one who did the same thing.
TEST(CompareFactsTest, ActorDispute) {
  auto s = RunStory(
      {{"Deputy Ray Colton shot the runaway bull near the Varrow grain elevator on Monday.", ""},
       {"Farmer Ellis Brandt shot the runaway bull near the Varrow grain elevator on Monday.", ""},
       {"Deputy Ray Colton shot the runaway bull near the Varrow grain elevator on Monday, "
        "the sheriff said.",
        ""}});
  const Dispute* d = Find(s->result, DisputeKind::kActor);
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->variants.size(), 2u);
  EXPECT_EQ(d->variants[0].articles.size() + d->variants[1].articles.size(), 3u);
}

// The same person by full name and by surname, or an article that names both people, is no
// actor dispute.
TEST(CompareFactsTest, NoActorDisputeForSamePersonOrBothNamed) {
  auto s = RunStory(
      {{"Deputy Ray Colton shot the runaway bull near the Varrow grain elevator on Monday.", ""},
       {"Colton shot the runaway bull near the Varrow grain elevator on Monday.", ""}});
  EXPECT_EQ(Find(s->result, DisputeKind::kActor), nullptr);
  auto t = RunStory(
      {{"Deputy Ray Colton shot the runaway bull near the Varrow grain elevator on Monday.\n"
        "Farmer Ellis Brandt watched.", ""},
       {"Farmer Ellis Brandt shot the runaway bull near the Varrow grain elevator on Monday.", ""}});
  EXPECT_EQ(Find(t->result, DisputeKind::kActor), nullptr);
}

}  // namespace
}  // namespace corroborate::compare
