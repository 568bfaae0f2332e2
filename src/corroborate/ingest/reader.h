// Reading the inputs of a run: files and directories, each format detected from content. One bad
// input never stops the others: it becomes a Diagnostic naming the input.
#ifndef CORROBORATE_INGEST_READER_H_
#define CORROBORATE_INGEST_READER_H_

#include <string>
#include <vector>

#include "corroborate/core/article.h"
#include "corroborate/core/findings.h"

namespace corroborate::ingest {

struct ReadOptions {
  size_t max_file_bytes = 64u << 20;     // larger files are rejected before reading
  size_t max_article_bytes = 4u << 20;   // larger article texts are rejected
  size_t max_articles = 100000;          // stop adding articles past this many
};

struct ReadResult {
  std::vector<Article> articles;        // ids unique, sources as given
  std::vector<Diagnostic> diagnostics;  // one per rejected input or record, plus warnings
  size_t inputs_failed = 0;             // inputs or records that yielded no article
};

// Reads every input (file or directory, recursively). Plain text keeps the file's exact bytes
// when they are valid UTF-8; otherwise invalid bytes are replaced and a warning is added.
ReadResult ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options = {});

// Reads one file's bytes already in memory (used by ReadInputs and by tests and fuzzers).
void ReadBytes(const std::string& source, std::string bytes, const ReadOptions& options,
               ReadResult* out);

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_READER_H_
