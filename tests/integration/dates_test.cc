// Publication-date quality on the htmldate evaluation sample (../shared/data/dates), scored as
// htmldate's evaluation does. Skips when the shared data is absent.
#include <gtest/gtest.h>

#include <filesystem>

#include "corroborate/eval/benchmark_sets.h"
#include "corroborate/eval/extraction_score.h"
#include "corroborate/html/page.h"

namespace corroborate {
namespace {

// Regression floor, just below the last measured F1 (bench/README.md has the history).
constexpr double kDatesF1Floor = 0.93;

TEST(Dates, PublicationDateF1AboveFloor) {
  const std::string dir = std::string(CORROBORATE_SHARED) + "/data/dates";
  if (!std::filesystem::exists(dir + "/gold.json")) GTEST_SKIP() << dir << " absent";
  auto pages = eval::LoadDates(dir);
  ASSERT_TRUE(pages.ok()) << pages.status().ToString();
  ASSERT_EQ(pages->size(), 200u);
  // The benchmark's pages were crawled in 2020; "today" is fixed so that results do not drift.
  html::PageOptions options;
  options.date.today = Date{2021, 12, 31};
  eval::DateTally tally;
  for (const eval::BenchmarkPage& p : *pages) {
    auto page = html::ExtractPage(p.bytes, p.url, {}, options);
    tally.Add(p.gold, page.ok() ? page->date.iso : "");
  }
  const eval::Scores s = tally.Get();
  std::printf("dates precision %.3f recall %.3f f1 %.3f\n", s.precision, s.recall, s.f1);
  EXPECT_GE(s.f1, kDatesF1Floor);
}

}  // namespace
}  // namespace corroborate
