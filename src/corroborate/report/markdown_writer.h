// Markdown rendering of a report: the full findings as sections and GitHub-flavoured tables, for
// pasting into a ticket, a wiki page or a pull request.
//
// Renders the report JSON document (docs/report-schema.md), like the other writers in this folder:
// never throws on a missing or mistyped key, deterministic, always valid UTF-8.
#ifndef CORROBORATE_REPORT_MARKDOWN_WRITER_H_
#define CORROBORATE_REPORT_MARKDOWN_WRITER_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace corroborate::report {

// Returns `report` as a Markdown document: a title and summary line, then the sections
// "Articles", "Event", "Disputes", "Facts", "Quotes", "Citations", "Reuse", "Actors and labels",
// "Editorial", "Loaded words", "Removed clutter" and "Diagnostics", in that order. Every section
// is always present ("_None._" when empty) so that two reports diff section by section. Nothing
// is capped. Every string from the report is escaped, so article text never becomes markup
// (no raw HTML, links or emphasis). Never throws; thread-safe.
std::string RenderMarkdown(const nlohmann::json& report);

// Returns `text` as the content of one table cell or line of Markdown: on one line (see OneLine()
// in render_util.h), with "|" and the characters that could start markup (\ ` * _ [ ] < > & ~ #)
// backslash-escaped.
std::string EscapeMarkdown(std::string_view text);

}  // namespace corroborate::report

#endif  // CORROBORATE_REPORT_MARKDOWN_WRITER_H_
