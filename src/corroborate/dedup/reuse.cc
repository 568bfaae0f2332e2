#include "corroborate/dedup/reuse.h"

namespace corroborate::dedup {

std::vector<Reuse> FindReuse(std::span<const text::Document>, const ReuseOptions&) { return {}; }

}  // namespace corroborate::dedup
