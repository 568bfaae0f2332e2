#include "corroborate/report/text_writer.h"

#include <fmt/format.h>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corroborate/common/utf8.h"
#include "corroborate/report/render_util.h"

namespace corroborate::report {
namespace {

using nlohmann::json;

int ColumnWidth(char32_t c) {
  if ((c >= 0x300 && c <= 0x36F) || (c >= 0x200B && c <= 0x200F) || c == 0xFE0F) return 0;
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) ||
      (c >= 0x20000 && c <= 0x3FFFD)) {
    return 2;
  }
  return 1;
}

// Terminal columns taken by `s`; our own ANSI sequences take none.
int DisplayWidth(std::string_view s) {
  int width = 0;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\x1b') {
      const size_t m = s.find('m', i);
      i = m == std::string_view::npos ? s.size() : m + 1;
      continue;
    }
    width += ColumnWidth(utf8::Decode(s, &i));  // an invalid byte decodes as U+FFFD
  }
  return width;
}

// Appends `text` as lines of at most `width` columns broken at spaces (runs of spaces inside a
// line are kept, for alignment). The first line is indented by `indent`, the next by `indent +
// hang`. A word wider than a line is not split.
void AppendWrapped(std::string_view text, int width, int indent, int hang, std::string* out) {
  std::string line(indent, ' ');
  int used = indent;
  bool line_has_word = false;
  size_t i = 0;
  while (i < text.size()) {
    size_t word_start = text.find_first_not_of(' ', i);
    if (word_start == std::string_view::npos) break;
    const int gap = static_cast<int>(word_start - i);
    size_t word_end = text.find(' ', word_start);
    if (word_end == std::string_view::npos) word_end = text.size();
    const std::string_view word = text.substr(word_start, word_end - word_start);
    const int word_width = DisplayWidth(word);
    if (line_has_word && used + gap + word_width > width) {
      out->append(line).push_back('\n');
      line.assign(indent + hang, ' ');
      used = indent + hang;
    } else if (line_has_word || gap > 0) {
      line.append(gap, ' ');
      used += gap;
    }
    line.append(word);
    used += word_width;
    line_has_word = true;
    i = word_end;
  }
  out->append(line).push_back('\n');
}

std::string Quoted(std::string_view text) { return fmt::format("“{}”", text); }

constexpr size_t kSnippetChars = 60;

// “snippet” of one piece of evidence, or "" when it has no text.
std::string Snippet(const json& evidence, size_t max_chars = kSnippetChars) {
  const std::string text = OneLine(StringField(evidence, "text"));
  return text.empty() ? "" : Quoted(Truncate(text, max_chars));
}

std::string FirstSnippet(const json& evidence_array) {
  if (!evidence_array.is_array()) return "";
  for (const json& e : evidence_array) {
    std::string s = Snippet(e);
    if (!s.empty()) return s;
  }
  return "";
}

// Counts of each distinct string, in order of first appearance: "ad ×2, share prompt".
class Tally {
 public:
  void Add(const std::string& item) {
    if (item.empty()) return;
    if (count_[item]++ == 0) order_.push_back(item);
  }
  bool empty() const { return order_.empty(); }
  std::string Join(size_t max_items) const {
    std::string out;
    for (size_t i = 0; i < order_.size() && i < max_items; ++i) {
      if (i > 0) out += ", ";
      out += order_[i];
      if (const int n = count_.at(order_[i]); n > 1) out += fmt::format(" ×{}", n);
    }
    if (order_.size() > max_items) out += fmt::format(", … {} more", order_.size() - max_items);
    return out;
  }

 private:
  std::vector<std::string> order_;
  std::map<std::string, int> count_;
};

class TextRenderer {
 public:
  TextRenderer(const json& report, const TextOptions& options)
      : report_(report),
        names_(report),
        width_(options.width < 40 ? 40 : options.width),
        color_(options.color) {}

  std::string Render() {
    Header();
    Event();
    Disputes();
    Facts();
    Quotes();
    Citations();
    Reuse();
    Actors();
    Editorial();
    LoadedWords();
    Removed();
    Diagnostics();
    return std::move(out_);
  }

 private:
  static constexpr size_t kMaxAgreed = 8, kMaxQuotes = 6, kMaxLines = 8, kMaxReuse = 5,
                          kMaxActors = 6, kMaxEditorial = 5;

  std::string Paint(std::string_view sgr, std::string_view text) const {
    if (!color_ || text.empty()) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", sgr, text);
  }
  void Line(std::string_view text, int indent = 2, int hang = 4) {
    AppendWrapped(text, width_, indent, hang, &out_);
  }
  void Heading(std::string_view title, std::string_view detail = "") {
    std::string line = Paint("1;36", title);
    if (!detail.empty()) line += "  " + std::string(detail);
    Line(line, 0, 2);
  }
  void More(size_t total, size_t shown, std::string_view what = "") {
    if (total <= shown) return;
    Line(Paint("2", fmt::format("… {} more{}", total - shown, what)));
  }
  const json& Items(const char* key) const { return ArrayField(report_, key); }

  void Header() {
    const json& articles = Items("articles");
    const auto [outlets, unknown] = ListOutlets(articles);
    std::string line = Paint("1", "corroborate") + fmt::format(" — {} article{}", articles.size(),
                                                               articles.size() == 1 ? "" : "s");
    if (!outlets.empty()) {
      line += fmt::format(", {} outlet{}: {}", outlets.size(), outlets.size() == 1 ? "" : "s",
                          fmt::join(outlets, ", "));
    }
    if (unknown > 0 && !outlets.empty()) line += fmt::format(" (+{} without outlet)", unknown);
    Line(line, 0, 2);
  }

  void Event() {
    const json& event = Field(report_, "event");
    bool any = false;
    for (const auto& [key, label] : kEventSlots) {
      const json& slot = Field(event, key);
      const std::string value = OneLine(StringField(slot, "value"));
      if (value.empty()) continue;
      if (!any) Heading("EVENT");
      any = true;
      std::string line = fmt::format("{:<6} {}", label, Truncate(value, 120));
      const std::string sources = names_.Names(ArticlesOf(slot, Field(slot, "evidence")));
      if (!sources.empty()) line += "  " + Paint("2", "— " + sources);
      Line(line, 2, 7);
    }
  }

  void Disputes() {
    const json& disputes = Items("disputes");
    if (disputes.empty() && Items("articles").empty()) return;
    Heading("DISPUTES", disputes.empty() ? "none found" : fmt::format("({})", disputes.size()));
    int number = 0;
    for (const json& d : disputes) {
      std::string about = OneLine(StringField(d, "about"));
      std::string line = fmt::format("{}. {}", ++number, Paint("1", about.empty() ? "?" : about));
      if (const std::string kind = OneLine(StringField(d, "kind")); !kind.empty()) {
        line += "  " + Paint("2", "[" + kind + "]");
      }
      Line(line, 2, 3);
      for (const json& v : ArrayField(d, "variants")) {
        const json& mentions = ArrayField(v, "mentions");
        std::string value = Truncate(OneLine(StringField(v, "value")), 40);
        std::string variant = "• " + Paint("1;33", value.empty() ? "?" : value);
        const std::string outlets = names_.Names(ArticlesOf(v, mentions));
        if (!outlets.empty()) variant += " — " + outlets;
        if (const std::string s = FirstSnippet(mentions); !s.empty()) {
          variant += "  " + Paint("2", s);
        }
        Line(variant, 5, 2);
      }
    }
  }

  void Facts() {
    const json& facts = Items("facts");
    if (facts.empty()) return;
    const auto [agreed, partial, single] = CountFacts(facts);
    Heading("FACTS", fmt::format("{} · {} partial · {} single",
                                 Paint("32", fmt::format("{} agreed", agreed)), partial, single));
    size_t shown = 0;
    for (const json& f : facts) {
      if (StringField(f, "status") != "agreed" || shown == kMaxAgreed) continue;
      ++shown;
      std::string line = Paint("32", "✓") + " " + Truncate(OneLine(StringField(f, "summary")), 160);
      const std::string outlets = names_.Names(ArticlesOf(f, ArrayField(f, "mentions")));
      if (!outlets.empty()) line += "  " + Paint("2", "(" + outlets + ")");
      Line(line, 2, 2);
    }
    More(agreed, shown, " agreed");
  }

  void Quotes() {
    const json& quotes = Items("quotes");
    if (quotes.empty()) return;
    Heading("QUOTES", fmt::format("({})", quotes.size()));
    for (size_t i = 0; i < quotes.size() && i < kMaxQuotes; ++i) {
      const json& q = quotes[i];
      std::string speaker = OneLine(StringField(q, "speaker"));
      std::string line = Paint("1", speaker.empty() ? "(unknown speaker)" : speaker) + ": " +
                         Quoted(Truncate(OneLine(StringField(q, "text")), 120));
      const std::string outlets = names_.Names(ArticlesOf(q, ArrayField(q, "mentions")));
      if (!outlets.empty()) line += " — " + outlets;
      if (Field(q, "altered") == json(true)) line += " " + Paint("1;31", "[altered]");
      Line(line, 2, 4);
    }
    More(quotes.size(), kMaxQuotes);
  }

  void Citations() {
    const json& citations = Items("citations");
    if (citations.empty()) return;
    Heading("CITATIONS");
    std::vector<std::string> order;
    std::map<std::string, Tally> cited;
    for (const json& c : citations) {
      const std::string from = names_.Name(Field(c, "article"));
      std::string cites = OneLine(StringField(c, "cites"));
      if (cites.empty()) continue;
      if (const std::string kind = OneLine(StringField(c, "kind")); !kind.empty()) {
        cites += " (" + kind + ")";
      }
      if (!cited.contains(from)) order.push_back(from);
      cited[from].Add(cites);
    }
    for (size_t i = 0; i < order.size() && i < kMaxLines; ++i) {
      Line(fmt::format("{} → {}", order[i], cited[order[i]].Join(8)), 2, 4);
    }
    More(order.size(), kMaxLines, " citing articles");
  }

  void Reuse() {
    const json& reuse = Items("reuse");
    if (reuse.empty()) return;
    Heading("REUSE",
            fmt::format("({} shared passage{})", reuse.size(), reuse.size() == 1 ? "" : "s"));
    for (size_t i = 0; i < reuse.size() && i < kMaxReuse; ++i) {
      const json& r = reuse[i];
      std::string a = names_.Name(Field(r, "a"));
      std::string b = names_.Name(Field(r, "b"));
      const std::string direction = StringField(r, "direction");
      std::string pair = direction == "a->b"   ? a + " → " + b
                         : direction == "b->a" ? b + " → " + a
                                               : a + " ↔ " + b;
      const json score = Field(r, "score");
      if (score.is_number()) pair += fmt::format("  {:.0f}%", score.get<double>() * 100);
      if (const std::string why = OneLine(StringField(r, "direction_reason")); !why.empty()) {
        pair += " " + Paint("2", "(" + why + ")");
      }
      if (const std::string s = Snippet(Field(r, "a_span")); !s.empty()) {
        pair += "  " + Paint("2", s);
      }
      Line(pair, 2, 4);
    }
    More(reuse.size(), kMaxReuse);
  }

  void Actors() {
    std::vector<std::string> lines;
    size_t labelled = 0;
    for (const json& actor : Items("actors")) {
      const json& labels = ArrayField(actor, "labels");
      if (labels.empty()) continue;
      if (++labelled > kMaxActors) continue;
      std::string name = OneLine(StringField(actor, "name"));
      std::string head = Paint("1", name.empty() ? "?" : name);
      if (const std::string kind = OneLine(StringField(actor, "kind")); !kind.empty()) {
        head += " (" + kind + ")";
      }
      std::vector<std::string> order;
      std::map<std::string, Tally> by_outlet;
      for (const json& l : labels) {
        const std::string outlet = names_.Name(Field(l, "article"));
        std::string label = OneLine(StringField(l, "label"));
        if (label.empty()) label = OneLine(StringField(l, "text"));
        if (label.empty()) continue;
        if (Field(l, "loaded") == json(true)) {
          const std::string category = OneLine(StringField(l, "category"));
          label = Paint("1;35",
                        label + (category.empty() ? " [loaded]" : " [loaded: " + category + "]"));
        }
        if (!by_outlet.contains(outlet)) order.push_back(outlet);
        by_outlet[outlet].Add(label);
      }
      lines.push_back(head);
      std::string per_outlet;
      for (const std::string& outlet : order) {
        if (!per_outlet.empty()) per_outlet += " · ";
        per_outlet += outlet + ": " + by_outlet[outlet].Join(6);
      }
      lines.push_back("  " + per_outlet);
    }
    if (lines.empty()) return;
    Heading("ACTOR LABELS");
    for (const std::string& line : lines) {
      const bool sub = line.starts_with("  ");
      Line(sub ? std::string_view(line).substr(2) : line, sub ? 4 : 2, 2);
    }
    More(labelled, kMaxActors, " labelled actors");
  }

  void Editorial() {
    const json& editorial = Items("editorial");
    if (editorial.empty()) return;
    Heading("EDITORIAL",
            fmt::format("({} passage{})", editorial.size(), editorial.size() == 1 ? "" : "s"));
    for (size_t i = 0; i < editorial.size() && i < kMaxEditorial; ++i) {
      const json& e = editorial[i];
      std::string line = names_.Name(Field(e, "article")) + ": " + Snippet(e, 80);
      if (const std::string reason = OneLine(StringField(e, "reason")); !reason.empty()) {
        line += " — " + Paint("33", reason);
      }
      Line(line, 2, 4);
    }
    More(editorial.size(), kMaxEditorial);
  }

  void LoadedWords() {
    std::vector<std::string> order;
    std::map<std::string, Tally> by_outlet;
    for (const json& w : Items("loaded_words")) {
      std::string word = OneLine(StringField(w, "word"));
      if (word.empty()) word = OneLine(StringField(w, "text"));
      if (word.empty()) continue;
      const std::string outlet = names_.Name(Field(w, "article"));
      if (!by_outlet.contains(outlet)) order.push_back(outlet);
      by_outlet[outlet].Add(word);
    }
    if (order.empty()) return;
    Heading("LOADED WORDS");
    for (size_t i = 0; i < order.size() && i < kMaxLines; ++i) {
      Line(order[i] + ": " + Paint("35", by_outlet[order[i]].Join(8)), 2, 4);
    }
    More(order.size(), kMaxLines, " articles");
  }

  void Removed() {
    std::vector<std::string> lines;
    const json& articles = Items("articles");
    for (size_t i = 0; i < articles.size(); ++i) {
      const json& removed = ArrayField(articles[i], "removed");
      if (removed.empty()) continue;
      const long long bytes = RemovedBytes(removed);
      Tally reasons;
      for (const json& r : removed) reasons.Add(OneLine(StringField(r, "reason")));
      std::string line = fmt::format("{}: {} span{}, {} bytes", names_.NameAt(static_cast<int>(i)),
                                     removed.size(), removed.size() == 1 ? "" : "s", bytes);
      if (!reasons.empty()) line += " (" + reasons.Join(5) + ")";
      lines.push_back(std::move(line));
    }
    if (lines.empty()) return;
    Heading("REMOVED CLUTTER");
    for (size_t i = 0; i < lines.size() && i < kMaxLines; ++i) Line(Paint("2", lines[i]), 2, 4);
    More(lines.size(), kMaxLines, " articles");
  }

  void Diagnostics() {
    const json& diagnostics = Items("diagnostics");
    if (diagnostics.empty()) return;
    Heading("DIAGNOSTICS", fmt::format("({})", diagnostics.size()));
    for (size_t i = 0; i < diagnostics.size() && i < kMaxLines; ++i) {
      const json& d = diagnostics[i];
      const std::string severity = OneLine(StringField(d, "severity"));
      const std::string input = OneLine(StringField(d, "input"));
      std::string line =
          Paint(severity == "error" ? "1;31" : "33", severity.empty() ? "note" : severity);
      line += "  " + (input.empty() ? std::string() : input + ": ") +
              OneLine(StringField(d, "message"));
      Line(line, 2, 4);
    }
    More(diagnostics.size(), kMaxLines);
  }

  const json& report_;
  ArticleNames names_;
  int width_;
  bool color_;
  std::string out_;
};

}  // namespace

std::string RenderText(const json& report, const TextOptions& options) {
  return TextRenderer(report, options).Render();
}

}  // namespace corroborate::report
