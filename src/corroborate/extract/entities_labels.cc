// Labels: descriptive noun phrases naming an actor ("the fugitive", "a 34-year-old local man",
// "anti-war activists"), found as a determiner + modifiers + a person or group head noun, a
// bare plural group noun, or a descriptor written before a name ("courthouse clerk X"). A
// label is tied to an entity when the text says they are the same: apposition ("X, a clerk,",
// "the suspect, X,"), a copula ("X is a French national"), a descriptor directly before the
// name, "activists from the X Network", or "X Network activists".
#include <algorithm>

#include "corroborate/extract/entities.h"
#include "corroborate/extract/entities_scan.h"
#include "corroborate/extract/entities_words.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::extract {
namespace {

namespace ew = entity_words;
using entities_scan::Scanner;

constexpr uint32_t kAnyHead = ew::kPersonHead | ew::kGroupHead | ew::kBodyHead;
constexpr uint32_t kCollective = ew::kGroupHead | ew::kBodyHead;

bool IsLabelDeterminer(std::string_view n) {
  return n == "a" || n == "an" || n == "the" || n == "this" || n == "these" || n == "those" ||
         n == "another" || n == "his" || n == "her" || n == "their" || n == "its" || n == "our";
}

bool IsPlural(std::string_view n) { return n.size() > 3 && n.back() == 's'; }

class LabelFinder {
 public:
  LabelFinder(const text::Document& doc, const std::vector<EntityMention>& entities)
      : doc_(doc),
        s_(doc),
        entities_(entities),
        starts_(doc.tokens.size(), -1),
        ends_(doc.tokens.size(), -1),
        inside_(doc.tokens.size(), -1),
        covered_(doc.tokens.size(), false) {
    const auto& toks = doc.tokens;
    auto by_start = [](const text::Token& t, uint32_t pos) { return t.span.start < pos; };
    for (size_t e = 0; e < entities.size(); ++e) {
      const Span sp = entities[e].span;
      const auto it = std::lower_bound(toks.begin(), toks.end(), sp.start, by_start);
      if (it == toks.end() || it->span.start != sp.start) continue;
      uint32_t k = static_cast<uint32_t>(it - toks.begin());
      starts_[k] = static_cast<int>(e);
      while (k < toks.size() && toks[k].span.end <= sp.end) inside_[k++] = static_cast<int>(e);
      if (k > 0 && toks[k - 1].span.end == sp.end) ends_[k - 1] = static_cast<int>(e);
    }
  }

  std::vector<LabelMention> Find() {
    for (const text::Sentence& sent : doc_.sentences) {
      if (s_.IsHeadlineOrShout(sent)) continue;
      for (uint32_t i = sent.first_token; i < sent.end_token; ++i) {
        if (covered_[i] || inside_[i] >= 0) continue;
        if (IsLabelDeterminer(tok(i).norm)) {
          DeterminerPhrase(i, sent);
        } else if (IsBarePluralGroup(i)) {
          BarePlural(i, sent);
        }
      }
      PreNameDescriptors(sent);
    }
    std::sort(out_.begin(), out_.end(),
              [](const LabelMention& a, const LabelMention& b) { return a.span < b.span; });
    return std::move(out_);
  }

 private:
  const text::Token& tok(uint32_t i) const { return doc_.tokens[i]; }
  uint32_t head(uint32_t i) const {
    return tok(i).Has(text::kCapitalized) ? 0 : ew::HeadClassesOf(tok(i).norm);
  }
  bool Linked(uint32_t i) const {
    return s_.SpaceGap(i) || (tok(i).Has(text::kPossessive) && s_.PossessiveGap(i));
  }
  bool Modifier(uint32_t k) const {
    const text::Token& t = tok(k);
    if (t.Has(text::kHandle) || t.Has(text::kSymbol)) return false;
    const uint32_t c = ew::ClassesOf(t.norm);
    if (text::IsStopword(t.norm)) return (c & ew::kModifierStop) != 0;
    return (c & (ew::kReportVerb | ew::kCopula | ew::kCalendar)) == 0;
  }

  // "the 34-year-old local man", "a criminal illegal immigrant", "the group's director".
  void DeterminerPhrase(uint32_t det, const text::Sentence& sent) {
    int best = -1;
    int since_head = 0;
    for (uint32_t k = det + 1; k < sent.end_token && k <= det + 7; ++k) {
      if (!Linked(k - 1) || !Modifier(k)) break;
      if ((head(k) & kAnyHead) && !AdjectiveUse(k, sent)) {
        best = static_cast<int>(k);
        since_head = 0;
      } else if (best >= 0 && ++since_head >= 2) {
        break;
      }
    }
    if (best < 0) return;
    const uint32_t h = static_cast<uint32_t>(best);
    // "an entire sheriff's department" names the department, not a sheriff.
    if (tok(h).Has(text::kPossessive)) return;
    uint32_t end = h;
    // "an illegal alien from <Country>".
    if (h + 2 < sent.end_token && tok(h + 1).norm == "from" && s_.SpaceGap(h) &&
        s_.SpaceGap(h + 1) && starts_[h + 2] >= 0 &&
        entities_[static_cast<size_t>(starts_[h + 2])].kind == ActorKind::kPlace) {
      uint32_t k = h + 2;
      while (k + 1 < sent.end_token && inside_[k + 1] == starts_[h + 2]) ++k;
      end = k;
    }
    Emit(det, end, TieDeterminerPhrase(det, h, end, sent));
  }

  // Words that are nouns or adjectives ("a criminal" / "criminal charges", "a national" /
  // "national guard") are heads only when no lower-case word follows them.
  bool AdjectiveUse(uint32_t k, const text::Sentence& sent) const {
    const std::string& w = tok(k).norm;
    if (w != "criminal" && w != "national" && w != "activist" && w != "official" &&
        w != "juvenile" && w != "resident" && w != "volunteer" && w != "child" && w != "teen" &&
        w != "alien") {
      return false;
    }
    if (k + 1 >= sent.end_token || !s_.SpaceGap(k)) return false;
    const text::Token& n = tok(k + 1);
    return !n.Has(text::kCapitalized) && !text::IsStopword(n.norm) && head(k + 1) == 0 &&
           !ew::Is(n.norm, ew::kReportVerb | ew::kCopula);
  }

  bool IsBarePluralGroup(uint32_t i) const {
    const text::Token& t = tok(i);
    if (t.Has(text::kCapitalized) && !t.Has(text::kSentenceStart)) return false;
    const uint32_t c = ew::HeadClassesOf(t.norm);
    if ((c & kCollective) == 0 || !IsPlural(t.norm)) return false;
    return true;
  }

  // "anti-war activists", "Volunteers", "X Network activists" (tied to X).
  void BarePlural(uint32_t h, const text::Sentence& sent) {
    if (h > sent.first_token && ends_[h - 1] >= 0 && s_.SpaceGap(h - 1)) {
      const int e = ends_[h - 1];
      Emit(h, h, Compatible(h, e) ? e : -1);
      return;
    }
    uint32_t first = h;
    while (first > sent.first_token && first + 3 > h && s_.SpaceGap(first - 1)) {
      const text::Token& m = tok(first - 1);
      const bool hyphenated = m.norm.find('-') != std::string::npos;
      if (m.Has(text::kNumber) || inside_[first - 1] >= 0 || !Modifier(first - 1)) break;
      if (ew::Is(m.norm, ew::kQuantifier)) break;
      if (m.Has(text::kCapitalized) && !m.Has(text::kSentenceStart) && !hyphenated) break;
      --first;
    }
    Emit(first, h, TieFollowing(h, h, sent));
  }

  // Descriptors right before a name, without a determiner: "courthouse clerk X".
  void PreNameDescriptors(const text::Sentence& sent) {
    for (uint32_t f = sent.first_token + 1; f < sent.end_token; ++f) {
      const int e = starts_[f];
      if (e < 0 || covered_[f - 1] || !s_.SpaceGap(f - 1)) continue;
      if ((head(f - 1) & kAnyHead) == 0 || !Compatible(f - 1, e)) continue;
      if (ew::Is(tok(f - 1).norm, ew::kReportVerb)) continue;
      uint32_t first = f - 1;
      while (first > sent.first_token && first + 4 > f && s_.SpaceGap(first - 1) &&
             !covered_[first - 1] && inside_[first - 1] < 0 && Modifier(first - 1) &&
             !tok(first - 1).Has(text::kNumber) && !ew::Is(tok(first - 1).norm, ew::kQuantifier)) {
        --first;
      }
      Emit(first, f - 1, e);
    }
  }

  // Whether the label with head token `h` can name entity `e`.
  bool Compatible(uint32_t h, int e) const {
    if (e < 0) return false;
    const ActorKind k = entities_[static_cast<size_t>(e)].kind;
    const uint32_t c = ew::HeadClassesOf(tok(h).norm);
    if (k == ActorKind::kPerson) return (c & ew::kPersonHead) != 0 && !IsPlural(tok(h).norm);
    if (k == ActorKind::kOrganization || k == ActorKind::kGroup) return (c & kCollective) != 0;
    return false;
  }

  int TieDeterminerPhrase(uint32_t det, uint32_t h, uint32_t end, const text::Sentence& sent) {
    // An entity inside the phrase named by a group noun: "the X Network organization".
    if (head(h) & kCollective) {
      for (uint32_t k = det + 1; k < h; ++k) {
        if (inside_[k] >= 0 && Compatible(h, inside_[k])) return inside_[k];
      }
    }
    if (det > sent.first_token) {
      // "X, a clerk": the name just before, across a comma.
      if (s_.TrimmedGap(det - 1) == "," && ends_[det - 1] >= 0 && Compatible(h, ends_[det - 1]))
        return ends_[det - 1];
      // "X is a French national", "X, who is a ...".
      if (ew::Is(tok(det - 1).norm, ew::kCopula) && s_.SpaceGap(det - 1) && det >= 2) {
        uint32_t k = det - 2;
        if (tok(k).norm == "who" && k >= 1 && s_.TrimmedGap(k - 1) == ",")
          --k;
        else if (tok(k).norm == "who")
          return -1;
        const std::string_view g = s_.TrimmedGap(k);
        if (k >= sent.first_token && ends_[k] >= 0 && (g.empty() || g == ",") &&
            Compatible(h, ends_[k])) {
          return ends_[k];
        }
      }
    }
    return TieFollowing(h, end, sent);
  }

  // Ties looking right of the label: "the suspect X", "the suspect, X,", "the group called X",
  // "activists from the X Network".
  int TieFollowing(uint32_t h, uint32_t end, const text::Sentence& sent) const {
    const uint32_t n = end + 1;
    if (n >= sent.end_token) return -1;
    if (s_.SpaceGap(end) && starts_[n] >= 0 && Compatible(h, starts_[n])) return starts_[n];
    if (s_.SpaceGap(end) && (tok(n).norm == "called" || tok(n).norm == "named") &&
        n + 1 < sent.end_token && s_.SpaceGap(n) && Compatible(h, starts_[n + 1])) {
      return starts_[n + 1];
    }
    if (s_.TrimmedGap(end) == "," && starts_[n] >= 0 && Compatible(h, starts_[n])) {
      // "the suspect, X, fled" but not "the suspect, X said".
      uint32_t k = n;
      while (k + 1 < doc_.tokens.size() && inside_[k + 1] == starts_[n]) ++k;
      const bool said =
          k + 1 < sent.end_token && s_.SpaceGap(k) && ew::Is(tok(k + 1).norm, ew::kReportVerb);
      if (!said && (k + 1 >= sent.end_token || !s_.SpaceGap(k))) return starts_[n];
    }
    if ((head(h) & kCollective) && s_.SpaceGap(end) &&
        (tok(n).norm == "from" || tok(n).norm == "of" || tok(n).norm == "with")) {
      uint32_t k = n + 1;
      if (k < sent.end_token && s_.SpaceGap(k - 1) && tok(k).norm == "the") ++k;
      if (k < sent.end_token && s_.SpaceGap(k - 1) && (head(k) & ew::kGroupHead) &&
          starts_[k] < 0) {
        ++k;
      }
      if (k < sent.end_token && s_.SpaceGap(k - 1) && Compatible(h, starts_[k])) {
        return starts_[k];
      }
    }
    return -1;
  }

  void Emit(uint32_t first, uint32_t end, int entity) {
    for (uint32_t k = first; k <= end; ++k) covered_[k] = true;
    LabelMention m;
    m.span = {tok(first).span.start, tok(end).span.end};
    m.label = s_.FoldedOf(m.span);
    m.entity = entity;
    out_.push_back(std::move(m));
  }

  const text::Document& doc_;
  Scanner s_;
  const std::vector<EntityMention>& entities_;
  std::vector<int> starts_, ends_, inside_;  // per token: entity starting / ending / covering
  std::vector<bool> covered_;                // per token: inside an emitted label
  std::vector<LabelMention> out_;
};

}  // namespace

std::vector<LabelMention> FindLabels(const text::Document& doc,
                                     const std::vector<EntityMention>& entities) {
  if (doc.article == nullptr || doc.tokens.empty()) return {};
  return LabelFinder(doc, entities).Find();
}

}  // namespace corroborate::extract
