#include "corroborate/ingest/input_stream.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "corroborate/archive/archive_test_util.h"

namespace corroborate::ingest {
namespace {

namespace fs = std::filesystem;
using archive::testing::Compress;
using archive::testing::HttpOk;
using archive::testing::WarcRecordBytes;

constexpr const char* kPage =
    "<html><body><article><p>The ferry resumed service on Monday.</p></article></body></html>";

std::vector<InputItem> All(InputStream* s, std::vector<Diagnostic>* diagnostics) {
  std::vector<InputItem> items;
  InputItem item;
  while (s->Next(&item, diagnostics)) items.push_back(item);
  return items;
}

class InputStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("corroborate_input_stream_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  fs::path dir_;
};

TEST_F(InputStreamTest, EveryFormatIsDetectedFromContent) {
  const std::string warc =
      Compress(WarcRecordBytes("warcinfo", "", "software: test\r\n", "application/warc-fields")) +
      Compress(WarcRecordBytes("response", "https://example.org/a", HttpOk(kPage))) +
      Compress(WarcRecordBytes("response", "https://example.org/img", HttpOk("GIF89a", "image/gif")));
  Write("b-archive.bin", warc);  // names say nothing: content decides
  Write("c-page.gz", Compress(kPage));
  Write("d-feed.data", Compress("{\"maintext\":\"one\"}\n\n{\"maintext\":\"two\"}\n"));
  Write("e-note.txt", "A plain note about the ferry.\n");
  InputStream s({dir_.string()});
  std::vector<Diagnostic> diagnostics;
  std::vector<InputItem> items = All(&s, &diagnostics);
  ASSERT_EQ(items.size(), 5u);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(items[0].kind, InputItem::Kind::kPage);
  EXPECT_EQ(items[0].url, "https://example.org/a");
  EXPECT_EQ(items[0].bytes, kPage);
  EXPECT_NE(items[0].source.find("b-archive.bin@"), std::string::npos);
  EXPECT_EQ(items[1].kind, InputItem::Kind::kPage);
  EXPECT_EQ(items[1].bytes, kPage);
  EXPECT_EQ(items[2].kind, InputItem::Kind::kJson);
  EXPECT_NE(items[2].source.find("d-feed.data#1"), std::string::npos);
  EXPECT_NE(items[3].source.find("d-feed.data#3"), std::string::npos);  // blank line skipped
  EXPECT_EQ(items[4].kind, InputItem::Kind::kText);
  EXPECT_EQ(s.stats().files, 4u);
  EXPECT_EQ(s.stats().skipped.at("not html"), 1u);
}

TEST_F(InputStreamTest, BadInputsAreNamedAndTheRestIsRead) {
  const std::string good = WarcRecordBytes("response", "https://example.org/b", HttpOk(kPage));
  std::string truncated = Compress(good);
  truncated.resize(truncated.size() / 2);
  Write("a.warc.gz", Compress(good) + truncated + Compress(good));
  Write("b.bin", std::string("\x7f" "ELF\0\0\x01\x02", 8));
  Write("c.txt", "");
  Write("d.jsonl", "{\"maintext\":\"" + std::string(100, 'x') + "\"}\n{\"maintext\":\"ok\"}\n");
  InputOptions options;
  options.max_line_bytes = 50;
  InputStream s({dir_.string(), (dir_ / "missing").string()}, options);
  std::vector<Diagnostic> diagnostics;
  std::vector<InputItem> items = All(&s, &diagnostics);
  ASSERT_EQ(items.size(), 3u);  // two archive records and the short JSON line
  EXPECT_EQ(items[2].bytes, "{\"maintext\":\"ok\"}");
  ASSERT_EQ(diagnostics.size(), 5u);
  EXPECT_NE(diagnostics[0].input.find("a.warc.gz"), std::string::npos);
  EXPECT_NE(diagnostics[0].message.find("offset"), std::string::npos);
  EXPECT_NE(diagnostics[1].input.find("b.bin"), std::string::npos);
  EXPECT_NE(diagnostics[2].input.find("c.txt"), std::string::npos);
  EXPECT_NE(diagnostics[3].input.find("d.jsonl#1"), std::string::npos);
  EXPECT_NE(diagnostics[4].input.find("missing"), std::string::npos);
}

TEST_F(InputStreamTest, GzipBombIsBounded) {
  InputOptions options;
  options.max_file_bytes = 1 << 20;
  Write("bomb.html.gz", archive::testing::ZeroBomb(64));
  InputStream s({dir_.string()}, options);
  std::vector<Diagnostic> diagnostics;
  EXPECT_TRUE(All(&s, &diagnostics).empty());
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics[0].message.find("too large"), std::string::npos) << diagnostics[0].message;
}

TEST(InputStreamFromBytes, SameDetectionInMemory) {
  std::vector<Diagnostic> diagnostics;
  InputStream s = InputStream::FromBytes("mem.warc", WarcRecordBytes(
      "response", "https://example.org/c", HttpOk(kPage)));
  std::vector<InputItem> items = All(&s, &diagnostics);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].url, "https://example.org/c");
  EXPECT_EQ(items[0].source, "mem.warc@0");
}

}  // namespace
}  // namespace corroborate::ingest
