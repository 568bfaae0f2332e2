#include "corroborate/cluster/features.h"

#include <gtest/gtest.h>

#include <string>

namespace corroborate::cluster {
namespace {

float Count(const ArticleFeatures& f, Space s, const std::string& key) {
  for (const auto& [k, v] : f.spaces[static_cast<int>(s)]) {
    if (k == key) return v;
  }
  return 0;
}

ArticleFeatures Build(const std::string& body, const std::string& title = "",
                      const char* published = nullptr) {
  Article a;
  a.id = "x";
  a.text = body;
  a.title = title;
  if (published) a.published = published;
  a.NormalizeRemoved();
  text::Analyzer analyzer;
  return BuildFeatures(a, &analyzer);
}

TEST(FeaturesTest, SeparatesWordsNamesPlacesAndDates) {
  const auto f = Build(
      "Governor Elsa Brandvik visited Korvala on March 3, 2011.\n"
      "Brandvik said the bridges in Korvala were closed after the floods.",
      "", nullptr);
  EXPECT_GT(Count(f, Space::kText, "bridg"), 0);
  EXPECT_GT(Count(f, Space::kText, "flood"), 0);
  EXPECT_EQ(Count(f, Space::kText, "the"), 0);  // function words are left out
  EXPECT_GT(Count(f, Space::kEntity, "brandvik"), 0);
  EXPECT_GT(Count(f, Space::kPlace, "korvala"), 0);
  EXPECT_GT(Count(f, Space::kWhen, "d:2011-03-03"), 0);
  EXPECT_GT(Count(f, Space::kWhen, "m:2011-03"), 0);
  EXPECT_GT(Count(f, Space::kWhen, "y:2011"), 0);
  EXPECT_FALSE(f.published.has_value());
}

TEST(FeaturesTest, TitleWordsWeighMoreAndPublishedDateIsParsed) {
  const auto f = Build("The storm closed roads.", "Storm warning", "2024-02-10");
  EXPECT_FLOAT_EQ(Count(f, Space::kText, "storm"), 1 + FeatureOptions().title_weight);
  ASSERT_TRUE(f.published.has_value());
  EXPECT_EQ(f.published->year, 2024);
  EXPECT_EQ(f.published->day, 10);
}

TEST(FeaturesTest, CountedQuantitiesAreKeptWithTheirUnit) {
  const auto f = Build("The fire destroyed 40 homes near the river.");
  bool found = false;
  for (const auto& [k, v] : f.spaces[static_cast<int>(Space::kWhen)]) {
    found = found || k.rfind("n:40 ", 0) == 0;
  }
  EXPECT_TRUE(found);
}

TEST(FeaturesTest, EmptyTextHasNoFeatures) {
  const auto f = Build("");
  for (const Bag& b : f.spaces) EXPECT_TRUE(b.empty());
}

}  // namespace
}  // namespace corroborate::cluster
