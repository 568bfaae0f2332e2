// Scores article-body and date extraction on the shared benchmark sets, the way their papers do
// (src/corroborate/eval/extraction_score.h), for our engine or for a peer's saved predictions.
//
//   extract_eval aeb   DIR [--predictions P.json] [--dump OUT.json] [--worst N]
//   extract_eval dates DIR [--predictions P.json] [--dump OUT.json] [--worst N]
//
// DIR is ../shared/data/aeb or ../shared/data/dates. Without --predictions the engine extracts
// every page (html::ExtractPage, timed over decoding, parsing and extraction, after reading from
// disk). P.json maps page keys (AEB: the sha256; dates: the URL) to {"articleBody": ...} or
// {"date": ...}. Prints one line: "task precision P recall R f1 F pages N [pages/s X MB/s Y]".
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corroborate/common/file.h"
#include "corroborate/eval/benchmark_sets.h"
#include "corroborate/eval/extraction_score.h"
#include "corroborate/html/page.h"

namespace {

using nlohmann::json;
using namespace corroborate;

int Fail(const std::string& message) {
  std::fprintf(stderr, "extract_eval: %s\n", message.c_str());
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    return Fail("usage: extract_eval aeb|dates DIR [--predictions P.json] [--dump OUT.json] "
                "[--worst N]");
  }
  const std::string task = argv[1], dir = argv[2];
  std::string predictions_path, dump_path;
  int worst = 0;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--predictions") predictions_path = argv[i + 1];
    else if (flag == "--dump") dump_path = argv[i + 1];
    else if (flag == "--worst") worst = std::atoi(argv[i + 1]);
    else return Fail("unknown option " + flag);
  }
  const bool aeb = task == "aeb";
  if (!aeb && task != "dates") return Fail("task must be aeb or dates");
  auto loaded = aeb ? eval::LoadAeb(dir) : eval::LoadDates(dir);
  if (!loaded.ok()) return Fail(loaded.status().ToString());
  const std::vector<eval::BenchmarkPage>& pages = *loaded;
  const char* field = aeb ? "articleBody" : "date";

  std::vector<std::string> predicted(pages.size());
  double seconds = 0, bytes = 0;
  if (!predictions_path.empty()) {
    auto text = ReadFile(predictions_path, 1u << 30);
    if (!text.ok()) return Fail(text.status().ToString());
    const json p = json::parse(*text, nullptr, false);
    if (p.is_discarded() || !p.is_object()) return Fail(predictions_path + ": not a JSON object");
    for (size_t i = 0; i < pages.size(); ++i) {
      auto it = p.find(pages[i].key);
      if (it == p.end() || !it->is_object()) continue;
      auto f = it->find(field);
      if (f != it->end() && f->is_string()) predicted[i] = *f;
    }
  } else {
    const auto t0 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < pages.size(); ++i) {
      bytes += static_cast<double>(pages[i].bytes.size());
      auto page = html::ExtractPage(pages[i].bytes, pages[i].url);
      if (!page.ok()) continue;
      predicted[i] = aeb ? page->maintext : page->date.iso;
    }
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }

  eval::Scores s;
  std::vector<std::pair<double, size_t>> by_score;  // (page score, index), worst first
  if (aeb) {
    std::vector<eval::PageCounts> counts;
    for (size_t i = 0; i < pages.size(); ++i) {
      counts.push_back(eval::ScoreBody(pages[i].gold, predicted[i]));
      by_score.push_back({counts.back().tp, i});
    }
    s = eval::Aggregate(counts);
  } else {
    eval::DateTally tally;
    for (size_t i = 0; i < pages.size(); ++i) {
      tally.Add(pages[i].gold, predicted[i]);
      const bool right = predicted[i].substr(0, 10) == pages[i].gold;
      by_score.push_back({right ? 1.0 : predicted[i].empty() ? 0.5 : 0.0, i});
    }
    s = tally.Get();
  }
  std::printf("%s precision %.3f recall %.3f f1 %.3f pages %zu", task.c_str(), s.precision,
              s.recall, s.f1, s.pages);
  if (seconds > 0) {
    std::printf(" pages/s %.1f MB/s %.1f", static_cast<double>(pages.size()) / seconds,
                bytes / seconds / 1e6);
  }
  std::printf("\n");
  std::stable_sort(by_score.begin(), by_score.end());
  for (int k = 0; k < worst && k < static_cast<int>(by_score.size()); ++k) {
    const size_t i = by_score[k].second;
    if (aeb) {
      std::printf("  %.3f %s gold %zu bytes, predicted %zu bytes\n", by_score[k].first,
                  pages[i].key.c_str(), pages[i].gold.size(), predicted[i].size());
    } else {
      std::printf("  %s gold=%s predicted=%s\n", pages[i].key.c_str(), pages[i].gold.c_str(),
                  predicted[i].c_str());
    }
  }
  if (!dump_path.empty()) {
    json out = json::object();
    for (size_t i = 0; i < pages.size(); ++i) out[pages[i].key] = {{field, predicted[i]}};
    std::ofstream(dump_path) << out.dump(1);
  }
  return 0;
}
