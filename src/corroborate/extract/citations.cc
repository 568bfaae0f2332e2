#include "corroborate/extract/citations.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "corroborate/extract/quotes_names.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::extract {
namespace {

using names::Run;
using text::Token;

// The cue that introduced a source, which decides the kind of an ambiguous name.
enum class Context { kVia, kReported, kTold, kAccording, kSurvey, kCited, kCredit };

// Verbs of "X found"/"X showed" after a survey: "A Gallup poll found ...".
bool IsFindingVerb(std::string_view n) {
  return n == "found" || n == "finds" || n == "shows" || n == "showed" || n == "shown" ||
         n == "suggests" || n == "suggested" || n == "indicates" || n == "indicated" ||
         n == "revealed" || n == "released" || n == "published";
}

bool IsStudyNoun(std::string_view n) {
  return n == "survey" || n == "poll" || n == "study" || n == "analysis" || n == "research" ||
         n == "audit" || n == "report" || n == "census" || n == "review";
}

bool IsPollNoun(std::string_view n) {
  return n == "survey" || n == "poll" || n == "research" || n == "census";
}

// Between a source and "reported": "X has reported", "X first reported", "X previously noted".
bool IsReportFiller(std::string_view n) {
  return n == "has" || n == "have" || n == "had" || n == "first" || n == "also" ||
         n == "previously" || n == "earlier" || n == "originally" || n == "recently" ||
         n == "initially" || n == "exclusively" || n == "later";
}

// Four-letter call signs of North American broadcasters ("KXYZ", "WABC").
bool IsCallSign(const Token& t) {
  return t.Has(text::kAllCaps) && t.norm.size() == 4 && (t.norm[0] == 'k' || t.norm[0] == 'w');
}

class CitationFinder {
 public:
  explicit CitationFinder(const text::Document& doc) : doc_(doc), tk_(doc.tokens) {}

  std::vector<CitationMention> Find();

 private:
  bool OutletLike(Run r) const;
  bool AgencyLike(Run r) const;
  bool HasWord(Run r, bool (*pred)(std::string_view)) const {
    for (uint32_t k = r.first; k < r.end; ++k) {
      if (pred(tk_[k].norm)) return true;
    }
    return false;
  }
  std::optional<CitationKind> Kind(Run raw, Context ctx) const;
  // The name run starting at token j (after an optional "the"), or empty.
  Run NameAt(uint32_t j, uint32_t hi) const;
  void Add(Run raw, Context ctx, Span cue);

  const text::Document& doc_;
  const std::vector<Token>& tk_;
  std::vector<CitationMention> out_;
};

bool CitationFinder::AgencyLike(Run r) const {
  if (HasWord(r, names::IsAgencyWord)) return true;
  return HasWord(r, [](std::string_view n) { return n == "news"; }) &&
         HasWord(r, [](std::string_view n) { return n == "service"; });
}

bool CitationFinder::OutletLike(Run r) const {
  if (HasWord(r, names::IsOutletWord) || HasWord(r, names::IsMediaAcronym)) return true;
  for (uint32_t k = r.first; k < r.end; ++k) {
    if (IsCallSign(tk_[k])) return true;
  }
  return false;
}

// The kind of source a run names, or nullopt when it is not one in this context.
std::optional<CitationKind> CitationFinder::Kind(Run raw, Context ctx) const {
  const Run r = names::StripArticle(doc_, raw);
  bool is_time = false;
  const ActorKind guessed = names::GuessKind(doc_, r, &is_time);
  if (is_time || r.empty()) return std::nullopt;
  if (tk_[r.first].Has(text::kHandle)) return CitationKind::kAccount;
  if (r.end - r.first == 1 && names::IsPlatform(tk_[r.first].norm)) return std::nullopt;
  if (AgencyLike(r)) return CitationKind::kAgency;
  if (ctx == Context::kSurvey || HasWord(r, names::IsPollsterWord)) return CitationKind::kPollster;
  if (OutletLike(r)) return CitationKind::kOutlet;
  // "via Route 9", "according to Oak County": places are not sources. After "reported" or
  // "cited by" a place word is part of an outlet's name ("Valley Voice").
  if (guessed == ActorKind::kPlace && ctx != Context::kReported && ctx != Context::kCited) {
    return std::nullopt;
  }
  const bool titled = HasWord(r, names::IsTitle);
  const bool acronym = std::any_of(tk_.begin() + r.first, tk_.begin() + r.end,
                                   [](const Token& t) { return t.Has(text::kAllCaps); });
  switch (ctx) {
    case Context::kTold:
    case Context::kCredit:
      return std::nullopt;  // only outlets and agencies: not "told Congress", not "(FAA)"
    case Context::kAccording:
      if (titled) return std::nullopt;  // a person: a quote or a claim, not a citation
      if (guessed == ActorKind::kOrganization || acronym || raw.first != r.first ||
          (r.first > 0 && tk_[r.first - 1].norm == "the")) {
        return CitationKind::kOrganization;
      }
      return std::nullopt;
    case Context::kReported:
    case Context::kCited:
      if (titled) return CitationKind::kPerson;
      if (guessed == ActorKind::kOrganization || acronym) return CitationKind::kOrganization;
      if (r.end - r.first >= 2) return CitationKind::kPerson;
      return CitationKind::kOutlet;
    case Context::kVia:
      if (titled) return CitationKind::kPerson;
      if (guessed == ActorKind::kOrganization) return CitationKind::kOrganization;
      return CitationKind::kOutlet;
    case Context::kSurvey:
      return CitationKind::kPollster;
  }
  return std::nullopt;
}

Run CitationFinder::NameAt(uint32_t j, uint32_t hi) const {
  if (j >= hi) return {};
  if (tk_[j].norm == "the" && !tk_[j].Has(text::kCapitalized) && j + 1 < hi &&
      names::IsSpaceGap(names::GapBefore(doc_, j + 1, 0))) {
    ++j;
  }
  if (!names::IsNameToken(tk_[j])) return {};
  if (!names::IsSpaceGap(names::GapBefore(doc_, j, 0)) && j > 0 && tk_[j - 1].norm != "the") {
    return {};
  }
  return names::RunAround(doc_, j, j, hi);
}

void CitationFinder::Add(Run raw, Context ctx, Span cue) {
  const std::optional<CitationKind> kind = Kind(raw, ctx);
  if (!kind) return;
  Run r = names::StripArticle(doc_, raw);
  if (*kind == CitationKind::kPerson) r = names::StripRun(doc_, r);
  CitationMention m;
  m.cites = names::RunText(doc_, r);
  m.kind = *kind;
  m.cue = cue;
  for (const CitationMention& o : out_) {
    if (o.cites == m.cites && o.cue.Overlaps(m.cue)) return;
  }
  out_.push_back(std::move(m));
}

std::vector<CitationMention> CitationFinder::Find() {
  for (const text::Paragraph& para : doc_.paragraphs) {
    if (para.end_sentence <= para.first_sentence) continue;
    const uint32_t lo = doc_.sentences[para.first_sentence].first_token;
    const uint32_t hi = doc_.sentences[para.end_sentence - 1].end_token;
    for (uint32_t i = lo; i < hi; ++i) {
      const Token& t = tk_[i];
      const std::string& n = t.norm;
      if (n == "via") {
        const Run r = NameAt(i + 1, hi);
        if (!r.empty()) Add(r, Context::kVia, {t.span.start, tk_[r.end - 1].span.end});
      } else if (n == "told") {
        const Run r = NameAt(i + 1, hi);
        if (!r.empty()) Add(r, Context::kTold, {t.span.start, tk_[r.end - 1].span.end});
      } else if (n == "according" && i + 1 < hi && tk_[i + 1].norm == "to") {
        const Run r = NameAt(i + 2, hi);
        if (!r.empty()) Add(r, Context::kAccording, {t.span.start, tk_[r.end - 1].span.end});
      } else if (n == "cited" && i + 1 < hi && tk_[i + 1].norm == "by") {
        const Run r = NameAt(i + 2, hi);
        if (!r.empty()) Add(r, Context::kCited, {t.span.start, tk_[r.end - 1].span.end});
      } else if (IsStudyNoun(n) && !t.Has(text::kCapitalized) && i + 1 < hi &&
                 (tk_[i + 1].norm == "from" || tk_[i + 1].norm == "by")) {
        const Run r = NameAt(i + 2, hi);
        const Context ctx = IsPollNoun(n) ? Context::kSurvey : Context::kCited;
        if (!r.empty()) Add(r, ctx, {t.span.start, tk_[r.end - 1].span.end});
      } else if (IsPollNoun(n) && i > lo && i + 1 < hi && IsFindingVerb(tk_[i + 1].norm) &&
                 names::IsNameToken(tk_[i - 1]) && !t.Has(text::kCapitalized)) {
        const Run r = names::StripArticle(doc_, names::RunAround(doc_, i - 1, lo, i));
        Add(r, Context::kSurvey, {tk_[r.first].span.start, tk_[i + 1].span.end});
      } else if ((n == "reported" || n == "published" || n == "broadcast") && i + 1 < hi &&
                 tk_[i + 1].norm == "by") {
        const Run r = NameAt(i + 2, hi);  // "was first reported by The Courier"
        if (!r.empty()) Add(r, Context::kReported, {t.span.start, tk_[r.end - 1].span.end});
      } else if (n == "reported" || n == "reports" || n == "noted" || n == "detailed") {
        if (i + 1 < hi && (tk_[i + 1].norm == "to" || tk_[i + 1].norm.ends_with("ing"))) continue;
        uint32_t cur = i;
        bool first = false;
        while (cur > lo && IsReportFiller(tk_[cur - 1].norm)) {
          first = first || tk_[cur - 1].norm == "first";
          --cur;
        }
        if (cur == lo || !names::IsNameToken(tk_[cur - 1])) continue;
        if (!names::IsSpaceGap(names::GapBefore(doc_, cur, 0))) continue;
        const Run r = names::StripArticle(doc_, names::RunAround(doc_, cur - 1, lo, cur));
        // "noted"/"detailed" cite only in "as X noted" or "X first detailed".
        const bool as = r.first > lo && tk_[r.first - 1].norm == "as";
        const bool as_the =
            r.first > lo + 1 && tk_[r.first - 1].norm == "the" && tk_[r.first - 2].norm == "as";
        if ((n == "noted" || n == "detailed") && !as && !as_the && !first) continue;
        Add(r, Context::kReported, {tk_[r.first].span.start, t.span.end});
      } else if (names::IsNameToken(t)) {
        // Credits: "CITY (Metro Wire) —", "(AP)", "— Reuters" at a paragraph's end.
        const std::string_view before = names::GapBefore(doc_, i, para.span.start);
        const bool paren = !before.empty() && before.back() == '(';
        const bool dash_end = names::GapHasDash(before) && !paren;
        if (!paren && !dash_end) continue;
        const Run r = names::RunAround(doc_, i, i, hi);
        const uint32_t run_end = tk_[r.end - 1].span.end;
        const uint32_t next = r.end < hi ? tk_[r.end].span.start : para.span.end;
        const std::string_view after = doc_.text().substr(run_end, next - run_end);
        if (paren && !after.empty() && after[0] == ')') {
          const Span cue = {before.empty() ? t.span.start : t.span.start - 1, run_end + 1};
          if (names::GapHasDash(after) || AgencyLike(r) || OutletLike(r)) {
            Add(r, Context::kCredit, cue);
          }
        } else if (dash_end && r.end == hi) {
          Add(r, Context::kCredit, {t.span.start, run_end});
        }
        i = r.end - 1;
      }
    }
  }
  return std::move(out_);
}

}  // namespace

std::vector<CitationMention> FindCitations(const text::Document& doc,
                                           const std::vector<EmbeddedPost>& posts) {
  std::vector<CitationMention> out = CitationFinder(doc).Find();
  for (const EmbeddedPost& p : posts) {
    const Span body = TrimSpan(doc.text(), p.body);
    if (body.empty() || (p.account.empty() && p.handle.empty())) continue;
    CitationMention m;
    if (p.account.empty()) {
      m.cites = p.handle;
    } else if (p.handle.empty()) {
      m.cites = p.account;
    } else {
      m.cites = p.account + " (" + p.handle + ")";
    }
    m.kind = CitationKind::kAccount;
    m.cue = body;
    out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(), [](const CitationMention& a, const CitationMention& b) {
    return a.cue.start < b.cue.start;
  });
  return out;
}

}  // namespace corroborate::extract
