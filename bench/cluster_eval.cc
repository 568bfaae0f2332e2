// Scores streaming story clustering (src/corroborate/cluster) on the ECB+ set, where each topic
// holds two different events of one kind, and measures its speed.
//
//   cluster_eval ecbplus FILE [--dump] [--fit] [--seeds N] [--set NAME=VALUE]...
//   cluster_eval synthetic ARTICLES
//
// ecbplus: builds every document's features (timed), clusters them in file order with the default
// ClustererOptions (timed) and prints BCubed and pairwise P/R/F1, clusters vs gold and docs/s;
// then the same over N shuffled orders (fixed seeds 1..N, default 5): mean, min, max.
// --dump prints "id gold predicted" per document. --fit runs the documented grid search (a few
// global parameters, never per topic) on train+dev, then fits on train and scores dev and the
// reverse. --set overrides one option (text, entity, place, when, missing, min_norm, idf_floor,
// threshold, merge, centroid_terms, query_terms, max_postings, max_candidates). synthetic: streams
// ARTICLES generated articles of many small stories and prints the cost per article for each block
// of 10% of the stream, to show it stays flat.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "corroborate/cluster/features.h"
#include "corroborate/cluster/story_clusterer.h"
#include "corroborate/common/date.h"
#include "corroborate/eval/benchmark_sets.h"
#include "corroborate/eval/clustering_score.h"
#include "corroborate/eval/ecbplus_features.h"

namespace {

using namespace corroborate;
using Clock = std::chrono::steady_clock;

int Fail(const std::string& message) {
  std::fprintf(stderr, "cluster_eval: %s\n", message.c_str());
  return 2;
}

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// Clusters the documents `subset` (indices) in that order; returns the final story of each,
// following merges.
std::vector<int64_t> Run(const std::vector<cluster::ArticleFeatures>& features,
                         const std::vector<size_t>& subset,
                         const cluster::ClustererOptions& options) {
  cluster::StoryClusterer clusterer(options);
  std::vector<int64_t> story;
  story.reserve(subset.size());
  for (size_t i : subset) story.push_back(clusterer.Assign(features[i]).story);
  for (int64_t& s : story) s = clusterer.Resolve(s);
  return story;
}

eval::ClusteringScore Score(const std::vector<int64_t>& gold_all, const std::vector<size_t>& subset,
                            const std::vector<int64_t>& predicted) {
  std::vector<int64_t> gold;
  for (size_t i : subset) gold.push_back(gold_all[i]);
  auto s = eval::ScoreClustering(gold, predicted);
  return s.ok() ? *s : eval::ClusteringScore{};
}

void Print(const char* label, const eval::ClusteringScore& s) {
  std::printf(
      "%-22s bcubed P %.4f R %.4f F1 %.4f | pairwise P %.4f R %.4f F1 %.4f | clusters %zu "
      "gold %zu docs %zu\n",
      label, s.bcubed_precision, s.bcubed_recall, s.bcubed_f1, s.pairwise_precision,
      s.pairwise_recall, s.pairwise_f1, s.predicted_clusters, s.gold_clusters, s.items);
}

// The grid: text weight fixed at 1 (the score is a weighted mean, so only ratios matter); entity,
// place and date weights, the join threshold and the merge threshold's offset above it vary; the
// weight of a missing space stays 1 (a wider grid over {0, 0.5, 1} always chose 1). Objective:
// mean BCubed F1 over the given order and three shuffles of it (seeds 1-3), so that the fit does
// not reward one lucky order.
cluster::ClustererOptions Fit(const std::vector<cluster::ArticleFeatures>& features,
                              const std::vector<int64_t>& gold, const std::vector<size_t>& subset,
                              bool verbose) {
  std::vector<std::vector<size_t>> orders = {subset};
  for (unsigned seed = 1; seed <= 3; ++seed) {
    orders.push_back(subset);
    std::mt19937 rng(seed);
    std::shuffle(orders.back().begin(), orders.back().end(), rng);
  }
  cluster::ClustererOptions best;
  double best_f1 = -1;
  for (double we : {2.0, 3.0, 4.0}) {
    for (double wp : {0.5, 1.0}) {
      for (double ww : {1.0, 2.0, 3.0}) {
        for (double th = 0.175; th <= 0.3251; th += 0.025) {
          for (double offset : {0.1, 0.125, 0.15, 0.2}) {
            cluster::ClustererOptions o;
            o.weights[0] = 1;
            o.weights[1] = we;
            o.weights[2] = wp;
            o.weights[3] = ww;
            o.missing_weight = 1;
            o.threshold = th;
            o.merge_threshold = th + offset;
            double f1 = 0;
            for (const auto& order : orders) {
              f1 += Score(gold, order, Run(features, order, o)).bcubed_f1 / orders.size();
            }
            if (f1 > best_f1) {
              best_f1 = f1;
              best = o;
            }
          }
        }
      }
    }
  }
  if (verbose) {
    std::printf(
        "fit: weights text %.2f entity %.2f place %.2f when %.2f missing %.2f threshold "
        "%.3f merge %.3f -> mean bcubed F1 over 4 orders %.4f\n",
        best.weights[0], best.weights[1], best.weights[2], best.weights[3], best.missing_weight,
        best.threshold, best.merge_threshold, best_f1);
    std::fflush(stdout);
  }
  return best;
}

int Ecbplus(const std::string& path, bool dump, bool fit, int seeds,
            const cluster::ClustererOptions& defaults) {
  auto docs = eval::LoadEcbPlus(path);
  if (!docs.ok()) return Fail(docs.status().ToString());
  const std::vector<int64_t> gold = eval::EcbPlusGold(*docs);

  const auto t0 = Clock::now();
  const std::vector<cluster::ArticleFeatures> features = eval::EcbPlusFeatures(*docs);
  const double feature_s = Seconds(t0);
  std::vector<size_t> order(features.size());
  std::iota(order.begin(), order.end(), 0);

  const auto t1 = Clock::now();
  const std::vector<int64_t> predicted = Run(features, order, defaults);
  const double cluster_s = Seconds(t1);
  Print("file order", Score(gold, order, predicted));
  std::printf("speed: features %.0f docs/s, clustering %.0f docs/s, end to end %.0f docs/s\n",
              features.size() / feature_s, features.size() / cluster_s,
              features.size() / (feature_s + cluster_s));
  if (dump) {
    for (size_t i = 0; i < order.size(); ++i) {
      std::printf("%s %s %lld\n", (*docs)[i].id.c_str(), (*docs)[i].story.c_str(),
                  static_cast<long long>(predicted[i]));
    }
  }

  std::vector<double> b, p;
  for (int seed = 1; seed <= seeds; ++seed) {
    std::vector<size_t> shuffled = order;
    std::mt19937 rng(static_cast<unsigned>(seed));
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    const auto s = Score(gold, shuffled, Run(features, shuffled, defaults));
    b.push_back(s.bcubed_f1);
    p.push_back(s.pairwise_f1);
  }
  if (seeds > 0) {
    const auto stats = [](const std::vector<double>& v) {
      const double mean = std::accumulate(v.begin(), v.end(), 0.0) / v.size();
      double var = 0;
      for (double x : v) var += (x - mean) * (x - mean);
      std::printf("mean %.4f sd %.4f min %.4f max %.4f", mean, std::sqrt(var / v.size()),
                  *std::min_element(v.begin(), v.end()), *std::max_element(v.begin(), v.end()));
    };
    std::printf("shuffled x%d: bcubed F1 ", seeds);
    stats(b);
    std::printf(" | pairwise F1 ");
    stats(p);
    std::printf("\n");
  }

  if (fit) {
    const cluster::ClustererOptions all = Fit(features, gold, order, true);
    Print("fitted, train+dev", Score(gold, order, Run(features, order, all)));
    std::vector<size_t> train, dev;
    for (size_t i = 0; i < docs->size(); ++i)
      ((*docs)[i].split == "train" ? train : dev).push_back(i);
    const auto on_train = Fit(features, gold, train, true);
    Print("fit train -> dev", Score(gold, dev, Run(features, dev, on_train)));
    Print("defaults -> dev", Score(gold, dev, Run(features, dev, defaults)));
    const auto on_dev = Fit(features, gold, dev, true);
    Print("fit dev -> train", Score(gold, train, Run(features, train, on_dev)));
    Print("defaults -> train", Score(gold, train, Run(features, train, defaults)));
  }
  return 0;
}

// A synthetic stream: stories of 1 to 40 articles whose articles share the story's private words,
// names, places and day, mixed with words drawn from a Zipf-like shared vocabulary; about
// 2,000 articles a day. Features are generated directly: this measures the clusterer alone.
int Synthetic(size_t total) {
  std::mt19937 rng(1);
  std::vector<cluster::ArticleFeatures> stream;
  stream.reserve(total);
  size_t story = 0;
  std::vector<std::pair<size_t, size_t>> open;  // (story, articles left)
  const auto word = [&](size_t s, int i) {
    return "s" + std::to_string(s) + "w" + std::to_string(i);
  };
  std::uniform_real_distribution<double> unit(0, 1);
  while (stream.size() < total) {
    if (open.size() < 200 || unit(rng) < 0.3) {
      open.emplace_back(story++, 1 + static_cast<size_t>(std::pow(unit(rng), 3) * 40));
    }
    const size_t pick = rng() % open.size();
    const size_t s = open[pick].first;
    cluster::ArticleFeatures f;
    const long day = static_cast<long>(stream.size() / 2000);
    f.published = CivilFromDays(DaysFromCivil(Date{2024, 1, 1}) + day);
    std::map<std::string, float> bags[cluster::kSpaceCount];
    for (int i = 0; i < 20; ++i) bags[0][word(s, static_cast<int>(rng() % 40))] += 1;
    for (int i = 0; i < 80; ++i) {
      bags[0]["v" + std::to_string(static_cast<int>(20000 * std::pow(unit(rng), 3)))] += 1;
    }
    for (int i = 0; i < 3; ++i)
      bags[1]["p" + std::to_string(s) + "_" + std::to_string(rng() % 5)] += 1;
    bags[1]["common name " + std::to_string(rng() % 50)] += 1;
    bags[2]["place" + std::to_string(s % 5000)] += 1;
    bags[3]["y:2024"] += 1;
    for (int k = 0; k < cluster::kSpaceCount; ++k)
      f.spaces[k].assign(bags[k].begin(), bags[k].end());
    stream.push_back(std::move(f));
    if (--open[pick].second == 0) {
      open[pick] = open.back();
      open.pop_back();
    }
  }
  cluster::StoryClusterer clusterer;
  const size_t block = std::max<size_t>(1, total / 10);
  for (size_t start = 0; start < total; start += block) {
    const size_t end = std::min(total, start + block);
    size_t candidates = 0;
    const auto t = Clock::now();
    for (size_t i = start; i < end; ++i) candidates += clusterer.Assign(stream[i]).candidates;
    const double s = Seconds(t);
    std::printf("articles %8zu-%8zu: %7.1f us/article, %6.1f candidates/article, %zu stories\n",
                start, end, 1e6 * s / (end - start),
                static_cast<double>(candidates) / (end - start), clusterer.live_stories());
    std::fflush(stdout);
  }
  std::printf("generated stories %zu\n", story);
  return 0;
}

// "name=value" overrides one ClustererOptions field (for experiments; see --set in the header).
bool SetOption(const std::string& assignment, cluster::ClustererOptions* o) {
  const size_t eq = assignment.find('=');
  if (eq == std::string::npos) return false;
  const std::string name = assignment.substr(0, eq);
  const double v = std::atof(assignment.c_str() + eq + 1);
  if (name == "text")
    o->weights[0] = v;
  else if (name == "entity")
    o->weights[1] = v;
  else if (name == "place")
    o->weights[2] = v;
  else if (name == "when")
    o->weights[3] = v;
  else if (name == "missing")
    o->missing_weight = v;
  else if (name == "threshold")
    o->threshold = v;
  else if (name == "min_norm")
    o->min_norm = v;
  else if (name == "idf_floor")
    o->idf_floor = v;
  else if (name == "merge")
    o->merge_threshold = v;
  else if (name == "centroid_terms")
    o->centroid_terms = static_cast<size_t>(v);
  else if (name == "query_terms")
    o->query_terms = static_cast<size_t>(v);
  else if (name == "max_postings")
    o->max_postings = static_cast<size_t>(v);
  else if (name == "max_candidates")
    o->max_candidates = static_cast<size_t>(v);
  else
    return false;
  return true;
}

// Prints the features of document `index` (for inspecting what the clusterer sees).
int ShowFeatures(const std::string& path, size_t index) {
  auto docs = eval::LoadEcbPlus(path);
  if (!docs.ok()) return Fail(docs.status().ToString());
  if (index >= docs->size()) return Fail("no such document");
  text::Analyzer analyzer;
  const auto f = eval::EcbDocumentFeatures((*docs)[index], &analyzer);
  for (int s = 0; s < cluster::kSpaceCount; ++s) {
    std::printf("space %d:", s);
    for (const auto& [k, v] : f.spaces[s]) std::printf(" [%s]%g", k.c_str(), v);
    std::printf("\n");
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    return Fail(
        "usage: cluster_eval ecbplus FILE [--dump] [--fit] [--seeds N] | "
        "cluster_eval synthetic ARTICLES");
  }
  const std::string mode = argv[1];
  if (mode == "ecbplus") {
    bool dump = false, fit = false;
    int seeds = 5;
    cluster::ClustererOptions options;
    for (int i = 3; i < argc; ++i) {
      const std::string arg = argv[i];
      if (arg == "--dump") {
        dump = true;
      } else if (arg == "--fit") {
        fit = true;
      } else if (arg == "--seeds" && i + 1 < argc) {
        seeds = std::atoi(argv[++i]);
      } else if (arg == "--set" && i + 1 < argc) {
        if (!SetOption(argv[++i], &options)) return Fail(std::string("bad --set ") + argv[i]);
      } else {
        return Fail("unknown argument " + arg);
      }
    }
    return Ecbplus(argv[2], dump, fit, seeds, options);
  }
  if (mode == "features" && argc > 3)
    return ShowFeatures(argv[2], std::strtoul(argv[3], nullptr, 10));
  if (mode == "synthetic") return Synthetic(static_cast<size_t>(std::atoll(argv[2])));
  return Fail("unknown mode " + mode);
}
