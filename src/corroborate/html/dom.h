// A parsed HTML document and small helpers to read it. The parser is our own (tokenizer.h,
// tree_builder.h): an HTML5 tokenizer and a simplified HTML5 tree builder writing into one arena,
// several times faster than libxml2's HTML parser, which took three quarters of the extraction
// time. The input must already be UTF-8 (see charset.h); the page's charset declarations are
// ignored. Comments, doctypes and processing instructions are not kept.
//
// Element names are lower case. Names, attribute values and text are views into the Dom, valid
// as long as it lives.
#ifndef CORROBORATE_HTML_DOM_H_
#define CORROBORATE_HTML_DOM_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "corroborate/common/status.h"
#include "corroborate/html/node.h"

namespace corroborate::html {

struct ParseOptions {
  // Pages whose elements nest deeper than this are rejected: no real article nests this deep,
  // and hostile nesting would make every later walk of the tree slow.
  size_t max_nesting = 2000;
};

class Dom {
 public:
  // Parses UTF-8 HTML; never fails on broken markup. Errors: InvalidInput when the page holds
  // no element and no text; TooLarge when elements nest deeper than options.max_nesting.
  static Result<Dom> Parse(std::string_view utf8_html, const ParseOptions& options = {});

  Dom(Dom&&) noexcept;
  Dom& operator=(Dom&&) noexcept;
  ~Dom();

  // The <html> element; never null.
  const Node* root() const;
  // The <head> and <body> elements (implied ones included), or null when the page has none.
  const Node* head() const;
  const Node* body() const;

 private:
  struct Impl;
  explicit Dom(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};
// The element's lower-case name, or "" for other nodes.
std::string_view Name(const Node* n);
// True when `n` is an element named `name` (lower case).
inline bool Is(const Node* n, std::string_view name) { return IsElement(n) && Name(n) == name; }
// The value of attribute `name` (lower case), or "" when absent. `found` tells the two apart.
std::string_view Attr(const Node* n, std::string_view name, bool* found = nullptr);
// The content of a text node ("" for others).
std::string_view Content(const Node* n);

// Appends the text below `n` with runs of whitespace collapsed to one space; skips script,
// style, noscript and template. Does not trim. Stops once `out` holds more than `max_bytes`
// (callers that only need to know that a text is long save walking a whole page).
void AppendText(const Node* n, std::string* out, size_t max_bytes = SIZE_MAX);
// AppendText into a fresh string, trimmed.
std::string TextOf(const Node* n, size_t max_bytes = SIZE_MAX);

// Appends the class and id attributes of `n`, ASCII-lower-cased and joined by a space, to `out`:
// the string class-name hints are matched against, built without allocating per element.
void AppendClassAndId(const Node* n, std::string* out);

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
