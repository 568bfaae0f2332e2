#include "corroborate/html/body_hints.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace corroborate::html::body_internal {
namespace {

bool Has(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }

// Patterns bucketed by first byte, so that one scan of a class name tests them all.
struct PatternIndex {
  std::vector<std::string_view> by_first[128];
  template <size_t N>
  explicit PatternIndex(const std::string_view (&patterns)[N]) {
    for (std::string_view p : patterns) {
      by_first[static_cast<unsigned char>(p[0]) & 127].push_back(p);
    }
  }
  bool FoundIn(std::string_view s) const {
    for (size_t i = 0; i < s.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 128) continue;
      for (std::string_view p : by_first[c]) {
        if (s.size() - i < p.size()) continue;
        size_t j = 1;  // short patterns: an inline loop beats a memcmp call
        while (j < p.size() && s[i + j] == p[j]) ++j;
        if (j == p.size()) return true;
      }
    }
    return false;
  }
};

// Words that mark boilerplate anywhere in a class name ("article-share-bar", "relatedLinks").
constexpr std::string_view kBoilerParts[] = {
    "comment",        "share",         "sharing",      "social",    "related",
    "recommend",      "newsletter",    "subscri",      "signup",    "sign-up",
    "promo",          "sponsor",       "advert",       "outbrain",  "taboola",
    "breadcrumb",     "cookie",        "gdpr",         "consent",   "popup",
    "modal",          "sidebar",       "widget",       "footer",    "masthead",
    "banner",         "toolbar",       "disqus",       "popular",   "trending",
    "readmore",       "read-more",     "skip",         "sr-only",   "visually-hidden",
    "visuallyhidden", "screen-reader", "screenreader", "paywall",   "login",
    "caption",        "credit",        "tooltip",      "dropdown",  "pagination",
    "pager",          "overlay",       "follow",       "mostread",  "most-read",
    "navigation",     "navbar",        "menu",         "byline",    "dateline",
    "timestamp",      "meta",          "tags",         "topics",    "print",
    "offscreen",      "shoutbox",      "skyscraper",   "combx",     "rss",
    "email",          "donate",        "disclaimer",   "copyright",
};
// Boilerplate words that must be the last word of a class name ("ad" but not "header", "nav"
// but not "canvas"), and those that may also be the first ("ad-slot", "nav-links").
constexpr std::string_view kBoilerTokens[] = {"ad",    "ads",    "nav",    "tag", "hide",
                                              "aside", "header", "crumbs", "more"};
constexpr std::string_view kBoilerFirstTokens[] = {"ad", "ads", "nav", "header"};
constexpr std::string_view kContentParts[] = {"article", "content", "entry", "story", "blog",
                                              "prose",   "body",    "post",  "text",  "main"};
// Names that almost only ever wrap the article's text, once '-' and '_' are dropped.
constexpr std::string_view kStrongParts[] = {
    "articlebody", "articlecontent", "articletext", "articlecopy", "storybody", "storycontent",
    "storytext",   "entrycontent",   "entrybody",   "postcontent", "postbody",  "posttext",
    "maincontent", "bodytext",       "contentbody", "bodycopy",    "richtext",  "articleprose",
    "bodycontent", "textbody",       "storyblock",  "paragraphs",
};

struct NameHint {
  bool boiler = false, content = false, strong = false;
};

bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// One class name (no spaces), already lower case.
NameHint HintOfName(std::string_view name) {
  static const PatternIndex kBoiler(kBoilerParts);
  static const PatternIndex kContent(kContentParts);
  NameHint h;
  h.boiler = kBoiler.FoundIn(name);
  if (!h.boiler) {
    // "main-nav", "top-ad", "article-tags", "ad-slot", but not "tag-economy" (WordPress topics).
    size_t first_end = 0;
    while (first_end < name.size() && IsAlnum(name[first_end])) ++first_end;
    size_t last_begin = name.size();
    while (last_begin > 0 && IsAlnum(name[last_begin - 1])) --last_begin;
    const std::string_view first = name.substr(0, first_end);
    const std::string_view last = name.substr(last_begin);
    for (std::string_view w : kBoilerTokens) {
      if (last == w) h.boiler = true;
    }
    for (std::string_view w : kBoilerFirstTokens) {
      if (first == w) h.boiler = true;
    }
  }
  h.content = kContent.FoundIn(name);
  if (h.content && !h.boiler) {
    char squeezed[128];
    size_t n = 0;
    for (char c : name) {
      if (c != '-' && c != '_' && n < sizeof(squeezed)) squeezed[n++] = c;
    }
    const std::string_view s(squeezed, n);
    for (std::string_view w : kStrongParts) {
      if (Has(s, w)) h.strong = true;
    }
  }
  return h;
}

// Folds one attribute value into `out`: weight +25 for content, -25 for boilerplate.
void AddValue(std::string_view value, Hint* out) {
  char lower[256];
  size_t n = 0;
  for (char c : value) {
    if (n == sizeof(lower)) break;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    lower[n++] = c;
  }
  bool content = false, boiler = false;
  size_t i = 0;
  while (i < n) {
    while (i < n && (lower[i] == ' ' || lower[i] == '\t' || lower[i] == '\n')) ++i;
    size_t j = i;
    while (j < n && lower[j] != ' ' && lower[j] != '\t' && lower[j] != '\n') ++j;
    if (j > i) {
      const NameHint h = HintOfName(std::string_view(lower + i, j - i));
      content |= h.content;
      boiler |= h.boiler;
      out->content |= h.strong;
    }
    i = j;
  }
  if (content) out->weight += 25;
  if (boiler) out->weight -= 25;
  out->positive |= content;
  out->boiler |= boiler;
}

}  // namespace

Hint HintOf(std::string_view cls, std::string_view id) {
  Hint h;
  AddValue(cls, &h);
  AddValue(id, &h);
  if (h.content) h.weight += 25;
  return h;
}

const Hint& Hints::Get(int i) {
  Slot& slot = cache_[i];
  if (slot.done) return slot.hint;
  const Elem& e = tree_.elems[i];
  slot.hint = HintOf(e.cls, e.id);
  if ((e.flags & (kArticleBody | kRoleMain)) != 0) {
    slot.hint.content = true;
    slot.hint.weight += 25;
  } else if ((e.flags & kRoleBoiler) != 0) {
    slot.hint.boiler = true;
    slot.hint.weight -= 25;
  }
  slot.done = true;
  return slot.hint;
}

}  // namespace corroborate::html::body_internal
