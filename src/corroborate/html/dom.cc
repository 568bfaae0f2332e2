#include "corroborate/html/dom.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <climits>
#include <vector>

#include "corroborate/common/utf8.h"

namespace corroborate::html {
namespace {

bool ClosesImplicitly(std::string_view tag) {
  static constexpr std::string_view kTags[] = {
      "area", "base", "br",  "col",    "embed",  "hr",     "img",   "input", "link", "meta",
      "param", "source", "track", "wbr", "p",   "li",     "option", "td",    "tr",   "th",
      "dt",   "dd",   "!doctype", "tbody", "thead", "colgroup", "optgroup", "rb", "rt", "rp"};
  return std::find(std::begin(kTags), std::end(kTags), tag) != std::end(kTags);
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsSkippedForText(std::string_view name) {
  return name == "script" || name == "style" || name == "noscript" || name == "template";
}

void IgnoreError(void*, const char*, ...) {}

// Silences libxml2's default error printing to stderr, once per process.
void QuietErrors() {
  static const bool done = [] {
    xmlSetGenericErrorFunc(nullptr, IgnoreError);
    return true;
  }();
  (void)done;
}

}  // namespace

size_t EstimateNesting(std::string_view html) {
  size_t depth = 0, deepest = 0;
  char tag[17];  // tag names are compared lower-cased, in a fixed buffer: no allocation per tag
  for (size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size();
       i = html.find('<', i + 1)) {
    const bool closing = html[i + 1] == '/';
    const size_t j = i + (closing ? 2 : 1);
    size_t k = j;
    while (k < html.size() && k - j < 16 && (IsAsciiAlnum(html[k]) || html[k] == '!')) {
      const char c = html[k];
      tag[k - j] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      ++k;
    }
    if (k == j) continue;
    const std::string_view name(tag, k - j);
    if (ClosesImplicitly(name)) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    const size_t end = html.find('>', k);
    if (end != std::string_view::npos && end > 0 && html[end - 1] == '/') continue;  // <x/>
    if (name == "script" || name == "style") {  // their content is not markup
      const size_t close = html.find("</", end == std::string_view::npos ? k : end);
      if (close == std::string_view::npos) break;
      i = close - 1;
      continue;
    }
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

Result<Dom> Dom::Parse(std::string_view utf8_html, const ParseOptions& options) {
  if (const size_t nesting = EstimateNesting(utf8_html); nesting > options.max_nesting) {
    return TooLarge("markup nested " + std::to_string(nesting) + " levels deep (limit " +
                    std::to_string(options.max_nesting) + "): not parsed");
  }
  if (utf8_html.size() > static_cast<size_t>(INT_MAX)) return TooLarge("page over 2 GiB");
  QuietErrors();
  const int flags = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                    HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
  xmlDoc* doc = htmlReadMemory(utf8_html.data(), static_cast<int>(utf8_html.size()), nullptr,
                               "UTF-8", flags);
  if (doc == nullptr) return InvalidInput("the HTML parser found no document");
  const Node* root = xmlDocGetRootElement(doc);
  if (root == nullptr) {
    xmlFreeDoc(doc);
    return InvalidInput("the HTML parser found no root element");
  }
  return Dom(doc, root);
}

const Node* Dom::head() const {
  for (const Node* c = root_->children; c != nullptr; c = c->next) {
    if (Is(c, "head")) return c;
  }
  return nullptr;
}

const Node* Dom::body() const {
  for (const Node* c = root_->children; c != nullptr; c = c->next) {
    if (Is(c, "body")) return c;
  }
  return FindFirst(root_, "body");
}

std::string_view Name(const Node* n) {
  if (!IsElement(n) || n->name == nullptr) return {};
  return reinterpret_cast<const char*>(n->name);
}

std::string_view Attr(const Node* n, std::string_view name, bool* found) {
  if (found != nullptr) *found = false;
  if (!IsElement(n)) return {};
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || name != reinterpret_cast<const char*>(a->name)) continue;
    if (found != nullptr) *found = true;
    const Node* v = a->children;
    if (v == nullptr || v->content == nullptr) return {};
    return reinterpret_cast<const char*>(v->content);
  }
  return {};
}

std::string_view Content(const Node* n) {
  if (!IsText(n) || n->content == nullptr) return {};
  return reinterpret_cast<const char*>(n->content);
}

void AppendText(const Node* n, std::string* out) {
  if (n == nullptr) return;
  auto append = [out](std::string_view s) {
    for (char c : s) {
      if (IsAsciiSpace(c)) {
        if (!out->empty() && out->back() != ' ') out->push_back(' ');
      } else {
        out->push_back(c);
      }
    }
  };
  ForEachNode(n, [&](const Node* cur) {
    if (IsText(cur)) append(Content(cur));
    return IsElement(cur) && !IsSkippedForText(Name(cur));
  });
}

std::string TextOf(const Node* n) {
  std::string s;
  AppendText(n, &s);
  size_t b = 0, e = s.size();
  while (b < e && s[b] == ' ') ++b;
  while (e > b && s[e - 1] == ' ') --e;
  return s.substr(b, e - b);
}

const Node* FindFirst(const Node* n, std::string_view name) {
  const Node* found = nullptr;
  ForEachElement(n, [&](const Node* e) {
    if (found != nullptr) return false;
    if (Name(e) == name) {
      found = e;
      return false;
    }
    return true;
  });
  return found;
}

}  // namespace corroborate::html
