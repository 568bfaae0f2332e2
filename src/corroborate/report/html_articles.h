// The articles pane of the HTML report (html_writer.h): each article's text in a column, split
// at evidence and removed-clutter boundaries so the page script can highlight any finding's
// evidence. Also the pieces the findings pane shares with it: escaping, byte ranges read from
// the report, and the palette that colours each article's column and chips.
#ifndef CORROBORATE_REPORT_HTML_ARTICLES_H_
#define CORROBORATE_REPORT_HTML_ARTICLES_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/report/render_util.h"

namespace corroborate::report::html {

// Article i is drawn in colour class "c<i % kPaletteSize>".
inline constexpr int kPaletteSize = 8;

// A located piece of evidence: bytes [start, end) of one article, belonging to finding `key`
// (the page refers to it as data-k="k<key>").
struct Mark {
  size_t start = 0;
  size_t end = 0;
  int key = 0;
};

// Returns `text` on one line (OneLine) and HTML-escaped (EscapeHtml).
std::string Html(std::string_view text);

// Returns Html(StringField(object, key)).
std::string HtmlField(const nlohmann::json& object, const std::string& key);

// Reads [start, end) from `object`'s "start" and "end" when both are integers with
// 0 <= start < end <= text.size(), widened to whole UTF-8 characters of `text`, and returns
// true; else returns false and leaves *start and *end alone.
bool ReadRange(const nlohmann::json& object, std::string_view text, size_t* start, size_t* end);

// Appends the articles pane (<div id="articles">) of `report`: per article a column with its
// display name from `names`, outlet provenance, title, date, byline, language, source and URL,
// then texts[i] with each segment tagged by the keys of the marks[i] covering it and struck
// through where the article's "removed" spans cover it. REQUIRES: texts and marks have one
// entry per element of report["articles"].
void AppendArticles(const nlohmann::json& report, const ArticleNames& names,
                    const std::vector<std::string>& texts,
                    const std::vector<std::vector<Mark>>& marks, std::string* out);

}  // namespace corroborate::report::html

#endif  // CORROBORATE_REPORT_HTML_ARTICLES_H_
