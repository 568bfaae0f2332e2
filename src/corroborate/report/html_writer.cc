#include "corroborate/report/html_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corroborate/report/text_writer.h"

namespace corroborate::report {
namespace {

using nlohmann::json;

constexpr int kPaletteSize = 8;
constexpr size_t kSnippetChars = 90;

constexpr std::string_view kStyle = R"css(
:root{--hl:#ffe066;--hl-edge:#d4a800;--ink:#1d1d1f;--muted:#6b6b70;--line:#dcdce0}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{display:flex;flex-direction:column;color:var(--ink);background:#f6f6f8;
 font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top{padding:10px 18px;background:#fff;border-bottom:1px solid var(--line)}
h1{font-size:19px;margin:0 0 2px}
h2{font-size:15px;margin:18px 0 6px;padding-bottom:3px;border-bottom:1px solid var(--line)}
h2 .n{color:var(--muted);font-weight:normal}
h3{font-size:15px;margin:2px 0}
.sum{margin:2px 0}.gen,.hint,.meta{color:var(--muted);font-size:12px;margin:2px 0}
#status{font-size:12px;min-height:1.2em;color:#7a5b00}
main{flex:1;min-height:0;display:grid;grid-template-columns:minmax(340px,38%) 1fr}
#findings{overflow:auto;padding:0 18px 40px;background:#fff;border-right:1px solid var(--line)}
#articles{overflow-x:auto;overflow-y:hidden;display:flex;gap:12px;padding:12px}
.col{flex:1 0 330px;max-width:560px;display:flex;flex-direction:column;min-height:0;background:#fff;
 border:1px solid var(--line);border-top:5px solid var(--c,#888);border-radius:4px}
.col>header{padding:8px 12px;border-bottom:1px solid var(--line)}
.outlet{font-weight:600;color:var(--c,#555)}
.body{flex:1;overflow-y:auto;position:relative;padding:10px 12px;white-space:pre-wrap;
 overflow-wrap:anywhere;font:15px/1.55 Georgia,"Times New Roman",serif}
.rm{color:#9a9aa0;text-decoration:line-through}
.hl{background:var(--hl);box-shadow:0 2px 0 var(--hl-edge);color:var(--ink)}
.f{cursor:pointer;border-radius:4px}
.f:hover{background:#f1f1f6}
.f:focus-visible{outline:2px solid #3b6fd6;outline-offset:1px}
.f.on{background:#fff6cc;box-shadow:0 0 0 2px var(--hl-edge)}
.item{display:block;padding:4px 8px;margin:3px 0;border-left:4px solid transparent}
.dispute{margin:6px 0 10px;border:1px solid #e6c3c3;border-radius:6px;background:#fffafa}
.dispute .about{font-weight:600}
.dispute ul{list-style:none;margin:0;padding:0 0 4px 10px}
.val{font-weight:700;color:#9b1c1c}
.kind,.badge{display:inline-block;font-size:11px;padding:0 6px;border-radius:8px;
 background:#ececf0;color:#444;vertical-align:1px}
.badge.altered{background:#9b1c1c;color:#fff}.badge.trimmed{background:#ffe9b3}
.fact.agreed{background:#e6f4e4;border-left-color:#3a8f3a}
.fact.partial{background:#fdf1d8;border-left-color:#d99800}
.fact.single{background:#f0f0f2;border-left-color:#a0a0a6}
.fact.f:hover{filter:brightness(.97)}
.chip{display:inline-block;font:600 11px/1.6 system-ui,sans-serif;padding:0 7px;margin:0 2px;
 border-radius:9px;color:#fff;background:var(--c,#777);white-space:nowrap}
.c0{--c:#2f5f9e}.c1{--c:#a8326e}.c2{--c:#25803a}.c3{--c:#b85c00}.c4{--c:#6a47a8}
.c5{--c:#137a87}.c6{--c:#7d6420}.c7{--c:#55555c}
q,.snip{color:#444;font-style:italic}q{quotes:"“" "”"}
blockquote{margin:2px 0;font:15px/1.45 Georgia,serif}
.versions,.labels{margin:2px 0 0;padding-left:18px;list-style:none}
.lab{display:inline-block;padding:0 4px}
.lab.loaded{color:#8a1a6e;font-weight:600}
table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;padding:3px 6px}
tr.slot>*{border-top:1px solid #eee}
.diag.error{color:#9b1c1c}.none{color:var(--muted);font-style:italic}
@media (max-width:900px){main{display:block}#findings{border-right:0}
 .col .body{max-height:70vh}body{height:auto}}
@media print{html,body{height:auto;background:#fff}body{display:block}main{display:block}
 #findings{overflow:visible;border:0}#articles{display:block;overflow:visible;padding:0}
 .col{margin:0 0 14px;break-inside:auto}.body{overflow:visible}.hint,#status{display:none}
 .chip{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)css";

// Highlights evidence: findings carry data-k="kN"; article text segments carry every key whose
// evidence covers them, so one attribute selector finds all spans of a finding.
constexpr std::string_view kScript = R"js(
(function () {
  'use strict';
  var active = null;
  var status = document.getElementById('status');
  function clear() {
    var lit = document.querySelectorAll('#articles .hl');
    for (var i = 0; i < lit.length; i++) lit[i].classList.remove('hl');
    if (active) { active.classList.remove('on'); active.setAttribute('aria-pressed', 'false'); }
    active = null;
    status.textContent = '';
  }
  function show(finding) {
    clear();
    active = finding;
    finding.classList.add('on');
    finding.setAttribute('aria-pressed', 'true');
    var key = finding.getAttribute('data-k');
    var spans = document.querySelectorAll('#articles [data-k~="' + key + '"]');
    for (var i = 0; i < spans.length; i++) spans[i].classList.add('hl');
    var bodies = document.querySelectorAll('#articles .body'), first = null, columns = 0;
    for (var b = 0; b < bodies.length; b++) {
      var hit = bodies[b].querySelector('.hl');
      if (!hit) continue;
      columns++;
      if (!first) first = hit;
      bodies[b].scrollTop = Math.max(0, hit.offsetTop - bodies[b].clientHeight / 3);
    }
    if (first) {
      first.closest('.col').scrollIntoView({block: 'nearest', inline: 'nearest'});
      first.scrollIntoView({block: 'nearest', inline: 'nearest'});
    }
    status.textContent = 'Evidence highlighted in ' + columns + ' of ' + bodies.length +
        ' articles. Click the finding again or press Escape to clear.';
  }
  function toggle(finding) { if (finding === active) clear(); else show(finding); }
  document.addEventListener('click', function (event) {
    var finding = event.target.closest && event.target.closest('#findings [data-k]');
    if (finding) toggle(finding);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { clear(); return; }
    var finding = document.activeElement;
    if ((event.key === 'Enter' || event.key === ' ') && finding && finding.matches &&
        finding.matches('#findings [data-k]')) {
      event.preventDefault();
      toggle(finding);
    }
  });
})();
)js";

// A located piece of evidence: bytes [start, end) of one article, belonging to finding `key`.
struct Mark {
  size_t start = 0;
  size_t end = 0;
  int key = 0;
};

struct Strike {
  size_t start = 0;
  size_t end = 0;
  std::string reason;
};

std::string Html(std::string_view text) { return EscapeHtml(OneLine(text)); }
std::string HtmlField(const json& object, const std::string& key) {
  return Html(StringField(object, key));
}

size_t FloorBoundary(std::string_view text, size_t pos) {
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
    --pos;
  }
  return pos;
}

size_t CeilBoundary(std::string_view text, size_t pos) {
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

// Reads [start, end) from `object` when both are integers with start < end <= text.size(),
// widened to whole UTF-8 characters.
bool ReadRange(const json& object, std::string_view text, size_t* start, size_t* end) {
  const json &s = Field(object, "start"), &e = Field(object, "end");
  if (!s.is_number_integer() || !e.is_number_integer()) return false;
  const long long s_value = s.get<long long>(), e_value = e.get<long long>();
  if (s_value < 0 || e_value <= s_value || e_value > static_cast<long long>(text.size())) {
    return false;
  }
  *start = FloorBoundary(text, static_cast<size_t>(s_value));
  *end = CeilBoundary(text, static_cast<size_t>(e_value));
  return true;
}

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
    out.append(kStyle).append("</style>\n</head>\n<body>\n");
    Header(&out);
    out.append("<main>\n<div id=\"findings\">\n").append(findings).append("</div>\n");
    Articles(&out);
    out.append("</main>\n<script>").append(kScript).append("</script>\n</body>\n</html>\n");
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
    std::set<std::string> outlets;
    std::string chips;
    for (size_t i = 0; i < articles.size(); ++i) chips += ChipAt(static_cast<int>(i));
    for (const json& a : articles) {
      if (std::string outlet = OneLine(StringField(a, "outlet")); !outlet.empty()) {
        outlets.insert(outlet);
      }
    }
    size_t counts[3] = {0, 0, 0};
    for (const json& f : Items("facts")) {
      const std::string status = StringField(f, "status");
      counts[0] += status == "agreed";
      counts[1] += status == "partial";
      counts[2] += status == "single";
    }
    out->append("<header class=\"top\">\n<h1>").append(Title()).append("</h1>\n");
    out->append(fmt::format(
        "<p class=\"sum\">{} article{} {} · {} outlet{} · {} dispute{} · {} facts ({} agreed, "
        "{} partial, {} single) · {} quote{}</p>\n",
        articles.size(), articles.size() == 1 ? "" : "s", chips, outlets.size(),
        outlets.size() == 1 ? "" : "s", Items("disputes").size(),
        Items("disputes").size() == 1 ? "" : "s", Items("facts").size(), counts[0], counts[1],
        counts[2], Items("quotes").size(), Items("quotes").size() == 1 ? "" : "s"));
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
    for (const char* status : {"agreed", "partial", "single", ""}) {
      for (const json& f : facts) {
        const std::string s = StringField(f, "status");
        const bool known = s == "agreed" || s == "partial" || s == "single";
        if (*status ? s != status : known) continue;
        const json& mentions = ArrayField(f, "mentions");
        const int key = NewKey();
        const std::string classes = "item fact " + (known ? s : std::string("other"));
        out->append(Open("div", classes, key, CiteAll(mentions, key) > 0))
            .append("<span class=\"kind\">" + Html(s) + "</span> " + HtmlField(f, "summary") + " " +
                    Chips(ArticlesOf(f, mentions)) + "</div>\n");
      }
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
    static constexpr std::pair<const char*, const char*> kSlots[] = {
        {"who", "Who"},     {"what", "What"}, {"when", "When"},
        {"where", "Where"}, {"why", "Why"},   {"how", "How"}};
    const json& event = Field(report_, "event");
    std::string rows;
    size_t count = 0;
    for (const auto& [slot_key, label] : kSlots) {
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

  void Articles(std::string* out) const {
    const json& articles = Items("articles");
    out->append("<div id=\"articles\">\n");
    if (articles.empty()) out->append("<p class=\"none\">No articles.</p>\n");
    for (size_t i = 0; i < articles.size(); ++i) {
      const json& a = articles[i];
      out->append(fmt::format("<section class=\"col c{}\" id=\"article-{}\">\n<header>",
                              i % kPaletteSize, i));
      std::string outlet = HtmlField(a, "outlet");
      const std::string outlet_source = HtmlField(a, "outlet_source");
      out->append("<div class=\"outlet\">" + Html(names_.NameAt(static_cast<int>(i))) + "</div>");
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
      ArticleText(i, out);
      out->append("</div>\n</section>\n");
    }
    out->append("</div>\n");
  }

  // Writes article `i`'s text split at every evidence and removed-span boundary: each segment
  // lists the findings whose evidence covers it, and is struck through when removed.
  void ArticleText(size_t i, std::string* out) const {
    const std::string_view text = texts_[i];
    std::vector<Strike> strikes;
    for (const json& r : ArrayField(Items("articles")[i], "removed")) {
      Strike strike;
      if (ReadRange(r, text, &strike.start, &strike.end)) {
        strike.reason = OneLine(StringField(r, "reason"));
        strikes.push_back(std::move(strike));
      }
    }
    std::vector<size_t> cuts = {0, text.size()};
    for (const Mark& m : marks_[i]) cuts.insert(cuts.end(), {m.start, m.end});
    for (const Strike& s : strikes) cuts.insert(cuts.end(), {s.start, s.end});
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    for (size_t c = 0; c + 1 < cuts.size(); ++c) {
      const size_t start = cuts[c], end = cuts[c + 1];
      std::vector<int> keys;
      for (const Mark& m : marks_[i]) {
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
