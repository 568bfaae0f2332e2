// Page extraction throughput on the 181 real pages of ../shared/data/aeb (skipped when absent):
// html::ExtractPage (charset, parse, body, metadata, date) and the full record (plus CLD2 and
// the id), single-threaded, as pages/s and MB/s.
#include <benchmark/benchmark.h>

#include "corroborate/eval/benchmark_sets.h"
#include "corroborate/html/page.h"
#include "corroborate/ingest/record.h"

namespace {

using namespace corroborate;

const std::vector<eval::BenchmarkPage>& Pages() {
  static const std::vector<eval::BenchmarkPage> pages = [] {
    auto loaded = eval::LoadAeb(std::string(CORROBORATE_SHARED) + "/data/aeb");
    return loaded.ok() ? std::move(loaded).value() : std::vector<eval::BenchmarkPage>{};
  }();
  return pages;
}

template <typename Fn>
void RunOverPages(benchmark::State& state, Fn&& fn) {
  const auto& pages = Pages();
  if (pages.empty()) {
    state.SkipWithError("../shared/data/aeb absent");
    return;
  }
  size_t bytes = 0, done = 0;
  for (auto _ : state) {
    for (const eval::BenchmarkPage& p : pages) {
      fn(p);
      bytes += p.bytes.size();
    }
    done += pages.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(done));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_ExtractPage(benchmark::State& state) {
  RunOverPages(state, [](const eval::BenchmarkPage& p) {
    auto page = html::ExtractPage(p.bytes, p.url);
    benchmark::DoNotOptimize(page);
  });
}
BENCHMARK(BM_ExtractPage)->Unit(benchmark::kMillisecond);

void BM_RecordFromHtml(benchmark::State& state) {
  RunOverPages(state, [](const eval::BenchmarkPage& p) {
    auto record = ingest::RecordFromHtml(p.bytes, p.url, "", p.key);
    benchmark::DoNotOptimize(record);
  });
}
BENCHMARK(BM_RecordFromHtml)->Unit(benchmark::kMillisecond);

void BM_ParseOnly(benchmark::State& state) {
  RunOverPages(state, [](const eval::BenchmarkPage& p) {
    auto dom = html::Dom::Parse(p.bytes);
    benchmark::DoNotOptimize(dom);
  });
}
BENCHMARK(BM_ParseOnly)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
