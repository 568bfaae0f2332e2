// The visible elements below a page's <body>, in document order, with text statistics summed
// bottom-up once, so that container scoring and block emission never rescan a subtree. Internal
// to the body extractor (body.h); not a public API.
//
// Scripts, styles, form controls, embedded frames and hidden elements (hidden attribute,
// aria-hidden, inline display:none / visibility:hidden) are left out with their subtrees.
#ifndef CORROBORATE_HTML_BODY_TREE_H_
#define CORROBORATE_HTML_BODY_TREE_H_

#include <cstdint>
#include <vector>

#include "corroborate/html/body_tags.h"
#include "corroborate/html/dom.h"

namespace corroborate::html::body_internal {

// Attributes read once while the tree is built.
enum ElemFlag : uint8_t {
  kInLink = 1,          // inside an <a>
  kArticleBody = 2,     // itemprop="articleBody" (or articlebody)
  kRoleMain = 4,        // role="main" or role="article"
  kRoleBoiler = 8,      // role navigation, banner, contentinfo, complementary, menu, dialog...
  kInArticle = 16,      // an <article> or inside one
  kNestedArticle = 32,  // an <article> inside another: by the HTML spec a comment or related item
  kInQuote = 64,        // a <blockquote> or inside one
};

struct Elem {
  const Node* node = nullptr;
  int32_t parent = -1;  // index of the parent element; -1 for the root
  int32_t end = 0;      // one past the index of the last element of the subtree
  Tag tag = Tag::kOther;
  uint8_t flags = 0;
  // Text characters below (spaces not counted), of which inside links, and commas.
  uint32_t text = 0, link = 0, commas = 0;
  // Text characters inside <blockquote>s (quoted and embedded posts).
  uint32_t quote = 0;
  // Text not inside any block-level descendant: the element's own "paragraph" text.
  uint32_t inline_text = 0, inline_commas = 0;
  // Counts of descendants: paragraphs (<p>, and blocks holding only phrasing text), <li>,
  // <img>, form controls.
  uint32_t paras = 0, items = 0, images = 0, inputs = 0;
  // class and id attribute values (null when absent), for the hints (body_hints.h).
  std::string_view cls;  // the class attribute, "" when absent
  std::string_view id;
};

struct BodyTree {
  std::vector<Elem> elems;           // elems[0] is the root (normally <body>)
  std::vector<const Node*> json_ld;  // <script type="application/ld+json"> below the root

  double LinkDensity(int i) const {
    const Elem& e = elems[i];
    return e.text == 0 ? 0.0 : static_cast<double>(e.link) / e.text;
  }
  // Whether `i` is `ancestor` or below it.
  bool Within(int i, int ancestor) const { return i >= ancestor && i < elems[ancestor].end; }
};

// Builds the tree below `root` (the <body>, or the <html> element when there is none).
// Linear in the size of the DOM.
BodyTree BuildTree(const Node* root);

// Adds to *chars the text characters of `text` (UTF-8 code points other than ASCII spaces and
// controls) and to *commas its commas (ASCII and CJK). `text` is NUL-terminated.
void CountText(std::string_view text, uint32_t* chars, uint32_t* commas);

}  // namespace corroborate::html::body_internal

#endif  // CORROBORATE_HTML_BODY_TREE_H_
