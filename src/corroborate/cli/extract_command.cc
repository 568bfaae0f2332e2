#include "corroborate/cli/extract_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <string>

#include "corroborate/cli/cli.h"
#include "corroborate/pipeline/extract_pipeline.h"

namespace corroborate::cli {
namespace {

constexpr const char* kExtractHelp = R"(Extract articles from web pages and archives.

Reads every INPUT (a file, or a directory read recursively) and writes one JSON object per
article, one per line, with the news-please / CC-NEWS field names (url, title, maintext,
date_publish, authors, source_domain, language, description) plus id, source and extraction
statistics (docs/extract-format.md). Formats are detected from content: HTML pages (.html,
.html.gz), WARC and ARC archives (.warc, .warc.gz, .arc.gz; HTML responses with status 200),
JSON lines (.jsonl, .jsonl.gz; unknown fields pass through) and plain text.

Examples:
  corroborate extract page.html
  corroborate extract CC-NEWS-20240101.warc.gz -o articles.jsonl --jobs 2
  corroborate extract crawl/ -o articles.jsonl && corroborate compare articles.jsonl

A progress line goes to stderr when it is a terminal (not with --quiet); a summary of records
read, extracted and skipped (by reason) ends every run.

Exit codes: 0 every input read; 3 output written but some inputs or records were rejected
(see the messages); 4 nothing was extracted; 2 bad arguments; 1 the output could not be
written.)";

std::string Megabytes(uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return buf;
}

void PrintProgress(const pipeline::ExtractProgress& p) {
  const double rate = p.seconds > 0 ? static_cast<double>(p.bytes_read) / 1e6 / p.seconds : 0;
  std::fprintf(stderr, "\r%zu records, %zu extracted, %zu skipped (%zu errors), %s, %.1f MB/s   ",
               p.records, p.extracted, p.skipped, p.errors, Megabytes(p.bytes_read).c_str(), rate);
}

}  // namespace

CLI::App* AddExtractCommand(CLI::App* app, ExtractArgs* args) {
  CLI::App* cmd = app->add_subcommand("extract", "Extract articles from HTML, WARC and JSON lines");
  cmd->footer(kExtractHelp);
  cmd->add_option("INPUT", args->inputs, "Files or directories (read recursively)")->required();
  cmd->add_option("-o,--output", args->out_path, "Write the JSON lines to PATH instead of stdout");
  cmd->add_option("-j,--jobs", args->jobs, "Extraction threads (0: one per core)")
      ->capture_default_str()
      ->check(CLI::Range(0, 256));
  cmd->add_option("--max-bytes", args->max_mb,
                  "Largest page, file or archive record to read, in MiB (larger ones are "
                  "reported and skipped)")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  cmd->add_flag("--all-records", args->all_records,
                "Also extract archive records that are not HTML or not HTTP 200");
  cmd->add_flag("--no-language", args->no_language,
                "Do not identify the language (keep the page's declared one)");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress, messages or summary on stderr");
  return cmd;
}

pipeline::ExtractOptions MakeExtractOptions(const ExtractArgs& args) {
  pipeline::ExtractOptions options;
  options.jobs = args.jobs;
  const size_t max_bytes = args.max_mb << 20;
  options.input.max_file_bytes = max_bytes;
  options.input.max_line_bytes = max_bytes;
  options.input.warc.max_record_bytes = max_bytes;
  options.input.warc.html_only = !args.all_records;
  options.input.warc.ok_only = !args.all_records;
  options.record.page.max_page_bytes = max_bytes;
  options.record.detect_language = !args.no_language;
  return options;
}

int RunExtractCommand(const ExtractArgs& args) {
  pipeline::ExtractOptions options = MakeExtractOptions(args);
  const bool progress = !args.quiet && ::isatty(STDERR_FILENO) != 0;
  if (progress) {
    options.progress = [last = 0.0](const pipeline::ExtractProgress& p) mutable {
      if (p.seconds - last < 0.2) return;
      last = p.seconds;
      PrintProgress(p);
    };
  }
  FILE* out = stdout;
  const bool to_file = !args.out_path.empty() && args.out_path != "-";
  // A regular file is written beside and renamed when complete, so a killed run never leaves a
  // half file under the final name; a device or pipe (/dev/null, a FIFO) is written directly.
  std::error_code ec;
  const auto kind = std::filesystem::status(args.out_path, ec).type();
  const bool special = to_file && !ec && kind != std::filesystem::file_type::regular &&
                       kind != std::filesystem::file_type::not_found;
  const std::string tmp_path = special ? args.out_path : args.out_path + ".partial";
  if (to_file) {
    out = std::fopen(tmp_path.c_str(), "wb");
    if (out == nullptr) {
      std::fprintf(stderr, "corroborate: cannot write %s\n", tmp_path.c_str());
      return kExitFailure;
    }
  }
  bool write_failed = false;
  pipeline::ExtractSummary summary =
      pipeline::RunExtract(args.inputs, options, [&](const ingest::Record& r) {
        const std::string line = ingest::RecordToJson(r).dump(
            -1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        if (std::fwrite(line.data(), 1, line.size(), out) != line.size()) write_failed = true;
      });
  if (std::fflush(out) != 0) write_failed = true;
  if (to_file) {
    if (std::fclose(out) != 0) write_failed = true;
    if (!write_failed && !special &&
        std::rename(tmp_path.c_str(), args.out_path.c_str()) != 0) {
      write_failed = true;
    }
  }
  if (progress) std::fprintf(stderr, "\n");
  if (write_failed) {
    std::fprintf(stderr, "corroborate: cannot write %s\n",
                 to_file ? args.out_path.c_str() : "standard output");
    return kExitFailure;
  }
  const pipeline::ExtractProgress& t = summary.totals;
  if (!args.quiet) {
    for (const Diagnostic& d : summary.diagnostics) {
      std::fprintf(stderr, "corroborate: %s: %s: %s\n", d.severity.c_str(), d.input.c_str(),
                   d.message.c_str());
    }
    if (summary.diagnostics_dropped > 0) {
      std::fprintf(stderr, "corroborate: ... and %zu more messages\n",
                   summary.diagnostics_dropped);
    }
    std::string reasons;
    for (const auto& [reason, n] : summary.skipped) {
      reasons += (reasons.empty() ? " (" : ", ") + reason + ": " + std::to_string(n);
    }
    if (!reasons.empty()) reasons += ")";
    const double rate = t.seconds > 0 ? static_cast<double>(t.bytes_read) / 1e6 / t.seconds : 0;
    std::fprintf(stderr,
                 "corroborate: extract: %zu records read (%s in %.2f s, %.1f MB/s): %zu "
                 "extracted, %zu skipped%s\n",
                 t.records, Megabytes(t.bytes_read).c_str(), t.seconds, rate, t.extracted,
                 t.skipped, reasons.c_str());
  }
  if (t.extracted == 0) return kExitNoArticles;
  return t.errors > 0 ? kExitPartial : kExitOk;
}

}  // namespace corroborate::cli
