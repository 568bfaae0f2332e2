// Synthetic stories for the benchmarks: articles of a chosen length made by recombining the
// paragraphs of the example stories (examples/<story>/*.txt) with deterministic shuffles, so that
// every run, on every machine, measures the same inputs.
#ifndef CORROBORATE_BENCH_STORY_H_
#define CORROBORATE_BENCH_STORY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "corroborate/core/article.h"

namespace corroborate::bench {

// The body paragraphs (lines outside leading metadata) of one example story's articles.
struct ParagraphPool {
  std::string story;  // the example folder's name
  std::vector<std::string> paragraphs;
};

// Reads every `<examples_dir>/<story>/*.txt`, one pool per story, sorted by story name. Stories
// without paragraphs are skipped; a missing directory yields an empty list.
std::vector<ParagraphPool> LoadPools(const std::string& examples_dir);

// The text of article `i` (a "date" line, a headline, then paragraphs drawn without repetition
// from `pool` until about `words` words). Deterministic in (pool, i, words, seed).
std::string MakeArticleText(const ParagraphPool& pool, int i, int words, uint64_t seed = 2025);

// `n` articles about one event, parsed as plain-text inputs (metadata lines removed).
std::vector<Article> MakeStory(const ParagraphPool& pool, int n, int words = 800);

// `n` articles cycling through all pools (per-article benchmarks: a mix of events).
std::vector<Article> MakeMixedArticles(const std::vector<ParagraphPool>& pools, int n,
                                       int words = 800);

}  // namespace corroborate::bench

#endif  // CORROBORATE_BENCH_STORY_H_
