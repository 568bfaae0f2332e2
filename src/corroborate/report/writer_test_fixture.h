// Test-only helpers for the report writer tests: building a report JSON document
// (docs/report-schema.md) by hand, with evidence located in the articles' own text.
#ifndef CORROBORATE_REPORT_WRITER_TEST_FIXTURE_H_
#define CORROBORATE_REPORT_WRITER_TEST_FIXTURE_H_

#include <gtest/gtest.h>

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace corroborate::report::writer_test {

// Evidence for the first occurrence of `needle` in `article`'s text (UTF-8 byte offsets). Fails
// the running test when the text does not hold `needle`.
inline nlohmann::json Ev(const nlohmann::json& article, std::string_view needle) {
  const std::string text = article["text"];
  const size_t start = text.find(needle);
  EXPECT_NE(start, std::string::npos) << needle;
  return {{"article", article["id"]},
          {"start", start},
          {"end", start + needle.size()},
          {"text", std::string(needle)}};
}

// A report of schema corroborate.report/1 from generator corroborate 0.1.0 holding `articles`
// and no findings.
inline nlohmann::json ReportOf(const nlohmann::json& articles) {
  return {{"schema", "corroborate.report/1"},
          {"generator", {{"name", "corroborate"}, {"version", "0.1.0"}}},
          {"articles", articles}};
}

}  // namespace corroborate::report::writer_test

#endif  // CORROBORATE_REPORT_WRITER_TEST_FIXTURE_H_
