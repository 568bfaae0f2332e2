// Word lists behind entity and label finding: titles, organisation and place name endings,
// common given names, reporting verbs, person and group nouns, and a small gazetteer of
// countries, US states and major world cities with their demonyms. Data, not rules: each list
// is in entities_words.cc / entities_gazetteer.cc. Lookups take case-folded token norms.
#ifndef CORROBORATE_EXTRACT_ENTITIES_WORDS_H_
#define CORROBORATE_EXTRACT_ENTITIES_WORDS_H_

#include <cstdint>
#include <string_view>

namespace corroborate::extract::entity_words {

// Classes a single word can belong to (a bit set: "officer" is a title and a person noun).
enum WordClass : uint32_t {
  kTitle = 1u << 0,              // "mr", "sheriff", "secretary": precedes a person's name
  kOrgSuffix = 1u << 1,          // "department", "network", "news": ends an organisation name
  kPlaceSuffix = 1u << 2,        // "street", "county", "river": ends a place name
  kGivenName = 1u << 3,          // common given names
  kReportVerb = 1u << 4,         // "said", "told": follows or precedes a speaker
  kCalendar = 1u << 5,           // weekdays and months: never an entity
  kPersonHead = 1u << 6,         // singular nouns naming a person ("suspect", "man", "clerk")
  kStrongPerson = 1u << 7,       // person nouns specific enough to name the story's subject
  kGenericHead = 1u << 8,        // "man", "group": too vague to be a label unless tied
  kGroupHead = 1u << 9,          // collectives of activists ("protesters", "mob", "group")
  kBodyHead = 1u << 10,          // official bodies ("board", "agency", "bureaucrats")
  kCrimeNoun = 1u << 11,         // crime nouns used as identity ("rapist", "thug")
  kOfHead = 1u << 12,            // may be followed by "of"/"for" inside a name ("office")
  kParticle = 1u << 13,          // "de", "van", "bin": lowercase inside personal names
  kActivistOrg = 1u << 14,       // name endings of activist collectives ("coalition")
  kGovOrg = 1u << 15,            // name endings of official bodies ("district", "agency")
  kCapsWord = 1u << 16,          // all-caps words that are not acronyms ("breaking", "am")
  kCopula = 1u << 17,            // "is", "was", "remains"
  kPlacePrep = 1u << 18,         // "in", "near": a capitalized name after it is a place
  kModifierStop = 1u << 19,      // stopwords that may still modify a label ("same", "other")
  kGenericOrgSuffix = 1u << 20,  // "network", "group", "inc": "X Network" == "X"
  kQuantifier = 1u << 21,        // "dozen", "hundreds", "several": not part of a label
};

// The classes of `norm` (0 when none).
uint32_t ClassesOf(std::string_view norm);
inline bool Is(std::string_view norm, uint32_t classes) { return (ClassesOf(norm) & classes) != 0; }

// The head-noun classes of a label word: the word itself, or the part after its last hyphen
// ("eco-bureaucrats" -> "bureaucrats", "6-footer" -> "footer").
uint32_t HeadClassesOf(std::string_view norm);

// True when `norm_phrase` (case-folded tokens joined by one space: "el salvador") is a
// country, US state (or its postal / AP abbreviation), or major world city.
bool IsPlaceName(std::string_view norm_phrase);

// The country a demonym refers to ("salvadoran" -> "El Salvador"), or "" when not a demonym.
std::string_view DemonymCountry(std::string_view norm);

}  // namespace corroborate::extract::entity_words

#endif  // CORROBORATE_EXTRACT_ENTITIES_WORDS_H_
