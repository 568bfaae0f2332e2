#include "corroborate/pipeline/compare_pipeline.h"

#include <gtest/gtest.h>

namespace corroborate::pipeline {
namespace {

Article Make(std::string id, std::string text) {
  Article a;
  a.id = id;
  a.source = id + ".txt";
  a.text = std::move(text);
  return a;
}

TEST(ComparePipelineTest, EmptyRunYieldsEmptyReport) {
  Report r = CompareArticles({}, {});
  EXPECT_TRUE(r.articles.empty());
  EXPECT_TRUE(r.facts.empty());
}

TEST(ComparePipelineTest, MissingInputsBecomeDiagnostics) {
  CompareRun run = RunCompare({"/nonexistent/corroborate/a.txt"}, {});
  EXPECT_EQ(run.inputs_failed, 1u);
  ASSERT_EQ(run.report.diagnostics.size(), 1u);
  EXPECT_EQ(run.report.diagnostics[0].severity, "error");
}

TEST(ComparePipelineTest, NoEvidenceInsideRemovedSpans) {
  std::vector<Article> in;
  in.push_back(Make("a", "Share this article with your friends!\n"
                         "The bridge closed on Tuesday after cracks appeared, officials said.\n"));
  in.push_back(Make("b", "The bridge closed on Wednesday after cracks appeared, officials said.\n"
                         "Like this article? Share it with your friends!\n"));
  Report r = CompareArticles(std::move(in), {});
  for (const Fact& f : r.facts) {
    for (const Evidence& e : f.mentions) {
      EXPECT_FALSE(r.articles[static_cast<size_t>(e.article)].IsRemoved(e.span));
    }
  }
}

}  // namespace
}  // namespace corroborate::pipeline
