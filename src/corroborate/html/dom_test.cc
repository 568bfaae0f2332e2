#include "corroborate/html/dom.h"

#include <gtest/gtest.h>

#include <string>

namespace corroborate::html {
namespace {

TEST(Dom, ParsesElementsAttributesAndText) {
  auto dom = Dom::Parse(
      "<html lang=en><head><title>A  title</title><meta property='og:x' content='v'></head>"
      "<body><p class=lead>One <b>two</b>\n three<script>x()</script></p></body></html>");
  ASSERT_TRUE(dom.ok()) << dom.status().message();
  EXPECT_EQ(Name(dom->root()), "html");
  EXPECT_EQ(Attr(dom->root(), "lang"), "en");
  ASSERT_NE(dom->head(), nullptr);
  ASSERT_NE(dom->body(), nullptr);
  EXPECT_EQ(TextOf(FindFirst(dom->root(), "title")), "A title");
  const Node* p = FindFirst(dom->root(), "p");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(Attr(p, "class"), "lead");
  bool found = true;
  EXPECT_EQ(Attr(p, "id", &found), "");
  EXPECT_FALSE(found);
  EXPECT_EQ(TextOf(p), "One two three");
  const Node* meta = FindFirst(dom->root(), "meta");
  EXPECT_EQ(Attr(meta, "content"), "v");
}

TEST(Dom, IgnoresDeclaredCharsetBecauseInputIsUtf8) {
  auto dom = Dom::Parse(
      "<html><head><meta charset=iso-8859-1></head><body><p>caf\xC3\xA9</p></body></html>");
  ASSERT_TRUE(dom.ok());
  EXPECT_EQ(TextOf(FindFirst(dom->root(), "p")), "caf\xC3\xA9");
}

TEST(Dom, ForEachElementVisitsInOrderAndCanSkipChildren) {
  auto dom = Dom::Parse("<div id=a><div id=b><span id=c></span></div><div id=d></div></div>");
  ASSERT_TRUE(dom.ok());
  std::string order;
  ForEachElement(FindFirst(dom->root(), "div"), [&](const Node* n) {
    order += std::string(Attr(n, "id"));
    return Attr(n, "id") != "b";
  });
  EXPECT_EQ(order, "abd");
}

TEST(Dom, RejectsHostileNesting) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  auto dom = Dom::Parse(deep);
  ASSERT_FALSE(dom.ok());
  EXPECT_EQ(dom.status().code(), StatusCode::kTooLarge);
}

TEST(Dom, SurvivesJunk) {
  for (std::string junk : {std::string(""), std::string("\x01\x02<<<>>"), std::string("<"),
                           std::string("<html"), std::string("text only")}) {
    auto dom = Dom::Parse(junk);
    if (dom.ok()) {
      EXPECT_NE(dom->root(), nullptr);
    }
  }
}

}  // namespace
}  // namespace corroborate::html
