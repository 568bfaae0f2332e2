// Throughput of the compare engine on generated stories (see story.h):
//   BM_AnalyzeArticle        per-article pass: clutter, analyzer, extractors (target >= 1,000/s)
//   BM_CompareArticles/N     the whole pipeline on one N-article story (target: 50 in < 1 s)
//   BM_FindReuse/N           text reuse alone, on analysed documents
//   BM_NaiveReusePairs/N     the peer for BM_FindReuse: all-pairs n-gram intersection with no
//                            index and no alignment, to show what the posting index saves
//   BM_CompareSeeds          the pipeline on ../shared/seeds (registered only when present)
// bench/run builds these in Release and prints medians and ratios.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "corroborate/dedup/reuse.h"
#include "corroborate/extract/analyze.h"
#include "corroborate/extract/clutter.h"
#include "corroborate/pipeline/compare_pipeline.h"
#include "corroborate/text/analyzer.h"
#include "story.h"

namespace corroborate::bench {
namespace {

const std::vector<ParagraphPool>& Pools() {
  static const auto* pools = new std::vector<ParagraphPool>(LoadPools(CORROBORATE_EXAMPLES));
  return *pools;
}

// Articles and their documents, built once per size and kept for the whole run.
struct AnalysedStory {
  std::vector<Article> articles;
  std::vector<text::Document> docs;
};

const AnalysedStory& Analysed(int n) {
  static auto* cache = new std::map<int, std::unique_ptr<AnalysedStory>>();
  auto& slot = (*cache)[n];
  if (!slot) {
    slot = std::make_unique<AnalysedStory>();
    slot->articles = MakeStory(Pools().front(), n);
    text::Analyzer analyzer;
    for (size_t i = 0; i < slot->articles.size(); ++i) {
      Article& a = slot->articles[i];
      std::vector<extract::EmbeddedPost> posts;
      a.NormalizeRemoved();
      for (Removed& r : extract::FindClutter(a, &posts)) a.removed.push_back(std::move(r));
      a.NormalizeRemoved();
    }
    for (size_t i = 0; i < slot->articles.size(); ++i) {
      slot->docs.push_back(analyzer.Analyze(slot->articles[i], static_cast<int>(i)));
    }
  }
  return *slot;
}

bool HaveExamples(benchmark::State& state) {
  if (!Pools().empty()) return true;
  state.SkipWithError("no example stories under " CORROBORATE_EXAMPLES);
  return false;
}

void BM_AnalyzeArticle(benchmark::State& state) {
  if (!HaveExamples(state)) return;
  const std::vector<Article> articles = MakeMixedArticles(Pools(), 64);
  text::Analyzer analyzer;
  size_t i = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    Article a = articles[i++ % articles.size()];
    std::vector<extract::EmbeddedPost> posts;
    a.NormalizeRemoved();
    for (Removed& r : extract::FindClutter(a, &posts)) a.removed.push_back(std::move(r));
    a.NormalizeRemoved();
    const text::Document doc = analyzer.Analyze(a, 0);
    extract::ArticleAnalysis analysis = extract::AnalyzeArticle(doc, std::move(posts));
    benchmark::DoNotOptimize(analysis);
    bytes += static_cast<int64_t>(a.text.size());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_AnalyzeArticle);

void BM_CompareArticles(benchmark::State& state) {
  if (!HaveExamples(state)) return;
  const int n = static_cast<int>(state.range(0));
  const std::vector<Article> articles = MakeStory(Pools().front(), n);
  int64_t bytes = 0;
  for (const Article& a : articles) bytes += static_cast<int64_t>(a.text.size());
  for (auto _ : state) {
    Report r = pipeline::CompareArticles(articles, {});
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations() * n);
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_CompareArticles)->Arg(50)->Arg(200)->Unit(benchmark::kMillisecond);

void BM_FindReuse(benchmark::State& state) {
  if (!HaveExamples(state)) return;
  const AnalysedStory& story = Analysed(static_cast<int>(state.range(0)));
  size_t found = 0;
  for (auto _ : state) {
    const std::vector<Reuse> reuse = dedup::FindReuse(story.docs, {});
    found = reuse.size();
    benchmark::DoNotOptimize(found);
  }
  state.SetLabel("passages=" + std::to_string(found));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_FindReuse)->Arg(50)->Arg(200)->Arg(800)->Unit(benchmark::kMillisecond);

// (Labels, not counters: the CSV reporter needs every counter in every benchmark.)

// The peer: each document's n-gram hashes sorted once, then every pair intersected. This is the
// cheap half of reuse detection (no alignment), done the obvious way.
uint64_t HashNgram(const text::Document& d, size_t pos, size_t n) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t k = 0; k < n; ++k) {
    for (unsigned char c : d.tokens[pos + k].norm) h = (h ^ c) * 0x100000001b3ULL;
    h = (h ^ 0xff) * 0x100000001b3ULL;
  }
  return h;
}

size_t NaiveCandidatePairs(const std::vector<text::Document>& docs, const dedup::ReuseOptions& o) {
  const size_t n = static_cast<size_t>(o.ngram);
  std::vector<std::vector<uint64_t>> grams(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (size_t p = 0; p + n <= docs[d].tokens.size(); ++p) {
      grams[d].push_back(HashNgram(docs[d], p, n));
    }
    std::sort(grams[d].begin(), grams[d].end());
    grams[d].erase(std::unique(grams[d].begin(), grams[d].end()), grams[d].end());
  }
  size_t pairs = 0;
  for (size_t a = 0; a < docs.size(); ++a) {
    for (size_t b = a + 1; b < docs.size(); ++b) {
      int shared = 0;
      auto x = grams[a].begin(), y = grams[b].begin();
      while (x != grams[a].end() && y != grams[b].end()) {
        if (*x < *y) {
          ++x;
        } else if (*y < *x) {
          ++y;
        } else {
          ++shared, ++x, ++y;
        }
      }
      if (shared >= o.min_matches) ++pairs;
    }
  }
  return pairs;
}

void BM_NaiveReusePairs(benchmark::State& state) {
  if (!HaveExamples(state)) return;
  const AnalysedStory& story = Analysed(static_cast<int>(state.range(0)));
  size_t pairs = 0;
  for (auto _ : state) {
    pairs = NaiveCandidatePairs(story.docs, {});
    benchmark::DoNotOptimize(pairs);
  }
  state.SetLabel("pairs=" + std::to_string(pairs));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_NaiveReusePairs)->Arg(50)->Arg(200)->Arg(800)->Unit(benchmark::kMillisecond);

void BM_CompareSeeds(benchmark::State& state, const std::string& dir) {
  size_t n = 0;
  for (auto _ : state) {
    pipeline::CompareRun run = pipeline::RunCompare({dir}, {});
    n = run.report.articles.size();
    benchmark::DoNotOptimize(run);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
}

// The seeds are real articles kept beside the repository; without them the benchmark is absent
// rather than failing.
[[maybe_unused]] const int kSeedsRegistered = [] {
  const std::string dir = CORROBORATE_SHARED "/seeds";
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) {
    benchmark::RegisterBenchmark("BM_CompareSeeds", BM_CompareSeeds, dir)
        ->Unit(benchmark::kMillisecond);
  }
  return 0;
}();

}  // namespace
}  // namespace corroborate::bench
