#include "corroborate/cluster/sparse_vector.h"

#include <gtest/gtest.h>

namespace corroborate::cluster {
namespace {

TEST(SparseVectorTest, DotMatchesSharedIdsOnly) {
  const SparseVector a = {{1, 2.0f}, {3, 1.0f}, {7, 4.0f}};
  const SparseVector b = {{3, 5.0f}, {7, 0.5f}, {9, 9.0f}};
  EXPECT_DOUBLE_EQ(Dot(a, b), 1.0 * 5.0 + 4.0 * 0.5);
  EXPECT_DOUBLE_EQ(Dot(a, {}), 0);
}

TEST(SparseVectorTest, NormalizeGivesUnitNorm) {
  SparseVector v = {{0, 3.0f}, {5, 4.0f}};
  Normalize(&v);
  EXPECT_FLOAT_EQ(v[0].second, 0.6f);
  EXPECT_FLOAT_EQ(v[1].second, 0.8f);
  SparseVector zero = {{2, 0.0f}};
  Normalize(&zero);
  EXPECT_FLOAT_EQ(zero[0].second, 0.0f);
}

TEST(SparseVectorTest, KeepTopKeepsHeaviestSortedById) {
  SparseVector v = {{1, 0.1f}, {2, 0.9f}, {3, 0.5f}, {4, 0.7f}};
  KeepTop(&v, 2);
  EXPECT_EQ(v, (SparseVector{{2, 0.9f}, {4, 0.7f}}));
  KeepTop(&v, 5);
  EXPECT_EQ(v.size(), 2u);
}

TEST(SparseVectorTest, AddScaledMergesIds) {
  SparseVector a = {{1, 1.0f}, {4, 1.0f}};
  AddScaled({{0, 1.0f}, {4, 2.0f}, {6, 1.0f}}, 0.5f, &a);
  EXPECT_EQ(a, (SparseVector{{0, 0.5f}, {1, 1.0f}, {4, 2.0f}, {6, 0.5f}}));
}

}  // namespace
}  // namespace corroborate::cluster
