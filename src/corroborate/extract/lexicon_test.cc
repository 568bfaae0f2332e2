#include "corroborate/extract/lexicon.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "corroborate/extract/lexicon_data.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;

// (entry, matched text) of each loaded word in `text`.
std::vector<std::pair<std::string, std::string>> Loaded(const std::string& text) {
  Article a;
  a.text = text;
  a.NormalizeRemoved();
  text::Analyzer analyzer;
  const text::Document doc = analyzer.Analyze(a, 0);
  std::vector<std::pair<std::string, std::string>> out;
  for (const LoadedMention& m : FindLoadedWords(doc)) {
    out.emplace_back(m.word, std::string(m.span.Of(a.text)));
  }
  return out;
}

std::vector<std::string> Forms() {
  std::vector<std::string> out;
  for (const auto& row : lexicon_data::Rows()) {
    std::string cur;
    for (char c : row.forms) {
      if (c == '|' || c == ';') {
        out.push_back(cur);
        cur.clear();
      } else {
        cur.push_back(c);
      }
    }
    out.push_back(cur);
  }
  return out;
}

TEST(LexiconDataTest, FormsAreLowercaseUniqueAndCategorized) {
  const std::set<std::string_view> categories = {"pejorative", "dehumanizing", "intensifier",
                                                 "euphemism",  "epistemic",    "loaded verb"};
  std::set<std::string> seen;
  for (const std::string& f : Forms()) {
    ASSERT_FALSE(f.empty());
    EXPECT_TRUE(seen.insert(f).second) << "duplicate form " << f;
    for (char c : f) EXPECT_FALSE(std::isupper(static_cast<unsigned char>(c))) << f;
    EXPECT_EQ(f.find("  "), std::string::npos) << f;
    EXPECT_NE(f.front(), ' ');
    EXPECT_NE(f.back(), ' ');
  }
  for (const auto& row : lexicon_data::Rows()) {
    EXPECT_TRUE(categories.contains(row.category)) << row.forms;
  }
  EXPECT_GE(lexicon_data::Rows().size(), 150u);
  EXPECT_LE(lexicon_data::Rows().size(), 300u);
}

TEST(FindLoadedTest, ExactFormsOnly) {
  const LexiconEntry* e = FindLoaded("illegal aliens");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->phrase, "illegal alien");
  EXPECT_EQ(e->category, "pejorative");
  ASSERT_NE(FindLoaded("thugs"), nullptr);
  EXPECT_EQ(FindLoaded("thugs")->phrase, "thug");
  EXPECT_EQ(FindLoaded("cowardly")->phrase, "cowardly");
  EXPECT_EQ(FindLoaded("undocumented immigrants")->category, "euphemism");
  EXPECT_EQ(FindLoaded("illegal"), nullptr);
  EXPECT_EQ(FindLoaded("officer"), nullptr);
  EXPECT_EQ(FindLoaded("Thugs"), nullptr);  // callers pass normalized text
  EXPECT_EQ(FindLoaded(""), nullptr);
}

TEST(FindLoadedWordsTest, EmptyInput) {
  EXPECT_THAT(Loaded(""), IsEmpty());
  EXPECT_THAT(Loaded(" \n\t"), IsEmpty());
  text::Document none;
  EXPECT_THAT(FindLoadedWords(none), IsEmpty());
}

TEST(FindLoadedWordsTest, FlagsBothSidesOfTheDebate) {
  // Framing favoured by enforcement hawks...
  const auto right = Loaded(
      "The radical left mob cheered as illegals poured across the border in what the senator "
      "calls an invasion.");
  EXPECT_THAT(right, Contains(Pair("radical left", "radical left")));
  EXPECT_THAT(right, Contains(Pair("mob", "mob")));
  EXPECT_THAT(right, Contains(Pair("illegals", "illegals")));
  EXPECT_THAT(right, Contains(Pair("invasion", "invasion")));
  // ...and by their opponents.
  const auto left = Loaded(
      "Masked ICE goons kidnapped a father outside the school, using gestapo tactics before "
      "hauling him to a concentration camp.");
  EXPECT_THAT(left, Contains(Pair("goon", "goons")));
  EXPECT_THAT(left, Contains(Pair("kidnap", "kidnapped")));
  EXPECT_THAT(left, Contains(Pair("gestapo tactics", "gestapo tactics")));
  EXPECT_THAT(left, Contains(Pair("concentration camp", "concentration camp")));
}

TEST(FindLoadedWordsTest, LongestMatchFirst) {
  EXPECT_THAT(Loaded("Agents detained two criminal illegal aliens and jackbooted thugs watched."),
              ElementsAre(Pair("criminal illegal alien", "criminal illegal aliens"),
                          Pair("jackbooted thugs", "jackbooted thugs")));
}

TEST(FindLoadedWordsTest, ContextBoundWords) {
  EXPECT_THAT(Loaded("Police said the man kidnapped a girl from the park."), IsEmpty());
  EXPECT_THAT(Loaded("The girl was kidnapped by agents at dawn."),
              ElementsAre(Pair("kidnap", "kidnapped")));
  EXPECT_THAT(Loaded("Rescuers saved people and farm animals from the flood."), IsEmpty());
  EXPECT_THAT(Loaded("The senator said these people are animals."),
              ElementsAre(Pair("animals", "animals")));
  EXPECT_THAT(Loaded("Russia's invasion of Ukraine began in 2022."), IsEmpty());
}

TEST(FindLoadedWordsTest, LiteralSensesAreExcluded) {
  EXPECT_THAT(Loaded("The mob boss was sentenced. A truck slammed into a wall. She woke up late. "
                     "He was admitted to the hospital. The storm claimed two lives. "
                     "He was charged with disturbing the peace."),
              IsEmpty());
}

TEST(FindLoadedWordsTest, QuotedSpeechIsTheSpeakersButScareQuotesCount) {
  EXPECT_THAT(Loaded("\"These thugs must be stopped,\" the mayor said."), IsEmpty());
  EXPECT_THAT(Loaded("“These thugs must be stopped,” the mayor said."), IsEmpty());
  EXPECT_THAT(Loaded("Organizers held what they called a “vigil” while the “mob” watched."),
              ElementsAre(Pair("mob", "mob")));
}

TEST(FindLoadedWordsTest, NonAsciiAndInvalidUtf8) {
  EXPECT_THAT(Loaded("Según el alcalde, los manifestantes — a stunning crowd — llegaron."),
              ElementsAre(Pair("stunning", "stunning")));
  EXPECT_THAT(Loaded("The \xff\xfe thugs left."), ElementsAre(Pair("thug", "thugs")));
}

}  // namespace
}  // namespace corroborate::extract
