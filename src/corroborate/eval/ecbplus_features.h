// Story-clustering inputs from the ECB+ set (documents from LoadEcbPlus in benchmark_sets.h):
// each document's cluster::ArticleFeatures, built as the pipeline builds them for an article of
// that text, and the gold stories as dense labels. What tests/integration/ecbplus_test.cc and
// bench/cluster_eval score the story clusterer on.
#ifndef CORROBORATE_EVAL_ECBPLUS_FEATURES_H_
#define CORROBORATE_EVAL_ECBPLUS_FEATURES_H_

#include <cstdint>
#include <vector>

#include "corroborate/cluster/features.h"
#include "corroborate/eval/benchmark_sets.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::eval {

// Returns the features of `doc`: cluster::BuildFeatures with the default FeatureOptions on an
// article whose id and text are the document's (no title, no date, nothing removed). `analyzer`
// is used for this call only and not retained.
cluster::ArticleFeatures EcbDocumentFeatures(const EcbDocument& doc, text::Analyzer* analyzer);

// Returns the features of every document of `docs`, in order (one Analyzer shared by all).
std::vector<cluster::ArticleFeatures> EcbPlusFeatures(const std::vector<EcbDocument>& docs);

// Returns each document's gold story as a label id (LabelIds over EcbDocument::story), in order.
std::vector<int64_t> EcbPlusGold(const std::vector<EcbDocument>& docs);

}  // namespace corroborate::eval

#endif  // CORROBORATE_EVAL_ECBPLUS_FEATURES_H_
