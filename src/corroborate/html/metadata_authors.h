// Author names: raw bylines (see metadata_bylines.h and JSON-LD) cleaned into person names,
// "By Jane Doe and John Roe | Staff" -> {"Jane Doe", "John Roe"}. Internal to the html stage.
#ifndef CORROBORATE_HTML_METADATA_AUTHORS_H_
#define CORROBORATE_HTML_METADATA_AUTHORS_H_

#include <string>
#include <string_view>
#include <vector>

namespace corroborate::html {

// Person names in `bylines`, in order, without duplicates, at most `max_names`. Strips "By" and
// its equivalents, splits lists ("A, B and C", "A & B", "A | B"), and drops what is not a
// person: roles ("Staff", "Editor"), news agencies, `site_name` and the page's host name,
// e-mail addresses, handles, URLs, dates and sentences.
std::vector<std::string> CleanAuthorNames(const std::vector<std::string>& bylines,
                                          std::string_view site_name, std::string_view page_url,
                                          size_t max_names = 5);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_METADATA_AUTHORS_H_
