#include "corroborate/ingest/input_stream.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <utility>

#include "corroborate/archive/byte_source.h"
#include "corroborate/archive/gunzip.h"
#include "corroborate/archive/inflate_stream.h"
#include "corroborate/common/file.h"
#include "corroborate/ingest/format.h"

namespace corroborate::ingest {
namespace {

constexpr size_t kHeadBytes = 64 << 10;  // enough to detect any format we read

// JSON lines from a file (plain or gzip, through the archive stage's bounded InflateStream) or
// from memory, one line at a time.
class LineSource {
 public:
  explicit LineSource(std::string bytes) : buffer_(std::move(bytes)), eof_(true) {}
  explicit LineSource(std::unique_ptr<archive::InflateStream> stream)
      : stream_(std::move(stream)) {}
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  // Next line (without "\n"), its number in *line_no; *too_long when it exceeded `max` bytes
  // (its bytes are then dropped). False at the end; *error is set when the data is corrupt.
  bool Next(size_t max, std::string* line, size_t* line_no, bool* too_long, std::string* error) {
    *too_long = false;
    bool skipping = false;
    for (;;) {
      const size_t nl = buffer_.find('\n', pos_);
      if (nl != std::string::npos || (eof_ && pos_ < buffer_.size())) {
        const size_t end = nl == std::string::npos ? buffer_.size() : nl;
        ++line_no_;
        if (end - pos_ > max) *too_long = skipping = true;
        if (skipping) line->clear();
        else line->assign(buffer_, pos_, end - pos_);
        pos_ = end + 1;
        *line_no = line_no_;
        return true;
      }
      if (eof_) return false;
      if (buffer_.size() - pos_ > max) {  // drop the over-long line's bytes as they come
        *too_long = skipping = true;
        line->clear();
        pos_ = buffer_.size();
      }
      buffer_.erase(0, pos_);
      pos_ = 0;
      auto chunk = stream_->Peek(1 << 16);
      if (!chunk.ok()) {
        *error = chunk.status().message();
        eof_ = true;
        return false;
      }
      if (chunk->empty()) eof_ = true;
      buffer_.append(*chunk);
      stream_->Consume(chunk->size());
    }
  }

 private:
  std::unique_ptr<archive::InflateStream> stream_;
  std::string buffer_;
  size_t pos_ = 0;
  size_t line_no_ = 0;
  bool eof_ = false;
};

}  // namespace

struct InputStream::State {
  std::string source;
  std::unique_ptr<archive::WarcReader> warc;
  std::unique_ptr<LineSource> lines;
  uint64_t counted_bytes = 0;         // of this source, already in stats_.bytes_read
  std::optional<InputItem> pending;   // a single-item source not yet yielded
};

InputStream::InputStream(std::vector<std::string> inputs, InputOptions options)
    : options_(std::move(options)), inputs_(std::move(inputs)) {}
InputStream::~InputStream() = default;
InputStream::InputStream(InputStream&&) noexcept = default;
InputStream& InputStream::operator=(InputStream&&) noexcept = default;

InputStream InputStream::FromBytes(std::string source, std::string bytes, InputOptions options) {
  InputStream s;
  s.options_ = std::move(options);
  s.pending_bytes_.emplace(std::move(source), std::move(bytes));
  return s;
}

void InputStream::Skip(std::vector<Diagnostic>* diagnostics, const std::string& input,
                       const std::string& reason, const std::string& message) {
  ++stats_.skipped[reason];
  diagnostics->push_back({input, "error", message});
}

void InputStream::OpenBytes(const std::string& source, std::string bytes, bool from_gzip,
                            std::vector<Diagnostic>* diagnostics) {
  const Format format = DetectFormat(bytes);
  auto item = [&](InputItem::Kind kind) {
    state_->pending = InputItem{kind, source, std::move(bytes), {}, {}};
  };
  switch (format) {
    case Format::kEmpty:
      Skip(diagnostics, source, "empty", "empty input");
      return;
    case Format::kBinary:
      Skip(diagnostics, source, "binary",
           "binary data, not an article (HTML, WARC, JSON lines or text expected)");
      return;
    case Format::kGzip: {
      if (from_gzip) {
        Skip(diagnostics, source, "binary", "gzip inside gzip: not read");
        return;
      }
      if (archive::LooksLikeArchive(bytes)) {
        auto reader = archive::WarcReader::FromBytes(std::move(bytes), options_.warc);
        if (!reader.ok()) return Skip(diagnostics, source, "corrupt", reader.status().message());
        state_->warc = std::move(reader).value();
        return;
      }
      auto plain = archive::Gunzip(bytes, options_.max_file_bytes);
      if (!plain.ok()) return Skip(diagnostics, source, "corrupt", plain.status().ToString());
      return OpenBytes(source, std::move(plain).value(), true, diagnostics);
    }
    case Format::kWarc: {
      auto reader = archive::WarcReader::FromBytes(std::move(bytes), options_.warc);
      if (!reader.ok()) return Skip(diagnostics, source, "corrupt", reader.status().message());
      state_->warc = std::move(reader).value();
      return;
    }
    case Format::kJsonLines:
      state_->lines = std::make_unique<LineSource>(std::move(bytes));
      return;
    case Format::kHtml:
      return item(InputItem::Kind::kPage);
    case Format::kText:
      return item(InputItem::Kind::kText);
  }
}

void InputStream::Open(const std::string& path, std::vector<Diagnostic>* diagnostics) {
  state_ = std::make_unique<State>();
  state_->source = path;
  ++stats_.files;
  std::error_code ec;
  const uintmax_t size = std::filesystem::file_size(path, ec);
  std::ifstream in(path, std::ios::binary);
  if (ec || !in) return Skip(diagnostics, path, "unreadable", "cannot open the file");
  std::string head(kHeadBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  in.close();
  if (head.empty()) return Skip(diagnostics, path, "empty", "empty input");
  if (archive::LooksLikeArchive(head)) {
    auto reader = archive::WarcReader::Open(path, options_.warc);
    if (!reader.ok()) return Skip(diagnostics, path, "corrupt", reader.status().message());
    state_->warc = std::move(reader).value();
    return;
  }
  // JSON lines are streamed, plain or gzip; any other gzip is read whole (bounded). One stream
  // serves both: its first bytes choose the reader.
  if (archive::IsGzip(head) || DetectFormat(head) == Format::kJsonLines) {
    auto source = archive::OpenFileSource(path);
    if (!source.ok()) return Skip(diagnostics, path, "unreadable", source.status().message());
    auto stream = std::make_unique<archive::InflateStream>(std::move(source).value());
    auto inner = stream->Peek(kHeadBytes);
    if (!inner.ok()) return Skip(diagnostics, path, "corrupt", inner.status().message());
    if (DetectFormat(*inner) == Format::kJsonLines) {
      stats_.bytes_read += size;
      state_->counted_bytes = size;
      state_->lines = std::make_unique<LineSource>(std::move(stream));
      return;
    }
    std::string plain;
    for (;;) {
      auto chunk = stream->Peek(1 << 16);
      if (!chunk.ok()) return Skip(diagnostics, path, "corrupt", chunk.status().message());
      if (chunk->empty()) break;
      if (plain.size() + chunk->size() > options_.max_file_bytes) {
        return Skip(diagnostics, path, "too large",
                    "too large: inflates past " + std::to_string(options_.max_file_bytes >> 20) +
                        " MiB (--max-bytes)");
      }
      plain.append(*chunk);
      stream->Consume(chunk->size());
    }
    stats_.bytes_read += size;
    return OpenBytes(path, std::move(plain), true, diagnostics);
  }
  auto bytes = ReadFile(path, options_.max_file_bytes);
  if (!bytes.ok()) {
    return Skip(diagnostics, path,
                bytes.status().code() == StatusCode::kTooLarge ? "too large" : "unreadable",
                bytes.status().ToString() + " (--max-bytes)");
  }
  stats_.bytes_read += bytes->size();
  OpenBytes(path, std::move(bytes).value(), false, diagnostics);
}

bool InputStream::Next(InputItem* item, std::vector<Diagnostic>* diagnostics) {
  for (;;) {
    if (pending_bytes_.has_value()) {
      auto [source, bytes] = std::move(*pending_bytes_);
      pending_bytes_.reset();
      stats_.bytes_read += bytes.size();
      ++stats_.files;
      state_ = std::make_unique<State>();
      state_->source = source;
      OpenBytes(source, std::move(bytes), false, diagnostics);
      continue;
    }
    if (state_ != nullptr && state_->pending) {
      *item = std::move(*state_->pending);
      state_->pending.reset();
      ++stats_.items;
      return true;
    }
    if (state_ != nullptr && state_->warc != nullptr) {
      archive::WarcRecord rec;
      Result<bool> got = state_->warc->Next(&rec);
      const uint64_t in = state_->warc->stats().bytes_in;
      stats_.bytes_read += in - std::min(in, state_->counted_bytes);
      state_->counted_bytes = std::max(in, state_->counted_bytes);
      if (!got.ok()) {
        // The reader's messages already name the file; keep them from naming it twice.
        std::string message = got.status().message();
        const std::string prefix = state_->source + ": ";
        if (message.compare(0, prefix.size(), prefix) == 0) message.erase(0, prefix.size());
        Skip(diagnostics, state_->source, "corrupt record", message);
        continue;
      }
      if (*got) {
        item->kind = InputItem::Kind::kPage;
        item->source = state_->source + "@" + std::to_string(rec.offset);
        item->bytes = std::move(rec.payload);
        item->url = std::move(rec.target_uri);
        item->content_type = std::move(rec.content_type);
        ++stats_.items;
        return true;
      }
      const archive::WarcStats& w = state_->warc->stats();
      if (w.skipped_not_html > 0) stats_.skipped["not html"] += w.skipped_not_html;
      if (w.skipped_status > 0) stats_.skipped["http status not 200"] += w.skipped_status;
      state_->warc.reset();
      continue;
    }
    if (state_ != nullptr && state_->lines != nullptr) {
      std::string line, error;
      size_t line_no = 0;
      bool too_long = false;
      if (state_->lines->Next(options_.max_line_bytes, &line, &line_no, &too_long, &error)) {
        const std::string where = state_->source + "#" + std::to_string(line_no);
        if (too_long) {
          Skip(diagnostics, where, "too large",
               "JSON line longer than " + std::to_string(options_.max_line_bytes) + " bytes");
          continue;
        }
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        *item = InputItem{InputItem::Kind::kJson, where, std::move(line), {}, {}};
        ++stats_.items;
        return true;
      }
      if (!error.empty()) Skip(diagnostics, state_->source, "corrupt", "gzip: " + error);
      state_->lines.reset();
      continue;
    }
    // The next file of the current input, or the next input.
    if (next_file_ < files_.size()) {
      Open(files_[next_file_++], diagnostics);
      continue;
    }
    if (next_input_ >= inputs_.size()) return false;
    const std::string& input = inputs_[next_input_++];
    auto files = ExpandInput(input);
    files_.clear();
    next_file_ = 0;
    if (!files.ok()) {
      Skip(diagnostics, input, "not found", files.status().message());
    } else if (files->empty()) {
      Skip(diagnostics, input, "empty", "directory holds no input files");
    } else {
      files_ = std::move(files).value();
    }
  }
}

}  // namespace corroborate::ingest
