#include "corroborate/extract/entities_scan.h"

#include <algorithm>

#include "corroborate/common/utf8.h"
#include "corroborate/extract/entities_words.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::extract::entities_scan {
namespace {

namespace ew = entity_words;

bool IsSpaceByte(std::string_view s, size_t* pos) {
  if (s[*pos] == ' ' || s[*pos] == '\t') {
    ++*pos;
    return true;
  }
  if (s.compare(*pos, 2, "\xC2\xA0") == 0) {  // no-break space
    *pos += 2;
    return true;
  }
  return false;
}

std::string_view TrimSpaces(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && IsSpaceByte(s, &b)) {
  }
  s.remove_prefix(b);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
  return s;
}

bool IsDeterminer(std::string_view norm) {
  return norm == "a" || norm == "an" || norm == "the" || norm == "his" || norm == "her" ||
         norm == "their" || norm == "its" || norm == "our";
}

}  // namespace

Scanner::Scanner(const text::Document& doc) : doc_(doc) {
  for (const text::Token& t : doc.tokens) {
    if (!t.Has(text::kCapitalized) && !t.Has(text::kNumber)) lower_seen_.insert(t.norm);
    if (t.Has(text::kCapitalized) && !t.Has(text::kAllCaps)) title_seen_.insert(t.norm);
  }
}

std::string_view Scanner::Gap(uint32_t i) const {
  const std::string_view text = doc_.text();
  const uint32_t start = doc_.tokens[i].span.end;
  const uint32_t end = i + 1 < doc_.tokens.size()
                           ? doc_.tokens[i + 1].span.start
                           : static_cast<uint32_t>(std::min<size_t>(text.size(), start + 16));
  return end > start ? text.substr(start, end - start) : std::string_view();
}

std::string_view Scanner::TrimmedGap(uint32_t i) const { return TrimSpaces(Gap(i)); }

bool Scanner::SpaceGap(uint32_t i) const {
  if (i + 1 >= doc_.tokens.size()) return false;
  const std::string_view g = Gap(i);
  return !g.empty() && TrimSpaces(g).empty();
}

bool Scanner::PossessiveGap(uint32_t i) const {
  if (i + 1 >= doc_.tokens.size()) return false;
  std::string_view g = Gap(i);
  if (g.substr(0, 3) == "\xE2\x80\x99") {
    g.remove_prefix(3);
  } else if (!g.empty() && g[0] == '\'') {
    g.remove_prefix(1);
  } else {
    return false;
  }
  if (!g.empty() && (g[0] == 's' || g[0] == 'S')) g.remove_prefix(1);
  return !g.empty() && TrimSpaces(g).empty();
}

bool Scanner::JoinGap(uint32_t i) const {
  if (SpaceGap(i)) return true;
  if (i + 1 >= doc_.tokens.size()) return false;
  const text::Token& t = doc_.tokens[i];
  const std::string_view g = Gap(i);
  if (g.size() < 2 || g[0] != '.' || !TrimSpaces(g.substr(1)).empty()) return false;
  const bool initial = t.norm.size() == 1 && t.Has(text::kCapitalized);
  const bool title = t.norm.size() <= 4 && ew::Is(t.norm, ew::kTitle);
  return initial || title;
}

bool Scanner::IsHeadlineOrShout(const text::Sentence& s) const {
  int words = 0, content = 0, capitalized = 0, all_caps = 0;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const text::Token& t = doc_.tokens[i];
    if (t.Has(text::kNumber) || t.Has(text::kSymbol) || t.Has(text::kHandle)) continue;
    ++words;
    if (t.Has(text::kAllCaps)) ++all_caps;
    if (text::IsStopword(t.norm)) continue;
    ++content;
    if (t.Has(text::kCapitalized)) ++capitalized;
  }
  // Two capitalized words are a headline ("Related Stories") only as a line of their own, not
  // as a dateline cut off by the sentence splitter ("SPRINGFIELD, Ore.").
  const text::Paragraph& para = doc_.paragraphs[s.paragraph];
  const bool whole_line = para.end_sentence - para.first_sentence == 1;
  if (capitalized == content && (content >= 3 || (content == 2 && whole_line))) return true;
  return all_caps >= 2 && all_caps * 5 >= words * 3;
}

bool Scanner::IsAcronym(uint32_t i) const {
  const text::Token& t = doc_.tokens[i];
  if (!t.Has(text::kAllCaps) || t.Has(text::kNumber) || t.Has(text::kHandle)) return false;
  int letters = 0;
  for (char c : t.norm) {
    if (c == '.') continue;
    if (c < 'a' || c > 'z') return false;
    ++letters;
  }
  if (letters < 2 || letters > 6) return false;
  if (letters >= 4 && title_seen_.count(t.norm) != 0) return false;
  if (ew::Is(t.norm, ew::kCapsWord) || text::IsStopword(t.norm)) return false;
  return !LowerSeen(t.norm);
}

bool Scanner::DropAtStart(uint32_t i, uint32_t last) const {
  const text::Token& t = doc_.tokens[i];
  const uint32_t c = ew::ClassesOf(t.norm);
  if (c & ew::kCalendar) return true;
  if (t.Has(text::kAllCaps) && IsAcronym(i)) return false;
  if (text::IsStopword(t.norm)) return true;
  if (t.norm.size() > 2 && t.norm[0] == 'i' && t.norm[1] == '\'') return true;  // "I've"
  if ((c & ew::kTitle) && i < last) return false;
  if (!t.Has(text::kSentenceStart)) return false;
  if (LowerSeen(t.norm)) return true;
  const uint32_t common = ew::kPersonHead | ew::kGroupHead | ew::kQuantifier | ew::kReportVerb |
                          ew::kCopula | ew::kBodyHead;
  return (c & common) != 0 || (ew::HeadClassesOf(t.norm) & common) != 0;
}

bool Scanner::DropAtStartOfOrg(uint32_t i) const {
  const text::Token& t = doc_.tokens[i];
  return ew::Is(t.norm, ew::kCalendar) || (text::IsStopword(t.norm) && !t.Has(text::kAllCaps));
}

bool Scanner::NameLike(uint32_t first, uint32_t last) const {
  for (uint32_t k = first; k <= last; ++k) {
    const text::Token& t = doc_.tokens[k];
    const uint32_t c = ew::ClassesOf(t.norm);
    if ((c & ~(ew::kGivenName | ew::kParticle)) != 0) return false;
    if (!ew::DemonymCountry(t.norm).empty() || LowerSeen(t.norm)) return false;
    if (ew::HeadClassesOf(t.norm) != 0) return false;
    for (char ch : t.norm) {
      if (ch >= '0' && ch <= '9') return false;
    }
  }
  return true;
}

bool Scanner::AcronymAfter(uint32_t first, uint32_t last) const {
  if (last + 2 >= doc_.tokens.size() || TrimmedGap(last) != "(") return false;
  const text::Token& a = doc_.tokens[last + 1];
  if (!a.Has(text::kAllCaps) || TrimmedGap(last + 1).substr(0, 1) != ")") return false;
  std::string initials;
  for (uint32_t k = first; k <= last; ++k) {
    const text::Token& t = doc_.tokens[k];
    if (t.Has(text::kCapitalized) && !t.norm.empty()) initials += t.norm[0];
  }
  std::string letters;
  for (char c : a.norm) {
    if (c != '.') letters += c;
  }
  // The acronym may skip a leading qualifier: "U.S. Immigration and Customs Enforcement (ICE)".
  return !letters.empty() && initials.size() >= letters.size() &&
         initials.compare(initials.size() - letters.size(), letters.size(), letters) == 0;
}

bool Scanner::PluralCollective(uint32_t i) const {
  const std::string& n = doc_.tokens[i].norm;
  auto ends = [&n](std::string_view suffix) {
    return n.size() > suffix.size() + 2 &&
           n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends("ers") || ends("ists") || ends("men") || ends("eers");
}

bool Scanner::AllTitleCase(uint32_t first, uint32_t last) const {
  for (uint32_t k = first; k <= last; ++k) {
    const text::Token& t = doc_.tokens[k];
    if (t.Has(text::kCapitalized)) {
      if (t.Has(text::kAllCaps) && t.norm.size() > 1) return false;
      continue;
    }
    if (!ew::Is(t.norm, ew::kParticle)) return false;
  }
  return true;
}

bool Scanner::PrevWordIs(uint32_t first, std::string_view word) const {
  return first > 0 && SpaceGap(first - 1) && doc_.tokens[first - 1].norm == word;
}

bool Scanner::PrevHasClass(uint32_t first, uint32_t classes) const {
  return first > 0 && SpaceGap(first - 1) && ew::Is(doc_.tokens[first - 1].norm, classes);
}

bool Scanner::PersonContext(uint32_t first, uint32_t last) const {
  const auto& toks = doc_.tokens;
  const size_t n = toks.size();
  const text::Token& end = toks[last];
  if (end.Has(text::kPossessive)) {
    // "X's lawyer", "X's public defender".
    for (uint32_t k = last + 1; k < n && k <= last + 3; ++k) {
      if (k > last + 1 && !SpaceGap(k - 1)) break;
      if (k == last + 1 && !PossessiveGap(last)) break;
      const text::Token& t = toks[k];
      if (t.Has(text::kCapitalized) || text::IsStopword(t.norm)) break;
      if (ew::HeadClassesOf(t.norm) & ew::kPersonHead) return true;
    }
  }
  if (!end.Has(text::kPossessive) && last + 1 < n) {
    const std::string_view g = TrimmedGap(last);
    const text::Token& next = toks[last + 1];
    if (g.empty() && ew::Is(next.norm, ew::kReportVerb)) return true;
    if (g == ",") {
      if (next.norm == "who") return true;
      // "X, 34, of ..." / "X, 34."
      if (next.Has(text::kNumber) && next.norm.size() <= 3 && last + 2 <= n) {
        const std::string_view after = TrimmedGap(last + 1);
        if (!after.empty() && (after[0] == ',' || after[0] == '.' || after[0] == ')')) return true;
      }
      // "X, a clerk at ...", "X, the group's director".
      if (IsDeterminer(next.norm)) {
        for (uint32_t k = last + 2; k < n && k <= last + 7; ++k) {
          if (!SpaceGap(k - 1) && !PossessiveGap(k - 1)) break;
          const std::string& w = toks[k].norm;
          if (ew::HeadClassesOf(w) & ew::kPersonHead) return true;
          if (text::IsStopword(w) && !ew::Is(w, ew::kModifierStop)) break;
        }
      }
    }
  }
  if (first == 0) return false;
  const text::Token& prev = toks[first - 1];
  if (prev.Has(text::kCapitalized)) return false;
  const uint32_t prev_head = ew::HeadClassesOf(prev.norm);
  if (SpaceGap(first - 1)) {
    // "said Ana Ruiz." but not "said Springfield officials"; "clerk Ana Ruiz".
    if (ew::Is(prev.norm, ew::kReportVerb)) {
      return last + 1 >= n || !TrimmedGap(last).empty() || end.Has(text::kPossessive);
    }
    return (prev_head & ew::kPersonHead) != 0;
  }
  // "his lawyer, Ana Ruiz".
  return TrimmedGap(first - 1) == "," && (prev_head & ew::kPersonHead) != 0;
}

bool Scanner::Dateline(uint32_t first, uint32_t last) const {
  if (!doc_.tokens[first].Has(text::kSentenceStart)) return false;
  for (uint32_t k = first; k <= last; ++k) {
    if (!doc_.tokens[k].Has(text::kAllCaps)) return false;
  }
  std::string_view g = TrimmedGap(last);
  // "SPRINGFIELD, Ore. — ...": skip a state abbreviation after the comma.
  if (g == "," && last + 1 < doc_.tokens.size() && doc_.tokens[last + 1].Has(text::kCapitalized) &&
      doc_.tokens[last + 1].norm.size() <= 5) {
    g = TrimmedGap(last + 1);
    if (!g.empty() && g[0] == '.') g = TrimSpaces(g.substr(1));
  }
  return g.substr(0, 1) == "(" || g.substr(0, 1) == "-" || g.substr(0, 3) == "\xE2\x80\x94" ||
         g.substr(0, 3) == "\xE2\x80\x93";
}

bool Scanner::CityStateBefore(uint32_t last) const {
  const size_t n = doc_.tokens.size();
  if (last + 1 >= n || TrimmedGap(last) != ",") return false;
  const text::Token& a = doc_.tokens[last + 1];
  if (!a.Has(text::kCapitalized)) return false;
  if (ew::IsPlaceName(a.norm)) return true;
  return last + 2 < n && SpaceGap(last + 1) && ew::IsPlaceName(NormPhrase(last + 1, last + 2));
}

std::string Scanner::NormPhrase(uint32_t first, uint32_t last) const {
  std::string out;
  for (uint32_t k = first; k <= last; ++k) {
    if (k > first) out += ' ';
    out += doc_.tokens[k].norm;
  }
  return out;
}

std::string Scanner::NameOf(Span span) const {
  const std::string_view s = doc_.Of(span);
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    if (IsSpaceByte(s, &i)) {
      space = true;
      continue;
    }
    if (s[i] == '\n' || s[i] == '\r') {
      ++i;
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i++];
  }
  return out;
}

std::string Scanner::FoldedOf(Span span) const { return utf8::FoldForMatch(NameOf(span)); }

}  // namespace corroborate::extract::entities_scan
