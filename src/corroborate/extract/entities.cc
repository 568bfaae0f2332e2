#include "corroborate/extract/entities.h"

namespace corroborate::extract {

std::vector<EntityMention> FindEntities(const text::Document&) { return {}; }
std::vector<LabelMention> FindLabels(const text::Document&, const std::vector<EntityMention>&) {
  return {};
}

}  // namespace corroborate::extract
