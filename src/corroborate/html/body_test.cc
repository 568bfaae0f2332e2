#include "corroborate/html/body.h"

#include <gtest/gtest.h>

#include <string>

namespace corroborate::html {
namespace {

// Hand-written paragraphs, long enough and with enough commas to read as article text.
const char kP1[] =
    "The harbour council met on Tuesday evening, after weeks of delay, to vote on the plan "
    "to dredge the northern channel, which fishermen say has silted up since the storm.";
const char kP2[] =
    "Opponents argued that the work would disturb the seal colony, raise costs for the town, "
    "and benefit only the two largest trawler operators, who had lobbied for it.";
const char kP3[] =
    "The mayor, speaking after the vote, said a survey of the seabed would come first, and "
    "that no contract would be signed before the spring, whatever the outcome.";

std::string Page(const std::string& head, const std::string& body) {
  return "<html><head>" + head + "</head><body>" + body + "</body></html>";
}

std::string Paragraphs() {
  return std::string("<p>") + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p>";
}

std::string Extract(const std::string& html, BodyStats* stats = nullptr) {
  auto dom = Dom::Parse(html);
  EXPECT_TRUE(dom.ok()) << dom.status().message();
  if (!dom.ok()) return "";
  return ExtractBody(*dom, BodyOptions{}, stats);
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(Body, EmptyPagesGiveNothing) {
  EXPECT_EQ(Extract("<html><body></body></html>"), "");
  EXPECT_EQ(Extract(Page("<title>t</title>", "<div><span>Home</span></div>")), "");
}

TEST(Body, KeepsArticleTextAndDropsNavigationShareAndRelated) {
  const std::string html = Page(
      "<title>Harbour vote</title>",
      "<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>"
      "<div class=page><article><h1>Council backs dredging plan</h1>"
      "<div class=share-bar><a href=#>Share on Facebook</a> <a href=#>Tweet this</a></div>"
      "<div class=article-body>" +
          Paragraphs() +
          "</div>"
          "<div class=related-stories><h3>Related</h3><ul>"
          "<li><a href=/a>Storm damage reaches the pier</a></li>"
          "<li><a href=/b>Trawler owners meet the minister</a></li></ul></div>"
          "</article><aside class=sidebar><p>Most read: a long sidebar teaser about "
          "something else entirely, written to look like a paragraph of text.</p></aside></div>"
          "<footer><p>Copyright the Harbour Gazette, all rights reserved, since "
          "1921.</p></footer>");
  BodyStats stats;
  const std::string text = Extract(html, &stats);
  EXPECT_TRUE(Has(text, kP1));
  EXPECT_TRUE(Has(text, kP2));
  EXPECT_TRUE(Has(text, kP3));
  EXPECT_FALSE(Has(text, "Council backs dredging plan")) << "the headline is not body text";
  EXPECT_FALSE(Has(text, "Home"));
  EXPECT_FALSE(Has(text, "Share on Facebook"));
  EXPECT_FALSE(Has(text, "Storm damage"));
  EXPECT_FALSE(Has(text, "Most read"));
  EXPECT_FALSE(Has(text, "Copyright"));
  EXPECT_STREQ(stats.method, "container");
  EXPECT_EQ(stats.blocks_kept, 3u);
}

TEST(Body, OneBlockPerLineWithHeadingsAndListsKept) {
  const std::string html =
      Page("", "<div class=entry-content><p>" + std::string(kP1) +
                   "</p><h2>What happens next</h2><p>" + kP2 +
                   "</p><ul><li>A seabed survey in the winter months</li>"
                   "<li>A public consultation before any contract</li></ul><p>" +
                   kP3 + "</p></div>");
  const std::string text = Extract(html);
  EXPECT_EQ(text, std::string(kP1) + "\nWhat happens next\n" + kP2 +
                      "\nA seabed survey in the winter months\n"
                      "A public consultation before any contract\n" +
                      kP3 + "\n");
}

TEST(Body, OptionsDropHeadingsAndLists) {
  const std::string html =
      Page("", "<div class=entry-content><p>" + std::string(kP1) +
                   "</p><h2>What happens next</h2>"
                   "<ul><li>A seabed survey in the winter months</li></ul><p>" +
                   kP2 + "</p></div>");
  auto dom = Dom::Parse(html);
  ASSERT_TRUE(dom.ok());
  BodyOptions options;
  options.keep_headings = false;
  options.keep_lists = false;
  const std::string text = ExtractBody(*dom, options);
  EXPECT_TRUE(Has(text, kP1));
  EXPECT_FALSE(Has(text, "What happens next"));
  EXPECT_FALSE(Has(text, "seabed survey"));
}

TEST(Body, DropsHiddenElements) {
  const std::string html = Page(
      "", "<div class=story><p>" + std::string(kP1) +
              "</p>"
              "<p hidden>Hidden by attribute, this sentence must never be extracted at all.</p>"
              "<p aria-hidden=true>Hidden from readers, this sentence must not be extracted.</p>"
              "<div style='display: none'><p>Hidden by style, this sentence must not come "
              "out, whatever its length, its commas, or its place.</p></div>"
              "<p>" +
              kP2 + "</p><p>" + kP3 + "</p></div>");
  const std::string text = Extract(html);
  EXPECT_TRUE(Has(text, kP1));
  EXPECT_TRUE(Has(text, kP3));
  EXPECT_FALSE(Has(text, "Hidden"));
}

TEST(Body, DropsLinkDenseBlocksAndFurnitureLines) {
  const std::string html =
      Page("", "<div class=post-content><p>" + std::string(kP1) +
                   "</p>"
                   "<p><a href=/x>Related: Storm damage reaches the old pier</a></p>"
                   "<p>" +
                   kP2 +
                   "</p><p>Read more: <a href=/y>Fishing quotas cut again</a></p>"
                   "<p>" +
                   kP3 +
                   "</p><p>Sharing is caring!</p>"
                   "<p>Additional reporting by a correspondent in the port.</p></div>");
  const std::string text = Extract(html);
  EXPECT_TRUE(Has(text, kP1));
  EXPECT_TRUE(Has(text, kP3));
  EXPECT_FALSE(Has(text, "Storm damage"));
  EXPECT_FALSE(Has(text, "Fishing quotas"));
  EXPECT_FALSE(Has(text, "Sharing"));
  EXPECT_FALSE(Has(text, "Additional reporting"));
}

TEST(Body, KeepsEmbeddedQuotesInSocialWrappers) {
  const std::string html =
      Page("", "<div class=article-text><p>" + std::string(kP1) +
                   "</p>"
                   "<div class=social-embed><blockquote class=twitter-tweet><p>The channel has "
                   "been closed to boats for a month now <a href=/t>pic.link/abc</a></p>&mdash; "
                   "A skipper <a href=/s>(@skipper)</a></blockquote></div>"
                   "<p>" +
                   kP2 + "</p><p>" + kP3 + "</p></div>");
  EXPECT_TRUE(Has(Extract(html), "The channel has been closed to boats"));
}

TEST(Body, DropsHeadlineRepeatedFromTitleAndByline) {
  const std::string html =
      Page("<title>Council backs dredging plan | Harbour Gazette</title>",
           "<div class=article-body><p class=title>Council backs dredging plan</p>"
           "<p>By A. Reporter</p><p>" +
               std::string(kP1) + "</p><p>" + kP2 + "</p></div>");
  const std::string text = Extract(html);
  EXPECT_TRUE(Has(text, kP1));
  EXPECT_FALSE(Has(text, "Council backs"));
  EXPECT_FALSE(Has(text, "By A. Reporter"));
}

TEST(Body, DropsCommentsAndTeaserArticles) {
  const std::string html = Page(
      "", "<article class=post><div class=entry>" + Paragraphs() +
              "</div>"
              "<article class=teaser><h3><a href=/z>Another story</a></h3><p>An excerpt of "
              "another story, long enough to look like a paragraph, with a comma.</p></article>"
              "<div id=comments><p>I disagree with the council, as I have said many times, "
              "and I will say it again, here, at length.</p></div></article>");
  const std::string text = Extract(html);
  EXPECT_TRUE(Has(text, kP2));
  EXPECT_FALSE(Has(text, "another story"));
  EXPECT_FALSE(Has(text, "I disagree"));
}

TEST(Body, TextRunsSeparatedByBreaksAreBlocks) {
  const std::string html = Page("", "<div id=main><div class=text>" + std::string(kP1) +
                                        "<br><br>" + kP2 + "<br>" + kP3 + "</div></div>");
  EXPECT_EQ(Extract(html), std::string(kP1) + "\n" + kP2 + "\n" + kP3 + "\n");
}

TEST(Body, ListiclesAreArticles) {
  std::string items;
  for (const char* p : {kP1, kP2, kP3, kP1}) items += std::string("<li>") + p + "</li>";
  const std::string html =
      Page("", "<div class=wrap><div class=col><p>Four things happened this week.</p><ol>" + items +
                   "</ol></div><div class=col2><p>Elsewhere, a paragraph of other text, with a "
                   "comma, and some more words to make it long enough to count.</p></div></div>");
  const std::string text = Extract(html);
  EXPECT_TRUE(Has(text, kP2));
  EXPECT_TRUE(Has(text, kP3));
}

TEST(Body, DataTableRowsAreLines) {
  const std::string html =
      Page("", "<div class=article-body><p>" + std::string(kP1) +
                   "</p><table><thead><tr><th>Boat</th>"
                   "<th>Catch</th></tr></thead><tbody><tr><td>Mary Rose</td><td>40 kg</td></tr>"
                   "<tr><td>Sea Lark</td><td>12 kg</td></tr></tbody></table><p>" +
                   kP2 + "</p></div>");
  EXPECT_EQ(Extract(html),
            std::string(kP1) + "\nBoat Catch\nMary Rose 40 kg\nSea Lark 12 kg\n" + kP2 + "\n");
}

TEST(Body, NoBreakSpacesAreWhitespace) {
  const std::string html =
      Page("", "<div class=story><p>" + std::string(kP1) + "</p><p>&nbsp;</p><p>" + kP2 +
                   "&nbsp;&nbsp;</p><p>" + kP3 + "</p></div>");
  EXPECT_EQ(Extract(html), std::string(kP1) + "\n" + kP2 + "\n" + kP3 + "\n");
}

TEST(Body, FallsBackToJsonLdArticleBody) {
  std::string body_text;
  for (int i = 0; i < 8; ++i) body_text += std::string(kP1) + " ";
  const std::string html = Page(
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
      "\"@graph\":[{\"@type\":\"NewsArticle\",\"articleBody\":\"" +
          body_text + "<p>Second &amp; last.</p>\"}]}</script>",
      "<div id=app><span>Loading</span></div>");
  BodyStats stats;
  const std::string text = Extract(html, &stats);
  EXPECT_TRUE(Has(text, kP1));
  EXPECT_TRUE(Has(text, "Second & last."));
  EXPECT_FALSE(Has(text, "<p>"));
  EXPECT_STREQ(stats.method, "json-ld");
}

TEST(Body, IgnoresBrokenJsonLd) {
  const std::string html = Page("<script type=application/ld+json>{\"articleBody\": [</script>",
                                "<div class=entry-content>" + Paragraphs() + "</div>");
  BodyStats stats;
  EXPECT_TRUE(Has(Extract(html, &stats), kP2));
  EXPECT_STREQ(stats.method, "container");
}

TEST(Body, SplitBodyAroundAFigureIsKeptWhole) {
  const std::string html =
      Page("", "<div class=story><div class=lead><p>" + std::string(kP1) +
                   "</p></div>"
                   "<figure><img src=a.jpg><figcaption>The northern channel at low tide, "
                   "photographed from the pier.</figcaption></figure>"
                   "<div class=rest><p>" +
                   kP2 + "</p><p>" + kP3 + "</p><p>" + kP2 + "</p></div></div>");
  const std::string text = Extract(html);
  EXPECT_TRUE(Has(text, kP1));
  EXPECT_TRUE(Has(text, kP3));
  EXPECT_FALSE(Has(text, "low tide")) << "captions are not body text";
}

}  // namespace
}  // namespace corroborate::html
