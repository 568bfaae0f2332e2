// The corpus commands (docs/cli.md): `ingest` fills a store with articles placed in stories,
// `stories` lists the stories, `duplicates` lists syndicated copies with their original, and
// LoadStoredStory feeds `compare --db` a stored story.
#ifndef CORROBORATE_CLI_CORPUS_COMMANDS_H_
#define CORROBORATE_CLI_CORPUS_COMMANDS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "corroborate/cli/extract_command.h"
#include "corroborate/common/status.h"
#include "corroborate/core/article.h"

namespace CLI {
class App;
}

namespace corroborate::cli {

struct CorpusArgs {
  ExtractArgs read;                     // inputs and how they are read (ingest)
  std::string db = "corroborate.db";
  size_t commit_every = 1000;           // ingest: articles per transaction
  std::string since;                    // stories: last seen on or after this date
  std::string format = "text";          // stories: text, jsonl, csv; duplicates: text, jsonl
  int64_t limit = 0;                    // stories: at most this many (0: all)
};

// Adds `ingest`, `stories` and `duplicates` to `app`, bound to `args`.
void AddCorpusCommands(CLI::App* app, CorpusArgs* args);

// Runs whichever of them was parsed; returns its exit code, or -1 when none was.
int RunCorpusCommand(CLI::App* app, const CorpusArgs& args);

// The articles of stored story `story`, or of the story of article `article_id` when that is not
// empty, ready for the compare pipeline. Errors: the store's, NotFound.
Result<std::vector<Article>> LoadStoredStory(const std::string& db, int64_t story,
                                             const std::string& article_id);

}  // namespace corroborate::cli

#endif  // CORROBORATE_CLI_CORPUS_COMMANDS_H_
