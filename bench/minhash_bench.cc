// Near-duplicate detection speed on synthetic text (fixed-seed generator, no shared data):
// MinHash signatures of 800-word articles (articles/s, MB/s), and the per-article cost of LSH
// insert + query and of a full NearDuplicateIndex addition with 0, 100k and 1M articles already
// indexed, to show it stays flat.
// Extra modes for bench/minhash/run (same articles for ours and a peer):
//   minhash_bench --write_corpus=PATH [--articles=N]   one article per line
//   minhash_bench --time_corpus=PATH [--rounds=R]      prints articles/s per round and median
//   minhash_bench --growth=N                           NearDuplicateIndex cost per 100k up to N
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "corroborate/dedup/lsh.h"
#include "corroborate/dedup/minhash.h"
#include "corroborate/dedup/near_duplicates.h"
#include "corroborate/testing/synthetic_text.h"

namespace {

using namespace corroborate::dedup;

// Zipf-distributed pseudo-words (20,000-word vocabulary, short frequent words), sentences of
// 12-30 words with capitals and commas, one line per article. Vocabulary seed 7 and plain words:
// the corpus bench/minhash/run compares on.
corroborate::testing::SyntheticText TextGenerator(uint64_t seed) {
  return corroborate::testing::SyntheticText(seed, {.vocabulary_seed = 7, .numbered_words = false});
}

const std::vector<std::string>& Articles() {
  static const std::vector<std::string> articles = [] {
    auto gen = TextGenerator(1);
    std::vector<std::string> a;
    for (int i = 0; i < 1000; ++i) a.push_back(gen.Line(800));
    return a;
  }();
  return articles;
}

void BM_Signature(benchmark::State& state) {
  const auto& articles = Articles();
  MinHasher hasher;
  Signature sig;
  size_t done = 0, bytes = 0;
  for (auto _ : state) {
    for (const std::string& a : articles) {
      hasher.Compute(a, &sig);
      benchmark::DoNotOptimize(sig.values.data());
      bytes += a.size();
    }
    done += articles.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(done));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Signature)->Unit(benchmark::kMillisecond);

// A signature of uniform values: what an unrelated article looks like to the index.
Signature RandomSignature(std::mt19937_64& rng) {
  Signature s;
  s.values.resize(128);
  for (uint32_t& v : s.values) v = static_cast<uint32_t>(rng());
  s.words = 800;
  s.shingles = 796;
  s.content_hash = rng() | 1;
  return s;
}

// Real signatures of the 1000 articles plus, for each, a copy with its first 100 words
// replaced, so queries do find and verify candidates.
const std::vector<Signature>& QuerySignatures() {
  static const std::vector<Signature> sigs = [] {
    std::vector<Signature> out;
    auto gen = TextGenerator(2);
    for (const std::string& a : Articles()) {
      out.push_back(ComputeSignature(a));
      out.push_back(ComputeSignature(gen.Line(100) + a.substr(a.size() / 8)));
    }
    return out;
  }();
  return sigs;
}

// Turns the query set into a fresh one for the next pass: every value and the content hash
// XORed with one constant keeps each article and its copy alike but unlike earlier passes, so
// the index never fills with copies of the same 2,000 articles.
void NextGeneration(std::vector<Signature>& sigs, uint64_t generation) {
  const uint64_t mix = (generation + 1) * 0x9E3779B97F4A7C15ull;
  for (Signature& s : sigs) {
    for (uint32_t& v : s.values) v ^= static_cast<uint32_t>(mix >> 16);
    s.content_hash ^= mix;
  }
}

void BM_LshInsertQuery(benchmark::State& state) {
  const auto preload = static_cast<size_t>(state.range(0));
  LshIndex index;
  index.Reserve(preload + 400000);  // steady state: no table doubling inside the timed loop
  std::mt19937_64 rng(3);
  for (size_t i = 0; i < preload; ++i) (void)index.Insert(i, RandomSignature(rng));
  std::vector<Signature> queries = QuerySignatures();
  std::vector<uint64_t> found;
  size_t done = 0, candidates = 0;
  uint64_t id = preload;
  for (auto _ : state) {
    state.PauseTiming();
    NextGeneration(queries, done);
    state.ResumeTiming();
    for (const Signature& q : queries) {
      index.Query(q, &found);
      candidates += found.size();
      (void)index.Insert(id++, q);
    }
    done += queries.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(done));
  state.counters["candidates/article"] =
      static_cast<double>(candidates) / static_cast<double>(std::max<size_t>(done, 1));
  state.counters["index_MB"] = static_cast<double>(index.MemoryBytes()) / 1e6;
}
BENCHMARK(BM_LshInsertQuery)->Arg(0)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMicrosecond);

void BM_NearDuplicateAdd(benchmark::State& state) {
  const auto preload = static_cast<size_t>(state.range(0));
  auto index = NearDuplicateIndex::Create({});
  (*index)->Reserve(preload + 400000);
  std::mt19937_64 rng(4);
  for (size_t i = 0; i < preload; ++i) (void)(*index)->AddSignature(i, RandomSignature(rng));
  std::vector<Signature> queries = QuerySignatures();
  size_t done = 0, matched = 0;
  uint64_t id = preload;
  for (auto _ : state) {
    state.PauseTiming();
    NextGeneration(queries, done);
    state.ResumeTiming();
    for (const Signature& q : queries) {
      auto r = (*index)->AddSignature(id++, q);
      matched += r.ok() && r->kind != MatchKind::kNone ? 1 : 0;
    }
    done += queries.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(done));
  state.counters["matched"] =
      static_cast<double>(matched) / static_cast<double>(std::max<size_t>(done, 1));
  state.counters["index_MB"] = static_cast<double>((*index)->MemoryBytes()) / 1e6;
}
BENCHMARK(BM_NearDuplicateAdd)->Arg(0)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMicrosecond);

const char* Flag(int argc, char** argv, const char* name) {
  const size_t n = std::strlen(name);
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], name, n) == 0 && argv[i][n] == '=') return argv[i] + n + 1;
  }
  return nullptr;
}

// Feeds `total` signatures to one NearDuplicateIndex without Reserve (so table doublings are
// paid where they happen) and prints, per block of 100,000, the articles/s of that block and
// the index's memory. One article in ten is a copy of an earlier one with its first 16 values
// changed (a new lede), so verification runs too.
int Growth(size_t total) {
  auto index = NearDuplicateIndex::Create({});
  std::mt19937_64 rng(5);
  std::vector<Signature> recent;  // earlier articles that copies are made of
  const size_t kBlock = 100000;
  size_t matched = 0;
  std::printf("%10s %14s %12s %10s\n", "articles", "articles/s", "matched", "index_MB");
  for (size_t start = 0; start < total; start += kBlock) {
    std::vector<Signature> block;
    block.reserve(kBlock);
    for (size_t i = 0; i < kBlock; ++i) {
      if (i % 10 == 9 && !recent.empty()) {
        Signature copy = recent[rng() % recent.size()];
        for (int v = 0; v < 16; ++v) copy.values[v] = static_cast<uint32_t>(rng());
        copy.content_hash = rng() | 1;
        block.push_back(std::move(copy));
      } else {
        block.push_back(RandomSignature(rng));
        if (recent.size() < 10000)
          recent.push_back(block.back());
        else
          recent[rng() % recent.size()] = block.back();
      }
    }
    const auto t0 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < kBlock; ++i) {
      auto r = (*index)->AddSignature(start + i, block[i]);
      matched += r.ok() && r->kind != MatchKind::kNone ? 1 : 0;
    }
    const std::chrono::duration<double> secs = std::chrono::steady_clock::now() - t0;
    std::printf("%10zu %14.0f %12zu %10.0f\n", start + kBlock, kBlock / secs.count(), matched,
                static_cast<double>((*index)->MemoryBytes()) / 1e6);
    std::fflush(stdout);
  }
  return 0;
}

int WriteCorpus(const char* path, int articles) {
  std::ofstream out(path);
  auto gen = TextGenerator(1);
  for (int i = 0; i < articles; ++i) out << gen.Line(800) << '\n';
  return out ? 0 : 1;
}

double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int TimeCorpus(const char* path, int rounds) {
  std::ifstream in(path);
  std::vector<std::string> articles;
  for (std::string line; std::getline(in, line);) articles.push_back(line);
  if (articles.empty()) {
    std::fprintf(stderr, "no articles in %s\n", path);
    return 1;
  }
  MinHasher hasher;
  Signature sig;
  std::vector<double> rates;
  uint64_t checksum = 0;
  // Rates per CPU second of this process (what "per core" means, and robust to other load on
  // a shared machine); wall-clock rates are printed beside them.
  for (int r = 0; r < rounds; ++r) {
    const double cpu0 = CpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    for (const std::string& a : articles) {
      hasher.Compute(a, &sig);
      checksum += sig.values[0];
    }
    const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;
    const double cpu = CpuSeconds() - cpu0;
    rates.push_back(static_cast<double>(articles.size()) / cpu);
    std::printf("round %d: %.0f articles/s per CPU second (wall clock: %.0f articles/s)\n", r + 1,
                rates.back(), static_cast<double>(articles.size()) / wall.count());
  }
  std::sort(rates.begin(), rates.end());
  std::printf("median: %.0f articles/s per CPU second (%zu articles, checksum %llu)\n",
              rates[rates.size() / 2], articles.size(), static_cast<unsigned long long>(checksum));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (const char* path = Flag(argc, argv, "--write_corpus")) {
    const char* n = Flag(argc, argv, "--articles");
    return WriteCorpus(path, n ? std::atoi(n) : 5000);
  }
  if (const char* n = Flag(argc, argv, "--growth")) {
    return Growth(static_cast<size_t>(std::max(1, std::atoi(n))));
  }
  if (const char* path = Flag(argc, argv, "--time_corpus")) {
    const char* r = Flag(argc, argv, "--rounds");
    return TimeCorpus(path, r ? std::max(1, std::atoi(r)) : 3);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
