// Scores article-body and date extraction on the shared benchmark sets, the way their papers do
// (src/corroborate/eval/extraction_score.h), for our engine or for a peer's saved predictions.
//
//   extract_eval aeb   DIR [--predictions P.json] [--dump OUT.json] [--worst N]
//   extract_eval dates DIR [--predictions P.json] [--dump OUT.json] [--worst N]
//
// DIR is ../shared/data/aeb or ../shared/data/dates. Without --predictions the engine extracts
// every page (timed: pages/s and MB/s over parsing and extraction, after reading from disk).
// P.json maps page keys (AEB: the sha256; dates: the URL) to {"articleBody": ...} or
// {"date": ...}. Prints one line: "name precision recall f1 pages pages/s MB/s".
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corroborate/eval/extraction_score.h"
#include "corroborate/html/body.h"
#include "corroborate/html/charset.h"
#include "corroborate/html/date.h"
#include "corroborate/html/dom.h"

namespace {

using nlohmann::json;
using namespace corroborate;

std::string ReadGz(const std::string& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return out;
}

// Reads a JSON file; the bare NaN that pandas writes for a missing value reads as null.
json ReadJson(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "extract_eval: cannot read %s\n", path.c_str());
    std::exit(2);
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (size_t pos = 0; (pos = text.find(": NaN", pos)) != std::string::npos;) {
    text.replace(pos, 5, ": null");
  }
  return json::parse(text);
}

struct Page {
  std::string key, gold, html;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: extract_eval aeb|dates DIR [--predictions P.json] "
                         "[--dump OUT.json] [--worst N]\n");
    return 2;
  }
  const std::string task = argv[1], dir = argv[2];
  std::string predictions_path, dump_path;
  int worst = 0;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--predictions") predictions_path = argv[i + 1];
    else if (flag == "--dump") dump_path = argv[i + 1];
    else if (flag == "--worst") worst = std::atoi(argv[i + 1]);
  }
  const bool aeb = task == "aeb";
  std::vector<Page> pages;
  if (aeb) {
    const json truth = ReadJson(dir + "/ground-truth.json");
    for (auto& [key, v] : truth.items()) {
      pages.push_back({key, v.value("articleBody", ""), ReadGz(dir + "/html/" + key + ".html.gz")});
    }
  } else {
    const json gold = ReadJson(dir + "/gold.json");
    for (auto& [url, v] : gold.items()) {
      const std::string date = v["date"].is_string() ? v["date"].get<std::string>() : "";
      pages.push_back({url, date, ReadGz(dir + "/html/" + v.value("file", "") + ".gz")});
    }
  }
  std::vector<std::string> predicted(pages.size());
  double seconds = 0, bytes = 0;
  if (!predictions_path.empty()) {
    const json p = ReadJson(predictions_path);
    for (size_t i = 0; i < pages.size(); ++i) {
      auto it = p.find(pages[i].key);
      if (it == p.end()) continue;
      const char* field = aeb ? "articleBody" : "date";
      if (it->contains(field) && (*it)[field].is_string()) predicted[i] = (*it)[field];
    }
  } else {
    const auto t0 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < pages.size(); ++i) {
      bytes += static_cast<double>(pages[i].html.size());
      auto decoded = html::DecodeToUtf8(pages[i].html);
      if (!decoded.ok()) continue;
      auto dom = html::Dom::Parse(decoded->utf8);
      if (!dom.ok()) continue;
      if (aeb) {
        predicted[i] = html::ExtractBody(*dom);
      } else {
        predicted[i] = html::FindPublishDate(*dom, pages[i].key).iso;
      }
    }
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }
  eval::Scores s;
  std::vector<std::pair<double, size_t>> by_score;
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
      const bool right = !predicted[i].empty() && predicted[i].substr(0, 10) == pages[i].gold;
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
  if (worst > 0) {
    std::sort(by_score.begin(), by_score.end());
    for (int k = 0; k < worst && k < static_cast<int>(by_score.size()); ++k) {
      const Page& p = pages[by_score[k].second];
      std::printf("  %.3f %s gold=%s predicted=%s\n", by_score[k].first, p.key.c_str(),
                  aeb ? std::to_string(p.gold.size()).c_str() : p.gold.c_str(),
                  aeb ? std::to_string(predicted[by_score[k].second].size()).c_str()
                      : predicted[by_score[k].second].c_str());
    }
  }
  if (!dump_path.empty()) {
    json out = json::object();
    for (size_t i = 0; i < pages.size(); ++i) {
      out[pages[i].key] = {{aeb ? "articleBody" : "date", predicted[i]}};
    }
    std::ofstream(dump_path) << out.dump(1);
  }
  return 0;
}
