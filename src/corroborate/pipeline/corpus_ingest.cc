#include "corroborate/pipeline/corpus_ingest.h"

#include <algorithm>
#include <chrono>
#include <unordered_set>

#include "corroborate/common/file.h"
#include "corroborate/pipeline/corpus_records.h"
#include "corroborate/store/input_fingerprint.h"

namespace corroborate::pipeline {
namespace {

using Clock = std::chrono::steady_clock;

// Inputs as files (directories walked as extract walks them, common/file.h), so that each file
// is one resumable unit. A path that cannot be listed is kept: reading it reports why.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    auto found = ExpandInput(in);
    if (!found.ok()) {
      files.push_back(in);
      continue;
    }
    files.insert(files.end(), found->begin(), found->end());
  }
  return files;
}

void Merge(const ExtractSummary& one, ExtractSummary* all) {
  all->totals.bytes_read += one.totals.bytes_read;
  all->totals.records += one.totals.records;
  all->totals.extracted += one.totals.extracted;
  all->totals.skipped += one.totals.skipped;
  all->totals.errors += one.totals.errors;
  for (const auto& [reason, n] : one.skipped) all->skipped[reason] += n;
  all->diagnostics.insert(all->diagnostics.end(), one.diagnostics.begin(), one.diagnostics.end());
  all->diagnostics_dropped += one.diagnostics_dropped;
}

}  // namespace

Result<IngestSummary> RunIngest(const std::string& db_path, const std::vector<std::string>& inputs,
                                const IngestOptions& options) {
  const auto start = Clock::now();
  ASSIGN_OR_RETURN(store::Store store, store::Store::Open(db_path, options.store));
  CorpusOptions corpus = options.corpus;
  corpus.jobs = options.extract.jobs;  // one --jobs for extraction, signatures and features
  ASSIGN_OR_RETURN(std::unique_ptr<CorpusState> state, CorpusState::Create(corpus));
  IngestSummary summary;
  ASSIGN_OR_RETURN(summary.replayed, state->Replay(&store));
  summary.replay_seconds = std::chrono::duration<double>(Clock::now() - start).count();

  ExtractOptions extract = options.extract;
  extract.progress = nullptr;
  const size_t commit_every = std::max<size_t>(options.commit_every, 1);
  IngestProgress progress;
  for (const std::string& path : ExpandInputs(inputs)) {
    ++summary.inputs;
    // A file that cannot be fingerprinted (a pipe, say) is still read, only never skipped.
    auto fingerprint = store::FingerprintInput(path);
    if (fingerprint.ok()) {
      ASSIGN_OR_RETURN(auto seen, store.FindInput(fingerprint->fingerprint));
      if (seen && seen->finished) {
        ++summary.inputs_skipped;
        continue;
      }
    }
    std::vector<store::ArticleRecord> pending;
    int64_t records_done = 0;
    Status failed = Status::Ok();
    auto commit = [&](bool finished) -> Status {
      // Publication order inside the batch, where dates are known; the rest in input order.
      std::stable_sort(pending.begin(), pending.end(), [](const auto& a, const auto& b) {
        if (!a.date_publish || !b.date_publish) return a.date_publish && !b.date_publish;
        return *a.date_publish < *b.date_publish;
      });
      state->Prepare(&pending);
      ASSIGN_OR_RETURN(store::Transaction tx, store.Begin());
      ASSIGN_OR_RETURN(std::vector<std::string> fresh_ids, store.InsertArticles(pending));
      std::unordered_set<std::string> fresh(fresh_ids.begin(), fresh_ids.end());
      std::vector<store::ArticleRecord> fresh_rows;
      for (store::ArticleRecord& row : pending) {
        if (fresh.erase(row.id) > 0) fresh_rows.push_back(std::move(row));
      }
      RETURN_IF_ERROR(state->Place(fresh_rows, &store, &summary.placed));
      if (fingerprint.ok()) {
        store::InputProgress p = *fingerprint;
        p.records_done = records_done;
        p.finished = finished;
        RETURN_IF_ERROR(store.RecordInput(p));
      }
      RETURN_IF_ERROR(tx.Commit());
      summary.stored += fresh_rows.size();
      summary.already_stored += pending.size() - fresh_rows.size();
      progress.stored += fresh_rows.size();
      pending.clear();
      progress.seconds = std::chrono::duration<double>(Clock::now() - start).count();
      if (options.progress) options.progress(progress);
      return Status::Ok();
    };
    const ExtractSummary one = RunExtract({path}, extract, [&](const ingest::Record& record) {
      if (!failed.ok()) return;  // a commit failed: the run stops after this input
      pending.push_back(ToArticleRecord(record));
      ++records_done;
      ++summary.records;
      ++progress.records;
      if (pending.size() >= commit_every) failed = commit(false);
    });
    Merge(one, &summary.extract);
    RETURN_IF_ERROR(failed);
    RETURN_IF_ERROR(commit(true));
    ++progress.inputs_done;
  }
  summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return summary;
}

}  // namespace corroborate::pipeline
