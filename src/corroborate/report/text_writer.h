// Plain-text rendering of a report: the one-screen summary an editor reads in a terminal.
//
// The text, Markdown and HTML writers render the report *JSON document* described in
// docs/report-schema.md (schema "corroborate.report/1"), not the engine's C++ types, so they
// depend only on that contract. None of them throws on a missing or mistyped key: a partially
// filled report renders what it has. All are deterministic (the same document gives the same
// bytes) and always return valid UTF-8, whatever bytes the document's strings hold. The helpers
// they share are in render_util.h.
#ifndef CORROBORATE_REPORT_TEXT_WRITER_H_
#define CORROBORATE_REPORT_TEXT_WRITER_H_

#include <nlohmann/json.hpp>
#include <string>

namespace corroborate::report {

struct TextOptions {
  // Emit ANSI color escapes. Set it when stdout is a terminal; when false the output holds no
  // escape or other control character except '\n'.
  bool color = false;
  // Wrap lines at this many terminal columns (wide CJK characters count as two). Values below
  // 40 act as 40.
  int width = 100;
};

// Returns the terminal summary of `report`: a header line (articles and outlets), the event
// (who/what/when/where/why/how), disputes first, then fact counts and the agreed facts, quotes,
// citations, reuse, actor labels per outlet, editorial passages, loaded words, removed clutter
// and diagnostics. Long lists are capped ("… N more"); empty sections are left out. Articles are
// named by outlet when known, else by id. Never throws; thread-safe.
std::string RenderText(const nlohmann::json& report, const TextOptions& options = {});

}  // namespace corroborate::report

#endif  // CORROBORATE_REPORT_TEXT_WRITER_H_
