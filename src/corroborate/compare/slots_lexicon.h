// Lexicons for claim slots, kept as data: a small gazetteer (US states with their abbreviations,
// countries with their demonyms), place head words (facilities, geographic features), legal and
// casualty qualifiers with the class each belongs to, number words, and event-verb classes that
// let "escaped", "fled" and "slipped away" align. All lookups take case-folded norms
// (text::Token::norm) and are thread-safe (immutable static tables).
#ifndef CORROBORATE_COMPARE_SLOTS_LEXICON_H_
#define CORROBORATE_COMPARE_SLOTS_LEXICON_H_

#include <string>
#include <string_view>

namespace corroborate::compare {

enum class PlaceLevel { kFacility, kLocality, kCounty, kState, kCountry };

// Level of a known region name, folded ("ohio", "vt.", "el salvador"). kLocality when unknown.
PlaceLevel RegionLevel(std::string_view folded_name);
// True when the folded word ends a facility or geographic-feature name ("courthouse", "river",
// "street", "hospital"): such places are kept for 5W1H but never disputed against towns.
bool IsFacilityHead(std::string_view norm);
// True when the folded word ends an organisation name ("office", "department", "network").
bool IsOrganizationHead(std::string_view norm);
// Country name (folded) for a demonym ("salvadoran" -> "el salvador"), or "" when unknown.
std::string_view CountryOfDemonym(std::string_view norm);

// Value of a spelled-out number ("five" -> 5, "dozen" -> 12), or -1.
int NumberWord(std::string_view norm);
// Multiplier of a scale word ("million" -> 1e6, "bn" -> 1e9), or 0.
double ScaleWord(std::string_view norm);

// Classes of qualifier values: values in different classes conflict; "" means no class.
// Legal: "pretrial" (accused, charged, suspected, indicted, alleged; "wanted" has no class, as
// a convicted fugitive is wanted too), "convicted"
// (convicted, sentenced), "acquitted", "unclear". Casualty: "dead", "feared", "missing".
std::string_view QualifierClass(std::string_view value);

// Canonical event class of a word stem or norm ("fled" -> "escape", "arrest" -> "capture"), or
// "" when the word names no physical event. Communication verbs are deliberately absent.
std::string_view EventClassOfWord(std::string_view norm, std::string_view stem);
// Event class of a two-word phrase ("slipped away", "gave way"), or "".
std::string_view EventClassOfPhrase(std::string_view norm1, std::string_view norm2);

}  // namespace corroborate::compare

#endif  // CORROBORATE_COMPARE_SLOTS_LEXICON_H_
