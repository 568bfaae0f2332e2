// Unit tests of the body extractor's internal parts: class hints, text counting, furniture
// lines and JSON-LD markup stripping.
#include <gtest/gtest.h>

#include "corroborate/html/body_filter.h"
#include "corroborate/html/body_hints.h"
#include "corroborate/html/body_jsonld.h"
#include "corroborate/html/body_tree.h"

namespace corroborate::html::body_internal {
namespace {

TEST(BodyHints, BoilerplateAndContentWords) {
  EXPECT_TRUE(HintOf("share-bar", "").Unlikely());
  EXPECT_TRUE(HintOf("", "comments").Unlikely());
  EXPECT_TRUE(HintOf("site-nav", "").Unlikely());
  EXPECT_FALSE(HintOf("main-nav", "").Unlikely()) << "a content word vetoes, as in Readability";
  EXPECT_TRUE(HintOf("ad-slot top", "").Unlikely());
  EXPECT_FALSE(HintOf("header-wrap", "").content);
  // "article-share" is boilerplate inside an article: weighed, not removed outright.
  const Hint mixed = HintOf("article-share", "");
  EXPECT_TRUE(mixed.boiler);
  EXPECT_TRUE(mixed.positive);
  EXPECT_FALSE(mixed.Unlikely());
  EXPECT_EQ(mixed.weight, 0);
  // Short words only count as whole words at the ends of a class name.
  EXPECT_FALSE(HintOf("tag-economy category-news", "").boiler);
  EXPECT_FALSE(HintOf("canvas shadow", "").boiler);
  EXPECT_FALSE(HintOf("read-header", "").positive);
  const Hint body = HintOf("c-article-body", "story");
  EXPECT_TRUE(body.content);
  EXPECT_EQ(body.weight, 75);
  EXPECT_FALSE(HintOf("ArticleBody-sidebar", "").content) << "a strong name with a boiler word";
}

TEST(BodyTree, CountsCharactersAndCommas) {
  uint32_t chars = 0, commas = 0;
  CountText("  one, two,\tthree  ", &chars, &commas);
  EXPECT_EQ(chars, 13u);  // "one,two,three"
  EXPECT_EQ(commas, 2u);
  chars = commas = 0;
  CountText("caf\xC3\xA9 \xE4\xB8\x80\xEF\xBC\x8C\xE4\xBA\x8C", &chars, &commas);  // café 一，二
  EXPECT_EQ(chars, 7u);
  EXPECT_EQ(commas, 1u);
  chars = commas = 0;
  CountText("abcdefgh,ijklmnop qrstuvwx", &chars, &commas);  // the eight-byte path
  EXPECT_EQ(chars, 25u);
  EXPECT_EQ(commas, 1u);
}

TEST(BodyTree, SumsSubtreesAndSkipsHiddenAndScripts) {
  auto dom = Dom::Parse(
      "<body><div><p>ab <a href=x>cd</a></p><script>var x = 1;</script>"
      "<p style='visibility: hidden'>zzz</p><ul><li>ef</li></ul></div></body>");
  ASSERT_TRUE(dom.ok());
  const BodyTree tree = BuildTree(dom->body());
  ASSERT_GE(tree.elems.size(), 2u);
  const Elem& div = tree.elems[1];
  EXPECT_EQ(div.text, 6u);
  EXPECT_EQ(div.link, 2u);
  EXPECT_EQ(div.paras, 1u);
  EXPECT_EQ(div.items, 1u);
  EXPECT_EQ(div.end, static_cast<int32_t>(tree.elems.size()));
  EXPECT_EQ(tree.elems[2].inline_text, 4u) << "the link's text is part of the paragraph";
}

TEST(BodyFilter, FurnitureLines) {
  EXPECT_TRUE(IsBoilerplateLine("Related: Storm damage reaches the pier"));
  EXPECT_TRUE(IsBoilerplateLine("READ MORE: Fishing quotas cut"));
  EXPECT_TRUE(IsBoilerplateLine("Comments"));
  EXPECT_TRUE(IsBoilerplateLine("You may also like..."));
  EXPECT_TRUE(IsBoilerplateLine("Don\xE2\x80\x99t miss:"));
  EXPECT_TRUE(IsBoilerplateLine("(Reporting by A. Writer; editing by B. Editor)"));
  EXPECT_TRUE(IsBoilerplateLine("C. Writer contributed to this report."));
  EXPECT_FALSE(IsBoilerplateLine("Comments made by the minister drew criticism."));
  EXPECT_FALSE(IsBoilerplateLine("More than 200 people attended the meeting."));
  EXPECT_FALSE(IsBoilerplateLine("Related companies were also fined."));
}

Block MakeBlock(const std::string& text, uint32_t link_chars = 0, bool in_quote = false) {
  Block b;
  b.text = text;
  for (char c : text) b.chars += c != ' ' ? 1 : 0;
  b.link_chars = link_chars;
  b.in_quote = in_quote;
  return b;
}

TEST(BodyFilter, DropsLeadFurnitureButNotTheSameLaterOrQuoted) {
  const std::string para(160, 'x');
  const std::vector<Block> blocks = {
      MakeBlock("Council backs dredging plan"),  // the title
      MakeBlock("Nov. 20, 2019 5:52 AM EST"),    // dateline
      MakeBlock("By A. Reporter"),               // byline
      MakeBlock("Image 2 of 5"),
      MakeBlock(para),
      MakeBlock("Nov. 21, 2019"),                                   // after the text: kept
      MakeBlock("Storm damage at the pier", 21),                    // a link line
      MakeBlock("- A skipper (@skipper) Nov. 20, 2019", 20, true),  // a quoted post
  };
  PageTitles titles;
  titles.title = "Council backs dredging plan - Harbour Gazette";
  const std::vector<bool> keep = FilterBlocks(blocks, titles);
  EXPECT_EQ(keep, (std::vector<bool>{false, false, false, false, true, true, false, true}));
}

TEST(BodyFilter, WordsOfFoldsCaseAndPunctuation) {
  EXPECT_EQ(WordsOf("  Council backs  dredging-plan | Gazette "),
            "council backs dredging plan gazette");
  EXPECT_EQ(WordsOf("\xC3\x89T\xC3\x89 chaud"), "\xC3\xA9t\xC3\xA9 chaud");
}

TEST(BodyJsonLd, StripsMarkupAndDecodesEntities) {
  EXPECT_EQ(StripMarkup("<p>One &amp; two</p><p>Three&#39;s &#x263A;</p>"),
            "One & two\nThree's \xE2\x98\xBA");
  EXPECT_EQ(StripMarkup("a <b>bold</b>  move<br/>next"), "a bold move\nnext");
  EXPECT_EQ(StripMarkup("broken <tag"), "broken");
}

}  // namespace
}  // namespace corroborate::html::body_internal
