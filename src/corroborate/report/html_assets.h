// The inline style sheet and script of the HTML report (html_writer.h). Both are fixed text: no
// input ever reaches them, and neither loads anything from the network.
#ifndef CORROBORATE_REPORT_HTML_ASSETS_H_
#define CORROBORATE_REPORT_HTML_ASSETS_H_

#include <string_view>

namespace corroborate::report {

// The CSS of the page: two panes (findings, articles in columns), a colour per article column
// (classes c0 to c7), highlighted evidence (.hl), struck-through clutter (.rm), and print and
// narrow-screen layouts.
extern const std::string_view kHtmlStyle;

// The script that toggles a finding: activating an element with data-k="kN" highlights every
// article segment whose data-k lists kN and scrolls each column to its first one; activating it
// again or pressing Escape clears. The page reads fine without it.
extern const std::string_view kHtmlScript;

}  // namespace corroborate::report

#endif  // CORROBORATE_REPORT_HTML_ASSETS_H_
