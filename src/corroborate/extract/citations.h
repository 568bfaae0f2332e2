// Citations: "via X", "X reported", "as X has reported", "told X", "a survey from X",
// "according to X" when X is an outlet, embedded post handles.
#ifndef CORROBORATE_EXTRACT_CITATIONS_H_
#define CORROBORATE_EXTRACT_CITATIONS_H_

#include <vector>

#include "corroborate/extract/analysis.h"
#include "corroborate/text/document.h"

namespace corroborate::extract {

std::vector<CitationMention> FindCitations(const text::Document& doc,
                                           const std::vector<EmbeddedPost>& posts);

}  // namespace corroborate::extract

#endif  // CORROBORATE_EXTRACT_CITATIONS_H_
