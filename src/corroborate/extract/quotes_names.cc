#include "corroborate/extract/quotes_names.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace corroborate::extract::names {
namespace {

using Set = std::unordered_set<std::string_view>;
bool In(const Set& s, std::string_view norm) { return s.count(norm) != 0; }

// Abbreviations written with a period that still belong to the following name ("Gov. Ana").
bool IsAbbreviation(const text::Token& t) {
  if (t.norm.size() == 1 && t.Has(text::kCapitalized)) return true;  // an initial
  static const Set s = {"mr",   "mrs", "ms",   "dr",  "gov",  "sgt",  "lt",  "sen", "rep",
                        "gen",  "col", "capt", "det", "st",   "prof", "rev", "maj", "adm",
                        "cmdr", "jr",  "cpl",  "pvt", "supt", "sr",   "ft",  "mt"};
  return In(s, t.norm);
}

// The preposition before a run makes it a place: "in Ashgrove", "near Oak Creek".
bool IsPlacePreposition(std::string_view norm) {
  static const Set s = {"in",     "at",     "near",    "into",       "outside", "inside",
                        "across", "toward", "towards", "throughout", "within",  "around"};
  return In(s, norm);
}

}  // namespace

std::string_view GapBefore(const text::Document& doc, uint32_t i, uint32_t floor) {
  uint32_t start = floor;
  if (i > 0) start = std::max(start, doc.tokens[i - 1].span.end);
  const uint32_t end = doc.tokens[i].span.start;
  if (start >= end) return {};
  return doc.text().substr(start, end - start);
}

bool IsSpaceGap(std::string_view gap) {
  for (char c : gap) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

bool GapHas(std::string_view gap, char c) { return gap.find(c) != std::string_view::npos; }

bool GapHasDash(std::string_view gap) {
  return GapHas(gap, '-') || gap.find("\xE2\x80\x94") != std::string_view::npos ||
         gap.find("\xE2\x80\x93") != std::string_view::npos;
}

bool GapHasQuoteMark(std::string_view gap) {
  return GapHas(gap, '"') || gap.find("\xE2\x80\x9C") != std::string_view::npos ||
         gap.find("\xE2\x80\x9D") != std::string_view::npos ||
         gap.find("\xC2\xAB") != std::string_view::npos ||
         gap.find("\xC2\xBB") != std::string_view::npos;
}

bool GapEndsSentence(const text::Document& doc, uint32_t i, std::string_view gap) {
  for (size_t k = 0; k < gap.size(); ++k) {
    const char c = gap[k];
    if (c == '?' || c == '!') return true;
    if (c == '.') {
      if (k == 0 && i > 0 && IsAbbreviation(doc.tokens[i - 1])) continue;
      return true;
    }
  }
  return false;
}

bool IsNameToken(const text::Token& t) {
  return t.Has(text::kCapitalized) || t.Has(text::kAllCaps) || t.Has(text::kHandle);
}

namespace {

// True when tokens a and a+1 may sit in one name: only spaces between them, or ". " after a title
// abbreviation or initial; never across a possessive or a sentence start.
bool Joinable(const text::Document& doc, uint32_t a) {
  const text::Token& ta = doc.tokens[a];
  const text::Token& tb = doc.tokens[a + 1];
  if (ta.Has(text::kPossessive) || tb.Has(text::kSentenceStart)) return false;
  const std::string_view gap = GapBefore(doc, a + 1, ta.span.end);
  if (gap.empty()) return false;
  if (IsSpaceGap(gap)) return true;
  return gap[0] == '.' && IsSpaceGap(gap.substr(1)) && IsAbbreviation(ta);
}

bool IsNumber(const text::Token& t) { return t.Has(text::kNumber); }

}  // namespace

Run RunAround(const text::Document& doc, uint32_t i, uint32_t lo, uint32_t hi) {
  const auto& tk = doc.tokens;
  if (i < lo || i >= hi || !IsNameToken(tk[i])) return {};
  uint32_t first = i, last = i;
  // Grow right: names, "of" after an organisation word, numbers inside ("KXYZ 7 News") or after
  // "Channel".
  while (last + 1 < hi && Joinable(doc, last)) {
    const text::Token& next = tk[last + 1];
    if (IsNameToken(next)) {
      ++last;
    } else if (IsNumber(next) &&
               (tk[last].norm == "channel" ||
                (last + 2 < hi && IsNameToken(tk[last + 2]) && Joinable(doc, last + 1)))) {
      ++last;
    } else if ((next.norm == "of" || next.norm == "for") && IsOrgWord(tk[last].norm) &&
               last + 2 < hi && IsNameToken(tk[last + 2]) && Joinable(doc, last + 1) &&
               !tk[last + 2].Has(text::kAllCaps)) {
      last += 2;
    } else {
      break;
    }
  }
  while (first > lo && Joinable(doc, first - 1)) {
    const text::Token& prev = tk[first - 1];
    if (IsNameToken(prev)) {
      --first;
    } else if (IsNumber(prev) && first >= lo + 2 && IsNameToken(tk[first - 2]) &&
               Joinable(doc, first - 2)) {
      first -= 2;
    } else if ((prev.norm == "of" || prev.norm == "for") && first >= lo + 2 &&
               IsOrgWord(tk[first - 2].norm) && IsNameToken(tk[first - 2]) &&
               Joinable(doc, first - 2)) {
      first -= 2;
    } else {
      break;
    }
  }
  return {first, last + 1};
}

Run StripArticle(const text::Document& doc, Run r) {
  const auto& tk = doc.tokens;
  while (r.end - r.first > 1) {
    const text::Token& t = tk[r.first];
    const bool positional =
        t.Has(text::kSentenceStart) && !t.Has(text::kAllCaps) && IsLeadWord(t.norm);
    if (!positional && t.norm != "the") break;
    ++r.first;
  }
  return r;
}

Run StripRun(const text::Document& doc, Run r) {
  const auto& tk = doc.tokens;
  r = StripArticle(doc, r);
  // Cut after the last title that still leaves a name without organisation words.
  for (uint32_t t = r.end - 1; t-- > r.first;) {
    if (!IsTitle(tk[t].norm)) continue;
    bool org = false;
    for (uint32_t k = t + 1; k < r.end; ++k) {
      if (IsOrgWord(tk[k].norm) || IsOutletWord(tk[k].norm) || IsTitle(tk[k].norm)) org = true;
    }
    if (!org) r.first = t + 1;
    break;
  }
  return r;
}

std::string RunText(const text::Document& doc, Run r) {
  std::string out;
  if (r.empty()) return out;
  const std::string_view s = RunSpan(doc, r).Of(doc.text());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

Span RunSpan(const text::Document& doc, Run r) {
  if (r.empty()) return {};
  return {doc.tokens[r.first].span.start, doc.tokens[r.end - 1].span.end};
}

ActorKind GuessKind(const text::Document& doc, Run r, bool* is_time) {
  const auto& tk = doc.tokens;
  bool all_time = true, org = false, place = false;
  for (uint32_t k = r.first; k < r.end; ++k) {
    const std::string& n = tk[k].norm;
    if (!IsTimeWord(n)) all_time = false;
    if (IsOrgWord(n) || IsOutletWord(n) || IsAgencyWord(n) || tk[k].Has(text::kHandle)) {
      org = true;
    }
    if (IsPlaceWord(n)) place = true;
  }
  *is_time = all_time;
  if (org) return ActorKind::kOrganization;
  if (place) return ActorKind::kPlace;
  if (r.end - r.first == 1 && tk[r.first].Has(text::kAllCaps)) return ActorKind::kOrganization;
  if (r.first > 0 && IsPlacePreposition(tk[r.first - 1].norm) && !IsTitle(tk[r.first].norm)) {
    return ActorKind::kPlace;
  }
  return ActorKind::kPerson;
}

}  // namespace corroborate::extract::names
