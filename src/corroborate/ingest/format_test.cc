#include "corroborate/ingest/format.h"

#include <gtest/gtest.h>

#include <string>

namespace corroborate::ingest {
namespace {

TEST(FormatTest, Detects) {
  EXPECT_EQ(DetectFormat(""), Format::kEmpty);
  EXPECT_EQ(DetectFormat("  \n\t \n"), Format::kEmpty);
  EXPECT_EQ(DetectFormat("Police said on Tuesday that ..."), Format::kText);
  EXPECT_EQ(DetectFormat("{\"url\": \"x\", \"maintext\": \"y\"}\n{}"), Format::kJsonLines);
  EXPECT_EQ(DetectFormat("<!DOCTYPE html><html><body><p>x</p></body></html>"), Format::kHtml);
  EXPECT_EQ(DetectFormat(std::string("\x1f\x8b\x08\x00", 4)), Format::kGzip);
  EXPECT_EQ(DetectFormat("WARC/1.0\r\nWARC-Type: warcinfo\r\n"), Format::kWarc);
  EXPECT_EQ(DetectFormat(std::string("ab\0cd", 5)), Format::kBinary);
  EXPECT_EQ(DetectFormat(std::string(100, '\x01')), Format::kBinary);
  EXPECT_EQ(DetectFormat("Caf\xC3\xA9 owners said \xE2\x80\x9Cno\xE2\x80\x9D."), Format::kText);
}

}  // namespace
}  // namespace corroborate::ingest
