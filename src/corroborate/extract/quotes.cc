#include "corroborate/extract/quotes.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>

#include "corroborate/extract/quotes_cues.h"
#include "corroborate/extract/quotes_marks.h"
#include "corroborate/extract/quotes_names.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::extract {
namespace {

using names::Run;
using text::Token;

// Quotes shorter than this many words are scare quotes unless a cue sits right next to them.
constexpr uint32_t kMinUncuedWords = 4;
// Uncued quotes of at most this many words, all capitalized but function words, are titles.
constexpr uint32_t kMaxTitleWords = 10;
// How far into an earlier sentence a pronoun's antecedent may start (its subject).
constexpr uint32_t kSubjectReach = 8;
// Tokens allowed between a cued quote and an uncued one that continues it (the cue's sentence).
constexpr uint32_t kContinuationGap = 40;

class QuoteFinder {
 public:
  QuoteFinder(const text::Document& doc, const std::vector<EntityMention>& entities,
              const std::vector<MarkedQuote>& marks)
      : doc_(doc), tk_(doc.tokens), entities_(entities), marks_(marks), cues_(doc) {}

  std::vector<QuoteMention> Find();

 private:
  std::pair<uint32_t, uint32_t> ParaTokens(uint32_t p) const { return cues_.ParaTokens(p); }
  uint32_t FirstTokenAtOrAfter(uint32_t pos) const { return cues_.FirstTokenAtOrAfter(pos); }
  uint32_t Words(Span s) const {
    const uint32_t a = FirstTokenAtOrAfter(s.start);
    uint32_t b = a;
    while (b < tk_.size() && tk_[b].span.end <= s.end) ++b;
    return b - a;
  }
  // "Gone With the Wind", "Keep Our Town Safe": an unattributed title or slogan, not speech.
  bool IsTitleCase(Span s) const {
    uint32_t words = 0;
    for (uint32_t k = FirstTokenAtOrAfter(s.start); k < tk_.size() && tk_[k].span.end <= s.end;
         ++k, ++words) {
      if (!tk_[k].Has(text::kCapitalized) && !text::IsStopword(tk_[k].norm)) return false;
    }
    return words <= kMaxTitleWords;
  }
  bool InsideQuote(Span s) const {
    for (const MarkedQuote& m : marks_) {
      if (m.content.Overlaps(s)) return true;
      if (m.content.start > s.end) break;
    }
    return false;
  }

  bool Resolve(Cue* cue, uint32_t before, uint32_t paragraph);
  bool Compatible(ActorKind kind, Want want) const;
  void CollectSurnames();

  const text::Document& doc_;
  const std::vector<Token>& tk_;
  const std::vector<EntityMention>& entities_;
  const std::vector<MarkedQuote>& marks_;
  CueFinder cues_;
  bool surnames_ready_ = false;
  std::unordered_set<std::string> surnames_;
};

bool QuoteFinder::Compatible(ActorKind kind, Want want) const {
  switch (want) {
    case Want::kPerson:
      return kind == ActorKind::kPerson;
    case Want::kOrganization:
      return kind == ActorKind::kOrganization || kind == ActorKind::kGroup;
    case Want::kAny:
      return kind != ActorKind::kPlace;
  }
  return false;
}

// Last tokens of multi-word person names: a lone capitalized word is a person only when it was
// used as a surname ("Ortiz" after "Ana Ortiz"), not a town or a country.
void QuoteFinder::CollectSurnames() {
  if (surnames_ready_) return;
  surnames_ready_ = true;
  for (uint32_t i = 0; i < tk_.size();) {
    if (!names::IsNameToken(tk_[i])) {
      ++i;
      continue;
    }
    const Run r = names::StripRun(doc_, names::RunAround(doc_, i, i, tk_.size()));
    const uint32_t next = std::max(i + 1, r.end);
    bool is_time = false;
    if (r.end - r.first >= 2 && names::GuessKind(doc_, r, &is_time) == ActorKind::kPerson) {
      surnames_.insert(tk_[r.end - 1].norm);
    }
    i = next;
  }
}

// Resolves a pronoun or descriptor to a name before byte `before`: the sentences before it in
// its paragraph and the previous one, nearest sentence first, and within a sentence its first
// compatible name (the subject, more often the antecedent than the nearest name).
bool QuoteFinder::Resolve(Cue* cue, uint32_t before, uint32_t paragraph) {
  const uint32_t first_para = paragraph > 0 ? paragraph - 1 : 0;
  const uint32_t s_begin = doc_.paragraphs[first_para].first_sentence;
  const uint32_t s_end = doc_.paragraphs[paragraph].end_sentence;
  // "The sheriff said": a name written with that title ("Sheriff Ana Ortiz") wins.
  for (uint32_t s = s_end; !cue->title.empty() && s-- > s_begin;) {
    const text::Sentence& sent = doc_.sentences[s];
    for (uint32_t i = sent.first_token; i < sent.end_token && tk_[i].span.end <= before; ++i) {
      if (!names::IsNameToken(tk_[i])) continue;
      const names::Run raw = names::RunAround(doc_, i, sent.first_token, sent.end_token);
      i = raw.end - 1;
      bool titled = false;
      for (uint32_t k = raw.first; k < raw.end; ++k) titled = titled || tk_[k].norm == cue->title;
      const names::Run r = names::StripRun(doc_, raw);
      const Span span = names::RunSpan(doc_, r);
      if (!titled || r.first == raw.first || span.end > before || InsideQuote(span)) continue;
      cue->speaker = names::RunText(doc_, r);
      cue->span = span;
      return true;
    }
  }
  for (uint32_t s = s_end; s-- > s_begin;) {
    const text::Sentence& sent = doc_.sentences[s];
    if (sent.span.start >= before || sent.end_token <= sent.first_token) continue;
    // In earlier sentences only a name near the start (the subject) is taken: "... respond to
    // the Port Authority's notices" does not make the Port Authority the next "it".
    uint32_t reach = sent.span.end;
    if (sent.span.end < before) {
      reach = tk_[std::min(sent.first_token + kSubjectReach, sent.end_token - 1)].span.start;
    }
    if (!entities_.empty()) {
      for (const EntityMention& e : entities_) {
        if (e.span.start < sent.span.start || e.span.end > sent.span.end) continue;
        if (e.span.start > reach) continue;
        if (e.span.end > before || InsideQuote(e.span)) continue;
        if (!Compatible(e.kind, cue->want)) continue;
        cue->speaker = e.name;
        cue->span = e.span;
        return true;
      }
      continue;
    }
    for (uint32_t i = sent.first_token;
         i < sent.end_token && tk_[i].span.end <= before && tk_[i].span.start <= reach; ++i) {
      if (!names::IsNameToken(tk_[i])) continue;
      const Run raw = names::RunAround(doc_, i, sent.first_token, sent.end_token);
      i = raw.end - 1;
      const Run r = names::StripRun(doc_, raw);
      const Span span = names::RunSpan(doc_, r);
      if (span.end > before || InsideQuote(span)) continue;
      bool is_time = false;
      const ActorKind kind = names::GuessKind(doc_, r, &is_time);
      if (is_time || !Compatible(kind, cue->want)) continue;
      if (r.end - r.first == 1 && kind == ActorKind::kPerson) {
        if (tk_[r.first].Has(text::kSentenceStart) && names::IsLeadWord(tk_[r.first].norm)) {
          continue;
        }
        CollectSurnames();
        if (surnames_.count(tk_[r.first].norm) == 0) continue;
      }
      cue->speaker = names::RunText(doc_, r);
      cue->span = span;
      return true;
    }
  }
  return false;
}

std::vector<QuoteMention> QuoteFinder::Find() {
  std::vector<QuoteMention> out;
  const size_t n = marks_.size();
  std::vector<Cue> cues(n);
  // Cues of multi-paragraph quotes: before the first piece or after the last one.
  for (size_t i = 0; i < n; ++i) {
    const MarkedQuote& q = marks_[i];
    const bool group_start = i == 0 || marks_[i - 1].group != q.group;
    if (!group_start) continue;
    size_t last = i;
    while (last + 1 < n && marks_[last + 1].group == q.group) ++last;
    const MarkedQuote& tail = marks_[last];
    Cue c = cues_.After(tail);
    if (!c.found) {
      uint32_t floor = doc_.paragraphs[q.paragraph].span.start;
      if (i > 0 && marks_[i - 1].paragraph == q.paragraph) floor = marks_[i - 1].outer.end;
      c = cues_.Before(q, floor);
    }
    // Antecedents come before both the quote and the pronoun ("the group also said that ...").
    const uint32_t before = c.span.empty() ? q.outer.start : std::min(q.outer.start, c.span.start);
    if (c.resolve && !Resolve(&c, before, q.paragraph)) {
      c.speaker.clear();
      c.span = {};
    }
    if (c.resolve) c.cue = "pronoun";
    for (size_t k = i; k <= last; ++k) cues[k] = c;
  }
  // An uncued quote right after a cued one continues it: “A,” she said. “B.”
  for (size_t i = 1; i < n; ++i) {
    const MarkedQuote& q = marks_[i];
    const MarkedQuote& p = marks_[i - 1];
    if (cues[i].found || !cues[i - 1].found || cues[i - 1].speaker.empty()) continue;
    if (p.group == q.group) continue;
    // Between the two there may be nothing, or only the rest of the cue's own sentence.
    auto only_cue = [&](uint32_t from, uint32_t to) {
      if (to <= from) return true;
      if (!cues[i - 1].after || to - from > kContinuationGap) return false;
      for (uint32_t k = from; k < to; ++k) {
        if (tk_[k].Has(text::kSentenceStart)) return false;
      }
      return true;
    };
    bool continues = false;
    if (p.paragraph == q.paragraph) {
      continues = only_cue(FirstTokenAtOrAfter(p.outer.end), FirstTokenAtOrAfter(q.outer.start));
    } else if (q.paragraph == p.paragraph + 1 &&
               q.outer.start == doc_.paragraphs[q.paragraph].span.start) {
      continues = only_cue(FirstTokenAtOrAfter(p.outer.end), ParaTokens(p.paragraph).second);
    }
    if (!continues) continue;
    Cue inherited = cues[i - 1];
    inherited.cue = "continued";
    inherited.tight = false;
    inherited.after = false;
    for (size_t k = i; k < n && marks_[k].group == q.group; ++k) cues[k] = inherited;
  }
  for (size_t i = 0; i < n; ++i) {
    const MarkedQuote& q = marks_[i];
    const Cue& c = cues[i];
    const uint32_t words = Words(q.content);
    if (words == 0) continue;
    if (words < kMinUncuedWords && !(c.found && c.tight)) continue;
    if (!c.found && c.speaker.empty() && IsTitleCase(q.content)) continue;
    QuoteMention m;
    m.content = q.content;
    m.speaker = c.speaker;
    m.speaker_span = c.speaker.empty() ? Span{} : c.span;
    m.cue = c.found || !c.speaker.empty() ? c.cue : "";
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

std::vector<QuoteMention> FindQuotes(const text::Document& doc,
                                     const std::vector<EmbeddedPost>& posts,
                                     const std::vector<EntityMention>& entities) {
  std::vector<MarkedQuote> marks = FindMarkedQuotes(doc);
  // Quotation marks inside an embedded post belong to the post, which is quoted whole.
  std::erase_if(marks, [&](const MarkedQuote& m) {
    return std::any_of(posts.begin(), posts.end(),
                       [&](const EmbeddedPost& p) { return p.body.Overlaps(m.outer); });
  });
  QuoteFinder finder(doc, entities, marks);
  std::vector<QuoteMention> out = finder.Find();
  for (const EmbeddedPost& p : posts) {
    const Span body = TrimSpan(doc.text(), p.body);
    if (body.empty()) continue;
    QuoteMention m;
    m.content = body;
    m.speaker = !p.account.empty() ? p.account : p.handle;
    m.cue = "post";
    m.from_post = true;
    out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(), [](const QuoteMention& a, const QuoteMention& b) {
    return a.content.start < b.content.start;
  });
  return out;
}

}  // namespace corroborate::extract
