// Loading the shared benchmark sets (../shared/data/aeb and ../shared/data/dates: each page's
// key, gold answer and raw (gunzipped) bytes; ../shared/data/ecbplus: documents with gold
// stories). See data/README.md there.
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

// One document of the ECB+ story-clustering set (../shared/data/ecbplus/*.jsonl).
struct EcbDocument {
  std::string id;     // "<topic>_<n>ecb" / "<topic>_<n>ecbplus"
  std::string story;  // the gold real-world event
  int topic = 0;      // the event kind; each topic holds two stories
  std::string split;  // "train" or "dev"
  std::string text;   // tokenized, one sentence per line
};

// Documents in file order. Errors: NotFound when `path` cannot be read; InvalidInput (with the
// line number) when a line is not a JSON object with string "id", "story" and "text".
Result<std::vector<EcbDocument>> LoadEcbPlus(const std::string& path);

}  // namespace corroborate::eval

#endif  // CORROBORATE_EVAL_BENCHMARK_SETS_H_
