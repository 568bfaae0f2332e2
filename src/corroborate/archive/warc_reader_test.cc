#include "corroborate/archive/warc_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corroborate/archive/archive_test_util.h"
#include "corroborate/common/file.h"

namespace corroborate::archive {
namespace {

using testing::Compress;
using testing::HttpOk;
using testing::WarcRecordBytes;

const std::string kDir = std::string(CORROBORATE_TESTDATA) + "/warc/";

struct ReadAll {
  std::vector<WarcRecord> records;
  std::vector<Status> errors;
  WarcStats stats;
};

ReadAll Drain(WarcReader* reader) {
  ReadAll out;
  WarcRecord r;
  for (int guard = 0; guard < 10000; ++guard) {
    Result<bool> next = reader->Next(&r);
    if (!next.ok()) {
      out.errors.push_back(next.status());
      continue;
    }
    if (!*next) break;
    out.records.push_back(r);
  }
  out.stats = reader->stats();
  return out;
}

ReadAll ReadFileRecords(const std::string& name, const WarcOptions& options = {}) {
  Result<std::unique_ptr<WarcReader>> reader = WarcReader::Open(kDir + name, options);
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  if (!reader.ok()) return {};
  return Drain(reader->get());
}

ReadAll ReadBytes(std::string bytes, const WarcOptions& options = {}) {
  Result<std::unique_ptr<WarcReader>> reader = WarcReader::FromBytes(std::move(bytes), options);
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  if (!reader.ok()) return {};
  return Drain(reader->get());
}

WarcOptions Everything() {
  WarcOptions o;
  o.html_only = false;
  o.ok_only = false;
  o.payload_records_only = false;
  return o;
}

std::string Types(const ReadAll& r) {
  std::string s;
  for (const WarcRecord& rec : r.records) s += (s.empty() ? "" : ",") + rec.type;
  return s;
}

// tiny.warc holds: warcinfo, request, response 200 html, response 404 html, response 200 png,
// resource html (iso-8859-1), metadata. Its .gz twins hold the same, per record and whole.
TEST(WarcReaderTest, DefaultOptionsYieldHtmlPayloadsOnly) {
  for (const char* name : {"tiny.warc", "tiny.warc.gz", "whole.warc.gz"}) {
    SCOPED_TRACE(name);
    const ReadAll r = ReadFileRecords(name);
    EXPECT_TRUE(r.errors.empty());
    ASSERT_EQ(r.records.size(), 2u);
    const WarcRecord& page = r.records[0];
    EXPECT_EQ(page.type, "response");
    EXPECT_EQ(page.target_uri, "http://news.test/bridge");
    EXPECT_EQ(page.date, "2024-05-06T07:08:09Z");
    EXPECT_EQ(page.record_id, "<urn:uuid:00000000-0000-4000-8000-000000000003>");
    EXPECT_EQ(page.http_status, 200);
    EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
    EXPECT_EQ(page.payload.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_EQ(page.payload.back(), '\n');
    const WarcRecord& resource = r.records[1];
    EXPECT_EQ(resource.type, "resource");
    EXPECT_EQ(resource.http_status, 0);
    EXPECT_EQ(resource.content_type, "text/html; charset=iso-8859-1");
    EXPECT_EQ(resource.payload.rfind("<html>", 0), 0u);
    EXPECT_EQ(r.stats.records, 7u);
    EXPECT_EQ(r.stats.responses, 4u);
    EXPECT_EQ(r.stats.skipped_status, 1u);
    EXPECT_EQ(r.stats.skipped_not_html, 1u);
    EXPECT_EQ(r.stats.errors, 0u);
  }
}

TEST(WarcReaderTest, OffsetsAreRecordOrMemberStarts) {
  const ReadAll plain = ReadFileRecords("tiny.warc", Everything());
  const ReadAll per_record = ReadFileRecords("tiny.warc.gz", Everything());
  const ReadAll whole = ReadFileRecords("whole.warc.gz", Everything());
  ASSERT_EQ(plain.records.size(), 7u);
  ASSERT_EQ(per_record.records.size(), 7u);
  ASSERT_EQ(whole.records.size(), 7u);
  Result<std::string> bytes = ReadFile(kDir + "tiny.warc", 1 << 20);
  Result<std::string> gz = ReadFile(kDir + "tiny.warc.gz", 1 << 20);
  ASSERT_TRUE(bytes.ok() && gz.ok());
  for (size_t i = 0; i < 7; ++i) {
    EXPECT_EQ(bytes->compare(plain.records[i].offset, 8, "WARC/1.1"), 0);
    EXPECT_EQ(plain.records[i].stream_offset, plain.records[i].offset);
    EXPECT_EQ(gz->compare(per_record.records[i].offset, 2, "\x1f\x8b"), 0);
    EXPECT_EQ(per_record.records[i].stream_offset, plain.records[i].offset);
    EXPECT_EQ(whole.records[i].offset, 0u);
    EXPECT_EQ(whole.records[i].stream_offset, plain.records[i].offset);
    EXPECT_EQ(per_record.records[i].payload, plain.records[i].payload);
  }
  EXPECT_EQ(Types(plain), "warcinfo,request,response,response,response,resource,metadata");
  EXPECT_EQ(plain.records[1].payload.rfind("GET /bridge HTTP/1.1", 0), 0u);
}

TEST(WarcReaderTest, MembersThatCutThroughRecordsAreOneStream) {
  // bgzip-style: fixed-size gzip members regardless of record boundaries.
  Result<std::string> plain = ReadFile(kDir + "tiny.warc", 1 << 20);
  ASSERT_TRUE(plain.ok());
  for (size_t chunk : {1u, 7u, 100u, 4096u}) {
    SCOPED_TRACE(chunk);
    std::string gz;
    for (size_t i = 0; i < plain->size(); i += chunk) gz += Compress(plain->substr(i, chunk));
    WarcOptions o = Everything();
    o.buffer_bytes = 64;
    const ReadAll r = ReadBytes(gz, o);
    EXPECT_TRUE(r.errors.empty()) << r.errors[0].ToString();
    EXPECT_EQ(Types(r), "warcinfo,request,response,response,response,resource,metadata");
  }
}

TEST(WarcReaderTest, EndIsSticky) {
  Result<std::unique_ptr<WarcReader>> reader =
      WarcReader::FromBytes(WarcRecordBytes("resource", "http://a.test/", "<html>", "text/html"));
  ASSERT_TRUE(reader.ok());
  WarcRecord r;
  EXPECT_TRUE((*reader)->Next(&r).value());
  EXPECT_FALSE((*reader)->Next(&r).value());
  EXPECT_FALSE((*reader)->Next(&r).value());
}

TEST(WarcReaderTest, ChunkedAndGzipEncodedPayload) {
  const ReadAll r = ReadFileRecords("chunked.warc");
  ASSERT_EQ(r.records.size(), 1u);
  const ReadAll plain = ReadFileRecords("tiny.warc");
  ASSERT_FALSE(plain.records.empty());
  EXPECT_EQ(r.records[0].payload, plain.records[0].payload);
}

TEST(WarcReaderTest, TruncatedMemberIsReportedAndFollowingRecordsRead) {
  const ReadAll r = ReadFileRecords("truncated.warc.gz", Everything());
  ASSERT_EQ(r.errors.size(), 1u);
  const std::string& message = r.errors[0].message();
  EXPECT_NE(message.find(kDir + "truncated.warc.gz: record at offset "), std::string::npos)
      << message;
  EXPECT_NE(message.find("http://news.test/bridge"), std::string::npos) << message;
  EXPECT_NE(message.find("gzip member at offset"), std::string::npos) << message;
  EXPECT_EQ(Types(r), "warcinfo,request,response,response,resource,metadata");
  EXPECT_EQ(r.records[2].http_status, 404);
}

TEST(WarcReaderTest, RecordLongerThanItsGzipMemberIsTruncated) {
  std::string clipped = WarcRecordBytes("response", "http://a.test/clipped",
                                        HttpOk("<html>" + std::string(300, 'c') + "</html>"));
  clipped.resize(clipped.size() - 200);  // Content-Length now promises more than the member has
  const std::string next = WarcRecordBytes("response", "http://a.test/next", HttpOk("<html>"));
  const std::string first = Compress(clipped);
  const ReadAll r = ReadBytes(first + Compress(next));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message().find("record at offset 0 (http://a.test/clipped): truncated: "
                                       "its gzip member ends after"),
            std::string::npos)
      << r.errors[0].message();
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].target_uri, "http://a.test/next");
  EXPECT_EQ(r.records[0].offset, first.size());
}

TEST(WarcReaderTest, GarbageBetweenRecordsAndContentLengthPastTheEnd) {
  const ReadAll r = ReadFileRecords("garbage.warc", Everything());
  ASSERT_EQ(r.errors.size(), 2u);
  Result<std::string> bytes = ReadFile(kDir + "garbage.warc", 1 << 20);
  ASSERT_TRUE(bytes.ok());
  const size_t at = bytes->find("this line is not a record");
  EXPECT_NE(r.errors[0].message().find("offset " + std::to_string(at) +
                                       ": skipped 41 bytes that "
                                       "are not a record"),
            std::string::npos)
      << r.errors[0].message();
  EXPECT_NE(r.errors[1].message().find("truncated: Content-Length is 999999"), std::string::npos)
      << r.errors[1].message();
  EXPECT_EQ(Types(r), "response,resource");
  EXPECT_EQ(r.stats.errors, 2u);
}

TEST(WarcReaderTest, ArcFilesPlainAndGzipped) {
  for (const char* name : {"tiny.arc", "tiny.arc.gz"}) {
    SCOPED_TRACE(name);
    const ReadAll r = ReadFileRecords(name);
    EXPECT_TRUE(r.errors.empty());
    ASSERT_EQ(r.records.size(), 2u);
    EXPECT_EQ(r.records[0].type, "response");
    EXPECT_EQ(r.records[0].target_uri, "http://news.test/bridge");
    EXPECT_EQ(r.records[0].date, "2024-05-06T07:08:09Z");
    EXPECT_EQ(r.records[0].http_status, 200);
    EXPECT_EQ(r.records[0].payload.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_EQ(r.records[1].target_uri, "http://news.test/second");
    EXPECT_EQ(r.stats.records, 3u);
    const ReadAll all = ReadFileRecords(name, Everything());
    EXPECT_EQ(Types(all), "filedesc,response,response");
  }
}

TEST(WarcReaderTest, NotAnArchive) {
  for (const std::string& bytes : {std::string(), std::string("  \r\n"), std::string("<html>"),
                                   Compress("just text"), std::string("\x1f\x8b")}) {
    Result<std::unique_ptr<WarcReader>> reader = WarcReader::FromBytes(bytes);
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.status().code(), StatusCode::kInvalidInput);
  }
  Result<std::unique_ptr<WarcReader>> missing = WarcReader::Open(kDir + "no-such.warc");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST(WarcReaderTest, BadContentLengthResyncsOnTheNextRecord) {
  const std::string good = WarcRecordBytes("response", "http://a.test/", HttpOk("<html>ok</html>"));
  for (const char* length : {"-12", "12abc", "999999999999999999999999"}) {
    SCOPED_TRACE(length);
    std::string bad = good;
    const size_t at = bad.find("Content-Length: ") + 16;
    bad.replace(at, bad.find("\r\n", at) - at, length);
    const ReadAll r = ReadBytes(bad + good);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_NE(r.errors[0].message().find("record at offset 0: bad Content-Length"),
              std::string::npos)
        << r.errors[0].message();
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].offset, bad.size());
    EXPECT_EQ(r.records[0].payload, "<html>ok</html>");
  }
}

TEST(WarcReaderTest, OversizedRecordIsSkippedWithTooLarge) {
  WarcOptions o;
  o.max_record_bytes = 100;
  const std::string big = WarcRecordBytes("response", "http://a.test/big",
                                          HttpOk("<html>" + std::string(500, 'x') + "</html>"));
  const std::string small = WarcRecordBytes("response", "http://a.test/small", HttpOk("<html>"));
  for (const std::string& bytes : {big + small, Compress(big) + Compress(small)}) {
    const ReadAll r = ReadBytes(bytes, o);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].code(), StatusCode::kTooLarge);
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].target_uri, "http://a.test/small");
  }
}

TEST(WarcReaderTest, ZipBombMemberIsSkippedWithTooLarge) {
  WarcOptions o;
  o.max_member_bytes = 4u << 20;
  const std::string page = WarcRecordBytes("response", "http://a.test/", HttpOk("<html>"));
  const std::string bytes = Compress(page) + testing::ZeroBomb(64) + Compress(page);
  const ReadAll r = ReadBytes(bytes, o);
  ASSERT_EQ(r.records.size(), 2u);
  ASSERT_GE(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), StatusCode::kTooLarge);
}

TEST(WarcReaderTest, NoContentTypeIsSniffed) {
  const auto record = [](const std::string& block) {
    return "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: " + std::to_string(block.size()) +
           "\r\n\r\n" + block + "\r\n\r\n";
  };
  const std::string html = record("HTTP/1.0 200 OK\r\n\r\n<!doctype html><p>x</p>");
  const std::string json = record("HTTP/1.0 200 OK\r\n\r\n{\"a\": [1, 2]}");
  const ReadAll r = ReadBytes(html + json);
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].payload, "<!doctype html><p>x</p>");
  EXPECT_EQ(r.stats.skipped_not_html, 1u);
}

TEST(WarcReaderTest, HeadOnlyResponseAndEmptyBlocks) {
  const std::string redirect =
      WarcRecordBytes("response", "http://a.test/r", "HTTP/1.1 301 Moved\r\nLocation: /x\r\n");
  const std::string empty = WarcRecordBytes("resource", "http://a.test/e", "", "text/html");
  const ReadAll r = ReadBytes(redirect + empty, Everything());
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].ToString();
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0].http_status, 301);
  EXPECT_EQ(r.records[0].payload, "");
  EXPECT_EQ(r.records[1].payload, "");
}

TEST(WarcReaderTest, TruncatedHeaderAtTheEnd) {
  const std::string good = WarcRecordBytes("response", "http://a.test/", HttpOk("<html>"));
  const ReadAll r = ReadBytes(good + "WARC/1.0\r\nWARC-Type: response\r\nContent-Le");
  ASSERT_EQ(r.records.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message().find("truncated"), std::string::npos);
}

TEST(WarcReaderTest, NonUtf8AndBinaryPayloadsPassThroughUnchanged) {
  const std::string latin1 = "<html>caf\xE9 \x93quoted\x94</html>";
  const ReadAll r = ReadBytes(WarcRecordBytes("resource", "http://a.test/", latin1, "text/html"));
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].payload, latin1);
}

TEST(LooksLikeArchiveTest, PlainGzippedAndNot) {
  EXPECT_TRUE(LooksLikeArchive("WARC/1.0\r\nWARC-Type: warcinfo"));
  EXPECT_TRUE(LooksLikeArchive("\r\nWARC/0.18\r\n"));
  EXPECT_TRUE(LooksLikeArchive("filedesc://x.arc 0.0.0.0 20240101000000 text/plain 1"));
  const std::string gz = Compress(WarcRecordBytes("warcinfo", "", "x"));
  EXPECT_TRUE(LooksLikeArchive(gz));
  EXPECT_TRUE(LooksLikeArchive(gz.substr(0, 40)));  // a prefix is enough
  EXPECT_FALSE(LooksLikeArchive(Compress("<html></html>")));
  EXPECT_FALSE(LooksLikeArchive("WARC/"));
  EXPECT_FALSE(LooksLikeArchive("<!doctype html>"));
  EXPECT_FALSE(LooksLikeArchive(""));
}

}  // namespace
}  // namespace corroborate::archive
