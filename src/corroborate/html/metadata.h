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
  std::string title;          // the headline, without a " | Site Name" suffix
  std::string description;    // og:description / meta description
  std::string site_name;      // og:site_name, JSON-LD publisher name; "" when unknown
  std::string canonical_url;  // absolute; "" when the page declares none
  std::string language;       // ISO 639-1 from <html lang> / meta, lower case; "" when absent
  std::vector<std::string> authors;  // person names: no "By", no "Staff", lists split
};

// `page_url` (may be "") resolves relative canonical links.
Metadata ExtractMetadata(const Dom& dom, std::string_view page_url);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_METADATA_H_
