#include "corroborate/cli/cli.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "corroborate/cli/corpus_commands.h"
#include "corroborate/cli/extract_command.h"
#include "corroborate/common/file.h"
#include "corroborate/pipeline/compare_pipeline.h"
#include "corroborate/report/html_writer.h"
#include "corroborate/report/json_writer.h"
#include "corroborate/report/markdown_writer.h"
#include "corroborate/report/text_writer.h"

namespace corroborate::cli {
namespace {

constexpr const char* kCompareHelp = R"(Compare several articles about one event.

Reads every INPUT (a file, or a directory read recursively; plain text, JSON lines or HTML,
detected from content) and reports, with byte-exact evidence, what the outlets agree on, what
only some report, where they contradict each other (qualifiers, places, dates, numbers), who is
quoted and where a quote was altered, who cites whom, which passages were copied, how each outlet
labels the actors, which passages are opinion, and which parts were removed as clutter.

Examples:
  corroborate compare examples/river-flood
  corroborate compare --format html -o report.html examples/river-flood
  corroborate compare --format json a.txt b.txt feed.jsonl > report.json
  corroborate compare --db news.db --story 42      (a story stored by `ingest`)
  corroborate compare --db news.db --article ID    (the story of that article)

Exit codes: 0 all inputs compared; 3 report written but some inputs were rejected (see
diagnostics); 4 no input yielded an article; 2 bad arguments; 1 the output could not be written.)";

bool UseColor(const std::string& mode, const std::string& out_path) {
  if (mode == "always") return true;
  if (mode == "never" || !out_path.empty()) return false;
  return ::isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr;
}

// Where compare reads its articles: INPUT paths, or a story in a store.
struct CompareSource {
  std::vector<std::string> inputs;
  std::string db;
  int64_t story = 0;
  std::string article;
};

int RunCompareCommand(const CompareSource& source, const std::string& format,
                      const std::string& out_path, const std::string& color, bool quiet,
                      pipeline::CompareOptions options) {
  const bool progress = !quiet && ::isatty(STDERR_FILENO) != 0;
  if (progress) {
    options.progress = [](size_t done, size_t total, const char* stage) {
      if (total >= 20 && (done % 10 == 0 || done == total)) {
        std::fprintf(stderr, "\r%zu/%zu articles %s", done, total, stage);
        if (done == total) std::fprintf(stderr, "\n");
      }
    };
  }
  pipeline::CompareRun run;
  if (source.db.empty()) {
    run = pipeline::RunCompare(source.inputs, options);
  } else {
    auto articles = LoadStoredStory(source.db, source.story, source.article);
    if (!articles.ok()) {
      std::fprintf(stderr, "corroborate: compare: %s\n", articles.status().ToString().c_str());
      return kExitFailure;
    }
    run.report = pipeline::CompareArticles(std::move(*articles), options);
  }
  const Report& report = run.report;
  if (!quiet) {
    for (const Diagnostic& d : report.diagnostics) {
      std::fprintf(stderr, "corroborate: %s: %s: %s\n", d.severity.c_str(), d.input.c_str(),
                   d.message.c_str());
    }
  }
  const nlohmann::json doc = report::ToJson(report);
  std::string rendered;
  if (format == "json") {
    rendered = report::DumpJson(doc) + "\n";
  } else if (format == "md") {
    rendered = report::RenderMarkdown(doc);
  } else if (format == "html") {
    rendered = report::RenderHtml(doc);
  } else {
    report::TextOptions t;
    t.color = UseColor(color, out_path);
    rendered = report::RenderText(doc, t);
  }
  if (out_path.empty() || out_path == "-") {
    std::fwrite(rendered.data(), 1, rendered.size(), stdout);
    std::fflush(stdout);
  } else {
    Status s = WriteFile(out_path, rendered);
    if (!s.ok()) {
      std::fprintf(stderr, "corroborate: cannot write report: %s\n", s.ToString().c_str());
      return kExitFailure;
    }
    if (!quiet) {
      std::fprintf(stderr, "corroborate: %zu articles compared; %s report written to %s\n",
                   report.articles.size(), format.c_str(), out_path.c_str());
    }
  }
  if (report.articles.empty()) {
    std::fprintf(stderr, "corroborate: no input yielded an article\n");
    return kExitNoArticles;
  }
  return run.inputs_failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App app{"corroborate: reads news coverage of one event the way a careful editor does."};
  app.set_version_flag("--version", "corroborate 0.1.0");
  app.require_subcommand(1);
  app.footer("Run 'corroborate COMMAND --help' for the options of a command.\n"
             "Docs: docs/cli.md, docs/report-schema.md, docs/extract-format.md, "
             "docs/architecture.md");

  CLI::App* compare = app.add_subcommand("compare", "Compare articles about one event");
  compare->footer(kCompareHelp);
  CompareSource source;
  std::string format = "text", out_path, color = "auto";
  bool quiet = false;
  pipeline::CompareOptions options;
  size_t max_mb = options.read.max_file_bytes >> 20;
  compare->add_option("INPUT", source.inputs, "Article files or directories (read recursively)");
  CLI::Option* db = compare->add_option("--db", source.db,
                                        "Compare a story stored by `ingest` in this store");
  CLI::Option* story = compare->add_option("--story", source.story, "The story's id (--db)");
  CLI::Option* article =
      compare->add_option("--article", source.article, "The story of this article id (--db)");
  story->needs(db);
  article->needs(db);
  story->excludes(article);
  compare->add_option("-f,--format", format,
                      "Output format: text (terminal summary), json (the stable report, "
                      "docs/report-schema.md), md (Markdown), html (self-contained page)")
      ->check(CLI::IsMember({"text", "json", "md", "html"}))
      ->capture_default_str();
  compare->add_option("-o,--output", out_path, "Write the report to PATH instead of stdout");
  compare->add_option("--color", color, "Color in the text summary: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  compare->add_option("--max-bytes", max_mb,
                      "Reject input files larger than this many MiB (they are reported, the rest "
                      "still compared)")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  compare->add_option("--min-reuse-chars", options.reuse.min_chars,
                      "Shortest shared passage reported as reuse, in bytes")
      ->capture_default_str();
  compare->add_flag("-q,--quiet", quiet, "No diagnostics or progress on stderr");

  ExtractArgs extract_args;
  CLI::App* extract = AddExtractCommand(&app, &extract_args);
  CorpusArgs corpus_args;
  AddCorpusCommands(&app, &corpus_args);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  options.read.max_file_bytes = max_mb << 20;
  if (compare->parsed()) {
    if (source.db.empty() == source.inputs.empty() ||
        (!source.db.empty() && story->count() == 0 && article->count() == 0)) {
      std::fprintf(stderr,
                   "corroborate: compare: give INPUT paths, or --db with --story or --article\n");
      return kExitUsage;
    }
    return RunCompareCommand(source, format, out_path, color, quiet, options);
  }
  if (extract->parsed()) return RunExtractCommand(extract_args);
  if (const int code = RunCorpusCommand(&app, corpus_args); code >= 0) return code;
  return kExitUsage;
}

}  // namespace corroborate::cli
