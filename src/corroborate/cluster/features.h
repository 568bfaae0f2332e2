// ArticleFeatures: what the story clusterer knows about one article — weighted bags of content
// stems, named entities (people, organisations, groups), places, and dates/numbers the text
// states — built once from the article's text, independent of any other article or store.
#ifndef CORROBORATE_CLUSTER_FEATURES_H_
#define CORROBORATE_CLUSTER_FEATURES_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "corroborate/common/date.h"
#include "corroborate/core/article.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::cluster {

// The feature spaces an article is described in; each gets its own vector and cosine.
enum class Space { kText = 0, kEntity = 1, kPlace = 2, kWhen = 3 };
inline constexpr int kSpaceCount = 4;

// A bag of features: (feature key, raw count). Keys are unique and sorted.
using Bag = std::vector<std::pair<std::string, float>>;

struct ArticleFeatures {
  std::string id;                 // the article's id (for callers; unused by the clusterer)
  std::optional<Date> published;  // drives the time window; nullopt when unknown
  std::string outlet;             // "" when unknown
  // Indexed by Space. kText: Snowball stems of content words (title words count
  // FeatureOptions::title_weight times). kEntity: proper nouns (capitalized words and pairs of
  // them) and the folded names of people, organisations and groups the entity finder returns,
  // plus each of their words (so "Reid" matches "Tara Reid"). kPlace: folded place
  // names. kWhen: explicit dates ("d:2013-05-03"), their months ("m:2013-05"), years named in
  // the text ("y:2013") and counted quantities ("n:6.1", "n:12 peopl").
  Bag spaces[kSpaceCount];
};

struct FeatureOptions {
  float title_weight = 2;     // a title word counts as this many body words
  size_t max_tokens = 3000;   // only the first tokens are read (leads carry the event)
  bool numbers = true;        // add counted quantities to kWhen
  size_t lead_sentences = 3;  // the lead: headline and first sentences state the event
  float lead_weight = 1;      // a lead word counts as this many later words (2: no gain)
  float name_weight = 1;      // weight of a capitalized word (proper noun) in kEntity
};

// Builds the features of `article` (its body is text minus removed spans; NormalizeRemoved()
// must have been called). `article.published` ("YYYY-MM-DD") fills `published` and resolves
// relative dates. `analyzer` is used for tokens and stems and is not retained.
ArticleFeatures BuildFeatures(const Article& article, text::Analyzer* analyzer,
                              const FeatureOptions& options = {});

}  // namespace corroborate::cluster

#endif  // CORROBORATE_CLUSTER_FEATURES_H_
