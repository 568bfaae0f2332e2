// The page's headline element: the <h1> (or an <h2>) whose words best match the title the page
// declares (og:title, else <title>), so that a logo or a section name set in <h1> is passed
// over. Internal to the html stage; dates are looked for around it and metadata may use it as
// the title.
#ifndef CORROBORATE_HTML_DATE_HEADLINE_H_
#define CORROBORATE_HTML_DATE_HEADLINE_H_

#include "corroborate/html/date_regions.h"
#include "corroborate/html/dom.h"

namespace corroborate::html {

// The heading whose words most overlap the declared title (more than half of them), else the
// first <h1> outside other regions, else null. The node lives as long as `dom`.
const Node* FindHeadline(const Dom& dom, OtherRegions* regions);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_DATE_HEADLINE_H_
