#include "corroborate/extract/citations.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corroborate/text/analyzer.h"

namespace corroborate::extract {
namespace {

struct Found {
  std::string cites;
  CitationKind kind;
  std::string cue;
};

class CitationsTest : public ::testing::Test {
 protected:
  std::vector<Found> Run(std::string text, std::vector<EmbeddedPost> posts = {}) {
    article_.text = std::move(text);
    doc_ = analyzer_.Analyze(article_, 0);
    std::vector<Found> out;
    for (const CitationMention& c : FindCitations(doc_, posts)) {
      out.push_back({c.cites, c.kind, std::string(c.cue.Of(article_.text))});
    }
    return out;
  }

  text::Analyzer analyzer_;
  Article article_;
  text::Document doc_;
};

TEST_F(CitationsTest, EmptyAndWhitespace) {
  EXPECT_TRUE(Run("").empty());
  EXPECT_TRUE(Run(" \n \t\n").empty());
  EXPECT_TRUE(Run("via").empty());
}

TEST_F(CitationsTest, Via) {
  auto c = Run("The mayor spoke on Sunday, via The Harbor Courier. Photos shared via Facebook.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cites, "Harbor Courier");
  EXPECT_EQ(c[0].kind, CitationKind::kOutlet);
  EXPECT_EQ(c[0].cue, "via The Harbor Courier");
}

TEST_F(CitationsTest, ViaHandleIsAnAccount) {
  auto c = Run("The photo circulated widely (via @RiverWatch).");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cites, "@RiverWatch");
  EXPECT_EQ(c[0].kind, CitationKind::kAccount);
}

TEST_F(CitationsTest, Reported) {
  auto c =
      Run("The Valley Ledger reported that the dam was inspected. As the Coast Tribune has "
          "reported, repairs stalled. As Metro Daily noted, costs rose. A driver reported "
          "seeing smoke. Alba Reyes reported to police that her car was gone. The leak was "
          "first reported by Lakeland Radio.");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[3].cites, "Lakeland Radio");
  EXPECT_EQ(c[3].cue, "reported by Lakeland Radio");
  EXPECT_EQ(c[0].cites, "Valley Ledger");
  EXPECT_EQ(c[0].cue, "Valley Ledger reported");
  EXPECT_EQ(c[1].cites, "Coast Tribune");
  EXPECT_EQ(c[2].cites, "Metro Daily");
  EXPECT_EQ(c[2].kind, CitationKind::kOutlet);
}

TEST_F(CitationsTest, FirstDetailedAndNotedNeedAsOrFirst) {
  auto c =
      Run("The flaw was flagged in 2020, as Lakeshore News Service first detailed. "
          "Gina Polk noted the delay.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cites, "Lakeshore News Service");
  EXPECT_EQ(c[0].kind, CitationKind::kAgency);
}

TEST_F(CitationsTest, ToldOnlyOutlets) {
  auto c =
      Run("A neighbor told KQRS 5 News she heard shots. The chief told reporters little. "
          "She told him to leave. A spokesman told WKLM Channel 8 the road was shut. "
          "He told Congress nothing.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].cites, "KQRS 5 News");
  EXPECT_EQ(c[0].kind, CitationKind::kOutlet);
  EXPECT_EQ(c[1].cites, "WKLM Channel 8");
}

TEST_F(CitationsTest, AccordingToOnlyForOrganisations) {
  auto c =
      Run("According to the Institute for Water Policy, costs doubled. According to Mayor "
          "Ida Fenn, costs tripled. According to CNN, talks failed. According to federal "
          "officials, nobody was hurt.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].cites, "Institute for Water Policy");
  EXPECT_EQ(c[1].cites, "CNN");
  EXPECT_EQ(c[1].kind, CitationKind::kOutlet);
}

TEST_F(CitationsTest, SurveysAndCitedBy) {
  auto c =
      Run("A survey from the Prairie Policy Institute found broad support. A recent poll by "
          "Crestline cited by Valley Voice showed the same. A Marlow poll found less.");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].cites, "Prairie Policy Institute");
  EXPECT_EQ(c[0].kind, CitationKind::kPollster);
  EXPECT_EQ(c[1].cites, "Crestline");
  EXPECT_EQ(c[1].kind, CitationKind::kPollster);
  EXPECT_EQ(c[2].cites, "Valley Voice");
  EXPECT_EQ(c[3].cites, "Marlow");
  EXPECT_EQ(c[3].kind, CitationKind::kPollster);
}

TEST_F(CitationsTest, DatelineCredits) {
  auto c =
      Run("OAKVILLE, Ore. (Cascade Wire) — A fire burned.\n"
          "Federal Aviation Administration (FAA) inspectors left.\n"
          "Crews returned on Monday. (AP)\n"
          "Talks resumed on Friday. — Reuters");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].cites, "Cascade Wire");
  EXPECT_EQ(c[0].kind, CitationKind::kAgency);
  EXPECT_EQ(c[0].cue, "(Cascade Wire)");
  EXPECT_EQ(c[1].cites, "AP");
  EXPECT_EQ(c[1].kind, CitationKind::kAgency);
  EXPECT_EQ(c[2].cites, "Reuters");
}

TEST_F(CitationsTest, SaidIsNotACitation) {
  EXPECT_TRUE(Run("Ana Ortiz said the water rose fast. The agency said more rain is due.").empty());
}

TEST_F(CitationsTest, PostsAreAccountCitations) {
  EmbeddedPost p;
  p.body = {0, 17};
  p.account = "Harbor Police";
  p.handle = "@HarborPD";
  EmbeddedPost no_name;
  no_name.body = {18, 30};
  auto c = Run("Roads are closed.\nStay inside.", {p, no_name});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cites, "Harbor Police (@HarborPD)");
  EXPECT_EQ(c[0].kind, CitationKind::kAccount);
  EXPECT_EQ(c[0].cue, "Roads are closed.");
}

TEST_F(CitationsTest, NonAsciiAndInvalidUtf8) {
  auto c = Run("Bad \xFF bytes. The figure rose, via Süddeutsche Zeitung. \xC3");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cites, "Süddeutsche Zeitung");
}

}  // namespace
}  // namespace corroborate::extract
