// `corroborate extract`: web pages, WARC/ARC archives, JSON lines and text files in, one JSON
// record per article out (news-please field names; docs/extract-format.md).
#ifndef CORROBORATE_CLI_EXTRACT_COMMAND_H_
#define CORROBORATE_CLI_EXTRACT_COMMAND_H_

#include <string>
#include <vector>

#include "corroborate/pipeline/extract_pipeline.h"

namespace CLI {
class App;
}

namespace corroborate::cli {

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string out_path;       // "" or "-": stdout
  int jobs = 1;               // 0: one per core
  bool quiet = false;
  bool all_records = false;   // keep non-HTML and non-200 archive records
  bool no_language = false;   // skip CLD2 (declared language only)
  size_t max_mb = 32;         // largest page or file, MiB
};

// The pipeline options the arguments stand for (shared with `ingest`, which reads the same way).
pipeline::ExtractOptions MakeExtractOptions(const ExtractArgs& args);

// Adds the subcommand to `app`, binding its options to `args`; returns the subcommand.
CLI::App* AddExtractCommand(CLI::App* app, ExtractArgs* args);

// Runs it; returns the exit code (cli.h): 0, 1 (output not written), 3 (some inputs or records
// rejected), 4 (nothing extracted).
int RunExtractCommand(const ExtractArgs& args);

}  // namespace corroborate::cli

#endif  // CORROBORATE_CLI_EXTRACT_COMMAND_H_
