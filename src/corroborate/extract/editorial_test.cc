#include "corroborate/extract/editorial.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "corroborate/extract/clutter.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;

// (reason, text) of each editorial passage, after clutter removal as in the pipeline.
std::vector<std::pair<std::string, std::string>> Editorial(const std::string& text) {
  Article a;
  a.text = text;
  for (Removed& r : FindClutter(a, nullptr)) a.removed.push_back(std::move(r));
  a.NormalizeRemoved();
  text::Analyzer analyzer;
  const text::Document doc = analyzer.Analyze(a, 0);
  std::vector<std::pair<std::string, std::string>> out;
  for (const EditorialMention& m : FindEditorial(doc)) {
    out.emplace_back(m.reason, std::string(m.span.Of(a.text)));
  }
  return out;
}

TEST(EditorialTest, EmptyAndWhitespace) {
  EXPECT_THAT(Editorial(""), IsEmpty());
  EXPECT_THAT(Editorial("  \n \n"), IsEmpty());
  text::Document none;
  EXPECT_THAT(FindEditorial(none), IsEmpty());
}

TEST(EditorialTest, StraightReportingIsNotEditorial) {
  EXPECT_THAT(Editorial("The council approved the budget on Tuesday by a 5-2 vote.\n"
                        "Calls for a recount grew after the vote, officials said.\n"
                        "Share prices of the utility fell 3 percent.\n"
                        "Demand for housing rose in the region.\n"
                        "The roads were dangerous after the storm, police said.\n"),
              IsEmpty());
}

TEST(EditorialTest, RhetoricalQuestionOnlyInTheOutletsVoice) {
  EXPECT_THAT(Editorial("The dam had not been inspected since 2015.\n"
                        "So who signed off on the permit?\n"
                        "\"Why did nobody warn us?\" asked one resident.\n"
                        "She asked, “Where were the inspectors?”\n"),
              ElementsAre(Pair("rhetorical question", "So who signed off on the permit?")));
}

TEST(EditorialTest, SecondPersonAndCallsToActionOutsideQuotes) {
  EXPECT_THAT(
      Editorial("The council met on Monday.\n"
                "If you thought the fee would fall, you would be wrong.\n"
                "\"You have to be patient,\" the mayor told residents.\n"
                "Call your council member before the vote.\n"
                "If you see the missing hiker, call 911.\n"
                "Then ask yourself who gains from the delay.\n"),
      ElementsAre(Pair("second person", "If you thought the fee would fall, you would be wrong."),
                  Pair("call to action", "Call your council member before the vote."),
                  Pair("second person", "Then ask yourself who gains from the delay.")));
}

TEST(EditorialTest, EditorsCommentParagraphs) {
  const auto found = Editorial(
      "The mayor resigned on Friday.\n\nEditor’s Comments\n\n"
      "Good riddance. Would anyone miss him?\n\nThe city will vote in May.\n");
  EXPECT_THAT(found, ElementsAre(Pair("editor's comment", "Good riddance. Would anyone miss him?"),
                                 Pair("editor's comment", "The city will vote in May.")));
}

TEST(EditorialTest, EvaluativeDensityAndVerdicts) {
  EXPECT_THAT(Editorial("The agency's brazen and utterly reckless move cost $2 million.\n"
                        "Apologies are nice. Results would be nicer.\n"
                        "It did not have to happen.\n"
                        "The bridge was dangerous, engineers said.\n"),
              ElementsAre(Pair("evaluative", testing::StartsWith("The agency's brazen")),
                          Pair("evaluative", "Apologies are nice. Results would be nicer."),
                          Pair("evaluative", "It did not have to happen.")));
}

TEST(EditorialTest, SarcasmAndShouting) {
  EXPECT_THAT(Editorial("The contract went to the mayor's cousin.\n"
                        "We're sure it's just a coincidence.\n"
                        "TWO WHOLE WEEKS. For one pothole.\n"
                        "The FBI and CIA declined to comment.\n"),
              ElementsAre(Pair("sarcasm", "We're sure it's just a coincidence."),
                          Pair("emphasis", "TWO WHOLE WEEKS. For one pothole.")));
}

TEST(EditorialTest, EmbeddedPostWordsBelongToTheAccount) {
  EXPECT_THAT(Editorial("The agency posted a warning on Friday.\n"
                        "Do you know where he is? Call our tip line now.\n"
                        "— Metro Transit Police (@MetroTPD) May 2, 2024\n"
                        "The man was arrested on Sunday.\n"),
              IsEmpty());
}

TEST(EditorialTest, NonAsciiAndInvalidUtf8) {
  EXPECT_THAT(Editorial("La alcaldesa dimitió el lunes.\n¿Quién pagará la cuenta?\n"),
              ElementsAre(Pair("rhetorical question", "¿Quién pagará la cuenta?")));
  EXPECT_THAT(Editorial("The board met \xff\xfe today.\nWhy did nobody act?\n"),
              ElementsAre(Pair("rhetorical question", "Why did nobody act?")));
}

}  // namespace
}  // namespace corroborate::extract
