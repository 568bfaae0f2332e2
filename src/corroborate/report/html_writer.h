// Self-contained HTML rendering of a report: the findings beside the articles they cite, for an
// editor to check each finding against the exact words of every outlet.
//
// One file with inline CSS and script, no network access (a Content-Security-Policy forbids it),
// no external fonts; it reads and prints without the script. Renders the report JSON document
// (docs/report-schema.md), like the other writers in this folder: never throws on a missing or
// mistyped key, deterministic, always valid UTF-8.
#ifndef CORROBORATE_REPORT_HTML_WRITER_H_
#define CORROBORATE_REPORT_HTML_WRITER_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace corroborate::report {

// Returns `report` as an HTML5 document. A header sums up the run; the findings pane lists
// disputes first, then facts (coloured by status), quotes, citations, reuse, actors and their
// labels (loaded ones marked), editorial passages, loaded words, the event (5W1H), removed
// clutter and diagnostics. The articles pane shows each article in a column (scrolling
// sideways when there are many) with its outlet, title, date, source and full text; removed
// clutter is struck through, its reason in a tooltip.
//
// Each finding with located evidence is a button: activating it highlights all its evidence
// spans in every column and scrolls them into view; activating it again or pressing Escape
// clears. Evidence whose offsets do not fit its article's text is not highlighted; offsets
// inside a UTF-8 sequence widen to the whole character. Article text and every string from the
// report are HTML-escaped, so no input can add markup or script. Never throws; thread-safe.
std::string RenderHtml(const nlohmann::json& report);

// Returns `text` as valid UTF-8 with & < > " ' replaced by character references and control
// characters other than tab, line feed and carriage return replaced by U+FFFD: safe both as
// element content and as a quoted attribute value.
std::string EscapeHtml(std::string_view text);

}  // namespace corroborate::report

#endif  // CORROBORATE_REPORT_HTML_WRITER_H_
