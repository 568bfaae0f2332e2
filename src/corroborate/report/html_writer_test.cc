#include "corroborate/report/html_writer.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/report/render_util.h"
#include "corroborate/report/writer_test_fixture.h"

namespace corroborate::report {
namespace {

using nlohmann::json;
using writer_test::Ev;
using writer_test::ReportOf;

json SampleReport() {
  json a = {{"id", "r1"},
            {"outlet", "Reuters"},
            {"title", "Fire at Zoë’s café"},
            {"url", "https://example.com/fire"},
            {"published", "2024-03-02"},
            {"text", "A fire hit Zoë’s café, injuring 12 people.\nShare this"}};
  a["removed"] = {Ev(a, "Share this")};
  a["removed"][0]["reason"] = "clutter: share <prompt>";
  json b = {{"id", "b1"},
            {"outlet", "BBC News"},
            {"title", "<b>Hurt</b>"},
            {"text",
             "Zoë’s café burned. <script>alert(1)</script> </script><img src=x onerror=y>"
             " A dozen people were hurt."}};
  json c = {{"id", "m1"},
            {"outlet", nullptr},
            {"title", "Incendie"},
            {"text", "Incendie au café de Zoë : 15 blessés, selon les pompiers."}};
  json report = ReportOf({a, b, c});
  report["disputes"] = {
      {{"about", "number of injured"},
       {"kind", "count"},
       {"variants",
        {{{"value", "12"},
          {"articles", {"r1", "b1"}},
          {"mentions", {Ev(a, "injuring 12 people"), Ev(b, "A dozen people were hurt")}}},
         {{"value", "15 \"><img src=x onerror=alert(2)>"},
          {"articles", {"m1"}},
          {"mentions", {Ev(c, "15 blessés")}}}}}}};
  report["facts"] = {{{"summary", "Zoë’s café burned"},
                      {"status", "partial"},
                      {"articles", {"r1", "b1"}},
                      {"mentions", {Ev(a, "Zoë’s café"), Ev(b, "Zoë’s café burned")}}}};
  report["quotes"] = {{{"text", "We will rebuild"},
                       {"speaker", "Zoë Martin"},
                       {"articles", {"r1"}},
                       {"mentions", {Ev(a, "fire")}},
                       {"altered", false}}};
  report["actors"] = {{{"name", "Zoë"},
                       {"kind", "person"},
                       {"mentions", {Ev(c, "Zoë")}},
                       {"labels", {Ev(c, "Zoë")}}}};
  report["actors"][0]["labels"][0].update(
      {{"label", "agitatrice"}, {"loaded", true}, {"category", "pejorative"}});
  return report;
}

// Every tag of `html` outside <script> and <style> content.
std::vector<std::string> Tags(const std::string& html) {
  std::vector<std::string> tags;
  for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    const size_t end = html.find('>', at);
    if (end == std::string::npos) break;
    tags.push_back(html.substr(at, end - at + 1));
    for (const char* raw : {"script", "style"}) {
      if (tags.back().starts_with(std::string("<") + raw)) {
        at = html.find(std::string("</") + raw, end);
        if (at == std::string::npos) return tags;
        tags.push_back("</" + std::string(raw) + ">");
      }
    }
  }
  return tags;
}

TEST(HtmlWriterTest, ArticleTextIsEscaped) {
  const std::string html = RenderHtml(SampleReport());
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<b>Hurt"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &lt;/script&gt;&lt;img src=x"),
            std::string::npos);
  EXPECT_NE(html.find("15 &quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
  // Our own script is the only one, and article text cannot close it early.
  std::vector<std::string> scripts;
  for (const std::string& tag : Tags(html)) {
    if (tag.starts_with("<script") || tag.starts_with("</script")) scripts.push_back(tag);
  }
  EXPECT_EQ(scripts, (std::vector<std::string>{"<script>", "</script>"}));
}

TEST(HtmlWriterTest, LoadsNothingFromTheNetwork) {
  const std::string html = RenderHtml(SampleReport());
  for (const std::string& tag : Tags(html)) {
    EXPECT_EQ(tag.find("src="), std::string::npos) << tag;
    EXPECT_EQ(tag.find("href="), std::string::npos) << tag;
    EXPECT_EQ(tag.find("<link"), std::string::npos) << tag;
    EXPECT_EQ(tag.find("<iframe"), std::string::npos) << tag;
  }
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  // The article URL is shown as text, never linked.
  EXPECT_NE(html.find(">https://example.com/fire"), std::string::npos);
  EXPECT_EQ(html.find("\"https://"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
}

TEST(HtmlWriterTest, FindingsPointAtTheirEvidenceSpans) {
  const std::string html = RenderHtml(SampleReport());
  const std::regex variant(R"re(<li class="f item" data-k="(k\d+)"[^>]*><span class="val">15 )re");
  std::smatch match;
  ASSERT_TRUE(std::regex_search(html, match, variant)) << html;
  const std::string key = match[1];
  const std::regex span("<span data-k=\"[^\"]*\\b" + key + "\\b[^\"]*\">15 blessés</span>");
  EXPECT_TRUE(std::regex_search(html, span)) << key;
  // Removed clutter is struck through with its reason as a tooltip.
  EXPECT_NE(html.find("class=\"rm\" title=\"removed: clutter: share &lt;prompt&gt;\">Share this"),
            std::string::npos);
  // Loaded labels are marked.
  EXPECT_NE(html.find("class=\"f lab loaded\""), std::string::npos);
}

TEST(HtmlWriterTest, BadOffsetsAreNotHighlighted) {
  json report = SampleReport();
  json& mentions = report["facts"][0]["mentions"];
  mentions.push_back({{"article", "r1"}, {"start", 5}, {"end", 9999}});
  mentions.push_back({{"article", "r1"}, {"start", -1}, {"end", 3}});
  mentions.push_back({{"article", "zz"}, {"start", 0}, {"end", 3}});
  mentions.push_back({{"article", "r1"}, {"start", "0"}, {"end", 3}});
  // Inside "ë" (bytes 14-15 of "A fire hit Zoë"): widened to the whole character.
  mentions.push_back({{"article", "r1"}, {"start", 14}, {"end", 15}});
  std::string html;
  ASSERT_NO_THROW(html = RenderHtml(report));
  EXPECT_EQ(SanitizeUtf8(html), html);
  EXPECT_NE(html.find("\">ë</span>"), std::string::npos);
}

TEST(HtmlWriterTest, IsDeterministic) {
  EXPECT_EQ(RenderHtml(SampleReport()), RenderHtml(SampleReport()));
}

TEST(HtmlWriterTest, EmptyAndMistypedReportsRender) {
  std::string html;
  ASSERT_NO_THROW(html = RenderHtml(json::parse(R"({"schema":"corroborate.report/1"})")));
  EXPECT_NE(html.find("<h2>Disputes"), std::string::npos);
  EXPECT_NE(html.find("No articles."), std::string::npos);
  EXPECT_TRUE(html.ends_with("</html>\n"));
  for (const json& report : {json(), json::array(), json("x")}) {
    EXPECT_NO_THROW(RenderHtml(report));
  }
  EXPECT_NO_THROW(RenderHtml(json::parse(
      R"({"articles": [1, {"id": 2, "text": 5, "removed": [{"start": 0, "end": 1}]}],
          "disputes": [{"variants": [{"mentions": [{"article": 2, "start": 0, "end": 1}]}]}],
          "quotes": [{"versions": [1, {"articles": 2}], "mentions": 3}],
          "reuse": [{"a_span": 1, "score": "x"}], "actors": [{"labels": [1, {"loaded": 1}]}],
          "event": {"who": {"value": 3}}, "editorial": [[]], "diagnostics": [{}]})")));
}

TEST(HtmlWriterTest, InvalidUtf8NeverThrows) {
  json report = SampleReport();
  report["articles"][2]["text"] =
      "15 bless\xc3"
      "s \xff end";
  report["disputes"][0]["about"] = "bad \xfe";
  // nlohmann throws on dump() of invalid UTF-8 unless told to replace it.
  EXPECT_ANY_THROW(report.dump());
  EXPECT_NO_THROW(report.dump(-1, ' ', false, json::error_handler_t::replace));
  std::string html;
  ASSERT_NO_THROW(html = RenderHtml(report));
  EXPECT_EQ(SanitizeUtf8(html), html);
  EXPECT_NE(html.find("bad \uFFFD"), std::string::npos);
}

TEST(HtmlWriterTest, EscapeHtml) {
  EXPECT_EQ(EscapeHtml(""), "");
  EXPECT_EQ(EscapeHtml("Zoë’s <café> & \"x\" 'y'\n"),
            "Zoë’s &lt;café&gt; &amp; &quot;x&quot; &#39;y&#39;\n");
  EXPECT_EQ(EscapeHtml(std::string("a\0b\x01\xff", 5)),
            "a\uFFFD"
            "b\uFFFD\uFFFD");
}

}  // namespace
}  // namespace corroborate::report
