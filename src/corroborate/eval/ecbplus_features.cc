#include "corroborate/eval/ecbplus_features.h"

#include <string>

#include "corroborate/core/article.h"
#include "corroborate/eval/clustering_score.h"

namespace corroborate::eval {

cluster::ArticleFeatures EcbDocumentFeatures(const EcbDocument& doc, text::Analyzer* analyzer) {
  Article a;
  a.id = doc.id;
  a.text = doc.text;
  a.NormalizeRemoved();
  return cluster::BuildFeatures(a, analyzer);
}

std::vector<cluster::ArticleFeatures> EcbPlusFeatures(const std::vector<EcbDocument>& docs) {
  text::Analyzer analyzer;
  std::vector<cluster::ArticleFeatures> features;
  features.reserve(docs.size());
  for (const EcbDocument& d : docs) features.push_back(EcbDocumentFeatures(d, &analyzer));
  return features;
}

std::vector<int64_t> EcbPlusGold(const std::vector<EcbDocument>& docs) {
  std::vector<std::string> stories;
  stories.reserve(docs.size());
  for (const EcbDocument& d : docs) stories.push_back(d.story);
  return LabelIds(stories);
}

}  // namespace corroborate::eval
