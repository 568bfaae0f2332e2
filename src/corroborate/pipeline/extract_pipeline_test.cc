#include "corroborate/pipeline/extract_pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace corroborate::pipeline {
namespace {

namespace fs = std::filesystem;

std::string Page(int i) {
  return "<html><head><title>Story " + std::to_string(i) +
         "</title></head><body><article><p>Story number " + std::to_string(i) +
         " tells how the harbour crews repaired the north pier after the winter storms, the "
         "port authority said on its website.</p><p>Work will continue through the spring, "
         "officials added, and the pier reopens in May.</p></article></body></html>";
}

class ExtractPipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("corroborate_extract_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
  }
  fs::path dir_;
};

TEST_F(ExtractPipelineTest, RecordsComeInInputOrderWhateverTheThreads) {
  for (int i = 0; i < 23; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "page-%02d.html", i);
    Write(name, Page(i));
  }
  Write("zz-nothing.html", "<html><body><nav>Home</nav></body></html>");
  Write("zz-junk.bin", std::string("\0\1\2\3", 4));
  for (int jobs : {1, 2, 3}) {
    ExtractOptions options;
    options.jobs = jobs;
    options.batch_items = 4;
    size_t progress_calls = 0;
    options.progress = [&](const ExtractProgress&) { ++progress_calls; };
    std::vector<std::string> titles;
    ExtractSummary s = RunExtract({dir_.string()}, options, [&](const ingest::Record& r) {
      titles.push_back(r.title);
      EXPECT_EQ(r.id.size(), 64u);
    });
    ASSERT_EQ(titles.size(), 23u) << "jobs " << jobs;
    for (int i = 0; i < 23; ++i) EXPECT_EQ(titles[i], "Story " + std::to_string(i));
    EXPECT_EQ(s.totals.records, 24u);  // the binary file yields no item
    EXPECT_EQ(s.totals.extracted, 23u);
    EXPECT_EQ(s.skipped["no article text"], 1u);
    EXPECT_EQ(s.skipped["binary"], 1u);
    EXPECT_EQ(s.totals.errors, 2u);
    EXPECT_EQ(s.diagnostics.size(), 2u);
    EXPECT_GE(progress_calls, 6u);
  }
}

TEST_F(ExtractPipelineTest, DiagnosticsAreCappedButCounted) {
  for (int i = 0; i < 5; ++i) Write("empty-" + std::to_string(i) + ".txt", "");
  ExtractOptions options;
  options.max_diagnostics = 2;
  ExtractSummary s = RunExtract({dir_.string()}, options, [](const ingest::Record&) {});
  EXPECT_EQ(s.diagnostics.size(), 2u);
  EXPECT_EQ(s.diagnostics_dropped, 3u);
  EXPECT_EQ(s.totals.extracted, 0u);
}

}  // namespace
}  // namespace corroborate::pipeline
