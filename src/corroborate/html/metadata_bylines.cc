// Bylines sit in structured places (meta tags, itemprop, rel=author) and in markup whose class
// says author or byline. Markup also credits other stories' authors (teasers, related lists),
// so only one byline is taken: the first after the headline, with its close neighbours.
#include "corroborate/html/metadata_bylines.h"

#include <algorithm>
#include <iterator>

#include "corroborate/common/utf8.h"
#include "corroborate/html/date_headline.h"

namespace corroborate::html {
namespace {

// The text below `n` with a space between text nodes: bylines pack the name and the date in
// adjacent elements ("<a>Jane Doe</a><span>Monday</span>") that TextOf would glue together.
std::string SpacedText(const Node* n, size_t max_bytes = SIZE_MAX) {
  std::string out;
  const Node* cur = n;
  while (cur != nullptr && out.size() <= max_bytes) {
    const std::string_view name = Name(cur);
    const bool skip = name == "script" || name == "style" || name == "noscript";
    if (IsText(cur)) {
      out += Content(cur);
      out += ' ';
    }
    if (!skip && cur->children != nullptr) {
      cur = cur->children;
      continue;
    }
    while (cur != n && cur->next == nullptr) cur = cur->parent;
    if (cur == n) break;
    cur = cur->next;
  }
  return out;
}

}  // namespace

std::vector<std::string> MetaAuthors(const Dom& dom) {
  static constexpr std::string_view kKeys[] = {
      "author",          "article:author",  "dc.creator", "dcterms.creator",
      "parsely-author",  "sailthru.author", "byl",        "og:article:author",
      "citation_author", "dc.contributor"};
  std::vector<std::string> out;
  ForEachElement(dom.root(), [&](const Node* n) {
    if (Name(n) != "meta") return true;
    std::string key = utf8::AsciiLower(Attr(n, "name"));
    if (key.empty()) key = utf8::AsciiLower(Attr(n, "property"));
    if (std::find(std::begin(kKeys), std::end(kKeys), key) != std::end(kKeys)) {
      const std::string_view content = Attr(n, "content");
      if (!content.empty()) out.emplace_back(content);
    }
    return false;
  });
  return out;
}

std::vector<std::string> MarkupAuthors(const Dom& dom, OtherRegions* regions) {
  struct Match {
    const Node* node;
    std::string text;
    bool after_headline;
  };
  const Node* headline = FindHeadline(dom, regions);
  bool after_headline = headline == nullptr;
  std::vector<Match> matches;
  std::string cls;  // reused across elements
  ForEachElement(dom.body(), [&](const Node* n) {
    if (n == headline) after_headline = true;
    if (matches.size() >= 24) return false;
    const std::string_view name = Name(n);
    if (name == "script" || name == "style" || name == "noscript") return false;
    if (Attr(n, "class").empty() && Attr(n, "id").empty() && Attr(n, "itemprop").empty() &&
        Attr(n, "rel").empty()) {
      return true;
    }
    const std::string itemprop = utf8::AsciiLower(Attr(n, "itemprop"));
    const std::string rel = utf8::AsciiLower(Attr(n, "rel"));
    cls.clear();
    AppendClassAndId(n, &cls);
    const bool prop = itemprop == "author" || itemprop == "creator";
    const bool link = rel.find("author") != std::string::npos;
    const bool hinted =
        cls.find("author") != std::string::npos || cls.find("byline") != std::string::npos;
    if (!prop && !link && !hinted) return true;
    if (regions->Contains(n)) return false;
    if (prop) {
      const Node* name_node = nullptr;
      ForEachElement(n, [&](const Node* c) {
        if (name_node == nullptr && utf8::AsciiLower(Attr(c, "itemprop")) == "name") name_node = c;
        return name_node == nullptr;
      });
      const Node* source = name_node != nullptr ? name_node : n;
      const std::string_view content = Attr(source, "content");
      if (!content.empty()) {
        matches.push_back({n, std::string(content), after_headline});
        return false;
      }
      if (name_node != nullptr) {
        matches.push_back({n, SpacedText(name_node), after_headline});
        return false;
      }
    }
    std::string text = SpacedText(n, 200);
    if (text.size() > 120) return true;  // a bio or a whole header: look at its parts
    if (!text.empty()) matches.push_back({n, std::move(text), after_headline});
    return false;
  });
  if (matches.empty()) return {};
  // One byline: the first credit after the headline (bylines before it are rarer than credits
  // of other stories), with the credits that share a small container with it.
  size_t first = 0;
  while (first < matches.size() && !matches[first].after_headline) ++first;
  if (first == matches.size()) first = 0;
  std::vector<std::string> out = {matches[first].text};
  for (size_t j = 0; j < matches.size(); ++j) {
    if (j == first) continue;
    const Node* common = matches[first].node;
    while (common != nullptr) {
      const Node* p = matches[j].node;
      while (p != nullptr && p != common) p = p->parent;
      if (p == common) break;
      common = common->parent;
    }
    std::string text;
    if (common != nullptr) AppendText(common, &text, 400);
    if (common != nullptr && text.size() <= 400) out.push_back(matches[j].text);
  }
  return out;
}

}  // namespace corroborate::html
