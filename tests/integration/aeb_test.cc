// Article-body quality on the scrapinghub article-extraction-benchmark (../shared/data/aeb),
// scored as the benchmark does. Skips when the shared data is absent.
#include <gtest/gtest.h>

#include <filesystem>

#include "corroborate/eval/benchmark_sets.h"
#include "corroborate/eval/extraction_score.h"
#include "corroborate/html/page.h"

namespace corroborate {
namespace {

// Regression floor, just below the last measured F1 (bench/README.md has the history).
constexpr double kAebF1Floor = 0.979;

TEST(Aeb, BodyF1AboveFloor) {
  const std::string dir = std::string(CORROBORATE_SHARED) + "/data/aeb";
  if (!std::filesystem::exists(dir + "/ground-truth.json")) GTEST_SKIP() << dir << " absent";
  auto pages = eval::LoadAeb(dir);
  ASSERT_TRUE(pages.ok()) << pages.status().ToString();
  ASSERT_EQ(pages->size(), 181u);
  std::vector<eval::PageCounts> counts;
  size_t empty = 0;
  for (const eval::BenchmarkPage& p : *pages) {
    auto page = html::ExtractPage(p.bytes, p.url);
    if (!page.ok() || page->maintext.empty()) ++empty;
    counts.push_back(eval::ScoreBody(p.gold, page.ok() ? page->maintext : ""));
  }
  const eval::Scores s = eval::Aggregate(counts);
  std::printf("AEB precision %.3f recall %.3f f1 %.3f (%zu pages without text)\n", s.precision,
              s.recall, s.f1, empty);
  EXPECT_GE(s.f1, kAebF1Floor);
}

}  // namespace
}  // namespace corroborate
