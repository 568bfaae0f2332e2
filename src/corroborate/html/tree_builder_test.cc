// Tests of the parser (tokenizer + tree builder) through Dom, as the rest of the stage sees it.
#include "corroborate/html/tree_builder.h"

#include <gtest/gtest.h>

#include <string>

#include "corroborate/html/dom.h"

namespace corroborate::html {
namespace {

// The tree as a compact string: elements as name(children), text as 'text'.
void Dump(const Node* n, std::string* out) {
  if (IsText(n)) {
    *out += "'" + std::string(Content(n)) + "'";
    return;
  }
  *out += std::string(Name(n));
  if (n->children == nullptr) return;
  *out += "(";
  for (const Node* c = n->children; c != nullptr; c = c->next) {
    if (c != n->children) *out += " ";
    Dump(c, out);
  }
  *out += ")";
}

std::string Tree(std::string_view html) {
  auto dom = Dom::Parse(html);
  if (!dom.ok()) return "error: " + dom.status().message();
  std::string out;
  Dump(dom->root(), &out);
  return out;
}

std::string BodyTree(std::string_view html) {
  auto dom = Dom::Parse(html);
  if (!dom.ok() || dom->body() == nullptr) return "no body";
  std::string out;
  Dump(dom->body(), &out);
  return out;
}

TEST(TreeBuilder, ImpliesHtmlHeadAndBody) {
  EXPECT_EQ(Tree("<title>T</title><meta charset=utf-8><p>x"),
            "html(head(title('T') meta) body(p('x')))");
  EXPECT_EQ(Tree("just text"), "html(body('just text'))");
  EXPECT_EQ(Tree("<!DOCTYPE html><html><head></head><body></body></html>"), "html(head body)");
}

TEST(TreeBuilder, HeadContentAfterHeadStillGoesToHead) {
  EXPECT_EQ(Tree("<head><title>T</title></head>\n<link rel=x>\n<body><p>a</p></body>"),
            "html(head(title('T') link) body(p('a')))");
}

TEST(TreeBuilder, ScriptInBodyStaysInBody) {
  EXPECT_EQ(BodyTree("<body><p>a</p><script>if (a<b) x='</p>';</script><p>b"),
            "body(p('a') script('if (a<b) x='</p>';') p('b'))");
}

TEST(TreeBuilder, ImpliedEndTags) {
  EXPECT_EQ(BodyTree("<p>one<p>two<div>three</div>"), "body(p('one') p('two') div('three'))");
  EXPECT_EQ(BodyTree("<ul><li>a<li>b<ul><li>c</ul></ul>"), "body(ul(li('a') li('b' ul(li('c')))))");
  EXPECT_EQ(BodyTree("<table><tr><td>a<td>b<tr><td>c</table>"),
            "body(table(tr(td('a') td('b')) tr(td('c'))))");
  EXPECT_EQ(BodyTree("<dl><dt>t<dd>d<dt>u</dl>"), "body(dl(dt('t') dd('d') dt('u')))");
  EXPECT_EQ(BodyTree("<a href=1>x<a href=2>y</a>"), "body(a('x') a('y'))");
  EXPECT_EQ(BodyTree("<h2>a<h3>b</h3>"), "body(h2('a') h3('b'))");
}

TEST(TreeBuilder, StrayAndMismatchedEndTags) {
  // A stray inline end tag cannot close a container.
  EXPECT_EQ(BodyTree("<div><span>a</div></span>b"), "body(div(span('a')) 'b')");
  EXPECT_EQ(BodyTree("<div>a</span>b</div>"), "body(div('a' 'b'))");
  EXPECT_EQ(BodyTree("<div><table><tr><td><div>x</div></div>y</td></tr></table>z</div>"),
            "body(div(table(tr(td(div('x') 'y'))) 'z'))");
  EXPECT_EQ(BodyTree("<p>a</p></p>b"), "body(p('a') 'b')");
  EXPECT_EQ(BodyTree("a</br>b"), "body('a' br 'b')");
}

TEST(TreeBuilder, AttributesAndSelfClosing) {
  auto dom = Dom::Parse(
      "<html lang=EN><body class=b><DIV Class='x y' id=\"i\" data-a=1 data-a=2 hidden>"
      "<img src=a.png/><br/><span/>t</DIV>");
  ASSERT_TRUE(dom.ok());
  EXPECT_EQ(Attr(dom->root(), "lang"), "EN");
  EXPECT_EQ(Attr(dom->body(), "class"), "b");
  const Node* div = FindFirst(dom->root(), "div");
  ASSERT_NE(div, nullptr);
  EXPECT_EQ(Attr(div, "class"), "x y");
  EXPECT_EQ(Attr(div, "id"), "i");
  EXPECT_EQ(Attr(div, "data-a"), "1");  // the first of duplicates
  bool found = false;
  EXPECT_EQ(Attr(div, "hidden", &found), "");
  EXPECT_TRUE(found);
  EXPECT_EQ(Attr(FindFirst(div, "img"), "src"), "a.png/");  // unquoted: the slash is the value's
  std::string out;
  Dump(div, &out);
  EXPECT_EQ(out, "div(img br span 't')");
}

TEST(TreeBuilder, CharacterReferencesInTextTitleAndAttributes) {
  auto dom = Dom::Parse(
      "<title>A &amp; B</title><p title='&quot;q&quot;'>x &lt; y &#8212; z</p>"
      "<textarea>&lt;b&gt;</textarea><script>a &amp;&amp; b</script>");
  ASSERT_TRUE(dom.ok());
  EXPECT_EQ(TextOf(FindFirst(dom->root(), "title")), "A & B");
  EXPECT_EQ(Attr(FindFirst(dom->root(), "p"), "title"), "\"q\"");
  EXPECT_EQ(TextOf(FindFirst(dom->root(), "p")), "x < y \xE2\x80\x94 z");
  EXPECT_EQ(TextOf(FindFirst(dom->root(), "textarea")), "<b>");
  EXPECT_EQ(Content(FindFirst(dom->root(), "script")->children), "a &amp;&amp; b");
}

TEST(TreeBuilder, CommentsDoctypesAndBogusMarkupAreDropped) {
  EXPECT_EQ(BodyTree("<p>a<!-- <p>hidden</p> -->b<!---->c<!-->d<?php x ?>e<![CDATA[f]]>g</p>"),
            "body(p('a' 'b' 'c' 'd' 'e' 'g'))");
  // As in HTML5, a tag name runs to a space, '/' or '>': "b<" here, with attribute "p".
  EXPECT_EQ(BodyTree("<p>1 < 2 and a<b</p>"), "body(p('1 < 2 and a' b<))");
  EXPECT_EQ(BodyTree("<p>x</>y</ 3>z"), "body(p('x' 'y' 'z'))");
}

TEST(TreeBuilder, TruncatedMarkup) {
  EXPECT_EQ(BodyTree("<p>a<span class='never closed"), "body(p('a'))");
  EXPECT_EQ(BodyTree("<p>a<!-- open comment"), "body(p('a'))");
  EXPECT_EQ(BodyTree("<p>a<script>var x"), "body(p('a' script('var x')))");
  EXPECT_EQ(BodyTree("<p>a</p"), "body(p('a'))");
}

TEST(TreeBuilder, RawTextEndTagIsCaseInsensitiveAndNeedsADelimiter) {
  EXPECT_EQ(BodyTree("<body><style>a</styles>b</STYLE >c"), "body(style('a</styles>b') 'c')");
}

TEST(TreeBuilder, PlaintextSwallowsTheRest) {
  EXPECT_EQ(BodyTree("<plaintext><b>x</b>"), "body(plaintext('<b>x</b>'))");
}

TEST(TreeBuilder, EmptyOrMarkupFreePagesAreErrors) {
  EXPECT_FALSE(Dom::Parse("").ok());
  EXPECT_FALSE(Dom::Parse("<!DOCTYPE html><!-- nothing -->").ok());
  EXPECT_TRUE(Dom::Parse("  x  ").ok());
}

TEST(TreeBuilder, DepthLimitIsExactAndEndTagsUnwind) {
  ParseOptions options;
  options.max_nesting = 50;
  std::string ok;
  for (int i = 0; i < 1000; ++i) ok += "<div></div>";  // wide, not deep
  EXPECT_TRUE(Dom::Parse(ok, options).ok());
  std::string deep;
  for (int i = 0; i < 60; ++i) deep += "<span>";
  const auto dom = Dom::Parse(deep, options);
  ASSERT_FALSE(dom.ok());
  EXPECT_EQ(dom.status().code(), StatusCode::kTooLarge);
  // Implicitly closed elements do not add up.
  std::string paragraphs;
  for (int i = 0; i < 200; ++i) paragraphs += "<p>x<li>y";
  EXPECT_TRUE(Dom::Parse(paragraphs, options).ok());
}

TEST(TreeBuilder, HostileEndTagsStayLinear) {
  // Many end tags that must each look down a deep stack: bounded by the search limit.
  std::string html = "<div><table>";
  for (int i = 0; i < 1500; ++i) html += "<span>";
  for (int i = 0; i < 200000; ++i) html += "</div>";
  EXPECT_TRUE(Dom::Parse(html).ok());
}

}  // namespace
}  // namespace corroborate::html
