// Attaching labels to resolved actors: labels the text ties to an entity go to that entity's
// actor; untied labels go to the story's one salient person (specific person nouns such as
// "the fugitive") or to a nearby activist group or official body (group nouns such as "the
// protesters", "the board"), and each label is marked loaded from the lexicon.
#ifndef CORROBORATE_COMPARE_ACTORS_LABELS_H_
#define CORROBORATE_COMPARE_ACTORS_LABELS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/core/findings.h"
#include "corroborate/extract/analysis.h"
#include "corroborate/text/document.h"

namespace corroborate::compare {

// Appends labels to `actors`. mention_actor[a][e] is the index in `actors` of the actor of
// analyses[a].entities[e]. REQUIRES: docs[i] matches analyses[i]; actors' mentions sorted.
void AttachLabels(std::span<const text::Document> docs,
                  std::span<const extract::ArticleAnalysis> analyses,
                  const std::vector<std::vector<int>>& mention_actor, std::vector<Actor>* actors);

// Returns the words of `s` split at runs of ' ' (no empty words).
std::vector<std::string> SplitWords(std::string_view s);

// Marks `label` loaded from the lexicon (the phrase, then its bigrams and words), or as
// "pejorative" when a crime noun names a person's identity ("thug", "career criminal").
void MarkLoaded(Label* label);

}  // namespace corroborate::compare

#endif  // CORROBORATE_COMPARE_ACTORS_LABELS_H_
