#include "corroborate/cluster/sparse_vector.h"

#include <algorithm>
#include <cmath>

namespace corroborate::cluster {

double Dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      sum += static_cast<double>(a[i++].second) * b[j++].second;
    }
  }
  return sum;
}

void Normalize(SparseVector* v) {
  double sq = 0;
  for (const auto& [id, w] : *v) sq += static_cast<double>(w) * w;
  if (sq <= 0) return;
  const float inv = static_cast<float>(1 / std::sqrt(sq));
  for (auto& [id, w] : *v) w *= inv;
}

void KeepTop(SparseVector* v, size_t k) {
  if (v->size() <= k) return;
  std::nth_element(v->begin(), v->begin() + static_cast<std::ptrdiff_t>(k), v->end(),
                   [](const auto& a, const auto& b) {
                     return a.second != b.second ? a.second > b.second : a.first < b.first;
                   });
  v->resize(k);
  std::sort(v->begin(), v->end());
}

void AddScaled(const SparseVector& b, float scale, SparseVector* a) {
  SparseVector out;
  out.reserve(a->size() + b.size());
  size_t i = 0, j = 0;
  while (i < a->size() || j < b.size()) {
    if (j == b.size() || (i < a->size() && (*a)[i].first < b[j].first)) {
      out.push_back((*a)[i++]);
    } else if (i == a->size() || b[j].first < (*a)[i].first) {
      out.emplace_back(b[j].first, scale * b[j].second);
      ++j;
    } else {
      out.emplace_back(b[j].first, (*a)[i].second + scale * b[j].second);
      ++i;
      ++j;
    }
  }
  *a = std::move(out);
}

}  // namespace corroborate::cluster
