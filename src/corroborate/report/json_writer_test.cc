#include "corroborate/report/json_writer.h"

#include <gtest/gtest.h>

namespace corroborate::report {
namespace {

Report Sample() {
  Report r;
  Article a;
  a.id = "a";
  a.source = "a.txt";
  a.text = "Zo\xC3\xAB said the caf\xC3\xA9 closed on Tuesday.";
  a.outlet = "The Courier";
  a.outlet_source = OutletSource::kByline;
  a.removed.push_back({{0, 0}, "empty"});
  r.articles.push_back(a);
  Article b;
  b.id = "b";
  b.source = "b.txt";
  b.text = "The cafe closed on Wednesday.";
  r.articles.push_back(b);
  Dispute d;
  d.about = "day of closing";
  d.kind = DisputeKind::kDate;
  d.variants.push_back({"Tuesday", {0}, {{0, {30, 37}}}});
  d.variants.push_back({"Wednesday", {1}, {{1, {19, 28}}}});
  r.disputes.push_back(d);
  return r;
}

TEST(JsonWriterTest, SchemaAndEvidenceText) {
  const nlohmann::json doc = ToJson(Sample());
  EXPECT_EQ(doc["schema"], kSchema);
  ASSERT_EQ(doc["articles"].size(), 2u);
  EXPECT_EQ(doc["articles"][0]["outlet"], "The Courier");
  EXPECT_TRUE(doc["articles"][1]["outlet"].is_null());
  EXPECT_TRUE(doc["articles"][1]["published"].is_null());
  const auto& v = doc["disputes"][0]["variants"];
  EXPECT_EQ(v[0]["mentions"][0]["text"], "Tuesday");
  EXPECT_EQ(v[0]["mentions"][0]["article"], "a");
  EXPECT_EQ(v[1]["mentions"][0]["text"], "Wednesday");
  EXPECT_EQ(doc["disputes"][0]["kind"], "date");
  for (const char* key : {"facts", "quotes", "citations", "reuse", "actors", "editorial"}) {
    EXPECT_TRUE(doc[key].is_array()) << key;
  }
  EXPECT_TRUE(doc["event"]["who"].is_null());
}

TEST(JsonWriterTest, OutOfRangeEvidenceIsClamped) {
  Report r = Sample();
  r.editorial.push_back({{1, {20, 999}}, "test"});
  const nlohmann::json doc = ToJson(r);
  const auto& e = doc["editorial"][0];
  EXPECT_EQ(e["end"], r.articles[1].text.size());
  EXPECT_EQ(e["text"], r.articles[1].text.substr(20));
}

TEST(JsonWriterTest, DumpSurvivesInvalidUtf8AndIsDeterministic) {
  Report r = Sample();
  r.articles[1].title = "bad \xFF byte";
  const std::string a = DumpJson(ToJson(r));
  const std::string b = DumpJson(ToJson(r));
  EXPECT_EQ(a, b);
  EXPECT_NE(a.find("bad \xEF\xBF\xBD byte"), std::string::npos);
}

}  // namespace
}  // namespace corroborate::report
