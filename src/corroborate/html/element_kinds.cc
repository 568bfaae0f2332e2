#include "corroborate/html/element_kinds.h"

#include <unordered_map>

namespace corroborate::html::parse_internal {
namespace {

// The HTML5 "special" category, head content, and the paragraph-closing starts, in one table.
const std::unordered_map<std::string_view, ElementKind>& Table() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, ElementKind>();
    auto add = [t](std::initializer_list<std::string_view> names, uint32_t kinds) {
      for (std::string_view n : names) (*t)[n].kinds |= kinds;
    };
    add({"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img",
         "input", "keygen", "link", "meta", "param", "source", "track", "wbr"},
        kVoid);
    add({"script", "style", "xmp", "iframe", "noembed", "noframes"}, kRawText);
    add({"title", "textarea"}, kEscapable);
    add({"plaintext"}, kPlainText);
    add({"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
         "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
         "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre",
         "section", "summary", "table", "ul", "li", "dd", "dt", "listing", "plaintext", "xmp",
         "search"},
        kClosesP);
    add({"base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style",
         "template", "title"},
        kHeadContent);
    add({"address", "applet", "area", "article", "aside", "base", "basefont", "bgsound",
         "blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd",
         "details", "dialog", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
         "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
         "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li",
         "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes",
         "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search",
         "section", "select", "source", "style", "summary", "table", "tbody", "td", "template",
         "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp"},
        kSpecial);
    add({"h1", "h2", "h3", "h4", "h5", "h6"}, kHeading);
    add({"table", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th"},
        kTableScope);
    add({"html", "table", "td", "th", "caption", "template", "object", "applet", "marquee"},
        kScopeEdge);
    const std::pair<std::string_view, TagId> ids[] = {
        {"p", kP},         {"li", kLi},       {"dd", kDd},           {"dt", kDt},
        {"a", kA},         {"button", kButton}, {"nobr", kNobr},     {"option", kOption},
        {"optgroup", kOptgroup}, {"tr", kTr},  {"td", kTd},           {"th", kTh},
        {"tbody", kTbody}, {"thead", kThead}, {"tfoot", kTfoot},     {"table", kTable},
        {"html", kHtml},   {"head", kHead},   {"body", kBody},       {"br", kBr},
        {"ul", kUl},       {"ol", kOl},       {"dl", kDl},           {"template", kTemplate}};
    for (const auto& [name, id] : ids) (*t)[name].id = id;
    return t;
  }();
  return *table;
}

}  // namespace

ElementKind KindOf(std::string_view name) {
  const auto& table = Table();
  const auto it = table.find(name);
  return it == table.end() ? ElementKind{} : it->second;
}

}  // namespace corroborate::html::parse_internal
