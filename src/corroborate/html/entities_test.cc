#include "corroborate/html/entities.h"

#include <gtest/gtest.h>

#include <string>

namespace corroborate::html {
namespace {

std::string Text(std::string_view raw) {
  std::string out;
  AppendDecoded(raw, false, &out);
  return out;
}

std::string AttrValue(std::string_view raw) {
  std::string out;
  AppendDecoded(raw, true, &out);
  return out;
}

TEST(Entities, NamedNumericAndHex) {
  EXPECT_EQ(Text("Tom &amp; Jerry"), "Tom & Jerry");
  EXPECT_EQ(Text("caf&eacute; &#233; &#xE9; &#XE9;"), "caf\xC3\xA9 \xC3\xA9 \xC3\xA9 \xC3\xA9");
  EXPECT_EQ(Text("a&mdash;b&hellip;"), "a\xE2\x80\x94" "b\xE2\x80\xA6");
  EXPECT_EQ(Text("&NotEqualTilde;"), "\xE2\x89\x82\xCC\xB8");  // two code points
  EXPECT_EQ(LookupEntity("amp"), "&");
  EXPECT_EQ(LookupEntity("nosuchname"), "");
}

TEST(Entities, LegacyNamesWithoutSemicolon) {
  EXPECT_EQ(Text("a &amp b &nbsp c"), "a & b \xC2\xA0 c");
  EXPECT_EQ(Text("&copy2024"), "\xC2\xA9" "2024");
  EXPECT_EQ(Text("&notit;"), "\xC2\xACit;");  // "&not" is legacy, "&notit" is no name
  // In attribute values, a legacy name run into letters, digits or '=' is left alone.
  EXPECT_EQ(AttrValue("/a?x=1&copy=2&lang=en"), "/a?x=1&copy=2&lang=en");
  EXPECT_EQ(AttrValue("/a?x=1&amp;y=2"), "/a?x=1&y=2");
}

TEST(Entities, InvalidReferencesStayOrBecomeReplacement) {
  EXPECT_EQ(Text("AT&T & co &; &#; &#x; &unknown;"), "AT&T & co &; &#; &#x; &unknown;");
  EXPECT_EQ(Text("&#0;"), "\xEF\xBF\xBD");
  EXPECT_EQ(Text("&#xD800;"), "\xEF\xBF\xBD");
  EXPECT_EQ(Text("&#99999999999999;"), "\xEF\xBF\xBD");
  EXPECT_EQ(Text("&#150;"), "\xE2\x80\x93");  // windows-1252 en dash, as browsers read it
  EXPECT_EQ(Text("&#8217"), "\xE2\x80\x99");  // no ';'
  EXPECT_EQ(Text("trailing &"), "trailing &");
}

}  // namespace
}  // namespace corroborate::html
