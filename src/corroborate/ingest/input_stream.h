// InputStream: walks a run's inputs (files, directories) and yields one item per article-to-be:
// a web page (an HTML file, .html.gz, or an HTML response inside a WARC/ARC archive), a JSON
// line (.jsonl, .jsonl.gz) or a plain-text file. Formats are detected from content, never from
// names. Archives and JSON lines are streamed, so memory does not grow with file size. A bad
// input or record becomes a Diagnostic naming it (path, and offset or line), and reading goes on.
#ifndef CORROBORATE_INGEST_INPUT_STREAM_H_
#define CORROBORATE_INGEST_INPUT_STREAM_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "corroborate/archive/warc_reader.h"
#include "corroborate/core/findings.h"

namespace corroborate::ingest {

struct InputItem {
  enum class Kind { kPage, kJson, kText };
  Kind kind = Kind::kText;
  std::string source;        // "path", "path@offset" (archive record), "path#line" (JSON line)
  std::string bytes;         // the page, the JSON line or the text, as read
  std::string url;           // archive records: WARC-Target-URI; else ""
  std::string content_type;  // archive records: the HTTP Content-Type; else ""
};

struct InputOptions {
  size_t max_file_bytes = 64u << 20;  // HTML and text files (also after gunzip): larger rejected
  size_t max_line_bytes = 16u << 20;  // longer JSON lines are skipped with a diagnostic
  archive::WarcOptions warc;          // record size limit, HTML-only and 200-only filters
};

struct InputStats {
  size_t files = 0;                         // files opened
  size_t items = 0;                         // items yielded
  uint64_t bytes_read = 0;                  // input bytes consumed (compressed size for .gz)
  std::map<std::string, size_t> skipped;    // reason -> count (errors and filtered records)
};

class InputStream {
 public:
  // `inputs` are paths as given on the command line.
  InputStream(std::vector<std::string> inputs, InputOptions options = {});
  // One in-memory input named `source` (tests, fuzzers): the same detection and readers.
  static InputStream FromBytes(std::string source, std::string bytes, InputOptions options = {});
  ~InputStream();
  InputStream(InputStream&&) noexcept;
  InputStream& operator=(InputStream&&) noexcept;

  // Fills *item with the next item and returns true; returns false when every input is done.
  // Problems are appended to *diagnostics (severity "error": that input or record is skipped)
  // and counted in stats().skipped.
  bool Next(InputItem* item, std::vector<Diagnostic>* diagnostics);

  const InputStats& stats() const { return stats_; }

 private:
  struct State;
  InputStream() = default;
  void Skip(std::vector<Diagnostic>* diagnostics, const std::string& input,
            const std::string& reason, const std::string& message);
  // Sets up reading of one file (a diagnostic when it yields nothing).
  void Open(const std::string& path, std::vector<Diagnostic>* diagnostics);
  void OpenBytes(const std::string& source, std::string bytes, bool from_gzip,
                 std::vector<Diagnostic>* diagnostics);

  InputOptions options_;
  std::vector<std::string> inputs_;
  size_t next_input_ = 0;
  std::vector<std::string> files_;  // of the current input
  size_t next_file_ = 0;
  std::unique_ptr<State> state_;
  std::optional<std::pair<std::string, std::string>> pending_bytes_;  // FromBytes' input
  InputStats stats_;
};

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_INPUT_STREAM_H_
