// Character references of HTML (`&amp;`, `&#233;`, `&#x2014;`, `&eacute`), decoded as the HTML5
// tokenizer does: the longest known name wins, legacy names work without ';', numeric references
// to C1 controls read as windows-1252, and invalid code points become U+FFFD.
#ifndef CORROBORATE_HTML_ENTITIES_H_
#define CORROBORATE_HTML_ENTITIES_H_

#include <string>
#include <string_view>

namespace corroborate::html {

// Appends `raw` to `out` with its character references decoded. In an attribute value
// (`in_attribute`), a legacy reference without ';' followed by a letter, digit or '=' is kept as
// written (`?a=1&copy=2` stays), as browsers do. Text that is not a valid reference is copied.
void AppendDecoded(std::string_view raw, bool in_attribute, std::string* out);

// The UTF-8 text of the named reference `name` (without '&' and ';'), or "" when unknown.
std::string_view LookupEntity(std::string_view name);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_ENTITIES_H_
