// Small normalizers for page metadata: whitespace and stray entities in declared strings,
// the " | Site Name" tail of titles, language tags, and relative URLs. Internal to the html
// stage (metadata.cc).
#ifndef CORROBORATE_HTML_METADATA_FIELDS_H_
#define CORROBORATE_HTML_METADATA_FIELDS_H_

#include <string>
#include <string_view>

namespace corroborate::html {

// `s` with runs of whitespace collapsed to one space, trimmed, and the HTML entities that
// JSON-LD and double-escaped attributes leave behind (&amp; &quot; &#39; &#8217; &#x2019; &nbsp;
// ...) decoded. Invalid UTF-8 is replaced.
std::string CleanText(std::string_view s);

// Folds `s` for comparing names: lower case, letters and digits only ("The Daily-News" ->
// "thedailynews").
std::string NameKey(std::string_view s);

// The registrable-looking label of a URL's host: "https://www.example-news.co.uk/x" ->
// "example-news". "" when there is no host.
std::string HostLabel(std::string_view url);

// `title` without a site name attached by a separator (" | ", " - ", " – ", " — ", " :: ",
// " · ", " » "), at its end or its start, when that part matches `site_name` or the page's host
// label. Never returns an empty string for a non-empty title.
std::string StripSiteName(std::string_view title, std::string_view site_name,
                          std::string_view page_url);

// The primary language subtag of a BCP 47 tag or locale, lower case: "en-US" -> "en",
// "pt_BR" -> "pt". "" unless it is two or three ASCII letters.
std::string LanguageCode(std::string_view tag);

// `ref` resolved against `base` (RFC 3986 reference resolution, dot segments removed). Returns
// "" unless the result is an absolute http(s) URL.
std::string ResolveHttpUrl(std::string_view base, std::string_view ref);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_METADATA_FIELDS_H_
