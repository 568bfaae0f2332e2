// A page's metadata from JSON-LD (NewsArticle and kin), OpenGraph, Twitter cards, Dublin Core,
// <meta name=...>, <link rel=canonical>, <html lang> and bylines in the markup.
#ifndef CORROBORATE_HTML_METADATA_H_
#define CORROBORATE_HTML_METADATA_H_

#include <string>
#include <string_view>
#include <vector>

#include "corroborate/html/dom.h"

namespace corroborate::html {

struct Metadata {
  // og:title, else JSON-LD headline, else the <h1> that repeats the <title>, else <title>;
  // without a site name attached by a separator (" | Site", " - Site", "Site: ") when that part
  // matches site_name or the page's host. "" when the page has none.
  std::string title;
  // og:description, else <meta name=description>, else twitter:description, else JSON-LD.
  std::string description;
  // og:site_name, application-name, JSON-LD publisher name or WebSite name; "" when unknown.
  std::string site_name;
  // <link rel=canonical>, else og:url, resolved against page_url; only absolute http(s) URLs;
  // "" when the page declares none.
  std::string canonical_url;
  // ISO 639 primary subtag, lower case, from <html lang>, content-language, og:locale or
  // JSON-LD inLanguage ("en-US" -> "en"); "" when absent.
  std::string language;
  // Person names, at most 5, from the first of JSON-LD author, author <meta> tags and the
  // byline markup that yields any: no "By", no roles ("Staff"), agencies or the site's own
  // name, no e-mail addresses or URLs; lists split, duplicates removed.
  std::vector<std::string> authors;
};

// Reads the metadata of a parsed page. `page_url` (may be "") is where it was fetched from: it
// resolves relative canonical links and names the host that titles and bylines are compared
// against. Never fails; every field may be empty. Strings are valid UTF-8 with whitespace
// collapsed.
Metadata ExtractMetadata(const Dom& dom, std::string_view page_url);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_METADATA_H_
