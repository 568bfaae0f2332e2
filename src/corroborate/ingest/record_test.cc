#include "corroborate/ingest/record.h"

#include <gtest/gtest.h>

namespace corroborate::ingest {
namespace {

constexpr const char* kPage = R"(<!doctype html><html lang="en-GB"><head>
<title>Bridge closes after flood | The River Gazette</title>
<link rel="canonical" href="/news/bridge-closes">
<meta property="og:site_name" content="The River Gazette">
</head><body><article><h1>Bridge closes after flood</h1>
<p>The old stone bridge over the river was closed on Tuesday after flood water damaged two of
its arches, the county council said in a statement on its website.</p>
<p>Engineers will inspect the structure this week and expect the repairs to take months, the
council added, while traffic is sent through the town centre instead.</p>
</article></body></html>)";

TEST(RecordFromHtml, FillsNewsPleaseFields) {
  auto r = RecordFromHtml(kPage, "https://www.river-gazette.example/news/bridge-closes?utm_source=x",
                          "text/html; charset=utf-8", "pages/bridge.html");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->source, "pages/bridge.html");
  EXPECT_EQ(r->source_domain, "river-gazette.example");
  EXPECT_NE(r->maintext.find("stone bridge"), std::string::npos);
  EXPECT_EQ(r->language, "en");
  EXPECT_EQ(r->id.size(), 64u);
  EXPECT_FALSE(r->id_computed);
  EXPECT_EQ(r->stats.input_bytes, std::string_view(kPage).size());
  const nlohmann::json j = RecordToJson(*r);
  for (const char* key : {"id", "url", "title", "maintext", "date_publish", "date_publish_status",
                          "authors", "source_domain", "language", "description", "source",
                          "extraction"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
}

TEST(RecordFromHtml, CanonicalOnAnotherSiteOrTheRootIsNotTheArticleUrl) {
  std::string page = kPage;
  auto same = RecordFromHtml(page, "https://river-gazette.example/a?x=1", "", "p");
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->url, "https://river-gazette.example/news/bridge-closes");
  EXPECT_EQ(same->title, "Bridge closes after flood");
  EXPECT_EQ(same->site_name, "The River Gazette");
  std::string elsewhere = page;
  elsewhere.replace(elsewhere.find("/news/bridge-closes"), 19, "https://wire.example/story");
  auto syndicated = RecordFromHtml(elsewhere, "https://river-gazette.example/a", "", "p");
  ASSERT_TRUE(syndicated.ok());
  EXPECT_EQ(syndicated->url, "https://river-gazette.example/a");
}

TEST(RecordFromJson, MapsKnownFieldsAndPassesTheRestThrough) {
  auto r = RecordFromJson(
      R"({"url":"https://example.org/x","maintext":"Body text here.","title":"T",)"
      R"("date_publish":"2024-03-01 10:00:00","authors":["A B"],"image_url":"i.png","n":3})",
      "feed.jsonl#1");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->maintext, "Body text here.");
  EXPECT_EQ(*r->date_publish, "2024-03-01 10:00:00");
  EXPECT_EQ(r->date_status, DateStatus::kFound);
  EXPECT_EQ(r->source_domain, "example.org");
  EXPECT_TRUE(r->id_computed);
  const nlohmann::json j = RecordToJson(*r);
  EXPECT_EQ(j["image_url"], "i.png");
  EXPECT_EQ(j["n"], 3);
  EXPECT_EQ(j["maintext"], "Body text here.");
  EXPECT_FALSE(j.contains("text"));
}

TEST(RecordFromJson, KeepsTheInputIdAndRejectsBadLines) {
  auto r = RecordFromJson(R"({"id": 17, "text": "Some words."})", "f#2");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->id, "17");
  EXPECT_FALSE(r->id_computed);
  EXPECT_EQ(RecordFromJson("[1,2]", "f").status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(RecordFromJson("{\"title\":\"x\"}", "f").status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(RecordFromJson("{\"maintext\":\"  \"}", "f").status().code(), StatusCode::kEmpty);
  EXPECT_EQ(RecordFromJson("{not json", "f").status().code(), StatusCode::kInvalidInput);
}

TEST(ArticleFromRecord, OutletFromSiteNameElseDomain) {
  Record r;
  r.maintext = "Text.";
  r.url = "https://www.example.org/a";
  r.source_domain = "example.org";
  Article a = ArticleFromRecord(r);
  ASSERT_TRUE(a.outlet.has_value());
  EXPECT_EQ(*a.outlet, "example.org");
  EXPECT_EQ(a.outlet_source, OutletSource::kUrl);
  r.site_name = "The Example";
  r.date_publish = "2024-03-01T10:00:00Z";
  a = ArticleFromRecord(r);
  EXPECT_EQ(*a.outlet, "The Example");
  EXPECT_EQ(a.outlet_source, OutletSource::kMetadata);
  EXPECT_EQ(*a.published, "2024-03-01");
}

}  // namespace
}  // namespace corroborate::ingest
