#include "corroborate/ingest/html.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "corroborate/common/date.h"
#include "corroborate/common/utf8.h"
#include "corroborate/ingest/outlet.h"

namespace corroborate::ingest {
namespace {

std::string Lower(std::string_view s) { return utf8::AsciiLower(s); }

const char* Attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a != nullptr ? a->value : nullptr;
}

bool IsSkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEADER:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_TD: case GUMBO_TAG_BR: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TR:
      return true;
    default:
      return false;
  }
}

bool HasBoilerplateHint(const GumboNode* n) {
  std::string hint;
  if (const char* c = Attr(n, "class")) hint += c;
  hint += ' ';
  if (const char* i = Attr(n, "id")) hint += i;
  if (hint.size() <= 1) return false;
  hint = Lower(hint);
  for (const char* bad : {"share", "social", "related", "promo", "advert", "sponsor", "newsletter",
                          "comment", "cookie", "subscribe", "breadcrumb", "sidebar", "footer",
                          "menu", "signup", "paywall", "outbrain", "taboola"}) {
    if (hint.find(bad) != std::string::npos) return true;
  }
  return false;
}

// Appends the text below `root` to `out`, one block per line, iteratively (no recursion depth
// limit issues on hostile markup).
void CollectText(const GumboNode* root, size_t max_depth, std::string* out,
                 bool use_hints = true) {
  struct Item { const GumboNode* node; size_t depth; bool close; };
  std::vector<Item> stack{{root, 0, false}};
  auto newline = [&] {
    while (!out->empty() && out->back() == ' ') out->pop_back();
    if (!out->empty() && out->back() != '\n') out->push_back('\n');
  };
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    const GumboNode* n = it.node;
    if (it.close) {
      newline();
      continue;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      std::string_view t = n->v.text.text;
      for (char c : t) {
        const bool sp = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (sp) {
          if (!out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
        } else {
          out->push_back(c);
        }
      }
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT || it.depth > max_depth) continue;
    const GumboTag tag = n->v.element.tag;
    // The container itself was chosen on purpose: its own class does not disqualify it.
    if (IsSkippedTag(tag) || (use_hints && n != root && HasBoilerplateHint(n))) continue;
    const bool block = IsBlockTag(tag);
    if (block) {
      newline();
      stack.push_back({n, it.depth, true});
    }
    const GumboVector& kids = n->v.element.children;
    for (size_t i = kids.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i - 1]), it.depth + 1, false});
    }
  }
}

const GumboNode* FindFirst(const GumboNode* root, GumboTag tag, size_t max_depth) {
  std::vector<std::pair<const GumboNode*, size_t>> stack{{root, 0}};
  while (!stack.empty()) {
    auto [n, depth] = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT || depth > max_depth) continue;
    if (n->v.element.tag == tag) return n;
    const GumboVector& kids = n->v.element.children;
    for (size_t i = kids.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i - 1]), depth + 1});
    }
  }
  return nullptr;
}

std::string NodeText(const GumboNode* n) {
  std::string out;
  CollectText(n, 64, &out);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// Reads <meta>, <link rel=canonical>, <title>, <time> and JSON-LD date fields.
void ReadMetadata(const GumboNode* root, size_t max_depth, Article* a) {
  std::vector<std::pair<const GumboNode*, size_t>> stack{{root, 0}};
  std::string site_name, og_title, title_tag, date_meta, date_time, author;
  while (!stack.empty()) {
    auto [n, depth] = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT || depth > max_depth) continue;
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_META) {
      const char* key = Attr(n, "property");
      if (key == nullptr) key = Attr(n, "name");
      if (key == nullptr) key = Attr(n, "itemprop");
      const char* content = Attr(n, "content");
      if (key != nullptr && content != nullptr) {
        const std::string k = Lower(key);
        if (k == "og:site_name") site_name = content;
        else if (k == "og:title") og_title = content;
        else if (k == "og:url" && a->url.empty()) a->url = content;
        else if ((k == "article:published_time" || k == "datepublished" ||
                  k == "pubdate" || k == "date" || k == "dc.date") && date_meta.empty())
          date_meta = content;
        else if ((k == "author" || k == "article:author") && author.empty()) author = content;
        else if (k == "og:locale" && a->language.empty()) a->language = Lower(content).substr(0, 2);
      }
    } else if (tag == GUMBO_TAG_LINK) {
      const char* rel = Attr(n, "rel");
      const char* href = Attr(n, "href");
      if (rel != nullptr && href != nullptr && Lower(rel) == "canonical") a->url = href;
    } else if (tag == GUMBO_TAG_TITLE && title_tag.empty()) {
      title_tag = NodeText(n);
    } else if (tag == GUMBO_TAG_TIME && date_time.empty()) {
      if (const char* dt = Attr(n, "datetime")) date_time = dt;
    } else if (tag == GUMBO_TAG_HTML) {
      if (const char* lang = Attr(n, "lang"); lang != nullptr && a->language.empty()) {
        a->language = Lower(lang).substr(0, 2);
      }
    } else if (tag == GUMBO_TAG_SCRIPT) {
      const char* type = Attr(n, "type");
      if (type != nullptr && Lower(type) == "application/ld+json" &&
          n->v.element.children.length > 0) {
        const GumboNode* t = static_cast<const GumboNode*>(n->v.element.children.data[0]);
        if (t->type == GUMBO_NODE_TEXT) {
          std::string_view js = t->v.text.text;
          size_t p = js.find("\"datePublished\"");
          if (p != std::string_view::npos && date_meta.empty()) {
            size_t q = js.find('"', js.find(':', p) + 1);
            if (q != std::string_view::npos) {
              size_t r = js.find('"', q + 1);
              if (r != std::string_view::npos) date_meta = std::string(js.substr(q + 1, r - q - 1));
            }
          }
        }
      }
      continue;
    }
    const GumboVector& kids = n->v.element.children;
    for (size_t i = kids.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i - 1]), depth + 1});
    }
  }
  a->title = utf8::Sanitize(!og_title.empty() ? og_title : title_tag);
  if (!site_name.empty()) {
    a->outlet = utf8::Sanitize(site_name);
    a->outlet_source = OutletSource::kMetadata;
  } else if (!a->url.empty() && !HostOfUrl(a->url).empty()) {
    a->outlet = OutletFromDomain(HostOfUrl(a->url));
    a->outlet_source = OutletSource::kUrl;
  }
  for (const std::string& d : {date_meta, date_time}) {
    if (d.empty()) continue;
    if (auto parsed = ParseDate(d.size() > 10 ? d.substr(0, 10) : d)) {
      a->published = FormatIsoDate(*parsed);
      break;
    }
  }
  if (!author.empty()) a->byline = utf8::Sanitize(author);
}

bool ClosesImplicitly(std::string_view tag) {
  static constexpr std::string_view kTags[] = {
      "area", "base", "br",  "col",    "embed",  "hr",     "img",   "input", "link", "meta",
      "param", "source", "track", "wbr", "p",   "li",     "option", "td",    "tr",   "th",
      "dt",   "dd",   "!doctype", "tbody", "thead", "colgroup", "optgroup", "rb", "rt", "rp"};
  for (std::string_view t : kTags) {
    if (tag == t) return true;
  }
  return false;
}

}  // namespace

size_t EstimateNesting(std::string_view html) {
  size_t depth = 0, deepest = 0;
  for (size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] != '<') continue;
    const bool closing = html[i + 1] == '/';
    size_t j = i + (closing ? 2 : 1);
    size_t k = j;
    while (k < html.size() && k - j < 16 &&
           (std::isalnum(static_cast<unsigned char>(html[k])) || html[k] == '!')) {
      ++k;
    }
    if (k == j) continue;
    const std::string tag = Lower(html.substr(j, k - j));
    if (ClosesImplicitly(tag)) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    const size_t end = html.find('>', k);
    if (end != std::string_view::npos && end > 0 && html[end - 1] == '/') continue;  // <x/>
    if (tag == "script" || tag == "style") {  // their content is not markup
      const size_t close = html.find("</", end == std::string_view::npos ? k : end);
      if (close == std::string_view::npos) break;
      i = close - 1;
      continue;
    }
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

Result<Article> ExtractHtml(std::string_view html, const HtmlOptions& options) {
  if (const size_t nesting = EstimateNesting(html); nesting > options.max_nesting) {
    return TooLarge("markup nested " + std::to_string(nesting) + " levels deep (limit " +
                    std::to_string(options.max_nesting) + "): not parsed");
  }
  GumboOptions gopts = kGumboDefaultOptions;
  gopts.max_errors = 1000;
  GumboOutput* out = gumbo_parse_with_options(&gopts, html.data(), html.size());
  if (out == nullptr) return InvalidInput("the HTML parser failed");
  Article a;
  ReadMetadata(out->root, options.max_depth, &a);
  const GumboNode* body = FindFirst(out->root, GUMBO_TAG_ARTICLE, options.max_depth);
  if (body == nullptr) body = FindFirst(out->root, GUMBO_TAG_MAIN, options.max_depth);
  if (body == nullptr) body = FindFirst(out->root, GUMBO_TAG_BODY, options.max_depth);
  if (body == nullptr) body = out->root;
  std::string text;
  CollectText(body, options.max_depth, &text);
  // A page whose wrappers all carry a boilerplate-looking class ("page-comments-layout") would
  // yield nothing: then keep every block but the skipped tags.
  if (text.find_first_not_of(" \n") == std::string::npos) {
    text.clear();
    const GumboNode* all = FindFirst(out->root, GUMBO_TAG_BODY, options.max_depth);
    CollectText(all != nullptr ? all : out->root, options.max_depth, &text, /*use_hints=*/false);
  }
  gumbo_destroy_output(&gopts, out);
  // Drop lines that are only spaces and tidy the end.
  std::string clean;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + pos, end - pos);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (!line.empty()) {
      clean.append(line);
      clean.push_back('\n');
    }
    pos = end + 1;
  }
  a.text = utf8::Sanitize(clean);
  if (a.text.empty()) return InvalidInput("no article text could be extracted from the HTML");
  return a;
}

}  // namespace corroborate::ingest
