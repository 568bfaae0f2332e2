// Corpus ingestion: inputs (anything `extract` reads) -> articles in a store, each placed in a
// story as it arrives, syndicated copies linked to their original. Ingestion is idempotent and
// resumable: an input already read to its end is skipped (recognised by a fingerprint of its
// content, whatever its name), articles already stored are not added again, and each batch of
// articles commits together with its stories and the input's progress, so a run killed at any
// moment loses at most the batch it had not committed.
#ifndef CORROBORATE_PIPELINE_CORPUS_INGEST_H_
#define CORROBORATE_PIPELINE_CORPUS_INGEST_H_

#include <functional>
#include <string>
#include <vector>

#include "corroborate/common/status.h"
#include "corroborate/pipeline/corpus_state.h"
#include "corroborate/pipeline/extract_pipeline.h"
#include "corroborate/store/store.h"

namespace corroborate::pipeline {

struct IngestProgress {
  size_t inputs_done = 0;
  size_t records = 0;     // records extracted so far
  size_t stored = 0;      // of those, new articles stored
  double seconds = 0;
};

struct IngestOptions {
  ExtractOptions extract;   // reading and extraction (its progress callback is not used)
  store::StoreOptions store;
  CorpusOptions corpus;     // its `jobs` is taken from extract.jobs
  size_t commit_every = 1000;  // articles per transaction
  std::function<void(const IngestProgress&)> progress;  // after each commit; may be empty
};

struct IngestSummary {
  size_t inputs = 0;
  size_t inputs_skipped = 0;   // already ingested completely
  size_t replayed = 0;         // stored articles read back at start to rebuild the state
  double replay_seconds = 0;
  size_t records = 0;          // extracted from the inputs read
  size_t stored = 0;           // new articles
  size_t already_stored = 0;   // extracted again but present (re-run, resumed input)
  PlaceStats placed;
  ExtractSummary extract;      // skips and diagnostics of every input read
  double seconds = 0;
};

// Ingests `inputs` into the store at `db_path` (created when missing). Errors: the store's
// (a corrupt or foreign file, a newer schema, a busy store) before anything is read, and a
// failed commit, which stops the run (what was committed before stays). Bad inputs and records
// are diagnostics in the summary, never errors.
Result<IngestSummary> RunIngest(const std::string& db_path, const std::vector<std::string>& inputs,
                                const IngestOptions& options);

}  // namespace corroborate::pipeline

#endif  // CORROBORATE_PIPELINE_CORPUS_INGEST_H_
