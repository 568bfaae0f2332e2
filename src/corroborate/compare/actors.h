// Actors across articles: entity mentions resolved by name variants and partial names
// ("Maria Lopez", "Lopez", "Ms. Lopez"), with the labels each outlet uses for each actor and
// whether a label is loaded.
#ifndef CORROBORATE_COMPARE_ACTORS_H_
#define CORROBORATE_COMPARE_ACTORS_H_

#include <span>
#include <vector>

#include "corroborate/core/findings.h"
#include "corroborate/extract/analysis.h"
#include "corroborate/text/document.h"

namespace corroborate::compare {

// Actors sorted by salience (mentions across articles). REQUIRES: docs[i] matches analyses[i].
std::vector<Actor> ResolveActors(std::span<const text::Document> docs,
                                 std::span<const extract::ArticleAnalysis> analyses);

}  // namespace corroborate::compare

#endif  // CORROBORATE_COMPARE_ACTORS_H_
