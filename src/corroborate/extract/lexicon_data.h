// The loaded-language lexicon as data: one row per entry, with the word forms it matches and the
// context it needs. Sources and the balance check are documented in docs/lexicon.md.
#ifndef CORROBORATE_EXTRACT_LEXICON_DATA_H_
#define CORROBORATE_EXTRACT_LEXICON_DATA_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace corroborate::extract::lexicon_data {

// Some words are loaded only in some company: "kidnapped" of an arrest, "animals" of people.
enum class Context : uint8_t {
  kAny,          // always loaded
  kEnforcement,  // the sentence talks about an arrest (agents, police, ICE, deportation...)
  kPeople,       // the sentence names a group of people (migrants, protesters, gangs...)
  kMigration,    // the sentence talks about migration or borders
  kMetaphor,     // said of people: "they are animals", "treated like animals" (see lexicon.cc)
};

struct Row {
  // One or more entries separated by ';', each a list of lowercase forms separated by '|' whose
  // first form is the entry's phrase ("thug|thugs", "spineless;cowardly"). Words of a form are
  // separated by one space and compared with token norms.
  std::string_view forms;
  std::string_view category;  // "pejorative", "dehumanizing", "intensifier", "euphemism",
                              // "epistemic", "loaded verb"
  Context context = Context::kAny;
};

// All rows, in the order of docs/lexicon.md.
std::span<const Row> Rows();

// Context cue words (token norms) for each Context other than kAny.
bool IsContextCue(Context context, std::string_view norm);

}  // namespace corroborate::extract::lexicon_data

#endif  // CORROBORATE_EXTRACT_LEXICON_DATA_H_
