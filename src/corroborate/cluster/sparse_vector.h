// SparseVector: a feature-id -> weight vector sorted by id, the representation of articles and of
// story centroids. Centroids are bounded: only their top-K weights are kept.
#ifndef CORROBORATE_CLUSTER_SPARSE_VECTOR_H_
#define CORROBORATE_CLUSTER_SPARSE_VECTOR_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace corroborate::cluster {

using SparseVector = std::vector<std::pair<uint32_t, float>>;  // sorted by id, ids unique

// Dot product of two sorted vectors (linear merge).
double Dot(const SparseVector& a, const SparseVector& b);

// Scales `v` to unit L2 norm; an all-zero vector is left as is.
void Normalize(SparseVector* v);

// Keeps the `k` largest weights of `v` (ties: smaller id first), still sorted by id.
void KeepTop(SparseVector* v, size_t k);

// a += scale * b, both sorted by id.
void AddScaled(const SparseVector& b, float scale, SparseVector* a);

}  // namespace corroborate::cluster

#endif  // CORROBORATE_CLUSTER_SPARSE_VECTOR_H_
