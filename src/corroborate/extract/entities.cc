// Rule-based named-entity finding over Document tokens. A name is a run of capitalized tokens
// (with "of"/"for"/"and" and name particles inside, initials and title abbreviations before a
// dot); its kind comes from its own words (titles, organisation and place endings, acronyms,
// the gazetteer, given names) and then from context (reporting verbs, age and noun
// appositions, place prepositions). Runs with no evidence of a kind are dropped unless the
// same article classifies the same name, or a person's surname, elsewhere.
#include "corroborate/extract/entities.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "corroborate/extract/entities_scan.h"
#include "corroborate/extract/entities_words.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::extract {
namespace {

namespace ew = entity_words;
using entities_scan::Scanner;

enum class Kind { kUnknown, kPerson, kOrg, kPlace, kGroup };

struct Candidate {
  uint32_t first = 0, last = 0;  // inclusive token range
  Kind kind = Kind::kUnknown;
  bool weak = false;  // kind from weak evidence: a stronger reading in the article wins
};

class EntityFinder {
 public:
  explicit EntityFinder(const text::Document& doc) : doc_(doc), s_(doc) {}

  std::vector<EntityMention> Find() {
    for (const text::Sentence& sent : doc_.sentences) {
      if (s_.IsHeadlineOrShout(sent)) continue;
      uint32_t i = sent.first_token;
      while (i < sent.end_token) {
        if (!StartsName(i)) {
          ++i;
          continue;
        }
        const uint32_t last = Extend(i, sent.end_token);
        AddRun(i, last);
        i = last + 1;
      }
    }
    ResolveUnknowns();
    std::vector<EntityMention> out;
    for (const Candidate& c : cands_) {
      if (c.kind == Kind::kUnknown) continue;
      EntityMention m;
      m.span = {tok(c.first).span.start, tok(c.last).span.end};
      m.name = s_.NameOf(m.span);
      m.kind = c.kind == Kind::kPerson  ? ActorKind::kPerson
               : c.kind == Kind::kOrg   ? ActorKind::kOrganization
               : c.kind == Kind::kPlace ? ActorKind::kPlace
                                        : ActorKind::kGroup;
      out.push_back(std::move(m));
    }
    return out;
  }

 private:
  const text::Token& tok(uint32_t i) const { return doc_.tokens[i]; }
  uint32_t cls(uint32_t i) const { return ew::ClassesOf(tok(i).norm); }

  bool StartsName(uint32_t i) const {
    const text::Token& t = tok(i);
    if (!t.Has(text::kCapitalized) || t.Has(text::kHandle) || t.Has(text::kNumber)) return false;
    return (cls(i) & ew::kCalendar) == 0 && ew::DemonymCountry(t.norm).empty();
  }

  // The last token of the name run starting at `i`.
  uint32_t Extend(uint32_t i, uint32_t end) const {
    uint32_t j = i;
    while (j + 1 < end) {
      const uint32_t n = j + 1;
      if (tok(j).Has(text::kPossessive)) {
        // "the County Sheriff's Office" is one name; "ICE's agents" is not.
        if (StartsName(n) && (cls(n) & ew::kOrgSuffix) && s_.PossessiveGap(j)) {
          j = n;
          continue;
        }
        break;
      }
      if (!s_.JoinGap(j)) break;
      if (StartsName(n)) {
        j = n;
        continue;
      }
      const text::Token& t = tok(n);
      const uint32_t c = cls(n);
      // Connectors inside names: particles ("Vincent van Gogh"), "of"/"for" after heads such
      // as "Department", "of the" ("Office of the Inspector General"), and "and" (undone by
      // AddRun unless the name turns out to be an organisation's).
      uint32_t skip = 0;
      if ((c & ew::kParticle) && !t.Has(text::kCapitalized)) {
        skip = 1;
      } else if ((t.norm == "of" || t.norm == "for") && (cls(j) & ew::kOfHead)) {
        skip = (n + 1 < end && tok(n + 1).norm == "the" && s_.JoinGap(n)) ? 2 : 1;
      } else if (t.norm == "and" || t.norm == "&") {
        skip = 1;
      } else if (t.Has(text::kNumber) && t.norm.size() <= 3) {
        // "KBRN 9 News", "Channel 12".
        const bool inner = n + 1 < end && StartsName(n + 1) && s_.JoinGap(n) &&
                           (tok(j).Has(text::kAllCaps) || (cls(n + 1) & ew::kOrgSuffix));
        if (inner) {
          j = n + 1;
          continue;
        }
        if (tok(j).norm == "channel" || tok(j).norm == "route" || tok(j).norm == "highway" ||
            tok(j).norm == "interstate") {
          j = n;
        }
        break;
      }
      if (skip == 0) break;
      const uint32_t after = n + skip;
      bool ok = after < end && StartsName(after);
      for (uint32_t k = n; ok && k < after; ++k) ok = s_.JoinGap(k);
      if (!ok) break;
      j = after;
    }
    return j;
  }

  void AddRun(uint32_t first, uint32_t last) {
    // A long organisation name keeps its sentence-initial word even when the article also
    // writes it in lower case ("Immigration and Customs Enforcement (ICE) agents ...").
    const bool org_name =
        s_.AcronymAfter(first, last) || (last >= first + 2 && (cls(last) & ew::kOrgSuffix));
    while (first <= last && (org_name ? s_.DropAtStartOfOrg(first) : s_.DropAtStart(first, last)))
      ++first;
    if (first > last) return;
    // "Chicago and Boston" are two names; "Immigration and Customs Enforcement" is one.
    bool of_name = false;  // "Department of Parks and Recreation"
    for (uint32_t k = first + 1; k < last; ++k) {
      if (tok(k).norm == "of" || tok(k).norm == "for") of_name = true;
      if (tok(k).norm != "and" && tok(k).norm != "&") continue;
      if ((cls(last) & ew::kOrgSuffix) || of_name || s_.AcronymAfter(first, last)) break;
      AddRun(first, k - 1);
      AddRun(k + 1, last);
      return;
    }
    // A title inside the run: "Denver Mayor Ana Ruiz" -> "Denver" + person "Ana Ruiz".
    if ((cls(last) & ew::kOrgSuffix) == 0) {
      uint32_t k = last;
      while (k > first && (cls(k) & ew::kTitle) == 0 && tok(k).Has(text::kCapitalized)) --k;
      if ((cls(k) & ew::kTitle) && k < last && last - k <= 4) {
        uint32_t p = k;
        while (p > first && (cls(p - 1) & ew::kTitle)) --p;
        if (p > first) Push(first, p - 1, Classify(first, p - 1));
        Push(k + 1, last, {Kind::kPerson, false});
        return;
      }
    }
    Push(first, last, Classify(first, last));
  }

  struct Reading {
    Kind kind;
    bool weak;
  };

  Reading Classify(uint32_t first, uint32_t last) const {
    const uint32_t n = last - first + 1;
    const uint32_t last_cls = cls(last);
    if (n >= 2 && (last_cls & ew::kOrgSuffix)) return {Kind::kOrg, false};
    // "Department of X", "City of X".
    if (n >= 3 && (tok(first + 1).norm == "of" || tok(first + 1).norm == "for")) {
      if (cls(first) & ew::kOrgSuffix) return {Kind::kOrg, false};
      if (cls(first) & ew::kPlaceSuffix) return {Kind::kPlace, false};
    }
    const std::string phrase = s_.NormPhrase(first, last);
    if (ew::IsPlaceName(phrase)) return {Kind::kPlace, false};
    if (s_.IsAcronym(first)) return {Kind::kOrg, false};
    if (s_.Dateline(first, last)) return {Kind::kPlace, false};
    if (n >= 2 && (last_cls & ew::kPlaceSuffix)) return {Kind::kPlace, false};
    const bool prev_the = first > 0 && tok(first - 1).norm == "the";
    if (n >= 2 && prev_the && s_.PluralCollective(last)) return {Kind::kGroup, false};
    const bool plain = s_.AllTitleCase(first, last);
    if (plain && n >= 2 && n <= 4 && (cls(first) & ew::kGivenName)) return {Kind::kPerson, false};
    // "in X", and "X, <State>" (also for an all-caps dateline "SPRINGFIELD, Ohio").
    if ((plain && s_.PrevHasClass(first, ew::kPlacePrep)) || s_.CityStateBefore(last)) {
      return {Kind::kPlace, true};
    }
    if (plain && n <= 4 && s_.PersonContext(first, last)) return {Kind::kPerson, false};
    if (s_.PrevWordIs(first, "via")) return {Kind::kOrg, true};
    // Two or three plain Title-case words with no cue at all read as a personal name; weak,
    // so that a place or organisation reading elsewhere in the article wins.
    if (plain && n >= 2 && n <= 3 && !prev_the && s_.NameLike(first, last)) {
      return {Kind::kPerson, true};
    }
    return {Kind::kUnknown, false};
  }

  void Push(uint32_t first, uint32_t last, Reading r) {
    if (first > last) return;
    cands_.push_back({first, last, r.kind, r.weak});
  }

  // Names without a kind of their own take the kind the article gives them elsewhere, or are
  // a person's surname or hyphenated surname's first part ("Leon" of "Leon-Vargas").
  void ResolveUnknowns() {
    std::unordered_map<std::string, Kind> strong;
    std::unordered_set<std::string> surnames, given;
    for (const Candidate& c : cands_) {
      if (c.kind == Kind::kUnknown) continue;
      if (!c.weak) strong.emplace(s_.NormPhrase(c.first, c.last), c.kind);
      if (c.kind != Kind::kPerson || c.last == c.first) continue;
      const std::string& sur = tok(c.last).norm;
      surnames.insert(sur);
      const size_t hyphen = sur.find('-');
      if (hyphen != std::string::npos && hyphen > 0) surnames.insert(sur.substr(0, hyphen));
      given.insert(tok(c.first).norm);
    }
    for (Candidate& c : cands_) {
      if (c.kind != Kind::kUnknown && !c.weak) continue;
      const auto it = strong.find(s_.NormPhrase(c.first, c.last));
      if (it != strong.end()) {
        c.kind = it->second;
        c.weak = false;
        continue;
      }
      const bool surname =
          surnames.count(tok(c.last).norm) != 0 &&
          (c.first == c.last || (c.last == c.first + 1 && given.count(tok(c.first).norm)));
      if (surname && s_.AllTitleCase(c.first, c.last)) {
        c.kind = Kind::kPerson;
        c.weak = false;
      }
    }
  }

  const text::Document& doc_;
  Scanner s_;
  std::vector<Candidate> cands_;
};

}  // namespace

std::vector<EntityMention> FindEntities(const text::Document& doc) {
  if (doc.article == nullptr || doc.tokens.empty()) return {};
  return EntityFinder(doc).Find();
}

}  // namespace corroborate::extract
