#include "corroborate/eval/clustering_score.h"

#include <unordered_map>
#include <utility>

namespace corroborate::eval {
namespace {

struct PairHash {
  size_t operator()(const std::pair<int64_t, int64_t>& p) const {
    return std::hash<int64_t>()(p.first) * 1000003u ^ std::hash<int64_t>()(p.second);
  }
};

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

double Pairs(double n) { return n * (n - 1) / 2; }

}  // namespace

Result<ClusteringScore> ScoreClustering(std::span<const int64_t> gold,
                                        std::span<const int64_t> predicted) {
  if (gold.size() != predicted.size()) {
    return InvalidArgument("gold and predicted label counts differ");
  }
  if (gold.empty()) return InvalidArgument("no items to score");
  // Everything follows from the contingency table: cell (g, p) counts items in both clusters.
  std::unordered_map<int64_t, double> gold_size, pred_size;
  std::unordered_map<std::pair<int64_t, int64_t>, double, PairHash> cell;
  for (size_t i = 0; i < gold.size(); ++i) {
    gold_size[gold[i]] += 1;
    pred_size[predicted[i]] += 1;
    cell[{gold[i], predicted[i]}] += 1;
  }
  ClusteringScore s;
  s.items = gold.size();
  s.gold_clusters = gold_size.size();
  s.predicted_clusters = pred_size.size();
  // Each of the n items of a cell has |cell| / |its cluster| precision (recall): summing over
  // items gives n^2 / |cluster| per cell.
  double bp = 0, br = 0, same_both = 0;
  for (const auto& [key, n] : cell) {
    bp += n * n / pred_size[key.second];
    br += n * n / gold_size[key.first];
    same_both += Pairs(n);
  }
  const double items = static_cast<double>(s.items);
  s.bcubed_precision = bp / items;
  s.bcubed_recall = br / items;
  s.bcubed_f1 = F1(s.bcubed_precision, s.bcubed_recall);
  double same_pred = 0, same_gold = 0;
  for (const auto& [k, n] : pred_size) same_pred += Pairs(n);
  for (const auto& [k, n] : gold_size) same_gold += Pairs(n);
  s.pairwise_precision = same_pred > 0 ? same_both / same_pred : 1.0;
  s.pairwise_recall = same_gold > 0 ? same_both / same_gold : 1.0;
  s.pairwise_f1 = F1(s.pairwise_precision, s.pairwise_recall);
  return s;
}

std::vector<int64_t> LabelIds(std::span<const std::string> labels) {
  std::unordered_map<std::string, int64_t> ids;
  std::vector<int64_t> out;
  out.reserve(labels.size());
  for (const std::string& l : labels) {
    auto [it, added] = ids.emplace(l, static_cast<int64_t>(ids.size()));
    out.push_back(it->second);
  }
  return out;
}

}  // namespace corroborate::eval
