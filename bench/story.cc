#include "story.h"

#include <algorithm>
#include <filesystem>
#include <random>

#include "corroborate/common/file.h"
#include "corroborate/ingest/plain_text.h"
#include "corroborate/text/document.h"

namespace corroborate::bench {
namespace {

int CountWords(const std::string& s) {
  int words = 0;
  bool in_word = false;
  for (unsigned char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

std::vector<ParagraphPool> LoadPools(const std::string& examples_dir) {
  namespace fs = std::filesystem;
  std::vector<ParagraphPool> pools;
  std::error_code ec;
  if (!fs::is_directory(examples_dir, ec)) return pools;
  std::vector<fs::path> stories;
  for (const auto& e : fs::directory_iterator(examples_dir, ec)) {
    if (e.is_directory()) stories.push_back(e.path());
  }
  std::sort(stories.begin(), stories.end());
  for (const fs::path& dir : stories) {
    ParagraphPool pool;
    pool.story = dir.filename().string();
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      Result<std::string> bytes = ReadFile(f.string(), 1 << 24);
      if (!bytes.ok()) continue;
      Article a = ingest::ParsePlainText(std::move(bytes.value()));
      a.NormalizeRemoved();
      for (Span line : text::SplitLines(a.text)) {
        const Span t = TrimSpan(a.text, line);
        if (t.empty() || a.IsRemoved(t)) continue;
        pool.paragraphs.emplace_back(t.Of(a.text));
      }
    }
    if (!pool.paragraphs.empty()) pools.push_back(std::move(pool));
  }
  return pools;
}

std::string MakeArticleText(const ParagraphPool& pool, int i, int words, uint64_t seed) {
  std::mt19937_64 rng(seed * 1000003u + static_cast<uint64_t>(i));
  std::vector<size_t> order(pool.paragraphs.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::shuffle(order.begin(), order.end(), rng);
  // Dates spread over two weeks, so that reuse direction has something to decide.
  std::string out = "date 2025-03-" + std::to_string(10 + i % 14) + "\n";
  out += "Generated report " + std::to_string(i) + " on " + pool.story + "\n\n";
  int have = 0;
  for (size_t k = 0; have < words; ++k) {
    // A story shorter than `words` repeats its paragraphs; real articles never do, but the
    // length, and so the throughput figure, stays what was asked.
    const std::string& p = pool.paragraphs[order[k % order.size()]];
    out += p;
    out += "\n\n";
    have += CountWords(p);
  }
  return out;
}

std::vector<Article> MakeStory(const ParagraphPool& pool, int n, int words) {
  std::vector<Article> out;
  out.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    Article a = ingest::ParsePlainText(MakeArticleText(pool, i, words));
    a.id = "gen-" + std::to_string(i);
    a.source = a.id + ".txt";
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<Article> MakeMixedArticles(const std::vector<ParagraphPool>& pools, int n,
                                       int words) {
  std::vector<Article> out;
  if (pools.empty()) return out;
  out.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    const ParagraphPool& pool = pools[static_cast<size_t>(i) % pools.size()];
    Article a = ingest::ParsePlainText(MakeArticleText(pool, i, words));
    a.id = "gen-" + std::to_string(i);
    a.source = a.id + ".txt";
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace corroborate::bench
