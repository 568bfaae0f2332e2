// Loading the shared extraction benchmark sets (../shared/data/aeb and ../shared/data/dates;
// see data/README.md there): each page's key, gold answer and raw (gunzipped) bytes.
#ifndef CORROBORATE_EVAL_BENCHMARK_SETS_H_
#define CORROBORATE_EVAL_BENCHMARK_SETS_H_

#include <string>
#include <vector>

#include "corroborate/common/status.h"

namespace corroborate::eval {

struct BenchmarkPage {
  std::string key;    // AEB: the page's sha256; dates: its URL
  std::string url;    // the page's URL ("" when the set does not give it)
  std::string gold;   // AEB: the article body; dates: "YYYY-MM-DD", or "" when it has none
  std::string bytes;  // the page as fetched
};

// Errors: NotFound when the set's index file is missing; InvalidInput when it is not JSON.
// Pages whose file is missing are skipped.
Result<std::vector<BenchmarkPage>> LoadAeb(const std::string& dir);
Result<std::vector<BenchmarkPage>> LoadDates(const std::string& dir);

}  // namespace corroborate::eval

#endif  // CORROBORATE_EVAL_BENCHMARK_SETS_H_
