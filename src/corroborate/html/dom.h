// A parsed HTML document (libxml2's HTML parser, which is about 3x faster than gumbo on real
// pages) and small helpers to read it. The input must already be UTF-8 (see charset.h); the
// document's own charset declarations are ignored.
//
// Element names are lower case. Attribute values are returned as views into the tree, valid as
// long as the Dom lives.
#ifndef CORROBORATE_HTML_DOM_H_
#define CORROBORATE_HTML_DOM_H_

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

#include "corroborate/common/status.h"

namespace corroborate::html {

using Node = xmlNode;

struct ParseOptions {
  // Pages whose markup nests deeper than this (estimated by one scan before parsing) are
  // rejected: no real article nests this deep, and hostile nesting makes tree builders slow.
  size_t max_nesting = 2000;
};

class Dom {
 public:
  // Parses UTF-8 HTML. Errors: InvalidInput when nothing could be parsed; TooLarge when the
  // markup nests deeper than options.max_nesting.
  static Result<Dom> Parse(std::string_view utf8_html, const ParseOptions& options = {});

  Dom(Dom&&) noexcept = default;
  Dom& operator=(Dom&&) noexcept = default;

  // The <html> element; never null.
  const Node* root() const { return root_; }
  // The <head> and <body> elements, or null when the page has none.
  const Node* head() const;
  const Node* body() const;

 private:
  struct Free { void operator()(xmlDoc* d) const { xmlFreeDoc(d); } };
  Dom(xmlDoc* doc, const Node* root) : doc_(doc), root_(root) {}
  std::unique_ptr<xmlDoc, Free> doc_;
  const Node* root_ = nullptr;
};

// The deepest nesting of `html`'s elements, estimated by one scan of its tags (void and
// implicitly closed elements do not count). Linear time.
size_t EstimateNesting(std::string_view html);

inline bool IsElement(const Node* n) { return n != nullptr && n->type == XML_ELEMENT_NODE; }
inline bool IsText(const Node* n) {
  return n != nullptr && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE);
}
// The element's lower-case name, or "" for other nodes.
std::string_view Name(const Node* n);
// True when `n` is an element named `name` (lower case).
inline bool Is(const Node* n, std::string_view name) { return IsElement(n) && Name(n) == name; }
// The value of attribute `name` (lower case), or "" when absent. `found` tells the two apart.
std::string_view Attr(const Node* n, std::string_view name, bool* found = nullptr);
// The content of a text node ("" for others).
std::string_view Content(const Node* n);

// Appends the text below `n` with runs of whitespace collapsed to one space; skips script,
// style, noscript and template. Does not trim.
void AppendText(const Node* n, std::string* out);
// AppendText into a fresh string, trimmed.
std::string TextOf(const Node* n);

// The first element named `name` below `n` (depth first, `n` included), or null.
const Node* FindFirst(const Node* n, std::string_view name);

// Calls fn(node) for every node below `n` in document order (`n` included), iteratively, so
// deep markup cannot overflow the stack. fn returns false to skip the node's children.
template <typename Fn>
void ForEachNode(const Node* n, Fn&& fn) {
  const Node* cur = n;
  while (cur != nullptr) {
    if (fn(cur) && cur->children != nullptr) {
      cur = cur->children;
      continue;
    }
    while (cur != nullptr && cur != n && cur->next == nullptr) cur = cur->parent;
    if (cur == nullptr || cur == n) break;
    cur = cur->next;
  }
}

// ForEachNode over elements only (other nodes are passed over, their children never visited).
template <typename Fn>
void ForEachElement(const Node* n, Fn&& fn) {
  ForEachNode(n, [&fn](const Node* cur) { return IsElement(cur) && fn(cur); });
}

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_DOM_H_
