#include "corroborate/common/utf8.h"

#include <gtest/gtest.h>

namespace corroborate::utf8 {
namespace {

TEST(Utf8Test, ValidAndInvalid) {
  EXPECT_TRUE(IsValid(""));
  EXPECT_TRUE(IsValid("plain ascii"));
  EXPECT_TRUE(IsValid("Zo\xC3\xAB \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80"));
  EXPECT_EQ(FirstInvalid("ab\xFF" "cd"), 2u);
  EXPECT_EQ(FirstInvalid("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(FirstInvalid("x\xED\xA0\x80"), 1u);      // surrogate
  EXPECT_EQ(FirstInvalid("\xF4\x90\x80\x80"), 0u);   // past U+10FFFF
  EXPECT_EQ(FirstInvalid("ok\xE2\x80"), 2u);         // truncated sequence
}

TEST(Utf8Test, SanitizeReplacesEachBadByte) {
  EXPECT_EQ(Sanitize("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(Sanitize("caf\xC3\xA9"), "caf\xC3\xA9");
  EXPECT_TRUE(IsValid(Sanitize("\xC3\x28\xA0\xA1\xE2\x28\xA1")));
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  const std::string s = "a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80";
  size_t pos = 0;
  std::string back;
  while (pos < s.size()) Append(Decode(s, &pos), &back);
  EXPECT_EQ(back, s);
  size_t start = 0;
  EXPECT_EQ(DecodeBefore(s, s.size(), &start), U'\U0001F600');
  EXPECT_EQ(start, s.size() - 4);
}

TEST(Utf8Test, TruncateKeepsBoundaries) {
  const std::string s = "\xC3\xA9\xC3\xA9\xC3\xA9";  // three two-byte letters
  EXPECT_EQ(Truncate(s, 3), "\xC3\xA9\xE2\x80\xA6");
  EXPECT_EQ(Truncate(s, 10), s);
  EXPECT_EQ(FloorBoundary(s, 1), 0u);
}

TEST(Utf8Test, FoldForMatch) {
  EXPECT_EQ(FoldForMatch("ICE\xE2\x80\x99s \xE2\x80\x9CGood\xE2\x80\x9D"), "ice's \"good\"");
  EXPECT_EQ(FoldForMatch("\xC3\x89" "COLE"), "\xC3\xA9" "cole");
  EXPECT_EQ(FoldForMatch(""), "");
}

}  // namespace
}  // namespace corroborate::utf8
