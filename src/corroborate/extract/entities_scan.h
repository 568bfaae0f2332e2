// Scanner: token-level tests shared by entity and label finding — what lies between two tokens
// (a space, a comma, a possessive), whether a capitalized token is an acronym, a headline word
// or a sentence-initial common word, and the contexts that mark a name as a person's.
#ifndef CORROBORATE_EXTRACT_ENTITIES_SCAN_H_
#define CORROBORATE_EXTRACT_ENTITIES_SCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "corroborate/core/span.h"
#include "corroborate/text/document.h"

namespace corroborate::extract::entities_scan {

// Borrows `doc`, which must outlive the Scanner. Token indices must be < doc.tokens.size().
class Scanner {
 public:
  explicit Scanner(const text::Document& doc);

  // The bytes between token i and the next token (or up to 16 bytes after the last token).
  std::string_view Gap(uint32_t i) const;
  // Gap(i) without surrounding spaces.
  std::string_view TrimmedGap(uint32_t i) const;
  // Gap(i) is only spaces (no newline, no punctuation), and a next token exists.
  bool SpaceGap(uint32_t i) const;
  // Gap(i) is "'s" or "’s" (or a bare apostrophe) followed by spaces.
  bool PossessiveGap(uint32_t i) const;
  // Tokens i and i+1 may belong to one name: a space, or "." after an initial or title.
  bool JoinGap(uint32_t i) const;

  // Title-case headlines ("Key Takeaways") and shouted lines ("READ THE FULL STORY").
  bool IsHeadlineOrShout(const text::Sentence& s) const;
  // Token `i`, at the start of a run ending at `last`, is not part of the name: a function
  // word ("The"), a weekday or month, or a common word that is capitalized only because it
  // starts the sentence ("Volunteers", "Police" when the article also writes "police").
  bool DropAtStart(uint32_t i, uint32_t last) const;
  // Like DropAtStart for a long organisation name: only function words and dates.
  bool DropAtStartOfOrg(uint32_t i) const;
  // Every token of [first, last] looks like part of a personal name: no list word, demonym,
  // digit, or word the article also writes in lower case.
  bool NameLike(uint32_t first, uint32_t last) const;
  // An all-caps token of 2–6 letters that is not a shouted word ("ICE", not "SHARE") nor a
  // name the article also writes in Title case ("SPRINGFIELD" / "Springfield").
  bool IsAcronym(uint32_t i) const;
  // The run [first, last] is followed by "(ACRONYM)" whose letters are the run's initials.
  bool AcronymAfter(uint32_t first, uint32_t last) const;
  // Token i is a plural collective name word ("Riverkeepers", "Minutemen").
  bool PluralCollective(uint32_t i) const;
  // Every token of [first, last] is Title-case (initials and name particles allowed).
  bool AllTitleCase(uint32_t first, uint32_t last) const;
  // The context marks [first, last] as a person's name: a reporting verb after or before it,
  // an age ("X, 34,"), ", who", an apposition with a person noun ("X, a clerk"), or a person
  // noun before it ("clerk X", "his lawyer, X").
  bool PersonContext(uint32_t first, uint32_t last) const;
  // The token before `first` (separated by spaces only) is `word` / has one of `classes`.
  bool PrevWordIs(uint32_t first, std::string_view word) const;
  bool PrevHasClass(uint32_t first, uint32_t classes) const;
  // A dateline: an all-caps run opening its sentence, followed by a dash or "(" ("SPRINGFIELD
  // — ...", "SPRINGFIELD (Wire) — ...").
  bool Dateline(uint32_t first, uint32_t last) const;
  // "Springfield, Ohio": the run ending at `last` is followed by ", <state or country>".
  bool CityStateBefore(uint32_t last) const;

  // Token norms of [first, last] joined by one space.
  std::string NormPhrase(uint32_t first, uint32_t last) const;
  // The text of `span` with whitespace runs collapsed to one space.
  std::string NameOf(Span span) const;
  // The text of `span` case-folded, quotes folded, whitespace collapsed.
  std::string FoldedOf(Span span) const;

  bool LowerSeen(const std::string& norm) const { return lower_seen_.count(norm) != 0; }

 private:
  const text::Document& doc_;
  std::unordered_set<std::string> lower_seen_;  // norms written in lower case somewhere
  std::unordered_set<std::string> title_seen_;  // norms written in Title case somewhere
};

}  // namespace corroborate::extract::entities_scan

#endif  // CORROBORATE_EXTRACT_ENTITIES_SCAN_H_
