// Opinion, satire and commentary passages: editor's comments, rhetorical questions,
// second-person address, evaluative adjectives, calls to action.
#ifndef CORROBORATE_EXTRACT_EDITORIAL_H_
#define CORROBORATE_EXTRACT_EDITORIAL_H_

#include <vector>

#include "corroborate/extract/analysis.h"
#include "corroborate/text/document.h"

namespace corroborate::extract {

// Returns the editorial passages of `doc` (sentence or paragraph spans), with reasons.
std::vector<EditorialMention> FindEditorial(const text::Document& doc);

}  // namespace corroborate::extract

#endif  // CORROBORATE_EXTRACT_EDITORIAL_H_
