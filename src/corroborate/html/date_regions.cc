#include "corroborate/html/date_regions.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "corroborate/common/utf8.h"

namespace corroborate::html {
namespace {

constexpr std::array<std::string_view, 17> kOtherHints = {
    "comment",    "related",  "sidebar",   "footer",   "recommend", "popular",
    "recent",     "trending", "most-read", "mostread", "teaser",    "promo",
    "newsletter", "navbar",   "menu",      "caption",  "breaking"};

bool HintedOther(const Node* n) {
  const std::string_view name = Name(n);
  if (name == "footer" || name == "aside" || name == "nav" || name == "figcaption") return true;
  if (Attr(n, "class").empty() && Attr(n, "id").empty()) return false;
  std::string cls = utf8::AsciiLower(Attr(n, "class"));
  cls += ' ';
  cls += utf8::AsciiLower(Attr(n, "id"));
  return std::any_of(kOtherHints.begin(), kOtherHints.end(),
                     [&](std::string_view h) { return cls.find(h) != std::string::npos; });
}

// The bytes of text below `n` (script and style excluded), without copying it.
size_t TextLength(const Node* n) {
  size_t length = 0;
  ForEachElement(n, [&](const Node* e) {
    const std::string_view name = Name(e);
    if (name == "script" || name == "style" || name == "noscript" || name == "template") {
      return false;
    }
    for (const Node* c = e->children; c != nullptr; c = c->next) {
      if (IsText(c)) length += Content(c).size();
    }
    return true;
  });
  return length;
}

}  // namespace

OtherRegions::OtherRegions(const Dom& dom) : body_chars_(TextLength(dom.body())) {}

bool OtherRegions::IsOther(const Node* n) {
  // Cached either way: Contains asks again for the same ancestors from many descendants.
  auto it = verdicts_.find(n);
  if (it != verdicts_.end()) return it->second;
  // Less than 40% of the page's text.
  const bool other = HintedOther(n) && TextLength(n) * 5 < body_chars_ * 2;
  verdicts_.emplace(n, other);
  return other;
}

bool OtherRegions::Contains(const Node* n) {
  for (const Node* p = n; IsElement(p); p = p->parent) {
    const std::string_view name = Name(p);
    if (name == "body" || name == "html") return false;
    if (IsOther(p)) return true;
  }
  return false;
}

}  // namespace corroborate::html
