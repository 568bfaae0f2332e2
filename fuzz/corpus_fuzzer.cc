// Fuzzes what corpus ingestion does to untrusted article text: the MinHash signature and the
// near-duplicate index, and the story features and clusterer. The input is split at its first
// NUL into two articles, so that matching and joining paths run too. Checks that a text matches
// its own copy (when long enough to be a copy at all) and that the estimates stay in [0, 1].
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corroborate/cluster/features.h"
#include "corroborate/cluster/story_clusterer.h"
#include "corroborate/core/article.h"
#include "corroborate/dedup/minhash.h"
#include "corroborate/dedup/near_duplicates.h"
#include "corroborate/text/analyzer.h"

namespace {

using namespace corroborate;  // NOLINT: a fuzzer's single function

Article MakeArticle(std::string_view text) {
  Article a;
  a.id = "fuzz";
  a.text = std::string(text);
  a.published = "2024-05-06";
  a.NormalizeRemoved();
  return a;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 20000) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t cut = input.find('\0');
  const std::string_view first = input.substr(0, cut);
  const std::string_view second = cut == std::string_view::npos ? first : input.substr(cut + 1);

  const dedup::Signature a = dedup::ComputeSignature(first);
  const dedup::Signature b = dedup::ComputeSignature(second);
  const double j = dedup::EstimateJaccard(a, b);
  const double c = dedup::EstimateContainment(a, b);
  if (!(j >= 0 && j <= 1) || !(c >= 0 && c <= 1)) __builtin_trap();
  if (!a.empty() && dedup::EstimateJaccard(a, a) != 1.0) __builtin_trap();

  const dedup::NearDuplicateOptions options;
  auto index = dedup::NearDuplicateIndex::Create(options);
  if (!index.ok()) __builtin_trap();
  if (!(*index)->Add(1, first).ok()) __builtin_trap();
  auto again = (*index)->Add(2, first);
  if (!again.ok()) __builtin_trap();
  // A text long enough to be called a copy (shorter ones never match) matches itself.
  if (a.words >= options.min_words && again->kind == dedup::MatchKind::kNone) __builtin_trap();
  if (!(*index)->Add(3, second).ok()) __builtin_trap();

  text::Analyzer analyzer;
  cluster::StoryClusterer clusterer;
  for (std::string_view t : {first, second, first}) {
    const cluster::ArticleFeatures f = cluster::BuildFeatures(MakeArticle(t), &analyzer);
    const cluster::Assignment assigned = clusterer.Assign(f);
    if (assigned.story < 0) __builtin_trap();
  }
  return 0;
}
