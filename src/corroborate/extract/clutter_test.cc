#include "corroborate/extract/clutter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "corroborate/extract/clutter_posts.h"

namespace corroborate::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;

// (reason, removed text) for each clutter span of `text`.
std::vector<std::pair<std::string, std::string>> Clutter(const std::string& text,
                                                         std::vector<EmbeddedPost>* posts = nullptr,
                                                         std::vector<Removed> removed = {}) {
  Article a;
  a.text = text;
  a.removed = std::move(removed);
  a.NormalizeRemoved();
  std::vector<std::pair<std::string, std::string>> out;
  for (const Removed& r : FindClutter(a, posts)) {
    out.emplace_back(r.reason, std::string(r.span.Of(a.text)));
  }
  return out;
}

constexpr char kLede[] =
    "The county board voted on Monday to close the old bridge over the canal after engineers "
    "found cracks in two of its piers.\n";

TEST(ClutterTest, EmptyAndWhitespaceOnly) {
  EXPECT_THAT(Clutter(""), IsEmpty());
  EXPECT_THAT(Clutter("   \n\n\t\n"), IsEmpty());
}

TEST(ClutterTest, PlainReportingHasNoClutter) {
  EXPECT_THAT(Clutter(std::string(kLede) + "Repairs will cost about $3 million, the board said.\n"
                                           "The suspect remains at large.\n"),
              IsEmpty());
}

TEST(ClutterTest, SharePromptsNewsletterDisclaimerAndSignOff) {
  const std::string text =
      std::string(kLede) +
      "Enjoyed this article? Share it with your friends!\n"
      "Thank you for your support! Sharing is the greatest encouragement.\n"
      "Get local news in your inbox every morning. Sign up for our newsletter.\n"
      "Views expressed by guest writers are their own and do not necessarily "
      "reflect the views of this site.\n"
      "READ THE FULL ARTICLE AT THE MORNING LEDGER\n";
  EXPECT_THAT(
      Clutter(text),
      ElementsAre(
          Pair("clutter: share prompt", "Enjoyed this article? Share it with your friends!"),
          Pair("clutter: share prompt", testing::StartsWith("Thank you")),
          Pair("clutter: newsletter", testing::StartsWith("Get local news")),
          Pair("clutter: disclaimer", testing::StartsWith("Views expressed")),
          Pair("clutter: read more", "READ THE FULL ARTICLE AT THE MORNING LEDGER")));
}

TEST(ClutterTest, BodyLinesThatMentionSharingOrSigningUpStay) {
  const std::string text = std::string(kLede) +
                           "\"Please share this story so we can find her,\" the sheriff said.\n"
                           "Residents can sign up for emergency alerts on the county website.\n"
                           "Show up, sign up for public comment, and make your case.\n";
  EXPECT_THAT(Clutter(text), IsEmpty());
}

TEST(ClutterTest, RelatedStoriesBlockStopsAtProse) {
  const std::string text = std::string(kLede) +
                           "Related Stories\n"
                           "Harbor ferry fares to rise next spring\n"
                           "Which schools close on snow days? Here's the list\n"
                           "Officials said the bridge had been inspected in 2019.\n";
  EXPECT_THAT(
      Clutter(text),
      ElementsAre(Pair("clutter: related stories", "Related Stories"),
                  Pair("clutter: related stories", "Harbor ferry fares to rise next spring"),
                  Pair("clutter: related stories", testing::StartsWith("Which schools"))));
}

TEST(ClutterTest, TopicsHeadingTakesTheTagRun) {
  const std::string text = std::string(kLede) +
                           "\nTopics\n\nBridgesCanal CountyInfrastructurePublic Works\n\n"
                           "Editor's Comments\n\nThe board waited far too long.\n";
  EXPECT_THAT(Clutter(text),
              ElementsAre(Pair("clutter: tags", "Topics"),
                          Pair("clutter: tags", testing::StartsWith("BridgesCanal"))));
}

TEST(ClutterTest, UnrelatedTitleCaseTeaserIsAnAdButSubheadingsStay) {
  const std::string text =
      std::string(kLede) +
      "Bridge Repairs Put Canal Piers Under Review\n"
      "Engineers said the cracks in the piers had widened since the bridge was "
      "last inspected, and the canal traffic will be diverted.\n"
      "This Strange Kitchen Habit Is Making Dentists Furious\n"
      "Public Safety at Risk\n"
      "The board will meet again on Friday.\n";
  EXPECT_THAT(Clutter(text), ElementsAre(Pair("clutter: ad",
                                              "This Strange Kitchen Habit Is Making "
                                              "Dentists Furious")));
}

TEST(ClutterTest, EmbeddedPostChromeAndLinksAreRemovedBodyIsKept) {
  std::vector<EmbeddedPost> posts;
  const std::string text = std::string(kLede) +
                           "The bridge is closed until further notice. Use the Elm Street "
                           "detour. pic.twitter.com/AbC123xYz9\n"
                           "— Canal County Roads (@CanalRoads) March 3, 2024\n"
                           "Drivers reported long delays.\n";
  EXPECT_THAT(Clutter(text, &posts),
              ElementsAre(Pair("clutter: post link", "pic.twitter.com/AbC123xYz9"),
                          Pair("clutter: post attribution",
                               "— Canal County Roads (@CanalRoads) March 3, 2024")));
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].account, "Canal County Roads");
  EXPECT_EQ(posts[0].handle, "@CanalRoads");
  ASSERT_TRUE(posts[0].date.has_value());
  EXPECT_EQ(*posts[0].date, (Date{2024, 3, 3}));
  EXPECT_EQ(posts[0].body.Of(text),
            "The bridge is closed until further notice. Use the Elm Street detour.");
  EXPECT_EQ(posts[0].chrome.Of(text), "— Canal County Roads (@CanalRoads) March 3, 2024");
}

TEST(ClutterTest, MultiLinePostInBlankLineText) {
  std::vector<EmbeddedPost> posts;
  const std::string text = std::string(kLede) +
                           "\nThe office posted an update:\n\n"
                           "Crews are on site.\nExpect delays… https://t.co/Zz9yYx8wQ1\n"
                           "- Ayuntamiento de Málaga (@malaga) 21 June 2025\n\n"
                           "More rain is forecast.\n";
  Clutter(text, &posts);
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].account, "Ayuntamiento de Málaga");
  EXPECT_EQ(posts[0].body.Of(text), "Crews are on site.\nExpect delays…");
}

TEST(ClutterTest, AlreadyRemovedLinesAreSkipped) {
  const std::string text = "Advertisement\nThe board met.\nAdvertisement\n";
  const auto found = Clutter(text, nullptr, {{{0, 13}, "metadata: label"}});
  EXPECT_THAT(found, ElementsAre(Pair("clutter: ad", "Advertisement")));
}

TEST(ClutterTest, InvalidUtf8DoesNotBreakLines) {
  const std::string text = std::string(kLede) + "Bad \xff\xfe bytes here.\nShare this article\n";
  EXPECT_THAT(Clutter(text), ElementsAre(Pair("clutter: share prompt", "Share this article")));
}

TEST(ParseAttributionTest, FormsAndNegatives) {
  EmbeddedPost p;
  EXPECT_TRUE(ParseAttribution("— River Police (@RiverPD) June 21, 2025", &p));
  EXPECT_EQ(p.account, "River Police");
  EXPECT_EQ(p.handle, "@RiverPD");
  EXPECT_TRUE(ParseAttribution("– Jane Roe (@jroe_99)", &p));
  EXPECT_FALSE(p.date.has_value());
  EXPECT_TRUE(ParseAttribution("- Mayor Ana Ruiz June 2, 2024", &p));
  EXPECT_EQ(p.account, "Mayor Ana Ruiz");
  EXPECT_EQ(p.handle, "");
  // Bullets, dashes in prose and handles followed by prose are not attributions.
  EXPECT_FALSE(ParseAttribution("- The bridge closed in June after inspections", &p));
  EXPECT_FALSE(ParseAttribution("— and then the river rose (@RiverPD) said so", &p));
  EXPECT_FALSE(ParseAttribution("River Police (@RiverPD) June 21, 2025", &p));
  EXPECT_FALSE(ParseAttribution("—", &p));
  EXPECT_FALSE(ParseAttribution("", &p));
}

TEST(FindPostLinksTest, OnlyShortLinks) {
  const std::string s =
      "see https://t.co/AbCdEf1234 and https://example.com/t.co/x and "
      "pic.twitter.com/QwErTy9876.";
  std::vector<Span> links;
  FindPostLinks(s, {0, static_cast<uint32_t>(s.size())}, &links);
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[0].Of(s), "https://t.co/AbCdEf1234");
  EXPECT_EQ(links[1].Of(s), "pic.twitter.com/QwErTy9876");
}

}  // namespace
}  // namespace corroborate::extract
