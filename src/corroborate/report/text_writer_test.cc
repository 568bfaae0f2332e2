#include "corroborate/report/text_writer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "corroborate/report/render_util.h"
#include "corroborate/report/writer_test_fixture.h"

namespace corroborate::report {
namespace {

using nlohmann::json;
using writer_test::Ev;

json Article(const char* id, json outlet, const char* text) {
  return {{"id", id},         {"source", std::string(id) + ".txt"},
          {"outlet", outlet}, {"outlet_source", outlet.is_null() ? "unknown" : "metadata"},
          {"title", "Fire"},  {"published", "2024-03-02"},
          {"text", text},     {"removed", json::array()}};
}

json SampleReport() {
  json a = Article("r1", "Reuters", "A fire hit Zoë’s café, injuring 12 people. Share this");
  json b = Article("b1", "BBC News", "A fire hit Zoë’s café in Lyon; a dozen people were hurt.");
  json c = Article("m1", nullptr, "Un incendie au café de Zoë : 15 blessés, selon les pompiers.");
  a["removed"] = {{{"start", 44}, {"end", 54}, {"reason", "clutter: share prompt"}}};
  json report = {{"schema", "corroborate.report/1"}, {"articles", {a, b, c}}};
  report["disputes"] = {
      {{"id", "d1"},
       {"about", "number of injured"},
       {"kind", "count"},
       {"variants",
        {{{"value", "12"}, {"articles", {"r1", "b1"}}, {"mentions", {Ev(a, "injuring 12 people")}}},
         {{"value", "15"}, {"articles", {"m1"}}, {"mentions", {Ev(c, "15 blessés")}}}}}}};
  report["facts"] = {
      {{"id", "f1"},
       {"summary", "A fire hit Zoë’s café"},
       {"status", "agreed"},
       {"articles", {"r1", "b1", "m1"}},
       {"mentions", {Ev(a, "A fire hit Zoë’s café"), Ev(b, "A fire hit Zoë’s café")}}},
      {{"id", "f2"}, {"summary", "in Lyon"}, {"status", "single"}, {"articles", {"b1"}}}};
  report["quotes"] = {{{"id", "q1"},
                       {"text", "We will rebuild"},
                       {"speaker", "Zoë Martin"},
                       {"articles", {"r1", "b1"}},
                       {"altered", true}}};
  report["citations"] = {{{"article", "m1"},
                          {"cites", "les pompiers"},
                          {"kind", "organization"},
                          {"cue", Ev(c, "selon les pompiers")}}};
  report["actors"] = {
      {{"id", "a1"}, {"name", "Zoë Martin"}, {"kind", "person"}, {"labels", {Ev(c, "Zoë")}}}};
  report["actors"][0]["labels"][0].update(
      {{"label", "agitatrice"}, {"loaded", true}, {"category", "pejorative"}});
  report["event"] = {{"where", {{"value", "Lyon"}, {"evidence", {Ev(b, "Lyon")}}}},
                     {"why", nullptr}};
  report["diagnostics"] = {{{"input", "x.html"}, {"severity", "warning"}, {"message", "empty"}}};
  return report;
}

bool IsValidUtf8(const std::string& s) { return SanitizeUtf8(s) == s; }

TEST(TextWriterTest, NamesDisputeValuesAndOutlets) {
  const std::string text = RenderText(SampleReport());
  for (const char* expected :
       {"number of injured", "12", "15", "Reuters", "BBC News", "“15 blessés”", "Zoë Martin",
        "[altered]", "les pompiers", "agitatrice [loaded: pejorative]", "Where  Lyon"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  // The article without an outlet is named by its id.
  EXPECT_NE(text.find("• 15 — m1"), std::string::npos) << text;
  EXPECT_LT(text.find("DISPUTES"), text.find("FACTS"));
  EXPECT_NE(text.find("Reuters: 1 span, 10 bytes (clutter: share prompt)"), std::string::npos);
}

TEST(TextWriterTest, NoControlCharactersWithoutColor) {
  json report = SampleReport();
  report["disputes"][0]["variants"][0]["value"] = "\x1b[31m12\x1b]0;pwned\x07\r\n";
  report["articles"][0]["outlet"] =
      "Reu\xc2\x9b"
      "ters\u202e";  // C1 CSI, RTL override
  const std::string text = RenderText(report, {.color = false});
  for (const char c : text) {
    EXPECT_TRUE(c == '\n' || static_cast<unsigned char>(c) >= 0x20) << static_cast<int>(c);
  }
  EXPECT_EQ(text.find("\u202e"), std::string::npos);
  EXPECT_NE(text.find("Reuters"), std::string::npos);
}

TEST(TextWriterTest, ColorAddsAnsiEscapes) {
  EXPECT_NE(RenderText(SampleReport(), {.color = true}).find("\x1b["), std::string::npos);
}

TEST(TextWriterTest, WrapsToWidth) {
  const std::string text = RenderText(SampleReport(), {.width = 50});
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = text.find('\n', start);
    const std::string line = text.substr(start, end - start);
    size_t columns = 0;
    for (const char c : line) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    EXPECT_LE(columns, 50u) << line;
    start = end + 1;
  }
}

TEST(TextWriterTest, CapsAgreedFacts) {
  json report = SampleReport();
  report["facts"] = json::array();
  for (int i = 0; i < 11; ++i) {
    report["facts"].push_back({{"summary", "fact " + std::to_string(i)}, {"status", "agreed"}});
  }
  const std::string text = RenderText(report);
  EXPECT_NE(text.find("fact 7"), std::string::npos);
  EXPECT_EQ(text.find("fact 8"), std::string::npos);
  EXPECT_NE(text.find("… 3 more agreed"), std::string::npos) << text;
}

TEST(TextWriterTest, SharedOutletIsDisambiguatedById) {
  json report = SampleReport();
  report["articles"][1]["outlet"] = "Reuters";
  const ArticleNames names(report);
  EXPECT_EQ(names.Name("r1"), "Reuters (r1)");
  EXPECT_EQ(names.Name("b1"), "Reuters (b1)");
  EXPECT_EQ(names.Name("m1"), "m1");
  EXPECT_EQ(names.Name("nope"), "nope");
  EXPECT_EQ(names.Name(2), "m1");  // a number that is no id reads as an index
  EXPECT_EQ(names.Index(7), -1);
  EXPECT_EQ(names.Names(json{"r1", "r1", "m1"}), "Reuters (r1), m1");
}

TEST(TextWriterTest, EmptyAndMistypedReportsRender) {
  EXPECT_NO_THROW(RenderText(json::parse(R"({"schema":"corroborate.report/1"})")));
  for (const json& report : {json(), json::array(), json("x"), json(3)}) {
    EXPECT_NO_THROW(RenderText(report));
  }
  const json mistyped = json::parse(R"({
    "articles": [5, {"id": ["x"], "outlet": 3, "removed": [{"start": "a"}, 1]}],
    "disputes": [1, "x", {"variants": "no"}, {"variants": [{"mentions": [{"text": 5}]}]}],
    "facts": {"f": 1}, "quotes": [{"altered": "yes", "speaker": null}],
    "citations": [{"article": {}, "cites": []}], "reuse": [{"score": "high"}],
    "actors": [{"labels": [{"loaded": 1}]}], "event": [], "editorial": [null],
    "loaded_words": [{}], "diagnostics": [{"severity": 2}]})");
  std::string text;
  EXPECT_NO_THROW(text = RenderText(mistyped));
  EXPECT_TRUE(IsValidUtf8(text));
}

TEST(TextWriterTest, InvalidUtf8BecomesReplacementCharacters) {
  json report = SampleReport();
  report["disputes"][0]["about"] = "bad \xff\xfe bytes";
  report["articles"][0]["outlet"] = "Reu\xc3";
  std::string text;
  EXPECT_NO_THROW(text = RenderText(report));
  EXPECT_TRUE(IsValidUtf8(text));
  EXPECT_NE(text.find("bad \uFFFD\uFFFD bytes"), std::string::npos);
}

TEST(TextWriterTest, IsDeterministic) {
  EXPECT_EQ(RenderText(SampleReport()), RenderText(SampleReport()));
}

TEST(TextWriterHelpersTest, SanitizeUtf8) {
  EXPECT_EQ(SanitizeUtf8(""), "");
  EXPECT_EQ(SanitizeUtf8("Zoë’s café"), "Zoë’s café");
  EXPECT_EQ(SanitizeUtf8("a\xff"
                         "b"),
            "a\uFFFD"
            "b");
  EXPECT_EQ(SanitizeUtf8("\xc0\xaf"), "\uFFFD\uFFFD");            // overlong
  EXPECT_EQ(SanitizeUtf8("\xed\xa0\x80"), "\uFFFD\uFFFD\uFFFD");  // surrogate
  EXPECT_EQ(SanitizeUtf8("x\xe2\x80"), "x\uFFFD\uFFFD");          // truncated
}

TEST(TextWriterHelpersTest, OneLine) {
  EXPECT_EQ(OneLine(""), "");
  EXPECT_EQ(OneLine(" \t\n "), "");
  EXPECT_EQ(OneLine("  Zoë’s\n\n café\u2028ok\u00a0 "), "Zoë’s café ok");
  EXPECT_EQ(OneLine("a\x1b[2Jb\u202ec\x7f"), "a[2Jbc");
}

TEST(TextWriterHelpersTest, TruncateKeepsWholeCodePoints) {
  EXPECT_EQ(Truncate("Zoë’s café", 20), "Zoë’s café");
  EXPECT_EQ(Truncate("Zoë’s café", 10), "Zoë’s café");
  EXPECT_EQ(Truncate("Zoë’s café", 4), "Zoë…");
  EXPECT_EQ(Truncate("Zoë’s café", 6), "Zoë’s…");  // trailing space dropped before "…"
  EXPECT_EQ(Truncate("日本語のテキスト", 3), "日本…");
  EXPECT_EQ(Truncate("abc", 1), "…");
}

TEST(TextWriterHelpersTest, FieldsNeverThrow) {
  const json object = {{"s", "x"}, {"n", 1}, {"a", {1}}};
  EXPECT_EQ(StringField(object, "s"), "x");
  EXPECT_EQ(StringField(object, "n"), "");
  EXPECT_EQ(StringField(json::array(), "s"), "");
  EXPECT_EQ(ArrayField(object, "a").size(), 1u);
  EXPECT_TRUE(ArrayField(object, "s").empty());
  EXPECT_TRUE(Field(object, "missing").is_null());
  EXPECT_EQ(IdKey("a"), "a");
  EXPECT_EQ(IdKey(3), "3");
  EXPECT_NO_THROW(IdKey(json::array({std::string("\xff")})));
  EXPECT_EQ(ArticlesOf({{"articles", {"x"}}}, json::array()), json({"x"}));
  EXPECT_EQ(ArticlesOf(json(), json::parse(R"([{"article": "a"}, 3, {"article": "b"}])")),
            json({"a", "b"}));
  EXPECT_EQ(ArticlesOf(json(), json("no")), json::array());
}

}  // namespace
}  // namespace corroborate::report
