// The compare pipeline: inputs -> articles -> clutter -> documents -> per-article extraction ->
// cross-article alignment (facts, disputes, quotes, actors, reuse, citations) -> Report.
// The only layer that knows every stage.
#ifndef CORROBORATE_PIPELINE_COMPARE_PIPELINE_H_
#define CORROBORATE_PIPELINE_COMPARE_PIPELINE_H_

#include <functional>
#include <string>
#include <vector>

#include "corroborate/core/findings.h"
#include "corroborate/dedup/reuse.h"
#include "corroborate/ingest/reader.h"

namespace corroborate::pipeline {

struct CompareOptions {
  ingest::ReadOptions read;   // input limits
  dedup::ReuseOptions reuse;  // reuse alignment parameters
  // Called with (done, total, stage) as articles are analysed; may be empty.
  std::function<void(size_t, size_t, const char*)> progress;
};

struct CompareRun {
  Report report;
  size_t inputs_failed = 0;  // inputs or records that yielded no article
};

// Reads `inputs` (files or directories) and compares the articles found. Never fails as a whole:
// unreadable inputs become diagnostics in the report.
CompareRun RunCompare(const std::vector<std::string>& inputs, const CompareOptions& options);

// Compares articles already in memory (their `removed` may hold metadata spans already).
Report CompareArticles(std::vector<Article> articles, const CompareOptions& options);

}  // namespace corroborate::pipeline

#endif  // CORROBORATE_PIPELINE_COMPARE_PIPELINE_H_
