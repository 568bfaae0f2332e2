// Store insert and lookup throughput: 10,000 synthetic articles of ~5 KB text (plus a 512-byte
// MinHash signature) inserted in transactions of `batch` articles into a fresh file; reports
// articles/s, MB/s of article bytes, and the file size per article after the run.
// BM_InsertScaling (200k articles, per-tenth rates) runs only with STORE_BENCH_SCALE=1.
// Usage: store_bench [--benchmark_filter=...]; STORE_BENCH_DIR picks the directory (default /tmp).
#include <benchmark/benchmark.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "corroborate/common/sha256.h"
#include "corroborate/store/store.h"

namespace corroborate::store {
namespace {

constexpr int kArticles = 10000;

// Pseudo-words from a fixed seed: text with a realistic letter/space mix but no real content.
std::string Words(std::mt19937& rng, size_t bytes) {
  static const char* kSyllables[] = {"ka",  "lo", "mi",   "ren", "sta",  "tor", "ve",  "qui",
                                     "dan", "el", "port", "ing", "ment", "al",  "con", "pre"};
  std::string out;
  while (out.size() < bytes) {
    int syllables = 1 + static_cast<int>(rng() % 3);
    for (int s = 0; s < syllables; ++s) out += kSyllables[rng() % 16];
    out += (rng() % 14 == 0) ? ". " : " ";
  }
  return out;
}

const std::vector<ArticleRecord>& Corpus() {
  static const std::vector<ArticleRecord> corpus = [] {
    std::mt19937 rng(7);
    std::vector<ArticleRecord> articles;
    for (int i = 0; i < kArticles; ++i) {
      ArticleRecord a;
      a.id = Sha256Hex("bench-" + std::to_string(i));
      a.source_domain = "outlet" + std::to_string(rng() % 300) + ".example";
      a.url = "https://" + a.source_domain + "/news/" + std::to_string(i);
      a.title = Words(rng, 70);
      a.description = Words(rng, 200);
      a.authors_json = "[\"" + Words(rng, 12) + "\"]";
      a.language = "en";
      a.date_publish = "2026-11-" + std::to_string(10 + i % 18) + "T08:00:00Z";
      a.date_status = "found";
      a.maintext = Words(rng, 5000);
      a.source = "day.warc.gz@" + std::to_string(i * 20000);
      a.content_hash = Sha256Hex(a.maintext);
      a.minhash.resize(512);
      for (auto& byte : a.minhash) byte = static_cast<uint8_t>(rng());
      articles.push_back(std::move(a));
    }
    return articles;
  }();
  return corpus;
}

size_t ArticleBytes(const ArticleRecord& a) {
  return a.id.size() + a.url.size() + a.source_domain.size() + a.title.size() +
         a.description.size() + a.authors_json.size() + a.maintext.size() + a.source.size() +
         a.content_hash.size() + a.minhash.size() + 40;
}

std::string BenchDir() {
  const char* dir = std::getenv("STORE_BENCH_DIR");
  return dir ? dir : std::filesystem::temp_directory_path().string();
}

void RemoveStore(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) ::unlink((path + suffix).c_str());
}

// Args: {batch size, 1 = synchronous FULL}.
void BM_InsertArticles(benchmark::State& state) {
  const auto& corpus = Corpus();
  const size_t batch = static_cast<size_t>(state.range(0));
  StoreOptions options;
  if (state.range(1)) options.durability = Durability::kPowerLoss;
  std::string path = BenchDir() + "/store_bench_" + std::to_string(::getpid()) + ".db";
  size_t bytes = 0;
  for (const auto& a : corpus) bytes += ArticleBytes(a);
  double file_bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    RemoveStore(path);
    auto store = Store::Open(path, options);
    if (!store.ok()) {
      state.SkipWithError(store.status().ToString().c_str());
      return;
    }
    state.ResumeTiming();
    for (size_t i = 0; i < corpus.size(); i += batch) {
      size_t n = std::min(batch, corpus.size() - i);
      auto inserted = store->InsertArticles(std::span(corpus).subspan(i, n));
      if (!inserted.ok() || inserted->size() != n) {
        state.SkipWithError("insert failed");
        return;
      }
    }
    // Closing checkpoints what is left in the WAL into the file: timed, as it is part of the
    // cost of storing the articles.
    store = Status(StatusCode::kInternal, "closed");
    state.PauseTiming();
    struct stat st;
    file_bytes = ::stat(path.c_str(), &st) == 0 ? static_cast<double>(st.st_size) : 0;
    state.ResumeTiming();
  }
  RemoveStore(path);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(corpus.size()));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes));
  state.counters["db_bytes_per_article"] = file_bytes / static_cast<double>(corpus.size());
  state.counters["input_bytes_per_article"] =
      static_cast<double>(bytes) / static_cast<double>(corpus.size());
}
BENCHMARK(BM_InsertArticles)
    ->Args({1, 0})
    ->Args({100, 0})
    ->Args({1000, 0})
    ->Args({10000, 0})
    ->Args({1000, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()  // the cost is largely I/O wait, which CPU time hides
    ->Iterations(3);

// Re-ingest: the same 10k articles again, all skipped by ON CONFLICT DO NOTHING.
void BM_ReinsertSkipped(benchmark::State& state) {
  const auto& corpus = Corpus();
  std::string path = BenchDir() + "/store_bench_re_" + std::to_string(::getpid()) + ".db";
  RemoveStore(path);
  auto store = Store::Open(path);
  if (!store.ok() || !store->InsertArticles(corpus).ok()) {
    state.SkipWithError("setup failed");
    return;
  }
  for (auto _ : state) {
    for (size_t i = 0; i < corpus.size(); i += 1000) {
      auto inserted = store->InsertArticles(std::span(corpus).subspan(i, 1000));
      if (!inserted.ok() || !inserted->empty()) state.SkipWithError("unexpected insert");
    }
  }
  store = Status(StatusCode::kInternal, "closed");
  RemoveStore(path);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(corpus.size()));
}
BENCHMARK(BM_ReinsertSkipped)->Unit(benchmark::kMillisecond)->UseRealTime();

// Point lookups by article id on a 10k-article store (what `compare --article` does first).
void BM_FindArticle(benchmark::State& state) {
  const auto& corpus = Corpus();
  std::string path = BenchDir() + "/store_bench_find_" + std::to_string(::getpid()) + ".db";
  RemoveStore(path);
  auto store = Store::Open(path);
  if (!store.ok() || !store->InsertArticles(corpus).ok()) {
    state.SkipWithError("setup failed");
    return;
  }
  size_t i = 0;
  for (auto _ : state) {
    auto found = store->FindArticle(corpus[(i * 7919) % corpus.size()].id);
    benchmark::DoNotOptimize(found);
    ++i;
  }
  store = Status(StatusCode::kInternal, "closed");
  RemoveStore(path);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FindArticle)->UseRealTime();

// Does the per-article cost stay flat as the store grows? Inserts `n` articles (generated on the
// fly; Args: {n, maintext bytes, articles per transaction}) and reports the rate over each tenth
// of them (d1 .. d10). REQUIRES: n is a multiple of 10 * articles per transaction. The `id` and
// `content_hash` indexes take random keys (SHA-256), the part that could degrade once they outgrow
// the page cache. Skipped unless STORE_BENCH_SCALE=1 (it writes up to ~6.4 KB per article to
// STORE_BENCH_DIR).
void BM_InsertScaling(benchmark::State& state) {
  if (std::getenv("STORE_BENCH_SCALE") == nullptr) {
    state.SkipWithError("set STORE_BENCH_SCALE=1 to run");
    return;
  }
  const int64_t n = state.range(0);
  const size_t text_bytes = static_cast<size_t>(state.range(1));
  const int64_t per_tx = state.range(2);
  const int64_t tenth = n / 10;
  std::string path = BenchDir() + "/store_bench_scale_" + std::to_string(::getpid()) + ".db";
  std::mt19937 rng(11);
  std::string text = Words(rng, text_bytes);
  std::vector<double> decile_rates;
  double file_bytes = 0;
  for (auto _ : state) {
    RemoveStore(path);
    decile_rates.clear();
    auto store = Store::Open(path);
    if (!store.ok()) {
      state.SkipWithError(store.status().ToString().c_str());
      return;
    }
    std::vector<ArticleRecord> batch(static_cast<size_t>(per_tx));
    auto tenth_start = std::chrono::steady_clock::now();
    for (int64_t i = 0; i < n; i += per_tx) {
      for (int64_t j = 0; j < per_tx; ++j) {
        ArticleRecord& a = batch[static_cast<size_t>(j)];
        a.id = Sha256Hex("scale-" + std::to_string(i + j));
        a.source_domain = "outlet" + std::to_string((i + j) % 3000) + ".example";
        a.title = "Title " + std::to_string(i + j);
        // A different text per article without generating each: rotate a shared one.
        size_t cut = static_cast<size_t>((i + j) * 37) % text.size();
        a.maintext = text.substr(cut) + text.substr(0, cut) + std::to_string(i + j);
        a.content_hash = Sha256Hex(a.id);
        a.minhash.assign(512, static_cast<uint8_t>(i + j));
      }
      if (!store->InsertArticles(batch).ok()) {
        state.SkipWithError("insert failed");
        return;
      }
      int64_t done = i + per_tx;
      if (done % tenth == 0) {
        auto now = std::chrono::steady_clock::now();
        decile_rates.push_back(static_cast<double>(tenth) /
                               std::chrono::duration<double>(now - tenth_start).count());
        tenth_start = now;
      }
    }
    store = Status(StatusCode::kInternal, "closed");
    struct stat st;
    file_bytes = ::stat(path.c_str(), &st) == 0 ? static_cast<double>(st.st_size) : 0;
  }
  RemoveStore(path);
  state.SetItemsProcessed(state.iterations() * n);
  // d1 .. d10: articles/s over each tenth of the run.
  for (size_t d = 0; d < decile_rates.size(); ++d) {
    state.counters["d" + std::to_string(d + 1)] = decile_rates[d];
  }
  if (decile_rates.size() == 10) {
    state.counters["last_over_first"] = decile_rates[9] / decile_rates[0];
  }
  state.counters["db_bytes_per_article"] = file_bytes / static_cast<double>(n);
}
BENCHMARK(BM_InsertScaling)
    ->Args({200000, 5000, 1000})  // realistic article size
    ->Args({200000, 500, 1000})   // small rows: isolates B-tree and index growth
    ->Args({200000, 500, 10000})  // ... with 10x larger transactions
    ->Unit(benchmark::kSecond)
    ->UseRealTime()
    ->Iterations(1);

}  // namespace
}  // namespace corroborate::store
