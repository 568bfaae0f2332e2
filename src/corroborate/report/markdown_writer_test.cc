#include "corroborate/report/markdown_writer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "corroborate/report/render_util.h"
#include "corroborate/report/writer_test_fixture.h"

namespace corroborate::report {
namespace {

using nlohmann::json;
using writer_test::Ev;
using writer_test::ReportOf;

json SampleReport() {
  const json a = {{"id", "r1"},
                  {"outlet", "Reuters"},
                  {"title", "Fire at Zoë’s café"},
                  {"text", "A fire hit Zoë’s café, injuring 12 people."},
                  {"removed", {{{"start", 0}, {"end", 2}, {"reason", "clutter: ad"}}}}};
  const json b = {{"id", "m1"},
                  {"outlet", nullptr},
                  {"title", "a | b <script>alert(1)</script>"},
                  {"text", "Incendie au café de Zoë : 15 blessés."}};
  json report = ReportOf({a, b});
  report["disputes"] = {
      {{"about", "number of injured"},
       {"kind", "count"},
       {"variants",
        {{{"value", "12"}, {"articles", {"r1"}}, {"mentions", {Ev(a, "injuring 12 people")}}},
         {{"value", "15"}, {"articles", {"m1"}}, {"mentions", {Ev(b, "15 blessés")}}}}}}};
  report["facts"] = {{{"summary", "A fire hit Zoë’s café"},
                      {"status", "agreed"},
                      {"articles", {"r1", "m1"}},
                      {"mentions", {Ev(a, "A fire hit Zoë’s café")}}}};
  report["quotes"] = {
      {{"text", "We *will* rebuild"},
       {"speaker", "Zoë Martin"},
       {"articles", {"r1", "m1"}},
       {"altered", true},
       {"versions",
        {{{"text", "We will rebuild"}, {"articles", {"r1"}}, {"difference", "same"}}}}}};
  return report;
}

TEST(MarkdownWriterTest, HasEverySectionInOrder) {
  const std::string md = RenderMarkdown(SampleReport());
  size_t last = 0;
  for (const char* heading :
       {"# Corroborate report\n", "## Articles\n", "## Event\n", "## Disputes\n", "## Facts\n",
        "## Quotes\n", "## Citations\n", "## Reuse\n", "## Actors and labels\n", "## Editorial\n",
        "## Loaded words\n", "## Removed clutter\n", "## Diagnostics\n"}) {
    const size_t at = md.find(heading);
    ASSERT_NE(at, std::string::npos) << heading;
    EXPECT_GE(at, last) << heading;
    last = at;
  }
}

TEST(MarkdownWriterTest, RendersTables) {
  const std::string md = RenderMarkdown(SampleReport());
  EXPECT_NE(md.find("### 1. number of injured (count)"), std::string::npos) << md;
  EXPECT_NE(md.find("| Value | Articles | Evidence |\n|---|---|---|\n"), std::string::npos);
  EXPECT_NE(md.find("| **12** | Reuters | Reuters: “injuring 12 people” |"), std::string::npos);
  EXPECT_NE(md.find("| **15** | m1 | m1: “15 blessés” |"), std::string::npos);
  EXPECT_NE(md.find("| agreed | A fire hit Zoë’s café | Reuters, m1 |"), std::string::npos);
  EXPECT_NE(md.find("| Zoë Martin | “We \\*will\\* rebuild” | Reuters, m1 | **altered** |"),
            std::string::npos);
  EXPECT_NE(md.find("| Reuters | 1 | 2 | clutter: ad |"), std::string::npos);
  EXPECT_NE(md.find("2 articles from 1 outlet (Reuters), 1 without an outlet."), std::string::npos);
}

TEST(MarkdownWriterTest, ArticleStringsNeverBecomeMarkup) {
  const std::string md = RenderMarkdown(SampleReport());
  EXPECT_EQ(md.find("<script>"), std::string::npos);
  EXPECT_NE(md.find("a \\| b \\<script\\>alert(1)\\</script\\>"), std::string::npos) << md;
}

TEST(MarkdownWriterTest, EmptyReportHasSectionsAndNoRows) {
  std::string md;
  EXPECT_NO_THROW(md = RenderMarkdown(json::parse(R"({"schema":"corroborate.report/1"})")));
  EXPECT_NE(md.find("## Disputes\n\n_None._"), std::string::npos) << md;
  EXPECT_NE(md.find("0 articles."), std::string::npos);
  EXPECT_NO_THROW(RenderMarkdown(json()));
  EXPECT_NO_THROW(RenderMarkdown(json::parse(
      R"({"articles": [1, {"removed": 3}], "disputes": [{"variants": [null]}],
          "quotes": [{"versions": [1, {"articles": 2}]}], "reuse": [{"a_span": 1}],
          "actors": [{"labels": [{"loaded": true}]}], "event": {"who": 1}})")));
}

TEST(MarkdownWriterTest, InvalidUtf8AndDeterminism) {
  json report = SampleReport();
  report["facts"][0]["summary"] = "bad \xff";
  const std::string md = RenderMarkdown(report);
  EXPECT_EQ(SanitizeUtf8(md), md);
  EXPECT_EQ(md, RenderMarkdown(report));
}

TEST(MarkdownWriterTest, EscapeMarkdown) {
  EXPECT_EQ(EscapeMarkdown(""), "");
  EXPECT_EQ(EscapeMarkdown("Zoë’s café"), "Zoë’s café");
  EXPECT_EQ(EscapeMarkdown("a|b\n*c* [l](x) <b> # &amp;"),
            "a\\|b \\*c\\* \\[l\\](x) \\<b\\> \\# \\&amp;");
}

}  // namespace
}  // namespace corroborate::report
