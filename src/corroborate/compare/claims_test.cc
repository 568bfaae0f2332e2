#include "corroborate/compare/claims.h"

#include <gtest/gtest.h>

#include <string>

#include "corroborate/text/analyzer.h"

namespace corroborate::compare {
namespace {

class ClaimsTest : public ::testing::Test {
 protected:
  // Claims of a one-article body; `published` is "YYYY-MM-DD" or "".
  std::vector<Claim> Claims(const std::string& body, const std::string& published = "") {
    article_ = Article{};
    article_.text = body;
    if (!published.empty()) article_.published = published;
    article_.NormalizeRemoved();
    doc_ = analyzer_.Analyze(article_, 0);
    return ExtractClaims(doc_, extract::ArticleAnalysis{}, &analyzer_);
  }
  std::string Text(Span s) const { return std::string(s.Of(article_.text)); }

  text::Analyzer analyzer_;
  Article article_;
  text::Document doc_;
};

TEST_F(ClaimsTest, EmptyAndWhitespaceGiveNoClaims) {
  EXPECT_TRUE(Claims("").empty());
  EXPECT_TRUE(Claims("   \n\n  ").empty());
}

TEST_F(ClaimsTest, InvalidUtf8AndNonAsciiDoNotCrash) {
  auto c = Claims("Der Bürgermeister of Zürich \xff\xfe said 12 houses were destroyed.");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_EQ(c[0].numbers.size(), 1u);
  EXPECT_EQ(c[0].numbers[0].value, 12);
}

TEST_F(ClaimsTest, NumbersWithUnitsAndApproximators) {
  auto c = Claims("More than 40 officers joined, and thieves took $2.4 million from the depot.");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_EQ(c[0].numbers.size(), 2u);
  const NumberSlot& officers = c[0].numbers[0];
  EXPECT_EQ(officers.value, 40);
  EXPECT_EQ(officers.approx, Approx::kAtLeast);
  EXPECT_EQ(Text(officers.span), "More than 40 officers");
  const NumberSlot& money = c[0].numbers[1];
  EXPECT_EQ(money.unit, "$");
  EXPECT_DOUBLE_EQ(money.value, 2.4e6);
  EXPECT_EQ(Text(money.span), "$2.4 million");
}

TEST_F(ClaimsTest, SpelledNumbersAndPercentages) {
  auto c = Claims("Five people were hurt and 75 percent of the homes lost power.");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_EQ(c[0].numbers.size(), 2u);
  EXPECT_EQ(c[0].numbers[0].value, 5);
  EXPECT_EQ(c[0].numbers[1].unit, "%");
  EXPECT_EQ(c[0].numbers[1].value, 75);
}

TEST_F(ClaimsTest, YearsTimesAndDatesAreNotCounts) {
  auto c = Claims("The bridge opened in 1998 and closed at 9 p.m. on March 3, 2021 for repairs.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].numbers.empty());
}

TEST_F(ClaimsTest, ConversionsAndPartsOfTotalsAreSkipped) {
  auto c = Claims("The loan of 90 billion euros ($99 billion) was signed by 4 Dutch and 6 Irish banks.");
  ASSERT_EQ(c.size(), 1u);
  for (const NumberSlot& n : c[0].numbers) {
    EXPECT_NE(n.unit, "$") << n.display;
    EXPECT_NE(n.value, 6) << n.display;
  }
}

TEST_F(ClaimsTest, WeekdaysAndRelativeDaysResolveAgainstPublication) {
  // 2024-05-15 is a Wednesday.
  auto c = Claims("The dam failed on Monday. Crews arrived yesterday and left last night.",
                  "2024-05-15");
  ASSERT_EQ(c.size(), 2u);
  ASSERT_EQ(c[0].dates.size(), 1u);
  ASSERT_TRUE(c[0].dates[0].date.has_value());
  EXPECT_EQ(FormatIsoDate(*c[0].dates[0].date), "2024-05-13");
  EXPECT_EQ(c[0].dates[0].event, "fail");
  ASSERT_EQ(c[1].dates.size(), 2u);
  EXPECT_EQ(FormatIsoDate(*c[1].dates[0].date), "2024-05-14");
  EXPECT_EQ(FormatIsoDate(*c[1].dates[1].date), "2024-05-14");
}

TEST_F(ClaimsTest, WeekdayWithoutPublicationStaysUnresolved) {
  auto c = Claims("The suspect fled on Tuesday morning.");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_EQ(c[0].dates.size(), 1u);
  EXPECT_FALSE(c[0].dates[0].date.has_value());
  EXPECT_EQ(c[0].dates[0].weekday, 1);
  EXPECT_EQ(c[0].dates[0].event, "escape");
}

TEST_F(ClaimsTest, PlacesWithLevelsAndContainers) {
  auto c = Claims("Police found the van in Millford, Vt. near the Granger River on Sunday.");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_EQ(c[0].places.size(), 2u);
  EXPECT_EQ(c[0].places[0].name, "Millford");
  EXPECT_EQ(c[0].places[0].container, "vt");
  EXPECT_EQ(c[0].places[0].level, PlaceLevel::kLocality);
  EXPECT_EQ(c[0].places[1].level, PlaceLevel::kFacility);
}

TEST_F(ClaimsTest, OwnersAndOrganizationsAreNotPlaces) {
  auto c = Claims("Officers at the Dorrance County Sheriff's Office met in March with staff.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].places.empty());
}

TEST_F(ClaimsTest, LegalQualifiersWithSubjects) {
  auto c = Claims(
      "Marta Quell is charged with arson in the warehouse fire. "
      "Prosecutors have not accused Ben Lott of anything. "
      "It is unclear whether Quell was convicted or only charged.");
  ASSERT_EQ(c.size(), 3u);
  ASSERT_EQ(c[0].qualifiers.size(), 1u);
  EXPECT_EQ(c[0].qualifiers[0].value, "charged");
  EXPECT_EQ(c[0].qualifiers[0].subject, "quell");
  EXPECT_TRUE(c[1].qualifiers.empty());  // negated, active voice
  ASSERT_EQ(c[2].qualifiers.size(), 1u);
  EXPECT_EQ(c[2].qualifiers[0].value, "unclear");
}

TEST_F(ClaimsTest, ChargedOrConvictedAssertsNeither) {
  auto c = Claims("Most of those detained have been charged with or convicted of crimes.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].qualifiers.empty());
}

TEST_F(ClaimsTest, CasualtyQualifiersNeedACount) {
  auto c = Claims("Three people are feared dead after the blast. The dead were not named.");
  ASSERT_EQ(c.size(), 2u);
  ASSERT_EQ(c[0].qualifiers.size(), 1u);
  EXPECT_EQ(c[0].qualifiers[0].value, "feared dead");
  EXPECT_EQ(c[0].qualifiers[0].count, 3);
  EXPECT_TRUE(c[1].qualifiers.empty());
}

TEST_F(ClaimsTest, DemonymsAndEventPhrasesAlign) {
  auto c = Claims("A Peruvian man slipped away from guards.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(std::binary_search(c[0].stems.begin(), c[0].stems.end(), "peru"));
  EXPECT_EQ(c[0].events, std::vector<std::string>{"escape"});
}

}  // namespace
}  // namespace corroborate::compare
