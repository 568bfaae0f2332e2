#include "corroborate/html/json_ld.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace corroborate::html {
namespace {

std::vector<JsonLdItem> Read(std::string_view text) {
  std::vector<JsonLdItem> items;
  ReadJsonLdText(text, &items);
  return items;
}

TEST(JsonLd, ReadsAnArticleWithNestedAuthorAndPublisher) {
  const auto items = Read(R"({"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Bridge reopens", "datePublished": "2021-03-04T08:00:00+01:00",
      "dateModified": "2021-03-05", "author": {"@type": "Person", "name": "Ada Byron"},
      "publisher": {"@type": "Organization", "name": "The Valley Courier"},
      "inLanguage": "en-GB", "mainEntityOfPage": {"@id": "https://valley.test/bridge"}})");
  ASSERT_EQ(items.size(), 3u);  // the article, its author and its publisher
  const JsonLdItem& a = items[0];
  EXPECT_TRUE(a.IsArticle());
  EXPECT_EQ(a.headline, "Bridge reopens");
  EXPECT_EQ(a.date_published, "2021-03-04T08:00:00+01:00");
  EXPECT_EQ(a.date_modified, "2021-03-05");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Ada Byron"});
  EXPECT_EQ(a.publisher_name, "The Valley Courier");
  EXPECT_EQ(a.in_language, "en-GB");
  EXPECT_EQ(a.url, "https://valley.test/bridge");
  EXPECT_FALSE(a.recovered);
}

TEST(JsonLd, ResolvesGraphReferencesById) {
  const auto items = Read(R"({"@graph": [
      {"@type": "WebPage", "@id": "https://x.test/a#page", "datePublished": "2021-01-01"},
      {"@type": ["BlogPosting"], "headline": "Notes",
       "author": [{"@id": "https://x.test/#p1"}, "Lin Okafor"],
       "publisher": {"@id": "https://x.test/#org"}},
      {"@type": "Person", "@id": "https://x.test/#p1", "name": "Sam Reyes"},
      {"@type": "Organization", "@id": "https://x.test/#org", "name": "Field Notes"}]})");
  ASSERT_EQ(items.size(), 4u);
  EXPECT_TRUE(items[0].IsWebPage());
  EXPECT_TRUE(items[1].IsArticle());
  EXPECT_EQ(items[1].authors, (std::vector<std::string>{"Sam Reyes", "Lin Okafor"}));
  EXPECT_EQ(items[1].publisher_name, "Field Notes");
}

TEST(JsonLd, OrganizationAuthorsAreNotBylines) {
  const auto items = Read(R"([{"@type": "Article", "author": {"@type": "Organization",
      "name": "Newsroom"}}, {"@type": "Article", "author": "Kim Lee"}])");
  ASSERT_EQ(items.size(), 3u);  // two articles and the organization object
  EXPECT_TRUE(items[0].IsArticle());
  EXPECT_TRUE(items[0].authors.empty());
  EXPECT_EQ(items[1].types, std::vector<std::string>{"Organization"});
  EXPECT_EQ(items[2].authors, std::vector<std::string>{"Kim Lee"});
}

TEST(JsonLd, RepairsCommonDamage) {
  // A comment wrapper, a raw newline inside a string, a \' escape and trailing commas.
  const auto items = Read(
      "<!--\n{\"@type\": \"NewsArticle\", \"headline\": \"Two\nlines "
      "it\\'s\", \"datePublished\": \"2020-02-02\",}\n-->");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].headline, "Two lines it's");
  EXPECT_EQ(items[0].date_published, "2020-02-02");
  EXPECT_FALSE(items[0].recovered);
}

TEST(JsonLd, RecoversKeysFromUnparseableBlocks) {
  const auto items = Read(R"({"@type": "NewsArticle", "headline": "Half",
      "datePublished": "2019-12-01T10:00:00Z", "articleBody": "unterminated)");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].recovered);
  EXPECT_EQ(items[0].date_published, "2019-12-01T10:00:00Z");
  EXPECT_EQ(items[0].headline, "Half");
}

TEST(JsonLd, SurvivesEmptyHostileAndNonJsonInput) {
  EXPECT_TRUE(Read("").empty());
  EXPECT_TRUE(Read("   \n\t").empty());
  EXPECT_TRUE(Read("var x = 1;").empty());
  EXPECT_TRUE(Read("{\"@type\": \"Article\", \"headline\": \"\xC3\x28\"}").size() <= 1);
  EXPECT_TRUE(Read(std::string(100000, '[') + std::string(100000, ']')).empty());
  const auto untyped = Read(R"({"headline": "no type", "datePublished": 5})");
  EXPECT_TRUE(untyped.empty());
}

TEST(JsonLd, ReadsEveryBlockOfAPage) {
  auto dom = Dom::Parse(
      "<html><head><script type='application/ld+json'>{\"@type\":\"WebSite\",\"name\":\"S\"}"
      "</script><script type='text/javascript'>{\"@type\":\"NewsArticle\"}</script></head>"
      "<body><script type='application/ld+json'>[{\"@type\":\"NewsArticle\","
      "\"headline\":\"H \\u00e9\"}]</script></body></html>");
  ASSERT_TRUE(dom.ok());
  const auto items = ReadJsonLd(*dom);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].name, "S");
  EXPECT_EQ(items[1].headline, "H \xC3\xA9");
}

TEST(JsonLd, MainItemPrefersTheArticleAtThePageUrl) {
  const auto items = Read(R"([
      {"@type": "NewsArticle", "url": "https://n.test/other", "datePublished": "2020-01-01"},
      {"@type": "NewsArticle", "url": "https://www.n.test/story/", "datePublished": "2020-02-02"},
      {"@type": "WebPage", "datePublished": "2020-03-03"}])");
  const JsonLdItem* main = MainJsonLdItem(items, "http://n.test/story?utm_source=x");
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->date_published, "2020-02-02");
  EXPECT_EQ(MainJsonLdItem(items, "")->date_published, "2020-01-01");
  const auto pages = Read(R"({"@type": "WebPage", "datePublished": "2020-03-03"})");
  ASSERT_NE(MainJsonLdItem(pages, ""), nullptr);
  EXPECT_EQ(MainJsonLdItem(Read(R"({"@type": "Person", "name": "X"})"), ""), nullptr);
}

}  // namespace
}  // namespace corroborate::html
