#include "corroborate/archive/http_payload.h"

#include <gtest/gtest.h>

#include <string>

#include "corroborate/archive/archive_test_util.h"

namespace corroborate::archive {
namespace {

using testing::Compress;

TEST(DechunkTest, CrLfLfExtensionsAndTrailers) {
  EXPECT_EQ(Dechunk("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", 100).value(), "hello world");
  EXPECT_EQ(Dechunk("3;name=v\nabc\n0\nTrailer: x\n\n", 100).value(), "abc");
  EXPECT_EQ(Dechunk("A\r\n0123456789\r\n0\r\n", 100).value(), "0123456789");
  EXPECT_EQ(Dechunk("", 100).value(), "");
}

TEST(DechunkTest, CutBodiesKeepWhatIsThere) {
  EXPECT_EQ(Dechunk("5\r\nhel", 100).value(), "hel");
  EXPECT_EQ(Dechunk("5\r\nhello\r\n6\r", 100).value(), "hello");
}

TEST(DechunkTest, NotChunkedOrTooLarge) {
  EXPECT_FALSE(Dechunk("<html><body>already decoded</body></html>", 100).ok());
  EXPECT_FALSE(Dechunk("5\r\nhelloXX", 100).ok());
  EXPECT_FALSE(Dechunk("fffffffffffffffffff\r\n", 100).ok());
  EXPECT_EQ(Dechunk("5\r\nhello\r\n0\r\n", 4).status().code(), StatusCode::kTooLarge);
}

TEST(DecodeContentTest, GzipDeflateAndIdentity) {
  const std::string page = "<p>caf\xC3\xA9</p>";
  EXPECT_EQ(DecodeContent(Compress(page), "gzip", 100).value(), page);
  EXPECT_EQ(DecodeContent(Compress(page), "x-gzip", 100).value(), page);
  EXPECT_EQ(DecodeContent(Compress(page, 15), "deflate", 100).value(), page);
  EXPECT_EQ(DecodeContent(Compress(page, -15), "deflate", 100).value(), page);
  EXPECT_EQ(DecodeContent(page, "identity", 100).value(), page);
  EXPECT_EQ(DecodeContent(page, "", 100).value(), page);
  EXPECT_EQ(DecodeContent(Compress(Compress(page)), "gzip, gzip", 100).value(), page);
}

TEST(DecodeContentTest, DeclaredButNotCompressedIsKept) {
  EXPECT_EQ(DecodeContent("  <html>plain</html>", "gzip", 100).value(), "  <html>plain</html>");
}

TEST(DecodeContentTest, CutShortYieldsAPrefix) {
  const std::string text(5000, 'r');
  const std::string g = Compress(text);
  Result<std::string> out = DecodeContent(g.substr(0, g.size() - 10), "gzip", 10000);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->find_first_not_of('r'), std::string::npos);
  EXPECT_GT(out->size(), 0u);
}

TEST(DecodeContentTest, Errors) {
  EXPECT_EQ(DecodeContent("\x1f\x8b\x08garbage", "gzip", 100).status().code(),
            StatusCode::kInvalidInput);
  Result<std::string> br = DecodeContent("\x0b\x02\x80", "br", 100);
  ASSERT_FALSE(br.ok());
  EXPECT_NE(br.status().message().find("'br'"), std::string::npos);
  EXPECT_EQ(DecodeContent(Compress(std::string(1000, 'a')), "gzip", 999).status().code(),
            StatusCode::kTooLarge);
}

TEST(DecodeHttpBodyTest, ChunkedThenGzipAndRawFallback) {
  const std::string g = Compress("<p>x</p>");
  std::string chunked;
  char size[16];
  std::snprintf(size, sizeof(size), "%zx\r\n", g.size());
  chunked = size + g + "\r\n0\r\n\r\n";
  EXPECT_EQ(DecodeHttpBody(chunked, "chunked", "gzip", 100).value(), "<p>x</p>");
  // Stored already dechunked under a chunked header: kept as it is.
  EXPECT_EQ(DecodeHttpBody("<p>y</p>", "chunked", "", 100).value(), "<p>y</p>");
}

}  // namespace
}  // namespace corroborate::archive
