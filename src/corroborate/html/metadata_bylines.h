// Raw byline strings, from the places pages credit authors: <meta> tags and body markup
// (itemprop=author, rel=author, elements whose class says author or byline). They still hold
// "By", roles and lists; CleanAuthorNames (metadata_authors.h) turns them into names.
// Internal to the html stage.
#ifndef CORROBORATE_HTML_METADATA_BYLINES_H_
#define CORROBORATE_HTML_METADATA_BYLINES_H_

#include <string>
#include <vector>

#include "corroborate/html/date_regions.h"
#include "corroborate/html/dom.h"

namespace corroborate::html {

// Author strings from <meta> tags (author, article:author, dc.creator, parsely-author,
// sailthru.author, byl ...), in document order.
std::vector<std::string> MetaAuthors(const Dom& dom);

// The page's byline from body markup: the first credit after the headline (else the first
// one), plus the credits that share a small container with it. itemprop=author elements give
// their itemprop=name; other regions (comments, related stories) are skipped.
std::vector<std::string> MarkupAuthors(const Dom& dom, OtherRegions* regions);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_METADATA_BYLINES_H_
