#include "corroborate/archive/gunzip.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "corroborate/archive/archive_test_util.h"
#include "corroborate/archive/byte_source.h"
#include "corroborate/archive/inflate_stream.h"

namespace corroborate::archive {
namespace {

using testing::Compress;
using testing::ZeroBomb;

std::string TempFile(const std::string& name, const std::string& bytes) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("corroborate_gunzip_" + std::to_string(::getpid()) + "_" + name))
                               .string();
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(GunzipTest, RoundTripAndMultiMember) {
  EXPECT_EQ(Gunzip(Compress("hello"), 100).value(), "hello");
  EXPECT_EQ(Gunzip(Compress("a") + Compress("") + Compress("bc"), 100).value(), "abc");
  EXPECT_EQ(Gunzip(Compress("x") + std::string(16, '\0'), 100).value(), "x");  // padding
  const std::string utf8 = "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D";
  EXPECT_EQ(Gunzip(Compress(utf8), 100).value(), utf8);
}

TEST(GunzipTest, BadInputIsInvalidInput) {
  EXPECT_EQ(Gunzip("", 100).status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(Gunzip("plain text", 100).status().code(), StatusCode::kInvalidInput);
  const std::string g = Compress(std::string(500, 'k'));
  EXPECT_EQ(Gunzip(g.substr(0, g.size() / 2), 1000).status().code(), StatusCode::kInvalidInput);
  std::string corrupt = g;
  corrupt[corrupt.size() - 6] ^= 0x55;  // the CRC no longer matches
  EXPECT_EQ(Gunzip(corrupt, 1000).status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(Gunzip(g + "trailing", 1000).status().code(), StatusCode::kInvalidInput);
}

TEST(GunzipTest, OutputLimit) {
  EXPECT_EQ(Gunzip(Compress("12345"), 5).value(), "12345");
  EXPECT_EQ(Gunzip(Compress("123456"), 5).status().code(), StatusCode::kTooLarge);
}

TEST(GunzipTest, ZipBombStopsAtTheLimitQuickly) {
  const std::string bomb = ZeroBomb(1024);  // 1 GiB of zeros
  EXPECT_LT(bomb.size(), 2u << 20);
  const auto start = std::chrono::steady_clock::now();
  Result<std::string> out = Gunzip(bomb, 64u << 20);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kTooLarge);
  const std::string path = TempFile("bomb.gz", bomb);
  out = GunzipFile(path, 16u << 20);
  std::filesystem::remove(path);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kTooLarge);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST(GunzipTest, ZipBombIsValidGzip) {
  // The bomb used above must be a real one, not corrupt data that fails for another reason.
  InflateStream s(MakeStringSource(ZeroBomb(64)));
  Result<uint64_t> skipped = s.Skip(uint64_t{1} << 40);
  ASSERT_TRUE(skipped.ok()) << skipped.status().ToString();
  EXPECT_EQ(*skipped, uint64_t{64} << 20);
}

TEST(GunzipTest, GunzipFileReadsAndReportsMissingFiles) {
  const std::string path = TempFile("ok.gz", Compress("line one\n") + Compress("line two\n"));
  EXPECT_EQ(GunzipFile(path, 1000).value(), "line one\nline two\n");
  std::filesystem::remove(path);
  EXPECT_EQ(GunzipFile(path, 1000).status().code(), StatusCode::kNotFound);
}

TEST(GunzipTest, IsGzip) {
  EXPECT_TRUE(IsGzip(Compress("")));
  EXPECT_FALSE(IsGzip("\x1f"));
  EXPECT_FALSE(IsGzip("WARC/1.0"));
}

}  // namespace
}  // namespace corroborate::archive
