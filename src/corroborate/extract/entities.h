// Named entities (people, organisations, groups, places) and the descriptive labels attached
// to them ("the fugitive", "a Salvadoran national"), by rules over capitalization, titles,
// organisation and place cues, appositions and copulas.
#ifndef CORROBORATE_EXTRACT_ENTITIES_H_
#define CORROBORATE_EXTRACT_ENTITIES_H_

#include <vector>

#include "corroborate/extract/analysis.h"
#include "corroborate/text/document.h"

namespace corroborate::extract {

std::vector<EntityMention> FindEntities(const text::Document& doc);

// Labels (descriptive noun phrases) in `doc`, tied to `entities` where the text ties them.
std::vector<LabelMention> FindLabels(const text::Document& doc,
                                     const std::vector<EntityMention>& entities);

}  // namespace corroborate::extract

#endif  // CORROBORATE_EXTRACT_ENTITIES_H_
