#include "corroborate/extract/lexicon.h"

namespace corroborate::extract {

const LexiconEntry* FindLoaded(std::string_view) { return nullptr; }
std::vector<LoadedMention> FindLoadedWords(const text::Document&) { return {}; }

}  // namespace corroborate::extract
