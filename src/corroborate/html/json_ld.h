// The schema.org objects a page declares in <script type="application/ld+json"> blocks, read
// into plain structs for the date and metadata extractors. Every typed object counts, wherever
// it sits (top level, arrays, @graph, nested under mainEntity); author and publisher references
// by "@id" are resolved within their block. Internal to the html stage.
#ifndef CORROBORATE_HTML_JSON_LD_H_
#define CORROBORATE_HTML_JSON_LD_H_

#include <string>
#include <string_view>
#include <vector>

#include "corroborate/html/dom.h"

namespace corroborate::html {

struct JsonLdItem {
  std::vector<std::string> types;  // "@type" values as written: "NewsArticle", "Person"
  std::string headline;            // "headline" (or "alternativeHeadline" when it is absent)
  std::string name;
  std::string description;
  std::string url;  // "url", else "mainEntityOfPage" (a string or its "@id")
  std::string date_published, date_created, date_modified;  // raw values
  std::vector<std::string> authors;  // "author" / "creator" names, in order, unclean
  std::string publisher_name;        // "publisher" name (string, object or @id reference)
  std::string in_language;           // "inLanguage" as written
  bool recovered = false;            // read by a key scan from a block that is not valid JSON

  // True for Article, NewsArticle, BlogPosting, ReportageNews and other *Article / *Posting
  // types: the objects that describe the page's story itself.
  bool IsArticle() const;
  // True for WebPage and its subtypes (AboutPage, ItemPage, ...).
  bool IsWebPage() const;
};

// Every typed object of every JSON-LD block of `dom`, in document order. Blocks are repaired
// first (HTML comment and CDATA wrappers, raw control characters, trailing commas); a block that
// still is not JSON yields at most one item, recovered by scanning it for the quoted keys above.
// Never fails: a page without JSON-LD gives an empty vector.
std::vector<JsonLdItem> ReadJsonLd(const Dom& dom);

// The same for the text of one block, appending to `out`. Exposed for tests.
void ReadJsonLdText(std::string_view text, std::vector<JsonLdItem>* out);

// The item that describes the page itself: the first article-typed item (one whose url matches
// `page_url` wins when several do), else the first WebPage with a date, else null. `items` must
// outlive the returned pointer.
const JsonLdItem* MainJsonLdItem(const std::vector<JsonLdItem>& items, std::string_view page_url);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_JSON_LD_H_
