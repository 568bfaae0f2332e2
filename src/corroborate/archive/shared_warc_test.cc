// Reads every archive of ../shared/data/warc (third-party test files plus the AEB pages packed as
// WARC) and checks record counts against counts made independently (Python's gzip module and a
// Content-Length walk over the decompressed bytes). Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "corroborate/archive/warc_reader.h"

namespace corroborate::archive {
namespace {

struct Expected {
  const char* file;
  int all_records;  // records returned with every filter off
  int html_ok;      // records returned with the default options
  int errors;       // errors returned either way
};

const std::string kDir = std::string(CORROBORATE_SHARED) + "/data/warc/";

struct Count {
  int returned = 0;
  std::vector<std::string> errors;
  WarcStats stats;
};

Count ReadAll(const std::string& path, const WarcOptions& options) {
  Count c;
  Result<std::unique_ptr<WarcReader>> reader = WarcReader::Open(path, options);
  if (!reader.ok()) {
    c.errors.push_back(reader.status().ToString());
    return c;
  }
  WarcRecord record;
  for (int guard = 0; guard < 100000; ++guard) {
    Result<bool> next = (*reader)->Next(&record);
    if (!next.ok()) {
      c.errors.push_back(next.status().ToString());
      continue;
    }
    if (!*next) break;
    ++c.returned;
  }
  c.stats = (*reader)->stats();
  return c;
}

class SharedWarcTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kDir)) GTEST_SKIP() << kDir << " is absent";
  }
};

TEST_F(SharedWarcTest, EveryFileReadsCompletelyWithExpectedCounts) {
  const Expected table[] = {
      {"aeb-news-10.warc.gz", 11, 10, 0},
      {"aeb-news-181.warc.gz", 182, 181, 0},
      {"jwarc__cc.warc.gz", 1, 1, 0},
      {"resiliparse__block-sized-records.warc.gz", 3, 0, 0},
      {"resiliparse__clipped.warc.gz", 0, 0, 1},
      {"resiliparse__clueweb-quirk.warc.gz", 30, 29, 0},
      {"resiliparse__warcfile.warc.gz", 50, 16, 0},
      {"warcio__example-iana.org-chunked.warc", 3, 1, 0},
      {"warcio__example-resource.warc.gz", 3, 1, 0},
      {"warcio__example.arc.gz", 2, 1, 0},
      {"warcio__example.warc", 6, 1, 0},
      {"warcio__example.warc.gz", 6, 1, 0},
      {"warcio__post-test.warc.gz", 6, 0, 0},
  };
  WarcOptions all;
  all.html_only = false;
  all.ok_only = false;
  all.payload_records_only = false;
  for (const Expected& e : table) {
    SCOPED_TRACE(e.file);
    const std::string path = kDir + e.file;
    if (!std::filesystem::exists(path)) continue;
    const Count everything = ReadAll(path, all);
    EXPECT_EQ(everything.returned, e.all_records);
    EXPECT_EQ(static_cast<int>(everything.errors.size()), e.errors)
        << (everything.errors.empty() ? "" : everything.errors[0]);
    const Count html = ReadAll(path, WarcOptions());
    EXPECT_EQ(html.returned, e.html_ok);
    EXPECT_EQ(static_cast<int>(html.errors.size()), e.errors);
    EXPECT_EQ(html.stats.errors, static_cast<uint64_t>(e.errors));
    EXPECT_EQ(html.stats.bytes_in, std::filesystem::file_size(path));
  }
}

TEST_F(SharedWarcTest, ClippedRecordNamesFileAndOffset) {
  const std::string path = kDir + "resiliparse__clipped.warc.gz";
  if (!std::filesystem::exists(path)) GTEST_SKIP();
  const Count c = ReadAll(path, WarcOptions());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].find(path), std::string::npos) << c.errors[0];
  EXPECT_NE(c.errors[0].find("record at offset 0"), std::string::npos) << c.errors[0];
  EXPECT_NE(c.errors[0].find("truncated"), std::string::npos) << c.errors[0];
}

TEST_F(SharedWarcTest, ChunkedResponseDecodes) {
  const std::string path = kDir + "warcio__example-iana.org-chunked.warc";
  if (!std::filesystem::exists(path)) GTEST_SKIP();
  auto reader = WarcReader::Open(path);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  WarcRecord r;
  Result<bool> next = (*reader)->Next(&r);
  ASSERT_TRUE(next.ok() && *next);
  EXPECT_EQ(r.http_status, 200);
  // Undone chunking leaves the document itself: markup from the first byte to the last, and no
  // chunk-size line ("\r\n<hex>\r\n") or final zero chunk left inside.
  EXPECT_EQ(r.payload.rfind("<!doctype html>", 0), 0u) << r.payload.substr(0, 40);
  const size_t last = r.payload.find_last_not_of(" \r\n");
  ASSERT_NE(last, std::string::npos);
  EXPECT_EQ(r.payload[last], '>');
  EXPECT_EQ(r.payload.find("\r\n0\r\n"), std::string::npos);
  next = (*reader)->Next(&r);
  ASSERT_TRUE(next.ok());
  EXPECT_FALSE(*next);
}

TEST_F(SharedWarcTest, ArcRecordIsAnHtmlResponse) {
  const std::string path = kDir + "warcio__example.arc.gz";
  if (!std::filesystem::exists(path)) GTEST_SKIP();
  auto reader = WarcReader::Open(path);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  WarcRecord r;
  Result<bool> next = (*reader)->Next(&r);
  ASSERT_TRUE(next.ok() && *next);
  EXPECT_EQ(r.type, "response");
  EXPECT_EQ(r.http_status, 200);
  EXPECT_EQ(r.target_uri.rfind("http://", 0), 0u);
  EXPECT_EQ(r.date.size(), 20u) << r.date;  // 2014-02-16T05:02:21Z
  EXPECT_GT(r.offset, 0u);                  // its own gzip member, after the file header's
  EXPECT_NE(r.payload.find("<html"), std::string::npos);
}

TEST_F(SharedWarcTest, DeclaredGzipBodyThatIsPlainIsKept) {
  const std::string path = kDir + "resiliparse__clueweb-quirk.warc.gz";
  if (!std::filesystem::exists(path)) GTEST_SKIP();
  auto reader = WarcReader::Open(path);
  ASSERT_TRUE(reader.ok());
  WarcRecord r;
  Result<bool> next = (*reader)->Next(&r);
  ASSERT_TRUE(next.ok() && *next) << (next.ok() ? "" : next.status().ToString());
  EXPECT_EQ(r.payload.find_first_not_of(" \r\n"), r.payload.find('<'));
}

}  // namespace
}  // namespace corroborate::archive
