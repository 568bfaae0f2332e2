// Quotes across articles: the same quote carried by several outlets, grouped, with the versions
// that differ (trimmed, or altered in words).
#ifndef CORROBORATE_COMPARE_QUOTES_H_
#define CORROBORATE_COMPARE_QUOTES_H_

#include <span>
#include <vector>

#include "corroborate/core/findings.h"
#include "corroborate/extract/analysis.h"
#include "corroborate/text/document.h"

namespace corroborate::compare {

// REQUIRES: docs[i] and analyses[i] describe the same article.
std::vector<Quote> AlignQuotes(std::span<const text::Document> docs,
                               std::span<const extract::ArticleAnalysis> analyses);

}  // namespace corroborate::compare

#endif  // CORROBORATE_COMPARE_QUOTES_H_
