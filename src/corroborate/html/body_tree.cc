#include "corroborate/html/body_tree.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "corroborate/html/body_jsonld.h"
#include "corroborate/html/body_tags.h"

namespace corroborate::html::body_internal {
namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < b.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != b[i]) return false;
  }
  return true;
}

// Inline styles that hide the element: "display:none" or "visibility:hidden", any spacing/case.
bool StyleHides(std::string_view style) {
  char buf[256];
  size_t n = 0;
  for (size_t i = 0; i < style.size() && n < sizeof(buf); ++i) {
    char c = style[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    buf[n++] = c;
  }
  const std::string_view v(buf, n);
  return v.find("display:none") != std::string_view::npos ||
         v.find("visibility:hidden") != std::string_view::npos;
}

// Reads the attributes the extractor needs in one pass; false when the element is hidden.
bool ReadAttributes(const Node* n, Elem* e) {
  for (const Attribute& a : Attributes(n)) {
    const std::string_view name = a.name;
    if (name.empty()) continue;
    switch (name[0]) {
      case 'c':
        if (name == "class") e->cls = a.value;
        break;
      case 'i':
        if (name == "id") {
          e->id = a.value;
        } else if (name == "itemprop" &&
                   EqualsIgnoringCase(a.value, "articlebody")) {
          e->flags |= kArticleBody;
        }
        break;
      case 'h':
        if (name == "hidden") return false;
        break;
      case 'a':
        if (name == "aria-hidden" && EqualsIgnoringCase(a.value, "true")) {
          return false;
        }
        break;
      case 's':
        if (name == "style" && StyleHides(a.value)) return false;
        break;
      case 'r':
        if (name == "role") {
          const std::string_view v = a.value;
          if (EqualsIgnoringCase(v, "main") || EqualsIgnoringCase(v, "article")) {
            e->flags |= kRoleMain;
          } else if (EqualsIgnoringCase(v, "navigation") || EqualsIgnoringCase(v, "banner") ||
                     EqualsIgnoringCase(v, "contentinfo") ||
                     EqualsIgnoringCase(v, "complementary") || EqualsIgnoringCase(v, "menu") ||
                     EqualsIgnoringCase(v, "menubar") || EqualsIgnoringCase(v, "dialog") ||
                     EqualsIgnoringCase(v, "alert") || EqualsIgnoringCase(v, "search")) {
            e->flags |= kRoleBoiler;
          }
        }
        break;
      default:
        break;
    }
  }
  return true;
}

// Per byte: 1 when it starts a counted character (not ASCII space or control, not a UTF-8
// continuation byte), 2 for a comma, 3 for the lead byte of a possible CJK comma, 0 otherwise.
struct ByteClasses {
  uint8_t v[256];
  constexpr ByteClasses() : v() {
    for (int c = 0; c < 256; ++c) v[c] = (c & 0xC0) == 0x80 || c <= ' ' ? 0 : 1;
    v[static_cast<unsigned char>(',')] = 2;
    v[0xEF] = v[0xE3] = 3;
  }
};
constexpr ByteClasses kBytes;

// The number of bytes of `m` with their high bit set (m has no other bits). Portable, unlike
// std::popcount, which without -mpopcnt is a library call.
uint32_t HighBits(uint64_t m) {
  return static_cast<uint32_t>(((m >> 7) * 0x0101010101010101ULL) >> 56);
}

}  // namespace

void CountText(std::string_view text, uint32_t* chars, uint32_t* commas) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t len = text.size();
  uint32_t n = 0, k = 0;
  size_t i = 0;
  // Eight bytes at a time while they are plain ASCII letters, digits and punctuation (most text);
  // byte by byte around spaces, commas and non-ASCII.
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  while (i < len) {
    if (i + 8 <= len) {
      uint64_t x;
      std::memcpy(&x, s + i, 8);
      if ((x & kHigh) == 0) {
        // No byte overflows when 0x5F is added to ASCII, so each high bit tells byte >= 0x21
        // (visible); likewise a byte of y is non-zero exactly when it is not a comma.
        const uint64_t visible = (x + 0x5F * kOnes) & kHigh;
        const uint64_t y = x ^ (',' * kOnes);
        const uint64_t not_comma = (((y & ~kHigh) + ~kHigh) | y) & kHigh;
        n += HighBits(visible);
        k += 8 - HighBits(not_comma);
        i += 8;
        continue;
      }
    }
    const size_t stop = std::min(len, i + 8);
    for (; i < stop; ++i) {
      const uint8_t cls = kBytes.v[s[i]];
      n += cls != 0;
      if (cls < 2) continue;
      if (cls == 2) {
        ++k;
      } else if (i + 2 < len && ((s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] == 0x8C) ||
                                 (s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x81))) {
        ++k;  // U+FF0C fullwidth comma, U+3001 ideographic comma
      }
    }
  }
  *chars += n;
  *commas += k;
}

BodyTree BuildTree(const Node* root) {
  BodyTree tree;
  std::vector<Elem>& elems = tree.elems;
  elems.reserve(1024);
  Elem top;
  top.node = root;
  top.tag = Tag::kOther;
  elems.push_back(top);
  int parent = 0;
  const Node* cur = root->children;
  while (cur != nullptr) {
    if (IsElement(cur)) {
      const Tag tag = Classify(Name(cur));
      Elem e;
      if (tag == Tag::kSkip) {
        if (Name(cur) == "script" && IsJsonLd(cur)) tree.json_ld.push_back(cur);
        if (Name(cur) == "input" || Name(cur) == "select" || Name(cur) == "textarea" ||
            Name(cur) == "button") {
          ++elems[parent].inputs;
        }
      } else if (ReadAttributes(cur, &e)) {
        e.node = cur;
        e.parent = parent;
        e.tag = tag;
        const uint8_t inherited = elems[parent].flags;
        if (tag == Tag::kA || (inherited & kInLink) != 0) e.flags |= kInLink;
        if (tag == Tag::kArticle || (inherited & kInArticle) != 0) e.flags |= kInArticle;
        if (tag == Tag::kArticle && (inherited & kInArticle) != 0) e.flags |= kNestedArticle;
        if (tag == Tag::kBlockquote || (inherited & kInQuote) != 0) e.flags |= kInQuote;
        elems.push_back(e);
        if (cur->children != nullptr) {
          parent = static_cast<int>(elems.size()) - 1;
          cur = cur->children;
          continue;
        }
      }
    } else if (IsText(cur)) {
      Elem& p = elems[parent];
      uint32_t chars = 0, commas = 0;
      CountText(cur->content, &chars, &commas);
      p.text += chars;
      p.inline_text += chars;
      p.commas += commas;
      p.inline_commas += commas;
      if ((p.flags & kInLink) != 0) p.link += chars;
      if ((p.flags & kInQuote) != 0) p.quote += chars;
    }
    while (cur != nullptr && cur->next == nullptr) {
      cur = cur->parent;
      if (cur == root) cur = nullptr;
      if (cur != nullptr) parent = elems[parent].parent;
    }
    if (cur != nullptr) cur = cur->next;
  }
  // Children follow their parent in document order, so one backward sweep sums every subtree.
  for (size_t i = elems.size(); i-- > 1;) {
    Elem& e = elems[i];
    Elem& p = elems[e.parent];
    p.text += e.text;
    p.link += e.link;
    p.quote += e.quote;
    p.commas += e.commas;
    // Readability turns divs holding only phrasing content into paragraphs; so do the counts.
    const bool paragraph = e.tag == Tag::kP || (!IsInline(e.tag) && e.inline_text > 0 &&
                                                e.inline_text == e.text && e.tag != Tag::kLi);
    p.paras += e.paras + (paragraph ? 1 : 0);
    p.items += e.items + (e.tag == Tag::kLi ? 1 : 0);
    p.images += e.images + (e.tag == Tag::kImg ? 1 : 0);
    p.inputs += e.inputs;
    if (IsInline(e.tag)) {
      p.inline_text += e.inline_text;
      p.inline_commas += e.inline_commas;
    }
    if (e.end < static_cast<int32_t>(i) + 1) e.end = static_cast<int32_t>(i) + 1;
    if (p.end < e.end) p.end = e.end;
  }
  if (elems[0].end < 1) elems[0].end = 1;
  return tree;
}

}  // namespace corroborate::html::body_internal
