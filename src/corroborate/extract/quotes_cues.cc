#include "corroborate/extract/quotes_cues.h"

#include <algorithm>
#include <optional>

#include "corroborate/text/analyzer.h"

namespace corroborate::extract {
namespace {

using names::Run;
using text::Token;

// How far (tokens) a cue may reach from the quotation marks.
constexpr uint32_t kAfterCueReach = 14;
constexpr uint32_t kLooseBeforeReach = 8;
constexpr uint32_t kAppositionMax = 10;

Want WantOfPronoun(std::string_view norm) {
  if (norm == "he" || norm == "she") return Want::kPerson;
  if (norm == "it") return Want::kOrganization;
  return Want::kAny;
}

Want WantOfKind(ActorKind k) {
  return k == ActorKind::kPerson ? Want::kPerson : Want::kOrganization;
}

}  // namespace

std::pair<uint32_t, uint32_t> CueFinder::ParaTokens(uint32_t p) const {
  const text::Paragraph& para = doc_.paragraphs[p];
  if (para.end_sentence <= para.first_sentence) return {0, 0};
  return {doc_.sentences[para.first_sentence].first_token,
          doc_.sentences[para.end_sentence - 1].end_token};
}

uint32_t CueFinder::FirstTokenAtOrAfter(uint32_t pos) const {
  auto it = std::lower_bound(tk_.begin(), tk_.end(), pos,
                             [](const Token& t, uint32_t p) { return t.span.start < p; });
  return static_cast<uint32_t>(it - tk_.begin());
}

Cue CueFinder::FromRun(Run r, std::string_view cue_word, bool tight) const {
  Cue c;
  c.found = true;
  c.tight = tight;
  c.cue = std::string(cue_word);
  r = names::StripRun(doc_, r);
  bool is_time = false;
  names::GuessKind(doc_, r, &is_time);
  if (r.empty() || is_time) return c;
  c.speaker = names::RunText(doc_, r);
  c.span = names::RunSpan(doc_, r);
  return c;
}

// The subject of the reporting verb at token v, looking back no further than token lo:
// "Sheriff Ana Ortiz said", "Ortiz, the county's sheriff, said", "Ortiz, 61, said", "he said",
// "the agency said", "the group's account said".
Cue CueFinder::SubjectBefore(uint32_t lo, uint32_t v, bool tight) const {
  Cue none;
  const std::string cue_word = tk_[v].norm;
  if (v <= lo) return none;
  uint32_t cur = v - 1;
  while (cur > lo && names::IsVerbFiller(tk_[cur].norm) && !tk_[cur].Has(text::kCapitalized)) {
    --cur;
  }
  const Token& t = tk_[cur];
  if (names::IsPronoun(t.norm)) {
    Cue c;
    c.found = true;
    c.tight = tight;
    c.cue = cue_word;
    c.resolve = true;
    c.want = WantOfPronoun(t.norm);
    c.span = t.span;
    return c;
  }
  if (names::IsNameToken(t)) {
    Cue c = FromRun(names::RunAround(doc_, cur, lo, cur + 1), cue_word, tight);
    if (!c.speaker.empty()) return c;
  } else if (cur + 1 <= v && names::GapHas(names::GapBefore(doc_, cur + 1, 0), ',')) {
    // An apposition between the name and the verb: skip back to its opening comma.
    for (uint32_t k = cur; k > lo && cur - k <= kAppositionMax; --k) {
      if (!names::GapHas(names::GapBefore(doc_, k, 0), ',')) continue;
      if (names::IsNameToken(tk_[k - 1])) {
        Cue c = FromRun(names::RunAround(doc_, k - 1, lo, k), cue_word, tight);
        if (!c.speaker.empty()) return c;
      }
      break;
    }
  }
  // A descriptor: "the agency said", "the group's page said".
  const uint32_t from = cur >= lo + 5 ? cur - 5 : lo;
  for (uint32_t k = cur + 1; k-- > from + 1;) {
    ActorKind kind;
    if (names::IsDeterminer(tk_[k - 1].norm) && !names::IsNameToken(tk_[k]) &&
        names::DescriptorKind(tk_[k].norm, &kind) && (k == cur || tk_[k].Has(text::kPossessive))) {
      Cue c;
      c.found = true;
      c.tight = tight;
      c.cue = cue_word;
      c.resolve = true;
      c.want = WantOfKind(kind);
      c.span = {tk_[k - 1].span.start, tk_[k].span.end};
      if (names::IsTitle(tk_[k].norm)) c.title = tk_[k].norm;
      return c;
    }
  }
  // A reporting verb with an unnamed subject ("officials said") is still a cue.
  Cue c;
  c.found = true;
  c.tight = tight;
  c.cue = cue_word;
  return c;
}

// The name after a verb or "according to": "said Ana Ortiz, a clerk", "said motel manager Ana
// Ortiz", "said Ortiz via The Courier", "according to his lawyer, Ana Ortiz".
Cue CueFinder::ForwardName(uint32_t k, uint32_t hi, std::string_view cue_word) const {
  Cue c;
  c.found = true;
  c.tight = true;
  c.cue = std::string(cue_word);
  if (k >= hi) return c;
  if (names::IsPronoun(tk_[k].norm)) {
    c.resolve = true;
    c.want = WantOfPronoun(tk_[k].norm);
    c.span = tk_[k].span;
    return c;
  }
  int segments = 0;
  std::optional<Run> best;
  const uint32_t limit = std::min<uint32_t>(hi, k + 12);
  for (uint32_t j = k; j < limit; ++j) {
    if (j > k) {
      const std::string_view gap = names::GapBefore(doc_, j, 0);
      if (names::GapEndsSentence(doc_, j, gap) || names::GapHasQuoteMark(gap)) break;
      if (names::GapHas(gap, ',') || names::GapHas(gap, '(')) {
        if (best) break;
        if (++segments > 1) break;
      }
    }
    const Token& t = tk_[j];
    if (t.norm == "via") break;
    if (names::IsNameToken(t)) {
      const Run r = names::RunAround(doc_, j, j, limit);
      bool is_time = false;
      names::GuessKind(doc_, r, &is_time);
      if (!is_time) best = r;
      j = r.end - 1;
      continue;
    }
    if (best && text::IsStopword(t.norm)) break;  // "Ana Ortiz of the ...", "Ortiz, who ..."
  }
  if (best) return FromRun(*best, cue_word, true);
  ActorKind kind;
  if (k + 1 < hi && names::IsDeterminer(tk_[k].norm) &&
      names::DescriptorKind(tk_[k + 1].norm, &kind)) {
    c.resolve = true;
    c.want = WantOfKind(kind);
    c.span = {tk_[k].span.start, tk_[k + 1].span.end};
    if (names::IsTitle(tk_[k + 1].norm)) c.title = tk_[k + 1].norm;
  }
  return c;
}

Cue CueFinder::After(const MarkedQuote& q) const {
  Cue none;
  if (q.ends_with_period || !q.closed) return none;
  const auto [lo, hi] = ParaTokens(q.paragraph);
  const uint32_t k = FirstTokenAtOrAfter(q.outer.end);
  if (k >= hi || k < lo) return none;
  const std::string_view gap = doc_.text().substr(q.outer.end, tk_[k].span.start - q.outer.end);
  for (char ch : gap) {
    if (ch != ' ' && ch != ',' && ch != '-' && ch != '\t' &&
        static_cast<unsigned char>(ch) < 0x80) {
      return none;
    }
  }
  if (names::GapHasQuoteMark(gap)) return none;
  Cue c;
  if (names::IsReportingVerb(tk_[k].norm)) {
    c = ForwardName(k + 1, hi, tk_[k].norm);
  } else if (tk_[k].norm == "according" && k + 1 < hi && tk_[k + 1].norm == "to") {
    c = ForwardName(k + 2, hi, "according to");
  } else {
    const uint32_t limit = std::min<uint32_t>(hi, k + kAfterCueReach);
    for (uint32_t j = k + 1; j < limit; ++j) {
      const std::string_view g = names::GapBefore(doc_, j, 0);
      if (names::GapEndsSentence(doc_, j, g) || names::GapHasQuoteMark(g)) break;
      if (names::IsReportingVerb(tk_[j].norm)) {
        c = SubjectBefore(k, j, true);
        break;
      }
    }
  }
  c.after = c.found;
  return c;
}

Cue CueFinder::Before(const MarkedQuote& q, uint32_t floor) const {
  Cue none;
  auto [lo, hi] = ParaTokens(q.paragraph);
  uint32_t b = FirstTokenAtOrAfter(q.outer.start);
  uint32_t gap_end = q.outer.start;
  if (b == lo && q.paragraph > 0 && q.outer.start == doc_.paragraphs[q.paragraph].span.start) {
    // A lead-in paragraph ending with a colon: "The mayor had a message for residents:".
    const Span prev = doc_.paragraphs[q.paragraph - 1].span;
    const auto [plo, phi] = ParaTokens(q.paragraph - 1);
    if (prev.empty() || doc_.text()[prev.end - 1] != ':' || phi <= plo) return none;
    lo = plo;
    b = phi;
    gap_end = prev.end;
    floor = prev.start;
  }
  if (b <= lo || b > hi) return none;
  --b;
  if (tk_[b].span.start < floor) return none;
  const std::string_view gap = doc_.text().substr(tk_[b].span.end, gap_end - tk_[b].span.end);
  if (names::GapHasQuoteMark(gap)) return none;
  // The clause before the quote: back to the sentence start or the previous quote.
  uint32_t s0 = b;
  while (s0 > lo && !tk_[s0].Has(text::kSentenceStart) && tk_[s0 - 1].span.start >= floor) {
    const std::string_view g = names::GapBefore(doc_, s0, 0);
    if (names::GapEndsSentence(doc_, s0, g) || names::GapHasQuoteMark(g)) break;
    --s0;
  }
  auto according = [&](uint32_t end) -> std::optional<uint32_t> {
    for (uint32_t k = s0; k + 1 < end; ++k) {
      if (tk_[k].norm == "according" && tk_[k + 1].norm == "to") return k + 2;
    }
    return std::nullopt;
  };
  if (names::GapHas(gap, ':')) {
    for (uint32_t v = b + 1; v-- > s0;) {
      if (names::IsReportingVerb(tk_[v].norm)) return SubjectBefore(s0, v, true);
    }
    if (auto k = according(b + 1)) return ForwardName(*k, b + 1, "according to");
    // "Ana Ortiz:" or "Board chair Ana Ortiz put it bluntly:" — the clause's first name.
    for (uint32_t k = s0; k <= b; ++k) {
      if (!names::IsNameToken(tk_[k])) continue;
      const Run r = names::RunAround(doc_, k, s0, b + 1);
      const bool lone_start =
          r.end - r.first == 1 && tk_[k].Has(text::kSentenceStart) && !tk_[k].Has(text::kAllCaps);
      bool is_time = false;
      const ActorKind kind = names::GuessKind(doc_, names::StripRun(doc_, r), &is_time);
      if (!lone_start && !is_time && kind != ActorKind::kPlace) return FromRun(r, "colon", true);
      k = r.end - 1;
    }
    return none;
  }
  if (names::GapHas(gap, ',')) {
    if (names::IsReportingVerb(tk_[b].norm)) return SubjectBefore(s0, b, true);
    if (auto k = according(b + 1)) return ForwardName(*k, b + 1, "according to");
    return none;
  }
  if (!names::IsSpaceGap(gap)) return none;
  if (names::IsReportingVerb(tk_[b].norm)) return SubjectBefore(s0, b, true);
  if (tk_[b].norm == "that" && b > s0 && names::IsReportingVerb(tk_[b - 1].norm)) {
    return SubjectBefore(s0, b - 1, true);
  }
  for (uint32_t v = b; v > s0 && b - v < kLooseBeforeReach; --v) {
    if (names::IsReportingVerb(tk_[v].norm)) return SubjectBefore(s0, v, false);
  }
  return none;
}

}  // namespace corroborate::extract
