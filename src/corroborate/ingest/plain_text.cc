#include "corroborate/ingest/plain_text.h"

#include <cctype>
#include <regex>
#include <string_view>

#include "corroborate/common/date.h"
#include "corroborate/common/utf8.h"
#include "corroborate/ingest/outlet.h"

namespace corroborate::ingest {
namespace {

struct Line {
  Span span;  // trimmed
  std::string_view text;
};

int CountWords(std::string_view s) {
  int words = 0;
  bool in = false;
  for (char c : s) {
    const bool sp = std::isspace(static_cast<unsigned char>(c));
    if (!sp && !in) ++words;
    in = !sp;
  }
  return words;
}

bool EndsLikeSentence(std::string_view s) {
  if (s.empty()) return false;
  size_t start = 0;
  const char32_t last = utf8::DecodeBefore(s, s.size(), &start);
  return last == '.' || last == '!' || last == '?' || last == '"' || last == 0x201D ||
         last == 0x2019 || last == ':' || last == ';' || last == 0x2026;
}

// "Sarah Johnson", "Nicole C. Brambila": 2-5 words, each capitalized or an initial.
bool LooksLikePersonName(std::string_view s) {
  const int words = CountWords(s);
  if (words < 2 || words > 5 || s.size() > 60) return false;
  bool at_word_start = true;
  for (size_t i = 0; i < s.size();) {
    const char32_t c = utf8::Decode(s, &i);
    if (c == ' ') { at_word_start = true; continue; }
    if (at_word_start && !utf8::IsUpper(c)) return false;
    if (!utf8::IsAlnum(c) && c != '.' && c != '-' && c != '\'' && c != 0x2019) return false;
    at_word_start = false;
  }
  return true;
}

bool IsBreadcrumb(std::string_view s) {
  if (s.size() < 3 || s.size() > 160) return false;
  // "News › Justice", "Home > World > Europe": short segments between separators.
  for (std::string_view sep : {"\xE2\x80\xBA", "\xC2\xBB", " > ", " / ", " | ", " \xC2\xB7 "}) {
    size_t pos = 0, segments = 0;
    bool short_segments = true;
    while (true) {
      size_t next = s.find(sep, pos);
      std::string_view seg = s.substr(pos, next == std::string_view::npos ? s.npos : next - pos);
      if (CountWords(seg) > 5) short_segments = false;
      ++segments;
      if (next == std::string_view::npos) break;
      pos = next + sep.size();
    }
    if (segments >= 2 && short_segments) return true;
  }
  // Concatenated crumbs without separators: "HomePoliticsSome Headline".
  return s.size() > 5 && s.substr(0, 4) == "Home" && std::isupper(static_cast<unsigned char>(s[4]));
}

const std::regex& ReadingTime() {
  static const std::regex re(R"(^\d{1,3}\s*(min|mins|minute|minutes)\.?\s*(read)?$)",
                             std::regex::icase | std::regex::optimize);
  return re;
}

}  // namespace

void ReadLeadingMetadata(Article* article) {
  const std::string& text = article->text;
  // Collect the first lines (the header zone never runs deeper than a dozen lines).
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size() && lines.size() < 14) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    Span s = TrimSpan(text, {static_cast<uint32_t>(pos), static_cast<uint32_t>(end)});
    if (!s.empty()) lines.push_back({s, s.Of(text)});
    pos = end + 1;
  }
  bool seen_title = !article->title.empty();
  auto remove = [&](Span s, const char* reason) { article->removed.push_back({s, reason}); };
  for (const Line& line : lines) {
    std::string_view t = line.text;
    // "date 2025-06-21" as a prefix of the first body line.
    if (t.size() >= 15 && (t.substr(0, 5) == "date " || t.substr(0, 5) == "Date ")) {
      size_t k = 5;
      while (k < t.size() && t[k] == ' ') ++k;
      if (auto d = ParseDate(t.substr(k, 10))) {
        if (!article->published) article->published = FormatIsoDate(*d);
        const uint32_t cut = line.span.start + static_cast<uint32_t>(k + 10);
        remove({line.span.start, cut}, "metadata: date");
        if (TrimSpan(text, {cut, line.span.end}).empty()) continue;
        break;  // the rest of the line is body
      }
    }
    if (t.size() > 3 && (t.substr(0, 3) == "By " || t.substr(0, 3) == "BY ") && t.size() < 160 &&
        !EndsLikeSentence(t)) {
      std::string_view rest = t.substr(3);
      if (size_t bar = rest.find('|'); bar != std::string_view::npos) {
        std::string outlet(rest.substr(bar + 1));
        const Span o = TrimSpan(outlet, {0, static_cast<uint32_t>(outlet.size())});
        if (!o.empty() && !article->outlet) {
          article->outlet = NormalizeOutletName(o.Of(outlet));
          article->outlet_source = OutletSource::kByline;
        }
        rest = rest.substr(0, bar);
      }
      if (article->byline.empty()) {
        std::string b(rest);
        article->byline = std::string(TrimSpan(b, {0, static_cast<uint32_t>(b.size())}).Of(b));
      }
      remove(line.span, "metadata: byline");
      continue;
    }
    if (auto d = ParseDate(t)) {
      if (!article->published) article->published = FormatIsoDate(*d);
      remove(line.span, "metadata: date");
      continue;
    }
    if (IsBreadcrumb(t) && !EndsLikeSentence(t)) {
      remove(line.span, "metadata: breadcrumb");
      continue;
    }
    if (std::regex_match(t.begin(), t.end(), ReadingTime())) {
      remove(line.span, "metadata: reading time");
      continue;
    }
    const int words = CountWords(t);
    if (words == 1 && t.size() < 20 && !EndsLikeSentence(t)) {  // "Brief", "Summary", "Exclusive"
      remove(line.span, "metadata: label");
      continue;
    }
    if (LooksLikePersonName(t) && !EndsLikeSentence(t) &&
        (seen_title || article->byline == t)) {
      if (article->byline.empty()) article->byline = std::string(t);
      remove(line.span, "metadata: author");
      continue;
    }
    if (!seen_title && words >= 3 && words <= 30 && !EndsLikeSentence(t) && t.size() < 250) {
      // A headline: the first line that does not end like a sentence and is followed by more.
      if (&line != &lines.back()) {
        article->title = std::string(t);
        seen_title = true;
        remove(line.span, "metadata: title");
        continue;
      }
    }
    if (seen_title && article->title == t) {  // the headline repeated
      remove(line.span, "metadata: title");
      continue;
    }
    break;  // the first body line ends the header zone
  }
  article->NormalizeRemoved();
}

Article ParsePlainText(std::string text) {
  Article a;
  a.text = std::move(text);
  ReadLeadingMetadata(&a);
  return a;
}

}  // namespace corroborate::ingest
