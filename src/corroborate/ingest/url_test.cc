#include "corroborate/ingest/url.h"

#include <gtest/gtest.h>

namespace corroborate::ingest {
namespace {

TEST(NormalizeUrl, OneArticleOneUrl) {
  const std::string want = "http://example-news.com/world/2024/flood-story";
  EXPECT_EQ(NormalizeUrl("https://www.Example-News.com/world/2024/flood-story"), want);
  EXPECT_EQ(NormalizeUrl("http://m.example-news.com:80/world/2024/flood-story/#comments"), want);
  EXPECT_EQ(NormalizeUrl("https://example-news.com/world/2024/flood-story?utm_source=tw&fbclid=x"),
            want);
  EXPECT_EQ(NormalizeUrl(" https://amp.example-news.com/world/2024/flood-story? "), want);
}

TEST(NormalizeUrl, KeepsMeaningfulParametersAndPathCase) {
  EXPECT_EQ(NormalizeUrl("https://news.example.org/Story.aspx?id=42&utm_medium=x&page=2"),
            "http://news.example.org/Story.aspx?id=42&page=2");
  EXPECT_EQ(NormalizeUrl("https://example.org"), "http://example.org/");
  EXPECT_EQ(NormalizeUrl("https://www.co/x"), "http://www.co/x");  // "www.co" is the whole host
}

TEST(NormalizeUrl, RejectsWhatIsNotAWebUrl) {
  EXPECT_EQ(NormalizeUrl(""), "");
  EXPECT_EQ(NormalizeUrl("/relative/path"), "");
  EXPECT_EQ(NormalizeUrl("mailto:desk@example.org"), "");
  EXPECT_EQ(NormalizeUrl("ftp://example.org/file"), "");
  EXPECT_EQ(NormalizeUrl("https://"), "");
}

TEST(ArticleId, SameArticleSameIdElseContentHash) {
  EXPECT_EQ(ArticleId("https://www.example.org/a?utm_source=x", "one"),
            ArticleId("http://example.org/a", "two"));
  EXPECT_EQ(ArticleId("https://example.org/a", "").size(), 64u);
  EXPECT_NE(ArticleId("", "text one"), ArticleId("", "text two"));
  EXPECT_EQ(ArticleId("", "text one"), ArticleId("not a url", "text one"));
}

}  // namespace
}  // namespace corroborate::ingest
