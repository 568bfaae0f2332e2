// End-to-end checks of `corroborate extract`: the binary on hand-made inputs (an HTML page, a
// gzipped page, a WARC archive with a truncated record, JSON lines, junk), its JSON lines, its
// messages and exit codes.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_test_util.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

using corroborate_test::Exec;
using corroborate_test::Lines;
using corroborate_test::RunResult;

class ExtractCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("corroborate_extract_cli_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

constexpr const char* kPage = R"(<!doctype html><html lang="en"><head>
<meta charset="windows-1252"><title>Pier reopens after repairs</title>
<meta property="og:site_name" content="Tidewater Times">
<meta property="article:published_time" content="2024-05-02T09:00:00Z">
</head><body><nav><a href="/">Home</a></nav><article><h1>Pier reopens after repairs</h1>
<p>The pier reopened on Thursday after repairs costing $1.2 million, the harbour master said,
and the caf)"
    "\xE9"  // windows-1252 e-acute
    R"( at its end will open next week.</p>
<p>Fishermen had used the south jetty for eight months while divers replaced the pilings.</p>
<script>alert("not text")</script></article></body></html>)";

TEST_F(ExtractCli, PagesArchivesAndJsonLinesBecomeRecords) {
  Write("a-page.html", kPage);
  fs::copy_file(fs::path(CORROBORATE_TESTDATA) / "warc" / "tiny.warc.gz", dir_ / "b-crawl.warc.gz");
  Write("c-feed.jsonl", R"({"url":"https://example.org/x","maintext":"A short wire story.","image_url":"i.png"})"
                        "\n");
  const RunResult r = Exec("extract " + dir_.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::vector<json> records = Lines(r.out);
  ASSERT_GE(records.size(), 3u) << r.err;
  const json& page = records.front();
  for (const char* key : {"id", "url", "title", "maintext", "date_publish", "authors",
                          "source_domain", "language", "description", "source", "extraction"}) {
    EXPECT_TRUE(page.contains(key)) << key;
  }
  const std::string text = page["maintext"];
  EXPECT_NE(text.find("caf\xC3\xA9"), std::string::npos) << "windows-1252 decoded to UTF-8";
  EXPECT_EQ(text.find("not text"), std::string::npos);
  EXPECT_EQ(text.find("Home"), std::string::npos);
  EXPECT_EQ(page["language"], "en");
  EXPECT_NE(records[1]["source"].get<std::string>().find("b-crawl.warc.gz@"), std::string::npos);
  const json& feed = records.back();
  EXPECT_EQ(feed["maintext"], "A short wire story.");
  EXPECT_EQ(feed["image_url"], "i.png");  // unknown fields pass through
  EXPECT_NE(r.err.find("records read"), std::string::npos);  // the summary
}

TEST_F(ExtractCli, BadInputsAreNamedAndTheRestStillComesOut) {
  Write("a-page.html", kPage);
  Write("b-junk.bin", std::string("\x7f" "ELF\0\0\x01\x02\x03", 9));
  fs::copy_file(fs::path(CORROBORATE_TESTDATA) / "warc" / "truncated.warc.gz",
                dir_ / "c-truncated.warc.gz");
  const std::string out = (dir_ / "out.jsonl").string();
  const RunResult r = Exec("extract " + dir_.string() + " -o " + out);
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("b-junk.bin"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("c-truncated.warc.gz"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("offset"), std::string::npos) << r.err;
  std::ifstream in(out);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_GE(Lines(ss.str()).size(), 2u);  // the page, and the records around the broken one
  EXPECT_FALSE(fs::exists(out + ".partial"));
}

TEST_F(ExtractCli, NothingExtractedAndBadArguments) {
  Write("empty.txt", "");
  EXPECT_EQ(Exec("extract " + dir_.string()).exit_code, 4);
  EXPECT_EQ(Exec("extract --jobs -3 " + dir_.string()).exit_code, 2);
  const RunResult help = Exec("extract --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--jobs"), std::string::npos);
  EXPECT_NE(help.out.find("Exit codes"), std::string::npos);
}

TEST_F(ExtractCli, CompareReadsArchivesDirectly) {
  fs::copy_file(fs::path(CORROBORATE_TESTDATA) / "warc" / "tiny.warc.gz", dir_ / "crawl.warc.gz");
  const RunResult r = Exec("compare --format json " + dir_.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  json report = json::parse(r.out, nullptr, false);
  ASSERT_FALSE(report.is_discarded());
  EXPECT_GE(report["articles"].size(), 1u);
}

}  // namespace
