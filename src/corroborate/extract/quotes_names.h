// Name phrases for quote and citation extraction: the word lists (reporting verbs, titles,
// organisation, place and outlet words) and token-level helpers that find a capitalized name run
// ("Sheriff Ana Ortiz", "KXYZ 7 News", "@CountyPolice") next to a cue and classify it.
// Internal to the extract stage; shared by quotes.cc and citations.cc.
#ifndef CORROBORATE_EXTRACT_QUOTES_NAMES_H_
#define CORROBORATE_EXTRACT_QUOTES_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "corroborate/core/findings.h"
#include "corroborate/text/document.h"

namespace corroborate::extract::names {

// Word lists (data in quotes_lexicon.cc). Each takes a token norm ("said", "gov", "news").
bool IsReportingVerb(std::string_view norm);  // "said", "told", "warned", "sobbed"...
bool IsTitle(std::string_view norm);          // "sheriff", "gov", "director", "mr"...
bool IsOrgWord(std::string_view norm);        // "office", "network", "coalition"...
bool IsPlaceWord(std::string_view norm);      // "street", "river", "hospital"...
bool IsOutletWord(std::string_view norm);     // "news", "times", "gazette", "wire"...
bool IsAgencyWord(std::string_view norm);     // "wire", "press", "agency", "reuters", "ap"...
bool IsPollsterWord(std::string_view norm);   // "research", "polling", "survey"...
bool IsTimeWord(std::string_view norm);       // weekdays and months
bool IsMediaAcronym(std::string_view norm);   // "cnn", "bbc", "npr"...
bool IsPlatform(std::string_view norm);       // "facebook", "x", "zoom": channels, not sources
// Sentence-initial words that are capitalized only by position ("Even", "But", "Meanwhile").
bool IsLeadWord(std::string_view norm);
// Auxiliaries and adverbs that may sit between a subject and its verb ("has", "also", "later").
bool IsVerbFiller(std::string_view norm);
bool IsPronoun(std::string_view norm);     // "he", "she", "they", "it"
bool IsDeterminer(std::string_view norm);  // "the", "its", "his", "a"...
// Common nouns that can stand for a speaker after a determiner ("the agency", "the sheriff").
// Returns the kind they refer to, or false when `norm` is not one.
bool DescriptorKind(std::string_view norm, ActorKind* kind);

// Token helpers over one Document. Token indices are into doc.tokens.
// The bytes between token i-1 and token i (from `floor` when i is the first token or when the
// previous token ends before `floor`).
std::string_view GapBefore(const text::Document& doc, uint32_t i, uint32_t floor);
// True when `gap` is only spaces.
bool IsSpaceGap(std::string_view gap);
// True when `gap` holds the ASCII character `c`.
bool GapHas(std::string_view gap, char c);
// True when the gap holds a dash (-, –, —).
bool GapHasDash(std::string_view gap);
// True when the gap holds a quotation mark (", “, ”, «, »).
bool GapHasQuoteMark(std::string_view gap);
// True when the gap ends a sentence: '.', '?', '!' not explained by an abbreviation token.
bool GapEndsSentence(const text::Document& doc, uint32_t i, std::string_view gap);

// A token that can be part of a name: capitalized, all caps or a handle.
bool IsNameToken(const text::Token& t);

// A run of name tokens [first, end) joined only by spaces (or ". " after a title abbreviation or
// an initial, or "of"/"for" after an organisation word). `lo` and `hi` bound the search.
struct Run {
  uint32_t first = 0, end = 0;
  bool empty() const { return end <= first; }
};
// The run that contains token `i`, growing left down to `lo` and right up to `hi` (exclusive).
// Empty when token i is not a name token.
Run RunAround(const text::Document& doc, uint32_t i, uint32_t lo, uint32_t hi);

// Drops position-only capitals ("Even", "The"), leading titles and descriptors
// ("Lake County Emergency Management Director Ana Ortiz" -> "Ana Ortiz"). Keeps the
// run when nothing would remain.
Run StripRun(const text::Document& doc, Run r);
// Drops only leading lead-words and "The" (for outlet names: "The Lakeport Observer").
Run StripArticle(const text::Document& doc, Run r);

// The bytes of a run, with inner whitespace collapsed to one space.
std::string RunText(const text::Document& doc, Run r);
Span RunSpan(const text::Document& doc, Run r);

// A kind guessed from the words of a run (no entity helper): organisation when it holds an
// organisation word or is one all-caps token or a handle; place when it holds a place word;
// person otherwise. `is_time` is set for weekday/month runs, which name nobody.
ActorKind GuessKind(const text::Document& doc, Run r, bool* is_time);

}  // namespace corroborate::extract::names

#endif  // CORROBORATE_EXTRACT_QUOTES_NAMES_H_
