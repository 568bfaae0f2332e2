// The scores the extraction benchmarks publish, computed the same way, so that our figures and
// the peers' are comparable.
//
// Article body (scrapinghub article-extraction-benchmark): tokens are runs of word characters
// (Unicode letters, digits, underscore; case kept), compared as multisets of 4-token shingles. Per
// page, true positives, false positives and false negatives are normalized to sum to 1, so long
// pages weigh no more than short ones; they are summed over pages and precision, recall and F1
// come from the sums. An empty prediction costs recall only.
//
// Dates (htmldate evaluation): exact-day match; precision over pages where a date was output,
// recall over all pages that have a date. A page without a gold date counts only when a date is
// output for it (a false positive), as in htmldate's evaluation.
#ifndef CORROBORATE_EVAL_EXTRACTION_SCORE_H_
#define CORROBORATE_EVAL_EXTRACTION_SCORE_H_

#include <string>
#include <string_view>
#include <vector>

namespace corroborate::eval {

// The word tokens of `text` as the benchmark sees them.
std::vector<std::string_view> WordTokens(std::string_view text);

struct PageCounts {
  double tp = 0, fp = 0, fn = 0;  // normalized: tp + fp + fn == 1 unless both texts are empty
};
PageCounts ScoreBody(std::string_view truth, std::string_view predicted);

struct Scores {
  double precision = 0, recall = 0, f1 = 0;
  size_t pages = 0;
};
// Sums per-page counts into precision, recall and F1.
Scores Aggregate(const std::vector<PageCounts>& pages);

// Dates: `predicted` is "" when the tool output no date, `gold` is "" when the page has none;
// both are "YYYY-MM-DD" (only the first 10 characters of `predicted` are compared).
struct DateTally {
  size_t pages = 0, output = 0, correct = 0;
  void Add(std::string_view gold, std::string_view predicted);
  Scores Get() const;
};

}  // namespace corroborate::eval

#endif  // CORROBORATE_EVAL_EXTRACTION_SCORE_H_
