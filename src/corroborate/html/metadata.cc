#include "corroborate/html/metadata.h"

#include <unordered_map>

#include "corroborate/common/utf8.h"
#include "corroborate/html/date_headline.h"
#include "corroborate/html/date_regions.h"
#include "corroborate/html/json_ld.h"
#include "corroborate/html/metadata_authors.h"
#include "corroborate/html/metadata_bylines.h"
#include "corroborate/html/metadata_fields.h"

namespace corroborate::html {
namespace {

// The page's <meta> values by lower-case name/property (the first of each wins), its
// <link rel=canonical> and its <title>.
struct HeadTags {
  std::unordered_map<std::string, std::string_view> meta;
  std::string_view canonical;
  std::string title;

  std::string_view Raw(const std::string& key) const {
    auto it = meta.find(key);
    return it == meta.end() ? std::string_view() : it->second;
  }
  std::string Get(std::initializer_list<std::string_view> keys) const {
    for (std::string_view k : keys) {
      auto it = meta.find(std::string(k));
      if (it == meta.end()) continue;
      std::string v = CleanText(it->second);
      if (!v.empty()) return v;
    }
    return {};
  }
};

HeadTags ReadHeadTags(const Dom& dom) {
  HeadTags tags;
  ForEachElement(dom.root(), [&](const Node* n) {
    const std::string_view name = Name(n);
    if (name == "body") return true;
    if (name == "meta") {
      for (const char* attr : {"property", "name", "http-equiv", "itemprop"}) {
        const std::string key = utf8::AsciiLower(Attr(n, attr));
        if (!key.empty()) tags.meta.emplace(key, Attr(n, "content"));
      }
      return false;
    }
    if (name == "link" && tags.canonical.empty() &&
        utf8::AsciiLower(Attr(n, "rel")) == "canonical") {
      tags.canonical = Attr(n, "href");
    }
    if (name == "title" && tags.title.empty()) tags.title = CleanText(TextOf(n));
    return name != "svg";  // an <svg> has its own <title>
  });
  return tags;
}

std::string Title(const HeadTags& tags, const JsonLdItem* item, const Dom& dom,
                  OtherRegions* regions, std::string_view site_name, std::string_view url) {
  std::string title = tags.Get({"og:title", "twitter:title"});
  if (title.empty() && item != nullptr) title = CleanText(item->headline);
  if (title.empty()) {
    // An <h1> that repeats the <title>'s words is the headline without the site's decoration.
    const Node* h = FindHeadline(dom, regions);
    const std::string heading = h != nullptr ? CleanText(TextOf(h)) : std::string();
    const std::string stripped = StripSiteName(tags.title, site_name, url);
    if (!heading.empty() &&
        (tags.title.empty() || NameKey(stripped).find(NameKey(heading)) != std::string::npos ||
         NameKey(heading).find(NameKey(stripped)) != std::string::npos)) {
      title = heading;
    } else {
      title = stripped.empty() ? heading : stripped;
    }
  }
  return StripSiteName(title, site_name, url);
}

std::string Language(const Dom& dom, const HeadTags& tags, const JsonLdItem* item) {
  for (std::string_view tag :
       {Attr(dom.root(), "lang"), Attr(dom.root(), "xml:lang"), tags.Raw("content-language"),
        tags.Raw("og:locale"),
        item != nullptr ? std::string_view(item->in_language) : std::string_view()}) {
    std::string code = LanguageCode(tag);
    if (!code.empty()) return code;
  }
  return {};
}

}  // namespace

Metadata ExtractMetadata(const Dom& dom, std::string_view page_url) {
  Metadata m;
  const HeadTags tags = ReadHeadTags(dom);
  const std::vector<JsonLdItem> items = ReadJsonLd(dom);
  const JsonLdItem* item = MainJsonLdItem(items, page_url);
  OtherRegions regions(dom);

  m.site_name = tags.Get({"og:site_name", "application-name", "apple-mobile-web-app-title"});
  if (m.site_name.empty() && item != nullptr) m.site_name = CleanText(item->publisher_name);
  if (m.site_name.find("://") != std::string::npos) {  // a URL given as the name: keep its host
    m.site_name = m.site_name.substr(m.site_name.find("://") + 3);
    m.site_name = m.site_name.substr(0, m.site_name.find('/'));
    if (m.site_name.rfind("www.", 0) == 0) m.site_name.erase(0, 4);
  }
  if (m.site_name.empty()) {
    for (const JsonLdItem& i : items) {
      for (const std::string& t : i.types) {
        if (m.site_name.empty() && (t == "WebSite" || t == "NewsMediaOrganization")) {
          m.site_name = CleanText(i.name);
        }
      }
    }
  }

  for (std::string_view ref : {tags.canonical, tags.Raw("og:url")}) {
    if (!ref.empty()) m.canonical_url = ResolveHttpUrl(page_url, ref);
    if (!m.canonical_url.empty()) break;
  }

  m.title = Title(tags, item, dom, &regions, m.site_name, page_url);
  m.description = tags.Get({"og:description", "description", "twitter:description"});
  if (m.description.empty() && item != nullptr) m.description = CleanText(item->description);
  m.language = Language(dom, tags, item);

  std::vector<std::string> structured;
  if (item != nullptr) structured = item->authors;
  for (const std::vector<std::string>& source :
       {structured, MetaAuthors(dom), MarkupAuthors(dom, &regions)}) {
    m.authors = CleanAuthorNames(source, m.site_name, page_url);
    if (!m.authors.empty()) break;
  }
  return m;
}

}  // namespace corroborate::html
