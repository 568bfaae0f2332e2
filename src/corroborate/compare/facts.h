// Facts and disputes: the claims of each article, aligned across articles when they state the
// same thing in different words; a dispute is an aligned group whose same-typed slots disagree
// (qualifier, place, date, number, count, actor). Also the 5W1H event summary.
#ifndef CORROBORATE_COMPARE_FACTS_H_
#define CORROBORATE_COMPARE_FACTS_H_

#include <span>
#include <vector>

#include "corroborate/core/findings.h"
#include "corroborate/extract/analysis.h"
#include "corroborate/text/document.h"

namespace corroborate::compare {

struct FactsResult {
  std::vector<Fact> facts;
  std::vector<Dispute> disputes;
  Event event;
};

// REQUIRES: docs[i] and analyses[i] describe the same article, and docs[i].index == i.
FactsResult CompareFacts(std::span<const text::Document> docs,
                         std::span<const extract::ArticleAnalysis> analyses);

}  // namespace corroborate::compare

#endif  // CORROBORATE_COMPARE_FACTS_H_
