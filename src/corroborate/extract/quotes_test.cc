#include "corroborate/extract/quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corroborate/text/analyzer.h"

namespace corroborate::extract {
namespace {

#define LQ "\xE2\x80\x9C"  // “
#define RQ "\xE2\x80\x9D"  // ”

struct Found {
  std::string content, speaker, cue;
  bool from_post = false;
};

class QuotesTest : public ::testing::Test {
 protected:
  std::vector<Found> Run(std::string text, std::vector<EmbeddedPost> posts = {},
                         std::vector<EntityMention> entities = {}) {
    article_.text = std::move(text);
    doc_ = analyzer_.Analyze(article_, 0);
    std::vector<Found> out;
    for (const QuoteMention& m : FindQuotes(doc_, posts, entities)) {
      Found f{std::string(m.content.Of(article_.text)), m.speaker, m.cue, m.from_post};
      if (!m.speaker.empty()) {
        // The speaker span, when set, must name the speaker in the text.
        if (!m.speaker_span.empty()) {
          EXPECT_NE(std::string(m.speaker_span.Of(article_.text)).find(m.speaker.substr(0, 3)),
                    std::string::npos)
              << m.speaker;
        }
      }
      out.push_back(std::move(f));
    }
    return out;
  }

  text::Analyzer analyzer_;
  Article article_;
  text::Document doc_;
};

TEST_F(QuotesTest, EmptyAndWhitespace) {
  EXPECT_TRUE(Run("").empty());
  EXPECT_TRUE(Run("   \n\n\t ").empty());
  EXPECT_TRUE(Run(LQ RQ " said Ana Ortiz.").empty());
}

TEST_F(QuotesTest, CueAfterNameThenVerb) {
  auto q = Run("Fire crews worked all night. " LQ "We saved the school, but the barn is gone," RQ
               " Fire Chief Tomas Berg said at a briefing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "We saved the school, but the barn is gone");
  EXPECT_EQ(q[0].speaker, "Tomas Berg");
  EXPECT_EQ(q[0].cue, "said");
}

TEST_F(QuotesTest, CueAfterVerbThenNameWithDescriptorAndVia) {
  auto q = Run(LQ "The road simply vanished under the water," RQ
                  " said ferry operator Lena Marsh, 52, who lives nearby.\n"
                  "\"Nobody is going anywhere tonight,\" said Port Authority via Harbor Radio.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Lena Marsh");
  EXPECT_EQ(q[1].content, "Nobody is going anywhere tonight");
  EXPECT_EQ(q[1].speaker, "Port Authority");
}

TEST_F(QuotesTest, AppositionBetweenNameAndVerb) {
  auto q = Run(LQ "We asked for that money three years running," RQ
                  " Rosa Quint, the district's treasurer, told a town meeting.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rosa Quint");
  EXPECT_EQ(q[0].cue, "told");
}

TEST_F(QuotesTest, CueBeforeColonAndThatAndAccordingTo) {
  auto q = Run("Mayor Ida Fenn told reporters Monday: " LQ "The bridge will reopen in spring." RQ
               "\nBoard chair Omar Lutz put it plainly: " LQ "We cannot wait any longer." RQ
               "\nAccording to Coach Ray Dunn, " LQ "the team played its heart out today." RQ);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Ida Fenn");
  EXPECT_EQ(q[0].cue, "told");
  EXPECT_EQ(q[1].speaker, "Omar Lutz");
  EXPECT_EQ(q[1].cue, "colon");
  EXPECT_EQ(q[2].speaker, "Ray Dunn");
  EXPECT_EQ(q[2].cue, "according to");
}

TEST_F(QuotesTest, TitleDescriptorPrefersTheNameWithThatTitle) {
  auto q = Run("Mayor Ida Fenn met Coach Ray Dunn on Friday.\nThe mayor said that " LQ
               "nobody will be left behind here." RQ);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "pronoun");
  EXPECT_EQ(q[0].speaker, "Ida Fenn");
}

TEST_F(QuotesTest, AccordingToAfterQuoteSkipsDescriptor) {
  auto q = Run(LQ "My client did nothing wrong and will say so in court," RQ
                  " according to his lawyer, Dana Kepler.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dana Kepler");
  EXPECT_EQ(q[0].cue, "according to");
}

TEST_F(QuotesTest, PronounResolvesToSubjectOfEarlierSentence) {
  auto q = Run("County Prosecutor Nell Adair said her office would add a charge against Brandt. " LQ
               "Escape is a crime of its own," RQ " she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Nell Adair");
  EXPECT_EQ(q[0].cue, "pronoun");
}

TEST_F(QuotesTest, PronounSkipsPlacesAndWeekdays) {
  auto q = Run("Vic Hollis, 70, walked out of his Mill Street home on Sunday with a cat.\n" LQ
               "I grabbed the cat and the photographs and ran," RQ " he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Vic Hollis");
}

TEST_F(QuotesTest, PronounUsesEntitiesWhenGiven) {
  const std::string text =
      "The Harbor Trust met on Friday. " LQ "We will appeal the ruling at once," RQ " it said.";
  std::vector<EntityMention> ents = {{{4, 16}, "Harbor Trust", ActorKind::kOrganization}};
  auto q = Run(text, {}, ents);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Harbor Trust");
}

TEST_F(QuotesTest, AgencyDescriptorResolvesToOrganisation) {
  auto q = Run("A statement from the Valley Water Board came late on Friday.\n" LQ
               "Crews are checking every pump station tonight," RQ " the agency said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Valley Water Board");
}

TEST_F(QuotesTest, MultiParagraphQuote) {
  auto q = Run(LQ "We knew the river was rising," RQ " Ines Mora said. " LQ
                  "By midnight it was at the door.\n" LQ "By morning the house was gone." RQ
                  "\nSomething else happened later.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Ines Mora");
  EXPECT_EQ(q[1].content, "By midnight it was at the door.");
  EXPECT_EQ(q[1].speaker, "Ines Mora");
  EXPECT_EQ(q[2].content, "By morning the house was gone.");
  EXPECT_EQ(q[2].speaker, "Ines Mora");
}

TEST_F(QuotesTest, UnclosedQuoteWithoutContinuationIsDropped) {
  auto q = Run(LQ "This one never closes and goes on and on\nA plain paragraph follows here.");
  EXPECT_TRUE(q.empty());
}

TEST_F(QuotesTest, ContinuationInNextParagraph) {
  auto q = Run(LQ "The pumps failed first," RQ " the engineer Paul Grote said in a statement.\n" LQ
                  "Then the backup generator flooded too." RQ "\n" LQ
                  "Nobody could have stopped it after that point." RQ);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[1].speaker, "Paul Grote");
  EXPECT_EQ(q[1].cue, "continued");
  // A run of uncued quote paragraphs after a cued one keeps the speaker.
  EXPECT_EQ(q[2].speaker, "Paul Grote");
}

TEST_F(QuotesTest, ScareQuotesSkippedShortCuedQuotesKept) {
  auto q = Run("Protesters held a " LQ "vigil" RQ " outside, under " LQ "No Kings" RQ
               " banners.\n" LQ "Never," RQ " said Alma Weiss.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Never");
  EXPECT_EQ(q[0].speaker, "Alma Weiss");
}

TEST_F(QuotesTest, UncuedLongQuoteHasNoSpeaker) {
  auto q = Run("The flyer read " LQ "the person being targeted has rights" RQ
               " in bold.\n"
               "The sign said it all.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the person being targeted has rights");
}

TEST_F(QuotesTest, QuoteEndingInPeriodDoesNotTakeNextSentenceAsCue) {
  auto q = Run(LQ "We are leaving the valley for good." RQ " Ana Ruiz said the town changed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
}

TEST_F(QuotesTest, InchMarksAndGuillemets) {
  auto q =
      Run("He is 6'2\" tall and wore a red cap.\n"
          "\xC2\xAB"
          "Nous reconstruirons la ville ensemble,"
          "\xC2\xBB"
          " a dit Marie Roux, said Marie Roux.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Nous reconstruirons la ville ensemble");
}

TEST_F(QuotesTest, NonAsciiNamesAndInvalidUtf8) {
  auto q = Run(LQ "Wir bauen alles wieder auf, Stück für Stück," RQ
                  " said Jürgen Öztürk.\n"
                  "Bad bytes \xFF\xFE here. " LQ "Still a fine quote \xC3 with bad bytes," RQ
                  " Zoë Hale said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Jürgen Öztürk");
  EXPECT_EQ(q[1].speaker, "Zoë Hale");
}

TEST_F(QuotesTest, EmbeddedPostIsAQuoteByItsAccount) {
  const std::string text =
      "The office posted an update:\nRoads are closed. Stay home tonight.\n"
      "More later.";
  EmbeddedPost post;
  post.body = {29, 65};
  post.account = "Lakeside Police";
  post.handle = "@LakesidePD";
  auto q = Run(text, {post});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Roads are closed. Stay home tonight.");
  EXPECT_EQ(q[0].speaker, "Lakeside Police");
  EXPECT_EQ(q[0].cue, "post");
  EXPECT_TRUE(q[0].from_post);
}

TEST_F(QuotesTest, RepeatedQuoteKeepsAllMentions) {
  auto q = Run(LQ "We will rebuild every home," RQ " Kai Storm said.\nLater, " LQ
                  "We will rebuild every home," RQ " Kai Storm said again.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, q[1].content);
}

TEST_F(QuotesTest, ColonLeadInParagraph) {
  auto q = Run("Port Captain Olga Brandt had a warning for boat owners:\n" LQ
               "Stay off the water until the storm has passed." RQ);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Olga Brandt");
  EXPECT_EQ(q[0].cue, "colon");
}

TEST_F(QuotesTest, UncuedTitlesAreNotQuotes) {
  auto q = Run("The film " LQ "Nights Under the Northern Sky" RQ " opened Friday.\n" LQ
               "Nights under the sky are long and cold," RQ " said Lars Eid.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lars Eid");
}

TEST_F(QuotesTest, InterruptedQuoteAndNestedSingleQuotes) {
  auto q = Run(LQ "He told me \xE2\x80\x98run,\xE2\x80\x99 and I ran," RQ " Mia Holt said, " LQ
                  "and I did not look back once." RQ);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "He told me \xE2\x80\x98run,\xE2\x80\x99 and I ran");
  EXPECT_EQ(q[0].speaker, "Mia Holt");
  EXPECT_EQ(q[1].speaker, "Mia Holt");
}

TEST_F(QuotesTest, PronounTakesSubjectNotALaterObject) {
  auto q =
      Run("Set up in 2019, the network answers calls about Harbor Patrol raids.\n"
          "The group also said " LQ "nobody was ever warned about the raid" RQ ".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");  // "Harbor Patrol" is no subject: better unknown than wrong
}

TEST_F(QuotesTest, StraightQuotesAcrossParagraphsAndQuestionMarks) {
  auto q =
      Run("\"Where were the pumps?\" asked Nils Berg.\n"
          "\"We waited for hours on the roof with the children.\n"
          "\"Nobody came until the water had already dropped,\" Berg said.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].content, "Where were the pumps?");
  EXPECT_EQ(q[0].speaker, "Nils Berg");
  EXPECT_EQ(q[1].content, "We waited for hours on the roof with the children.");
  EXPECT_EQ(q[1].speaker, "Berg");  // the cue after the last piece names the whole quote's source
  EXPECT_EQ(q[2].speaker, "Berg");
}

}  // namespace
}  // namespace corroborate::extract
