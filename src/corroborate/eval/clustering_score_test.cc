#include "corroborate/eval/clustering_score.h"

#include <gtest/gtest.h>

namespace corroborate::eval {
namespace {

TEST(ClusteringScoreTest, PerfectPartition) {
  const std::vector<int64_t> gold = {1, 1, 2, 2, 2};
  const std::vector<int64_t> pred = {7, 7, 9, 9, 9};  // same partition, other names
  auto s = ScoreClustering(gold, pred);
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(s->bcubed_precision, 1);
  EXPECT_DOUBLE_EQ(s->bcubed_recall, 1);
  EXPECT_DOUBLE_EQ(s->pairwise_f1, 1);
  EXPECT_EQ(s->gold_clusters, 2u);
  EXPECT_EQ(s->predicted_clusters, 2u);
}

// Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
// BCubed precision: a,b: 2/2; c: 1/3; d,e: 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15.
// BCubed recall: a,b: 2/3; c: 1/3; d,e: 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15.
// Pairs: predicted {ab, cd, ce, de} = 4, gold {ab, ac, bc, de} = 4, both {ab, de} = 2.
TEST(ClusteringScoreTest, HandComputedExample) {
  const std::vector<int64_t> gold = {0, 0, 0, 1, 1};
  const std::vector<int64_t> pred = {5, 5, 6, 6, 6};
  auto s = ScoreClustering(gold, pred);
  ASSERT_TRUE(s.ok());
  EXPECT_NEAR(s->bcubed_precision, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s->bcubed_recall, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s->bcubed_f1, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s->pairwise_precision, 0.5, 1e-12);
  EXPECT_NEAR(s->pairwise_recall, 0.5, 1e-12);
  EXPECT_NEAR(s->pairwise_f1, 0.5, 1e-12);
}

// Gold {a,b,c,d}; all singletons predicted: BCubed P = 1, R = 1/4; no predicted pair.
TEST(ClusteringScoreTest, AllSingletons) {
  const std::vector<int64_t> gold = {3, 3, 3, 3};
  const std::vector<int64_t> pred = {0, 1, 2, 3};
  auto s = ScoreClustering(gold, pred);
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(s->bcubed_precision, 1);
  EXPECT_DOUBLE_EQ(s->bcubed_recall, 0.25);
  EXPECT_DOUBLE_EQ(s->bcubed_f1, 0.4);
  EXPECT_DOUBLE_EQ(s->pairwise_precision, 1);
  EXPECT_DOUBLE_EQ(s->pairwise_recall, 0);
  EXPECT_DOUBLE_EQ(s->pairwise_f1, 0);
}

// Gold {a,b} {c,d}; one predicted cluster: BCubed P = 1/2, R = 1; pairs P = 2/6, R = 1.
TEST(ClusteringScoreTest, OneBigCluster) {
  const std::vector<int64_t> gold = {0, 0, 1, 1};
  const std::vector<int64_t> pred = {4, 4, 4, 4};
  auto s = ScoreClustering(gold, pred);
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(s->bcubed_precision, 0.5);
  EXPECT_DOUBLE_EQ(s->bcubed_recall, 1);
  EXPECT_NEAR(s->pairwise_precision, 1.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(s->pairwise_recall, 1);
  EXPECT_NEAR(s->pairwise_f1, 0.5, 1e-12);
}

TEST(ClusteringScoreTest, RejectsMismatchedOrEmptyInput) {
  const std::vector<int64_t> two = {1, 2}, one = {1}, none;
  EXPECT_EQ(ScoreClustering(two, one).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ScoreClustering(none, none).status().code(), StatusCode::kInvalidArgument);
}

TEST(ClusteringScoreTest, LabelIdsFollowFirstAppearance) {
  const std::vector<std::string> labels = {"b", "a", "b", "c"};
  EXPECT_EQ(LabelIds(labels), (std::vector<int64_t>{0, 1, 0, 2}));
}

}  // namespace
}  // namespace corroborate::eval
