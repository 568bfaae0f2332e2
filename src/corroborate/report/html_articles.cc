#include "corroborate/report/html_articles.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corroborate/common/utf8.h"
#include "corroborate/report/html_writer.h"

namespace corroborate::report::html {
namespace {

using nlohmann::json;

// A removed span of an article and why it was removed.
struct Strike {
  size_t start = 0;
  size_t end = 0;
  std::string reason;
};

size_t CeilBoundary(std::string_view text, size_t pos) {
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

}  // namespace

std::string Html(std::string_view text) { return EscapeHtml(OneLine(text)); }

std::string HtmlField(const json& object, const std::string& key) {
  return Html(StringField(object, key));
}

bool ReadRange(const json& object, std::string_view text, size_t* start, size_t* end) {
  const json &s = Field(object, "start"), &e = Field(object, "end");
  if (!s.is_number_integer() || !e.is_number_integer()) return false;
  const long long s_value = s.get<long long>(), e_value = e.get<long long>();
  if (s_value < 0 || e_value <= s_value || e_value > static_cast<long long>(text.size())) {
    return false;
  }
  *start = utf8::FloorBoundary(text, static_cast<size_t>(s_value));
  *end = CeilBoundary(text, static_cast<size_t>(e_value));
  return true;
}

namespace {

// Writes `text` (the text of `article`) split at every evidence and removed-span boundary: each
// segment lists the findings whose evidence covers it, and is struck through when removed.
void ArticleText(const json& article, std::string_view text, const std::vector<Mark>& marks,
                 std::string* out) {
  std::vector<Strike> strikes;
  for (const json& r : ArrayField(article, "removed")) {
    Strike strike;
    if (ReadRange(r, text, &strike.start, &strike.end)) {
      strike.reason = OneLine(StringField(r, "reason"));
      strikes.push_back(std::move(strike));
    }
  }
  std::vector<size_t> cuts = {0, text.size()};
  for (const Mark& m : marks) cuts.insert(cuts.end(), {m.start, m.end});
  for (const Strike& s : strikes) cuts.insert(cuts.end(), {s.start, s.end});
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  for (size_t c = 0; c + 1 < cuts.size(); ++c) {
    const size_t start = cuts[c], end = cuts[c + 1];
    std::vector<int> keys;
    for (const Mark& m : marks) {
      if (m.start <= start && end <= m.end) keys.push_back(m.key);
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<std::string> reasons;
    for (const Strike& s : strikes) {
      if (s.start <= start && end <= s.end &&
          std::find(reasons.begin(), reasons.end(), s.reason) == reasons.end()) {
        reasons.push_back(s.reason);
      }
    }
    const std::string segment = EscapeHtml(text.substr(start, end - start));
    if (keys.empty() && reasons.empty()) {
      out->append(segment);
      continue;
    }
    out->append("<span");
    if (!keys.empty()) {
      out->append(" data-k=\"");
      for (size_t k = 0; k < keys.size(); ++k) {
        out->append(fmt::format("{}k{}", k == 0 ? "" : " ", keys[k]));
      }
      out->append("\"");
    }
    if (!reasons.empty()) {
      out->append(fmt::format(" class=\"rm\" title=\"removed: {}\"",
                              EscapeHtml(fmt::format("{}", fmt::join(reasons, "; ")))));
    }
    out->append(">").append(segment).append("</span>");
  }
}

}  // namespace

void AppendArticles(const json& report, const ArticleNames& names,
                    const std::vector<std::string>& texts,
                    const std::vector<std::vector<Mark>>& marks, std::string* out) {
  const json& articles = ArrayField(report, "articles");
  out->append("<div id=\"articles\">\n");
  if (articles.empty()) out->append("<p class=\"none\">No articles.</p>\n");
  for (size_t i = 0; i < articles.size(); ++i) {
    const json& a = articles[i];
    out->append(fmt::format("<section class=\"col c{}\" id=\"article-{}\">\n<header>",
                            i % kPaletteSize, i));
    std::string outlet = HtmlField(a, "outlet");
    const std::string outlet_source = HtmlField(a, "outlet_source");
    out->append("<div class=\"outlet\">" + Html(names.NameAt(static_cast<int>(i))) + "</div>");
    if (!outlet.empty() && !outlet_source.empty()) {
      out->append("<div class=\"meta\">outlet from " + outlet_source + "</div>");
    }
    out->append("<h3>" + HtmlField(a, "title") + "</h3>");
    std::vector<std::string> meta;
    for (const char* key : {"published", "byline", "language"}) {
      if (std::string value = HtmlField(a, key); !value.empty()) meta.push_back(value);
    }
    if (StringField(a, "published").empty()) meta.insert(meta.begin(), "date unknown");
    out->append(fmt::format("<div class=\"meta\">{}</div>", fmt::join(meta, " · ")));
    std::vector<std::string> origin;
    for (const char* key : {"source", "url"}) {
      if (std::string value = HtmlField(a, key); !value.empty()) origin.push_back(value);
    }
    if (!origin.empty()) {
      out->append(fmt::format("<div class=\"meta\">{}</div>", fmt::join(origin, " · ")));
    }
    out->append("</header>\n<div class=\"body\">");
    ArticleText(a, texts[i], marks[i], out);
    out->append("</div>\n</section>\n");
  }
  out->append("</div>\n");
}

}  // namespace corroborate::report::html
