// The loaded-language lexicon: words and phrases that frame (pejoratives, dehumanizing terms,
// intensifiers, euphemisms) or signal belief (assertives, factives, hedges), on all sides of a
// debate. Data with a documented source per entry: see docs/lexicon.md.
#ifndef CORROBORATE_EXTRACT_LEXICON_H_
#define CORROBORATE_EXTRACT_LEXICON_H_

#include <string_view>
#include <vector>

#include "corroborate/extract/analysis.h"
#include "corroborate/text/document.h"

namespace corroborate::extract {

struct LexiconEntry {
  std::string_view phrase;    // lowercase, space-separated tokens ("illegal alien")
  std::string_view category;  // "pejorative", "dehumanizing", "intensifier", "euphemism", ...
};

// The entry whose phrase equals `norm_phrase` (lowercase tokens joined by one space), or null.
const LexiconEntry* FindLoaded(std::string_view norm_phrase);

// Every lexicon match in the body of `doc`, longest match first at each position.
std::vector<LoadedMention> FindLoadedWords(const text::Document& doc);

}  // namespace corroborate::extract

#endif  // CORROBORATE_EXTRACT_LEXICON_H_
