// The extract pipeline: inputs (HTML, WARC/ARC, JSON lines, text; plain or gzip) -> one Record
// per article, in input order, with bounded memory: items are read in batches while the previous
// batch is extracted by `jobs` threads.
#ifndef CORROBORATE_PIPELINE_EXTRACT_PIPELINE_H_
#define CORROBORATE_PIPELINE_EXTRACT_PIPELINE_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "corroborate/core/findings.h"
#include "corroborate/ingest/input_stream.h"
#include "corroborate/ingest/record.h"

namespace corroborate::pipeline {

struct ExtractProgress {
  uint64_t bytes_read = 0;  // input bytes consumed so far
  size_t records = 0;       // items read (pages, JSON lines, texts)
  size_t extracted = 0;     // records produced
  size_t skipped = 0;       // items and archive records skipped, for any reason
  size_t errors = 0;        // of those, skipped because of an error (not a filter)
  double seconds = 0;       // since the start
};

struct ExtractOptions {
  ingest::InputOptions input;
  ingest::RecordOptions record;
  int jobs = 1;                        // extraction threads; 0 means one per core
  size_t batch_items = 256;            // items read ahead at most...
  size_t batch_bytes = 64u << 20;      // ...and bytes (bounds memory with --jobs)
  size_t max_diagnostics = 1000;       // diagnostics kept; later ones are only counted
  // Called after each batch; may be empty.
  std::function<void(const ExtractProgress&)> progress;
};

struct ExtractSummary {
  ExtractProgress totals;
  std::map<std::string, size_t> skipped;  // reason -> count
  std::vector<Diagnostic> diagnostics;    // the first max_diagnostics errors, naming their input
  size_t diagnostics_dropped = 0;
};

// Reads every input and calls `sink` with each record, in input order, from the calling thread.
// Never fails as a whole: bad inputs and records become diagnostics.
ExtractSummary RunExtract(const std::vector<std::string>& inputs, const ExtractOptions& options,
                          const std::function<void(const ingest::Record&)>& sink);

}  // namespace corroborate::pipeline

#endif  // CORROBORATE_PIPELINE_EXTRACT_PIPELINE_H_
