// What the tokenizer and the tree builder need to know about an element, from its lower-case
// name: how its content is tokenized and which implied end tags it triggers. Internal to the
// html stage (dom.h is the public face).
#ifndef CORROBORATE_HTML_ELEMENT_KINDS_H_
#define CORROBORATE_HTML_ELEMENT_KINDS_H_

#include <cstdint>
#include <string_view>

namespace corroborate::html::parse_internal {

enum Kind : uint32_t {
  kVoid = 1u << 0,         // never has content: <br>, <img>, <meta>
  kRawText = 1u << 1,      // content is text up to its end tag: <script>, <style>
  kEscapable = 1u << 2,    // like kRawText, with character references: <title>, <textarea>
  kClosesP = 1u << 3,      // a start tag closes an open <p>: <div>, <ul>, <h2>
  kHeadContent = 1u << 4,  // belongs in <head> when it comes before the body
  kSpecial = 1u << 5,      // structural: an inline end tag does not close past it
  kHeading = 1u << 6,      // h1-h6
  kTableScope = 1u << 7,   // a table part: <table>, <tr>, <td>
  kScopeEdge = 1u << 8,    // block end tags do not close past it: <td>, <table>, <object>
  kPlainText = 1u << 9,    // <plaintext>: the rest of the page is text
};

// Small ids for the elements whose open count the builder tracks; kUntracked for the others.
enum TagId : uint8_t {
  kUntracked, kP, kLi, kDd, kDt, kA, kButton, kNobr, kOption, kOptgroup, kTr, kTd, kTh,
  kTbody, kThead, kTfoot, kTable, kHtml, kHead, kBody, kBr, kUl, kOl, kDl, kTemplate,
  kTrackedCount
};

struct ElementKind {
  uint32_t kinds = 0;  // Kind bits
  TagId id = kUntracked;
};

// The kind of element `name` (lower case); unknown and custom elements get no bits.
ElementKind KindOf(std::string_view name);

}  // namespace corroborate::html::parse_internal

#endif  // CORROBORATE_HTML_ELEMENT_KINDS_H_
