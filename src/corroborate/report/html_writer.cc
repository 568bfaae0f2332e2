#include "corroborate/report/html_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corroborate/report/html_articles.h"
#include "corroborate/report/html_assets.h"
#include "corroborate/report/render_util.h"

namespace corroborate::report {
namespace {

using html::Html;
using html::HtmlField;
using html::kPaletteSize;
using html::Mark;
using html::ReadRange;
using nlohmann::json;

constexpr size_t kSnippetChars = 90;

std::string Snippet(const json& evidence, size_t max_chars = kSnippetChars) {
  const std::string text = OneLine(StringField(evidence, "text"));
  return text.empty() ? "" : "<q>" + EscapeHtml(Truncate(text, max_chars)) + "</q>";
}

std::string FirstSnippet(const json& evidence) {
  if (!evidence.is_array()) return "";
  for (const json& e : evidence) {
    if (std::string s = Snippet(e); !s.empty()) return s;
  }
  return "";
}

class HtmlRenderer {
 public:
  explicit HtmlRenderer(const json& report) : report_(report), names_(report) {
    for (const json& a : Items("articles")) {
      const json& text = Field(a, "text");
      texts_.push_back(text.is_string() ? text.get<std::string>() : std::string());
    }
    marks_.resize(texts_.size());
  }

  std::string Render() {
    std::string findings;
    Disputes(&findings);
    Facts(&findings);
    Quotes(&findings);
    Citations(&findings);
    Reuse(&findings);
    Actors(&findings);
    Editorial(&findings);
    LoadedWords(&findings);
    Event(&findings);
    Removed(&findings);
    Diagnostics(&findings);

    std::string out;
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>").append(Title()).append("</title>\n<style>");
    out.append(kHtmlStyle).append("</style>\n</head>\n<body>\n");
    Header(&out);
    out.append("<main>\n<div id=\"findings\">\n").append(findings).append("</div>\n");
    html::AppendArticles(report_, names_, texts_, marks_, &out);
    out.append("</main>\n<script>").append(kHtmlScript).append("</script>\n</body>\n</html>\n");
    return out;
  }

 private:
  const json& Items(const char* key) const { return ArrayField(report_, key); }
  int NewKey() { return next_key_++; }

  // Records `evidence` as part of finding `key`; returns whether it could be located.
  bool Cite(const json& evidence, int key) {
    const int index = names_.Index(Field(evidence, "article"));
    if (index < 0 || index >= static_cast<int>(texts_.size())) return false;
    size_t start = 0, end = 0;
    if (!ReadRange(evidence, texts_[index], &start, &end)) return false;
    marks_[index].push_back({start, end, key});
    return true;
  }
  int CiteAll(const json& evidence, int key) {
    int located = 0;
    if (evidence.is_array()) {
      for (const json& e : evidence) located += Cite(e, key);
    }
    return located;
  }

  // Opening tag of a finding: a toggle button when some evidence was located, else plain.
  static std::string Open(std::string_view tag, std::string_view classes, int key, bool located) {
    if (!located) return fmt::format("<{} class=\"{}\">", tag, classes);
    return fmt::format(
        "<{} class=\"f {}\" data-k=\"k{}\" tabindex=\"0\" role=\"button\" aria-pressed=\"false\">",
        tag, classes, key);
  }

  // An article's name in its column colour; an id that names no article is grey.
  std::string Chip(const json& id) const {
    const int index = names_.Index(id);
    if (index < 0) return "<span class=\"chip\">" + Html(names_.Name(id)) + "</span>";
    return ChipAt(index);
  }
  std::string ChipAt(int index) const {
    return fmt::format("<span class=\"chip c{}\">{}</span>", index % kPaletteSize,
                       Html(names_.NameAt(index)));
  }
  std::string Chips(const json& ids) const {
    if (!ids.is_array()) return "";
    std::string out;
    std::set<std::string> seen;
    for (const json& id : ids) {
      if (seen.insert(names_.Name(id)).second) out += Chip(id);
    }
    return out;
  }

  static void SectionHeading(std::string_view id, std::string_view title, size_t count,
                             std::string* out) {
    out->append(fmt::format("<section id=\"{}\">\n<h2>{} <span class=\"n\">{}</span></h2>\n", id,
                            title, count));
  }
  static void None(std::string* out) { out->append("<p class=\"none\">None.</p>\n"); }

  std::string Title() const {
    const json& articles = Items("articles");
    for (const json& a : articles) {
      if (std::string title = HtmlField(a, "title"); !title.empty()) {
        return "Corroborate: " + title;
      }
    }
    return "Corroborate report";
  }

  void Header(std::string* out) const {
    const json& articles = Items("articles");
    std::string chips;
    for (size_t i = 0; i < articles.size(); ++i) chips += ChipAt(static_cast<int>(i));
    const size_t outlets = ListOutlets(articles).outlets.size();
    const FactCounts counts = CountFacts(Items("facts"));
    out->append("<header class=\"top\">\n<h1>").append(Title()).append("</h1>\n");
    out->append(fmt::format(
        "<p class=\"sum\">{} article{} {} · {} outlet{} · {} dispute{} · {} facts ({} agreed, "
        "{} partial, {} single) · {} quote{}</p>\n",
        articles.size(), articles.size() == 1 ? "" : "s", chips, outlets, outlets == 1 ? "" : "s",
        Items("disputes").size(), Items("disputes").size() == 1 ? "" : "s", Items("facts").size(),
        counts.agreed, counts.partial, counts.single, Items("quotes").size(),
        Items("quotes").size() == 1 ? "" : "s"));
    const json& generator = Field(report_, "generator");
    std::vector<std::string> provenance;
    const std::string program =
        OneLine(StringField(generator, "name") + " " + StringField(generator, "version"));
    if (!program.empty()) provenance.push_back(EscapeHtml(program));
    if (const std::string schema = HtmlField(report_, "schema"); !schema.empty()) {
      provenance.push_back("schema " + schema);
    }
    out->append(fmt::format("<p class=\"gen\">{}</p>\n", fmt::join(provenance, " · ")));
    out->append(
        "<p class=\"hint\">Click a finding to highlight its evidence in every article; click it "
        "again or press Escape to clear.</p>\n<div id=\"status\" aria-live=\"polite\"></div>\n"
        "</header>\n");
  }

  void Disputes(std::string* out) {
    const json& disputes = Items("disputes");
    SectionHeading("disputes", "Disputes", disputes.size(), out);
    if (disputes.empty()) None(out);
    for (const json& d : disputes) {
      const int key = NewKey();
      std::string variants;
      int located = 0;
      for (const json& v : ArrayField(d, "variants")) {
        const json& mentions = ArrayField(v, "mentions");
        const int variant_key = NewKey();
        located += CiteAll(mentions, key);
        const bool variant_located = CiteAll(mentions, variant_key) > 0;
        variants += Open("li", "item", variant_key, variant_located) + "<span class=\"val\">" +
                    HtmlField(v, "value") + "</span> " + Chips(ArticlesOf(v, mentions)) + " " +
                    FirstSnippet(mentions) + "</li>\n";
      }
      out->append("<div class=\"dispute\">\n")
          .append(Open("div", "item", key, located > 0))
          .append("<span class=\"about\">" + HtmlField(d, "about") +
                  "</span> <span class=\"kind\">" + HtmlField(d, "kind") + "</span></div>\n<ul>\n")
          .append(variants)
          .append("</ul>\n</div>\n");
    }
    out->append("</section>\n");
  }

  void Facts(std::string* out) {
    const json& facts = Items("facts");
    SectionHeading("facts", "Facts", facts.size(), out);
    if (facts.empty()) None(out);
    for (const json* f : FactsByStatus(facts)) {
      const std::string s = StringField(*f, "status");
      const json& mentions = ArrayField(*f, "mentions");
      const int key = NewKey();
      const std::string classes = "item fact " + (IsKnownFactStatus(s) ? s : std::string("other"));
      out->append(Open("div", classes, key, CiteAll(mentions, key) > 0))
          .append("<span class=\"kind\">" + Html(s) + "</span> " + HtmlField(*f, "summary") + " " +
                  Chips(ArticlesOf(*f, mentions)) + "</div>\n");
    }
    out->append("</section>\n");
  }

  void Quotes(std::string* out) {
    const json& quotes = Items("quotes");
    SectionHeading("quotes", "Quotes", quotes.size(), out);
    if (quotes.empty()) None(out);
    for (const json& q : quotes) {
      const json& mentions = ArrayField(q, "mentions");
      const int key = NewKey();
      const int located = CiteAll(mentions, key) + CiteAll(ArrayField(q, "speaker_mentions"), key);
      std::string speaker = HtmlField(q, "speaker");
      out->append(Open("div", "item quote", key, located > 0))
          .append("<b>" + (speaker.empty() ? std::string("Unknown speaker") : speaker) + "</b> " +
                  Chips(ArticlesOf(q, mentions)))
          .append(Field(q, "altered") == json(true)
                      ? " <span class=\"badge altered\">altered</span>"
                      : "")
          .append("<blockquote>“" + HtmlField(q, "text") + "”</blockquote></div>\n");
      const json& versions = ArrayField(q, "versions");
      if (versions.size() < 2) continue;
      out->append("<ul class=\"versions\">\n");
      for (const json& v : versions) {
        // A version's evidence is the quote's mentions in the articles that carry it.
        const int version_key = NewKey();
        std::set<int> in;
        for (const json& id : ArrayField(v, "articles")) in.insert(names_.Index(id));
        int version_located = 0;
        for (const json& m : mentions) {
          if (in.contains(names_.Index(Field(m, "article"))))
            version_located += Cite(m, version_key);
        }
        const std::string difference = HtmlField(v, "difference");
        const std::string badge =
            difference == "altered" || difference == "trimmed" ? "badge " + difference : "badge";
        out->append(Open("li", "item", version_key, version_located > 0))
            .append("<span class=\"" + badge + "\">" + difference + "</span> " +
                    Chips(Field(v, "articles")) + " <span class=\"snip\">“" + HtmlField(v, "text") +
                    "”</span></li>\n");
      }
      out->append("</ul>\n");
    }
    out->append("</section>\n");
  }

  void Citations(std::string* out) {
    const json& citations = Items("citations");
    SectionHeading("citations", "Citations", citations.size(), out);
    if (citations.empty()) None(out);
    for (const json& c : citations) {
      const int key = NewKey();
      const json& cue = Field(c, "cue");
      std::string kind = HtmlField(c, "kind");
      out->append(Open("div", "item", key, Cite(cue, key)))
          .append(Chip(Field(c, "article")) + " → <b>" + HtmlField(c, "cites") + "</b> ")
          .append(kind.empty() ? "" : "<span class=\"kind\">" + kind + "</span> ")
          .append(Snippet(cue) + "</div>\n");
    }
    out->append("</section>\n");
  }

  void Reuse(std::string* out) {
    const json& reuse = Items("reuse");
    SectionHeading("reuse", "Reuse", reuse.size(), out);
    if (reuse.empty()) None(out);
    for (const json& r : reuse) {
      const int key = NewKey();
      const bool located = Cite(Field(r, "a_span"), key) + Cite(Field(r, "b_span"), key) > 0;
      std::string a = Chip(Field(r, "a")), b = Chip(Field(r, "b"));
      const std::string direction = StringField(r, "direction");
      if (direction == "b->a") std::swap(a, b);
      const bool known = direction == "a->b" || direction == "b->a";
      const json& score = Field(r, "score");
      out->append(Open("div", "item", key, located))
          .append(a + (known ? " → " : " ↔ ") + b)
          .append(score.is_number() ? fmt::format(" <b>{:.0f}%</b>", score.get<double>() * 100)
                                    : "")
          .append(known ? "" : " <span class=\"kind\">direction unknown</span>")
          .append(StringField(r, "direction_reason").empty()
                      ? ""
                      : " <span class=\"kind\">" + HtmlField(r, "direction_reason") + "</span>")
          .append("<br>" + Snippet(Field(r, "a_span"), 160) + "</div>\n");
    }
    out->append("</section>\n");
  }

  void Actors(std::string* out) {
    const json& actors = Items("actors");
    SectionHeading("actors", "Actors and labels", actors.size(), out);
    if (actors.empty()) None(out);
    for (const json& actor : actors) {
      const int key = NewKey();
      const json& labels = ArrayField(actor, "labels");
      const int located = CiteAll(ArrayField(actor, "mentions"), key) + CiteAll(labels, key);
      const std::string kind = HtmlField(actor, "kind");
      out->append(Open("div", "item", key, located > 0))
          .append("<b>" + HtmlField(actor, "name") + "</b> ")
          .append(kind.empty() ? "" : "<span class=\"kind\">" + kind + "</span> ")
          .append(fmt::format("<span class=\"meta\">{} mention{}</span></div>\n",
                              ArrayField(actor, "mentions").size(),
                              ArrayField(actor, "mentions").size() == 1 ? "" : "s"));
      // Labels grouped by article; the same label twice in one article is one button.
      struct Label {
        std::string html;
        bool loaded = false;
        int key = 0;
        int located = 0;
      };
      std::vector<int> order;
      std::map<int, std::vector<Label>> by_article;
      for (const json& l : labels) {
        std::string text = HtmlField(l, "label");
        if (text.empty()) text = HtmlField(l, "text");
        if (text.empty()) continue;
        const bool loaded = Field(l, "loaded") == json(true);
        if (loaded) {
          const std::string category = HtmlField(l, "category");
          text = "⚑ " + text +
                 (category.empty() ? "" : " <span class=\"kind\">" + category + "</span>");
        }
        const int article = names_.Index(Field(l, "article"));
        if (!by_article.contains(article)) order.push_back(article);
        auto& list = by_article[article];
        auto it = std::find_if(list.begin(), list.end(),
                               [&](const Label& entry) { return entry.html == text; });
        if (it == list.end()) it = list.insert(list.end(), Label{text, loaded, NewKey(), 0});
        it->located += Cite(l, it->key);
      }
      if (order.empty()) continue;
      out->append("<ul class=\"labels\">\n");
      for (const int article : order) {
        out->append("<li>" + (article >= 0 ? ChipAt(article) : std::string("?")) + " ");
        for (const Label& label : by_article[article]) {
          out->append(
                 Open("span", label.loaded ? "lab loaded" : "lab", label.key, label.located > 0))
              .append(label.html + "</span> ");
        }
        out->append("</li>\n");
      }
      out->append("</ul>\n");
    }
    out->append("</section>\n");
  }

  void Editorial(std::string* out) {
    const json& editorial = Items("editorial");
    SectionHeading("editorial", "Editorial", editorial.size(), out);
    if (editorial.empty()) None(out);
    for (const json& e : editorial) {
      const int key = NewKey();
      out->append(Open("div", "item", key, Cite(e, key)))
          .append(Chip(Field(e, "article")) + " <span class=\"kind\">" + HtmlField(e, "reason") +
                  "</span> " + Snippet(e, 240) + "</div>\n");
    }
    out->append("</section>\n");
  }

  void LoadedWords(std::string* out) {
    const json& words = Items("loaded_words");
    SectionHeading("loaded", "Loaded words", words.size(), out);
    if (words.empty()) None(out);
    for (const json& w : words) {
      const int key = NewKey();
      std::string word = HtmlField(w, "word");
      if (word.empty()) word = HtmlField(w, "text");
      out->append(Open("div", "item", key, Cite(w, key)))
          .append(Chip(Field(w, "article")) + " <b>" + word + "</b> <span class=\"kind\">" +
                  HtmlField(w, "category") + "</span> " + Snippet(w) + "</div>\n");
    }
    out->append("</section>\n");
  }

  void Event(std::string* out) {
    const json& event = Field(report_, "event");
    std::string rows;
    size_t count = 0;
    for (const auto& [slot_key, label] : kEventSlots) {
      const json& slot = Field(event, slot_key);
      const std::string value = HtmlField(slot, "value");
      if (value.empty()) continue;
      ++count;
      const json& evidence = ArrayField(slot, "evidence");
      const int key = NewKey();
      rows += Open("tr", "slot", key, CiteAll(evidence, key) > 0) + "<th>" + label + "</th><td>" +
              value + " " + Chips(ArticlesOf(slot, evidence)) + "</td></tr>\n";
    }
    SectionHeading("event", "Event", count, out);
    if (count == 0) None(out);
    if (count > 0) out->append("<table>\n" + rows + "</table>\n");
    out->append("</section>\n");
  }

  void Removed(std::string* out) {
    std::string items;
    size_t count = 0;
    const json& articles = Items("articles");
    for (size_t i = 0; i < articles.size(); ++i) {
      const json& removed = ArrayField(articles[i], "removed");
      if (removed.empty()) continue;
      ++count;
      const int key = NewKey();
      int located = 0;
      std::vector<std::string> reasons;
      for (const json& r : removed) {
        size_t start = 0, end = 0;
        if (ReadRange(r, texts_[i], &start, &end)) {
          marks_[i].push_back({start, end, key});
          ++located;
        }
        const std::string reason = HtmlField(r, "reason");
        if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end()) {
          reasons.push_back(reason);
        }
      }
      items += Open("div", "item", key, located > 0) + ChipAt(static_cast<int>(i)) +
               fmt::format(" {} span{} <span class=\"meta\">{}</span></div>\n", removed.size(),
                           removed.size() == 1 ? "" : "s", fmt::join(reasons, "; "));
    }
    SectionHeading("removed", "Removed clutter", count, out);
    if (count == 0) None(out);
    out->append(items).append("</section>\n");
  }

  void Diagnostics(std::string* out) {
    const json& diagnostics = Items("diagnostics");
    SectionHeading("diagnostics", "Diagnostics", diagnostics.size(), out);
    if (diagnostics.empty()) None(out);
    for (const json& d : diagnostics) {
      const std::string severity = HtmlField(d, "severity");
      out->append("<div class=\"item diag " + severity + "\"><b>" + severity + "</b> " +
                  HtmlField(d, "input") + ": " + HtmlField(d, "message") + "</div>\n");
    }
    out->append("</section>\n");
  }

  const json& report_;
  ArticleNames names_;
  std::vector<std::string> texts_;
  std::vector<std::vector<Mark>> marks_;  // by article index
  int next_key_ = 0;
};

}  // namespace

std::string EscapeHtml(std::string_view text) {
  const std::string clean = SanitizeUtf8(text);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (const char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\t':
      case '\n':
      case '\r':
        out += c;
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          out += "\xEF\xBF\xBD";
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string RenderHtml(const json& report) { return HtmlRenderer(report).Render(); }

}  // namespace corroborate::report
