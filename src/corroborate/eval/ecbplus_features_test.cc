#include "corroborate/eval/ecbplus_features.h"

#include <gtest/gtest.h>

#include <vector>

namespace corroborate::eval {
namespace {

// Hand-written documents in the set's shape (tokenized, one sentence per line).
std::vector<EcbDocument> Documents() {
  return {
      {"1_1ecb", "quake_a", 1, "train",
       "A strong earthquake shook Varnholt on Monday .\nRescuers searched collapsed homes ."},
      {"1_2ecbplus", "quake_b", 1, "train",
       "An earthquake struck the coast of Meridia on Friday .\nNo damage was reported ."},
      {"1_3ecb", "quake_a", 1, "dev", "Aftershocks followed the Varnholt earthquake ."},
  };
}

TEST(EcbPlusFeaturesTest, BuildsOneFeatureSetPerDocumentInOrder) {
  const std::vector<EcbDocument> docs = Documents();
  const std::vector<cluster::ArticleFeatures> features = EcbPlusFeatures(docs);
  ASSERT_EQ(features.size(), docs.size());
  text::Analyzer analyzer;
  for (size_t i = 0; i < docs.size(); ++i) {
    EXPECT_EQ(features[i].id, docs[i].id);
    EXPECT_FALSE(features[i].published.has_value());
    EXPECT_FALSE(features[i].spaces[static_cast<int>(cluster::Space::kText)].empty());
    // The same document alone gives the same features: nothing leaks between documents.
    const cluster::ArticleFeatures alone = EcbDocumentFeatures(docs[i], &analyzer);
    for (int s = 0; s < cluster::kSpaceCount; ++s) {
      EXPECT_EQ(alone.spaces[s], features[i].spaces[s]) << docs[i].id << " space " << s;
    }
  }
}

TEST(EcbPlusFeaturesTest, GoldLabelsAreDenseByFirstAppearance) {
  EXPECT_EQ(EcbPlusGold(Documents()), (std::vector<int64_t>{0, 1, 0}));
  EXPECT_TRUE(EcbPlusGold({}).empty());
  EXPECT_TRUE(EcbPlusFeatures({}).empty());
}

}  // namespace
}  // namespace corroborate::eval
