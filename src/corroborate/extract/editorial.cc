#include "corroborate/extract/editorial.h"

namespace corroborate::extract {

std::vector<EditorialMention> FindEditorial(const text::Document&) { return {}; }

}  // namespace corroborate::extract
