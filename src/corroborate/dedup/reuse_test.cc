#include "corroborate/dedup/reuse.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>

#include "corroborate/dedup/reuse_index.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::dedup {
namespace {

// A narrative passage of 33 words, shared by the "copying" articles below.
constexpr char kPassage[] =
    "The ferry left the northern pier forty minutes late because a crane operator had parked "
    "a loaded truck across the ramp, and the harbour master ordered every vehicle off the deck "
    "before departure.";

class ReuseTest : public ::testing::Test {
 protected:
  // Adds an article; `removed` are (substring) parts of `text` to mark as removed.
  void Add(std::string text, std::optional<std::string> published = std::nullopt,
           std::vector<std::string> removed = {}) {
    Article& a = articles_.emplace_back();
    a.id = "a" + std::to_string(articles_.size());
    a.text = std::move(text);
    a.published = std::move(published);
    for (const std::string& r : removed) {
      const size_t at = a.text.find(r);
      ASSERT_NE(at, std::string::npos) << r;
      a.removed.push_back({{static_cast<uint32_t>(at), static_cast<uint32_t>(at + r.size())},
                           "clutter: test"});
    }
    a.NormalizeRemoved();
  }

  std::vector<Reuse> Run(const ReuseOptions& options = {}) {
    docs_.clear();
    for (size_t i = 0; i < articles_.size(); ++i) {
      docs_.push_back(analyzer_.Analyze(articles_[i], static_cast<int>(i)));
    }
    std::vector<Reuse> out = FindReuse(docs_, options);
    for (const Reuse& u : out) {
      EXPECT_LT(u.a, u.b);
      EXPECT_EQ(u.a_span.article, u.a);
      EXPECT_EQ(u.b_span.article, u.b);
      EXPECT_GE(u.score, 0.0);
      EXPECT_LE(u.score, 1.0);
      for (const Evidence& e : {u.a_span, u.b_span}) {
        const Article& art = articles_[static_cast<size_t>(e.article)];
        EXPECT_LE(e.span.end, art.text.size());
        EXPECT_FALSE(e.span.empty());
        EXPECT_FALSE(art.IsRemoved(e.span)) << e.span.Of(art.text);
      }
    }
    return out;
  }

  std::string_view Text(const Evidence& e) const {
    return e.span.Of(articles_[static_cast<size_t>(e.article)].text);
  }

  text::Analyzer analyzer_;
  std::deque<Article> articles_;  // stable addresses: Documents borrow them
  std::vector<text::Document> docs_;
};

TEST_F(ReuseTest, EmptyAndSingleInputs) {
  EXPECT_TRUE(FindReuse({}, {}).empty());
  Add(std::string("Opening words of a lone story. ") + kPassage);
  EXPECT_TRUE(Run().empty());
  Add("");
  Add("   \n\n  ");
  EXPECT_TRUE(Run().empty());
}

TEST_F(ReuseTest, FindsVerbatimPassageWithExactSpans) {
  Add(std::string("Commuters waited on the quay in heavy rain on Monday.\n") + kPassage +
      "\nThe operator apologised in a statement.\n");
  Add(std::string("A small island service was disrupted again.\n\n") + kPassage +
      "\nPassengers were offered vouchers for a later crossing.\n");
  const std::vector<Reuse> out = Run();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].a, 0);
  EXPECT_EQ(out[0].b, 1);
  // The passage's final "." is not a token: spans run from the first to the last word.
  const std::string want(kPassage, sizeof(kPassage) - 2);
  EXPECT_EQ(Text(out[0].a_span), want);
  EXPECT_EQ(Text(out[0].b_span), want);
  EXPECT_DOUBLE_EQ(out[0].score, 1.0);
  EXPECT_EQ(out[0].direction, 0);
  EXPECT_EQ(out[0].direction_reason, "");
}

TEST_F(ReuseTest, NearVerbatimPassageScoresBelowOne) {
  std::string edited = kPassage;
  edited.replace(edited.find("parked"), 6, "abandoned");
  edited.replace(edited.find("every vehicle"), 13, "all the vehicles");
  Add(std::string("Rain fell all morning.\n") + kPassage);
  Add("Delays again at the harbour.\n" + edited);
  const std::vector<Reuse> out = Run();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_GT(out[0].score, 0.7);
  EXPECT_LT(out[0].score, 1.0);
  EXPECT_TRUE(Text(out[0].a_span).starts_with("The ferry left"));
  EXPECT_TRUE(Text(out[0].b_span).ends_with("before departure"));
}

TEST_F(ReuseTest, SharedQuoteIsNotReuse) {
  const std::string quote =
      "\u201cWe have never seen the water rise this quickly, and we are asking every family on "
      "the east bank to leave tonight while the roads are still open,\u201d";
  Add("The mayor spoke at dusk. " + quote + " she said at the town hall.\n");
  Add("Evacuations began after a warning from the mayor, who told reporters: \"We have never "
      "seen the water rise this quickly, and we are asking every family on the east bank to "
      "leave tonight while the roads are still open.\"\n");
  EXPECT_TRUE(Run().empty());
}

TEST_F(ReuseTest, ShortSharedPhraseIsNotReuse) {
  Add("Deputy Harbour Commissioner Ilse Varnholt of the Port Authority said the ramp was safe.");
  Add("The ramp had been inspected, according to Deputy Harbour Commissioner Ilse Varnholt.");
  EXPECT_TRUE(Run().empty());
}

TEST_F(ReuseTest, DirectionFromPublicationDates) {
  Add(std::string("First report.\n") + kPassage, "2024-05-03");
  Add(std::string("Second report.\n") + kPassage, "2024-05-02");
  Add(std::string("Third report.\n") + kPassage, "2024-05-04");
  Add(std::string("Undated report.\n") + kPassage);
  ReuseOptions options;
  options.max_df_ratio = 1.0;  // by default a passage in all 4 of 4 documents is boilerplate
  const std::vector<Reuse> out = Run(options);
  ASSERT_EQ(out.size(), 6u);
  for (const Reuse& u : out) {
    SCOPED_TRACE(std::to_string(u.a) + "-" + std::to_string(u.b));
    if (u.b == 3) {
      EXPECT_EQ(u.direction, 0);
      continue;
    }
    const int want = articles_[static_cast<size_t>(u.a)].published <
                             articles_[static_cast<size_t>(u.b)].published
                         ? 1
                         : -1;
    EXPECT_EQ(u.direction, want);
    EXPECT_EQ(u.direction_reason, "earlier publication");
  }
}

TEST_F(ReuseTest, SameDateGivesNoDirection) {
  Add(std::string("One.\n") + kPassage, "2024-05-03");
  Add(std::string("Two.\n") + kPassage, "2024-05-03");
  const std::vector<Reuse> out = Run();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].direction, 0);
}

TEST_F(ReuseTest, PassageNeverSpansRemovedText) {
  const std::string ad = "Advertisement: buy discounted ferry season tickets today";
  std::string with_ad = kPassage;
  with_ad.insert(with_ad.find("and the harbour"), ad + "\n");
  Add(std::string("Opening line.\n") + kPassage);
  Add("Another opening.\n" + with_ad, std::nullopt, {ad});
  const std::vector<Reuse> out = Run();
  ASSERT_FALSE(out.empty());
  for (const Reuse& u : out) {
    EXPECT_EQ(Text(u.b_span).find("Advertisement"), std::string_view::npos);
  }
}

TEST_F(ReuseTest, PassageMayCrossParagraphBreaks) {
  const std::string two =
      "Investigators spent the whole of Thursday examining the collapsed footbridge.\n"
      "They found that two of the steel cables had corroded through near the western anchor.";
  Add("Lead one.\n" + two + "\nClosing words here.");
  Add("Lead two is different.\n" + two + "\nEnding two differs too.");
  const std::vector<Reuse> out = Run();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(Text(out[0].a_span).starts_with("Investigators"));
  EXPECT_TRUE(Text(out[0].a_span).ends_with("western anchor"));
}

TEST_F(ReuseTest, NonAsciiPassage) {
  const std::string p =
      "Zoë Müller, directrice du café Żółw à Saint-Étienne, a expliqué que la fermeture "
      "décidée par la préfecture avait surpris les employés et les clients réguliers du "
      "quartier.";
  Add("Première version.\n" + p);
  Add("Une autre dépêche, publiée plus tard.\n" + p + " Fin.");
  const std::vector<Reuse> out = Run();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(Text(out[0].a_span).starts_with("Zoë Müller"));
  EXPECT_TRUE(Text(out[0].b_span).ends_with("quartier"));
}

TEST_F(ReuseTest, InvalidUtf8DoesNotBreakSpans) {
  std::string broken = kPassage;
  broken.insert(broken.find("forty"), "\xff\xfe ");
  Add(std::string("\xc3\x28 Junk \x80 first.\n") + kPassage);
  Add("Second \xe2\x82 article.\n" + broken);
  const std::vector<Reuse> out = Run();  // Run() checks the spans' bounds
  ASSERT_EQ(out.size(), 1u);
  EXPECT_GT(out[0].score, 0.8);
}

TEST_F(ReuseTest, PassageRepeatedInOneArticleIsReportedOnce) {
  Add(std::string(kPassage) + "\nA short note in between about the weather.\n" + kPassage);
  Add(std::string("Only once here.\n") + kPassage);
  const std::vector<Reuse> out = Run();
  ASSERT_EQ(out.size(), 1u);  // the second copy would reuse the same words of article 1
  EXPECT_DOUBLE_EQ(out[0].score, 1.0);
}

TEST_F(ReuseTest, SeparatePassagesOfOnePairAreListedLongestFirst) {
  const std::string second =
      "Volunteers from the rowing club carried sandbags to the boathouse until well after "
      "midnight, working by the light of their own car headlamps.";
  Add(std::string(kPassage) + "\nThis first outlet adds three sentences of its own here. It "
      "spoke to a deckhand. He declined to give his name.\n" + second);
  Add(second + "\nThe second outlet puts other material between the two copied passages, "
      "including an interview with the mayor and a map.\n" + kPassage);
  const std::vector<Reuse> out = Run();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_GT(out[0].a_span.span.size(), out[1].a_span.span.size());
  EXPECT_TRUE(Text(out[0].b_span).starts_with("The ferry left"));
  EXPECT_TRUE(Text(out[1].b_span).starts_with("Volunteers"));
}

TEST_F(ReuseTest, UnrelatedArticlesShareNothing) {
  Add("The council approved a new budget for road repairs after a long debate on Tuesday.");
  Add("A local bakery won a regional prize for its rye bread, the judges announced.");
  Add("The ferry left late again, passengers said, blaming the crane operators and the rain.");
  EXPECT_TRUE(Run().empty());
}

TEST_F(ReuseTest, BoilerplateAboveMaxDfIsIgnored) {
  for (int i = 0; i < 5; ++i) {
    Add("Story number " + std::to_string(i) + " has its own opening about topic " +
        std::to_string(i * 7) + ".\n" + kPassage);
  }
  ReuseOptions options;
  options.max_df_ratio = 0.5;  // the passage is in 5 of 5 documents
  EXPECT_TRUE(Run(options).empty());
  options.max_df_ratio = 1.0;
  EXPECT_EQ(Run(options).size(), 10u);  // every pair
}

TEST_F(ReuseTest, WidelySharedPassageStaysBounded) {
  // A wire passage carried by 200 articles: each is linked to a few earliest holders, not all.
  for (int i = 0; i < 200; ++i) {
    Add("Local angle " + std::to_string(i) + " with details unique to outlet " +
            std::to_string(i * 31) + ".\n" + kPassage,
        "2024-06-" + std::string(i < 9 ? "0" : "") + std::to_string(1 + i % 28));
  }
  ReuseOptions options;
  options.max_df_ratio = 1.0;
  const std::vector<Reuse> out = Run(options);
  EXPECT_LE(out.size(), 4u * 200u);
  std::vector<int> linked(200, 0);
  for (const Reuse& u : out) linked[static_cast<size_t>(u.a)] = linked[static_cast<size_t>(u.b)] = 1;
  EXPECT_EQ(std::count(linked.begin(), linked.end(), 1), 200);
}

TEST(QuotedRangesTest, PairsMarksPerParagraph) {
  const std::string t = "He said \"one two\" and \u201cthree\u201d.\nOpen \u201cfour five";
  std::vector<text::Paragraph> paras(2);
  paras[0].span = {0, static_cast<uint32_t>(t.find('\n'))};
  paras[1].span = {static_cast<uint32_t>(t.find('\n') + 1), static_cast<uint32_t>(t.size())};
  const std::vector<Span> q = QuotedRanges(t, paras);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].Of(t), "one two");
  EXPECT_EQ(q[1].Of(t), "three");
  EXPECT_EQ(q[2].Of(t), "four five");
  EXPECT_TRUE(QuotedRanges("", {}).empty());
}

}  // namespace
}  // namespace corroborate::dedup
