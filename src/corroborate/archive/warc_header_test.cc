#include "corroborate/archive/warc_header.h"

#include <gtest/gtest.h>

#include <string>

namespace corroborate::archive {
namespace {

TEST(FindHeaderEndTest, CrLfAndLfAndNone) {
  EXPECT_EQ(FindHeaderEnd("A: b\r\n\r\nbody"), 8u);
  EXPECT_EQ(FindHeaderEnd("A: b\n\nbody"), 6u);
  EXPECT_EQ(FindHeaderEnd("A: b\r\nC: d\r\n"), kNoHeaderEnd);
  EXPECT_EQ(FindHeaderEnd(""), kNoHeaderEnd);
  EXPECT_EQ(FindHeaderEnd("\n"), kNoHeaderEnd);
}

TEST(ParseHeaderFieldsTest, TrimsFoldsAndIgnoresJunk) {
  const auto fields =
      ParseHeaderFields("Name:  value  \r\nnot a field\r\nLong: one\r\n  two\r\n:x\r\n");
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_EQ(FieldValue(fields, "name"), "value");
  EXPECT_EQ(FieldValue(fields, "LONG"), "one two");
  EXPECT_EQ(FieldValue(fields, "missing"), "");
}

TEST(IsWarcVersionLineTest, Versions) {
  EXPECT_TRUE(IsWarcVersionLine("WARC/1.0"));
  EXPECT_TRUE(IsWarcVersionLine("WARC/1.1\r\n"));
  EXPECT_TRUE(IsWarcVersionLine("WARC/0.18"));
  EXPECT_FALSE(IsWarcVersionLine("WARC/x.1"));
  EXPECT_FALSE(IsWarcVersionLine("WARC/1"));
  EXPECT_FALSE(IsWarcVersionLine("WARC-Type: response"));
  EXPECT_FALSE(IsWarcVersionLine(""));
}

TEST(ParseWarcHeadTest, Fields) {
  Result<WarcHead> h = ParseWarcHead(
      "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: <http://a.test/x>\r\n"
      "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
      "Content-Type: application/http; msgtype=response\r\ncontent-length: 42\r\n\r\n");
  ASSERT_TRUE(h.ok()) << h.status().ToString();
  EXPECT_EQ(h->type, "response");
  EXPECT_EQ(h->target_uri, "http://a.test/x");
  EXPECT_EQ(h->date, "2024-01-01T00:00:00Z");
  EXPECT_EQ(h->record_id, "<urn:uuid:1>");
  EXPECT_EQ(h->content_length, 42u);
}

TEST(ParseWarcHeadTest, BadContentLengths) {
  for (const char* length : {"-5", "abc", "12 34", "99999999999999999999", "0x10", "", "+3"}) {
    SCOPED_TRACE(length);
    Result<WarcHead> h = ParseWarcHead(std::string("WARC/1.0\r\nWARC-Type: resource\r\n") +
                                       "Content-Length: " + length + "\r\n\r\n");
    ASSERT_FALSE(h.ok());
    EXPECT_EQ(h.status().code(), StatusCode::kInvalidInput);
  }
  EXPECT_FALSE(ParseWarcHead("WARC/1.0\r\nWARC-Type: resource\r\n\r\n").ok());
  EXPECT_FALSE(ParseWarcHead("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n").ok());
}

TEST(ParseArcLineTest, V1AndV2AndJunk) {
  ArcHead h;
  ASSERT_TRUE(ParseArcLine("http://a.test/p 192.0.2.1 20240506070809 text/html 1234", &h));
  EXPECT_EQ(h.url, "http://a.test/p");
  EXPECT_EQ(h.date, "2024-05-06T07:08:09Z");
  EXPECT_EQ(h.content_type, "text/html");
  EXPECT_EQ(h.length, 1234u);
  ASSERT_TRUE(
      ParseArcLine("http://a.test/ 192.0.2.1 20240506070809 text/html 200 ABCDEF - 0 "
                   "f.arc 77\r",
                   &h));
  EXPECT_EQ(h.length, 77u);
  EXPECT_TRUE(ParseArcLine("filedesc://x.arc 0.0.0.0 20240506070809 text/plain 10", &h));
  EXPECT_FALSE(ParseArcLine("", &h));
  EXPECT_FALSE(ParseArcLine("hello world this is text", &h));
  EXPECT_FALSE(ParseArcLine("http://a.test/ 192.0.2.1 20240506070809 text/html -1", &h));
  EXPECT_FALSE(ParseArcLine("http://a.test/ 192.0.2.1 yesterday text/html 12", &h));
}

TEST(ParseHttpHeadTest, StatusAndHeaders) {
  Result<HttpHead> h = ParseHttpHead(
      "HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=utf-8\r\n"
      "Transfer-Encoding: Chunked\r\nContent-Encoding: GZIP\r\n\r\nbody");
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->status, 404);
  EXPECT_EQ(h->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(h->transfer_encoding, "chunked");
  EXPECT_EQ(h->content_encoding, "gzip");
  EXPECT_EQ(h->size, 118u);
  h = ParseHttpHead("HTTP/2 200\n\nx");
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->status, 200);
  EXPECT_EQ(h->size, 12u);
  EXPECT_FALSE(ParseHttpHead("HTTP/1.1 200 OK\r\nA: b\r\n").ok());
  h = ParseHttpHead("HTTP/1.1 301 Moved\r\nLocation: /x\r\n", /*whole_block=*/true);
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->status, 301);
  for (const char* bad : {"HTTP/1.1 abc OK\r\n\r\n", "HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\n\r\n",
                          "HTTP/1.1 20 OK\r\n\r\n", ""}) {
    EXPECT_FALSE(ParseHttpHead(bad).ok()) << bad;
  }
}

TEST(MediaTypeTest, HtmlTypesAndSniffing) {
  EXPECT_EQ(MediaType(" Text/HTML ; charset=x"), "text/html");
  EXPECT_TRUE(IsHtmlMediaType("text/html"));
  EXPECT_TRUE(IsHtmlMediaType("application/xhtml+xml; charset=utf-8"));
  EXPECT_FALSE(IsHtmlMediaType("application/json"));
  EXPECT_FALSE(IsHtmlMediaType(""));
  EXPECT_TRUE(SniffHtml("\xEF\xBB\xBF  <!DOCTYPE HTML><p>"));
  EXPECT_TRUE(SniffHtml("<html lang=en>"));
  EXPECT_FALSE(SniffHtml("{\"json\": true}"));
  EXPECT_FALSE(SniffHtml("<?xml version=\"1.0\"?><rss>"));
  EXPECT_FALSE(SniffHtml(""));
}

}  // namespace
}  // namespace corroborate::archive
