#include "corroborate/extract/clutter.h"

namespace corroborate::extract {

std::vector<Removed> FindClutter(const Article&, std::vector<EmbeddedPost>*) { return {}; }

}  // namespace corroborate::extract
