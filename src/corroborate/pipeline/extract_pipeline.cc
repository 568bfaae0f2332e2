#include "corroborate/pipeline/extract_pipeline.h"

#include <chrono>
#include <future>
#include <optional>
#include <utility>

#include "corroborate/common/parallel.h"
#include "corroborate/ingest/extract_item.h"

namespace corroborate::pipeline {
namespace {

using Clock = std::chrono::steady_clock;

// The skip reason a failed extraction is counted under.
std::string ReasonOf(const Status& s) {
  switch (s.code()) {
    case StatusCode::kEmpty:
      return "no article text";
    case StatusCode::kTooLarge:
      return "too large";
    default:
      return "invalid";
  }
}

struct Batch {
  std::vector<ingest::InputItem> items;
  std::vector<std::optional<ingest::Record>> records;
  std::vector<Status> errors;
};

void Process(Batch* batch, const ingest::RecordOptions& options, int jobs) {
  const size_t n = batch->items.size();
  batch->records.assign(n, std::nullopt);
  batch->errors.assign(n, Status::Ok());
  ParallelFor(n, jobs, [&](size_t i, int) {
    auto r = ingest::ExtractItem(batch->items[i], options);
    if (r.ok()) {
      batch->records[i] = std::move(r).value();
    } else {
      batch->errors[i] = r.status();
    }
    batch->items[i].bytes = std::string();  // release the page as soon as it is done
  });
}

}  // namespace

ExtractSummary RunExtract(const std::vector<std::string>& inputs, const ExtractOptions& options,
                          const std::function<void(const ingest::Record&)>& sink) {
  const auto start = Clock::now();
  const int jobs = ResolveJobs(options.jobs);
  ExtractSummary summary;
  ingest::InputStream stream(inputs, options.input);
  std::vector<Diagnostic> read_diagnostics;
  auto keep = [&](Diagnostic d) {
    if (summary.diagnostics.size() < options.max_diagnostics) {
      summary.diagnostics.push_back(std::move(d));
    } else {
      ++summary.diagnostics_dropped;
    }
  };
  auto read_batch = [&] {
    Batch b;
    size_t bytes = 0;
    ingest::InputItem item;
    while (b.items.size() < options.batch_items && bytes < options.batch_bytes &&
           stream.Next(&item, &read_diagnostics)) {
      bytes += item.bytes.size();
      b.items.push_back(std::move(item));
    }
    return b;
  };
  auto flush_read_diagnostics = [&] {
    for (Diagnostic& d : read_diagnostics) {
      ++summary.totals.errors;
      keep(std::move(d));
    }
    read_diagnostics.clear();
  };

  // Extraction failures so far plus what the reader skipped (not yet merged into the summary).
  auto total_skipped = [&] {
    size_t n = 0;
    for (const auto& [reason, count] : summary.skipped) n += count;
    for (const auto& [reason, count] : stream.stats().skipped) n += count;
    return n;
  };

  Batch current = read_batch();
  while (!current.items.empty()) {
    auto done = std::async(std::launch::async, [&] { Process(&current, options.record, jobs); });
    Batch next = read_batch();  // overlaps reading (and inflating) with extraction
    done.get();
    summary.totals.records += current.items.size();
    for (size_t i = 0; i < current.items.size(); ++i) {
      if (current.records[i]) {
        sink(*current.records[i]);
        ++summary.totals.extracted;
        continue;
      }
      const Status& s = current.errors[i];
      ++summary.skipped[ReasonOf(s)];
      ++summary.totals.errors;
      keep({current.items[i].source, "error", s.message()});
    }
    flush_read_diagnostics();
    summary.totals.bytes_read = stream.stats().bytes_read;
    summary.totals.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    summary.totals.skipped = total_skipped();
    if (options.progress) options.progress(summary.totals);
    current = std::move(next);
  }
  flush_read_diagnostics();
  for (const auto& [reason, n] : stream.stats().skipped) summary.skipped[reason] += n;
  summary.totals.skipped = 0;
  for (const auto& [reason, n] : summary.skipped) summary.totals.skipped += n;  // merged above
  summary.totals.bytes_read = stream.stats().bytes_read;
  summary.totals.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return summary;
}

}  // namespace corroborate::pipeline
