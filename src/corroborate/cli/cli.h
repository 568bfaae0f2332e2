// The command-line interface: `corroborate compare ...`. Thin: parses arguments, runs the
// pipeline, writes the chosen format, maps the outcome to an exit code (docs/cli.md).
#ifndef CORROBORATE_CLI_CLI_H_
#define CORROBORATE_CLI_CLI_H_

namespace corroborate::cli {

// Exit codes, documented in docs/cli.md.
inline constexpr int kExitOk = 0;            // every input was read and compared
inline constexpr int kExitFailure = 1;       // the report could not be written
inline constexpr int kExitUsage = 2;         // bad arguments
inline constexpr int kExitPartial = 3;       // report written; some inputs were rejected
inline constexpr int kExitNoArticles = 4;    // no input yielded an article

// Runs the CLI and returns the process exit code. Never throws.
int Main(int argc, char** argv);

}  // namespace corroborate::cli

#endif  // CORROBORATE_CLI_CLI_H_
