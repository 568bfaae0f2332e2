#include "corroborate/core/article.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

TEST(ArticleTest, NormalizeMergesAndSorts) {
  Article a;
  a.text = std::string(100, 'x');
  a.removed = {{{50, 60}, "b"}, {{10, 20}, "a"}, {{15, 30}, "c"}, {{70, 70}, "empty"}};
  a.NormalizeRemoved();
  ASSERT_EQ(a.removed.size(), 2u);
  EXPECT_EQ(a.removed[0].span, (Span{10, 30}));
  EXPECT_EQ(a.removed[0].reason, "a");
  EXPECT_EQ(a.removed[1].span, (Span{50, 60}));
}

TEST(ArticleTest, IsRemoved) {
  Article a;
  a.removed = {{{10, 20}, "a"}, {{50, 60}, "b"}};
  EXPECT_FALSE(a.IsRemoved({0, 10}));
  EXPECT_TRUE(a.IsRemoved({5, 11}));
  EXPECT_TRUE(a.IsRemoved({19, 25}));
  EXPECT_FALSE(a.IsRemoved({20, 50}));
  EXPECT_TRUE(a.IsRemoved({55, 56}));
  EXPECT_FALSE(a.IsRemoved({60, 90}));
}

TEST(SpanTest, TrimHandlesUnicodeSpace) {
  const std::string t = "\xC2\xA0  word \xE2\x80\x89";
  Span s = TrimSpan(t, {0, static_cast<uint32_t>(t.size())});
  EXPECT_EQ(s.Of(t), "word");
  EXPECT_TRUE(TrimSpan("   ", {0, 3}).empty());
}

}  // namespace
}  // namespace corroborate
