#include "corroborate/ingest/reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace corroborate::ingest {
namespace {

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("corroborate_reader_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const auto p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::filesystem::path dir_;
};

TEST_F(ReaderTest, BadInputsAreReportedAndOthersStillRead) {
  const std::string good = Write("good.txt", "The dam held overnight, engineers said.\n");
  const std::string empty = Write("empty.txt", "");
  const std::string binary = Write("junk.bin", std::string("\x7f" "ELF\0\0\x01\x02", 8));
  const std::string bad_utf8 = Write("latin.txt", "Caf\xE9 owners reopened on Monday.\n");
  ReadResult r = ReadInputs({good, empty, binary, bad_utf8, (dir_ / "missing.txt").string()});
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, "good");
  EXPECT_EQ(r.articles[0].text, "The dam held overnight, engineers said.\n");
  EXPECT_EQ(r.inputs_failed, 3u);
  int errors = 0, warnings = 0;
  for (const auto& d : r.diagnostics) {
    (d.severity == "error" ? errors : warnings)++;
    EXPECT_FALSE(d.input.empty());
  }
  EXPECT_EQ(errors, 3);
  EXPECT_EQ(warnings, 1);
}

TEST_F(ReaderTest, JsonLinesKeepIdsAndReportBadLines) {
  const std::string path = Write(
      "feed.jsonl",
      "{\"id\":\"a1\",\"url\":\"https://www.coastnews.example/x\",\"title\":\"T\","
      "\"maintext\":\"The ferry sank.\",\"date_publish\":\"2025-05-02 10:00:00\"}\n"
      "not json\n"
      "\n"
      "{\"id\":\"a2\",\"source_domain\":\"inland.example\",\"text\":\"The ferry did not sink.\","
      "\"authors\":[\"A. B\",\"C. D\"]}\n");
  ReadResult r = ReadInputs({path});
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, "a1");
  EXPECT_EQ(r.articles[0].source, path + "#1");
  EXPECT_EQ(*r.articles[0].outlet, "coastnews.example");
  EXPECT_EQ(r.articles[0].published, "2025-05-02");
  EXPECT_EQ(r.articles[1].byline, "A. B, C. D");
  EXPECT_EQ(r.articles[1].source, path + "#4");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].input, path + "#2");
}

TEST_F(ReaderTest, DirectoryIsReadRecursivelyAndIdsAreUnique) {
  std::filesystem::create_directories(dir_ / "sub");
  Write("story.txt", "One outlet said the fire spread.\n");
  Write("sub/story.txt", "Another said it was contained.\n");
  Write("gold.json", "{}");
  ReadResult r = ReadInputs({dir_.string()});
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_NE(r.articles[0].id, r.articles[1].id);
}

TEST_F(ReaderTest, HtmlIsExtractedAndScriptsDropped) {
  const std::string path = Write(
      "page.html",
      "<html><head><title>Storm hits coast</title>"
      "<meta property=\"og:site_name\" content=\"Coast Daily\">"
      "<meta property=\"article:published_time\" content=\"2025-01-09T08:00:00Z\"></head>"
      "<body><nav>Home | World</nav><article><p>The storm hit the coast at dawn, tearing roofs "
      "from houses in three villages, the regional authority said.</p>"
      "<script>alert(1)</script><p>Power is out for about 20,000 homes, and crews expect "
      "repairs to take until the weekend.</p>"
      "<div class=\"share-bar\">Share on X</div></article></body></html>");
  ReadResult r = ReadInputs({path});
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.text,
            "The storm hit the coast at dawn, tearing roofs from houses in three villages, the "
            "regional authority said.\nPower is out for about 20,000 homes, and crews expect "
            "repairs to take until the weekend.\n");
  EXPECT_EQ(*a.outlet, "Coast Daily");
  EXPECT_EQ(a.published, "2025-01-09");
  EXPECT_EQ(a.title, "Storm hits coast");
}

TEST_F(ReaderTest, TooLargeFileIsRejectedBeforeReading) {
  const std::string path = Write("big.txt", std::string(5000, 'a'));
  ReadOptions o;
  o.max_file_bytes = 1000;
  ReadResult r = ReadInputs({path}, o);
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_NE(r.diagnostics[0].message.find("exceeds"), std::string::npos);
}

}  // namespace
}  // namespace corroborate::ingest
