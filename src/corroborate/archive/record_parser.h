// RecordParser: the state machine behind WarcReader (warc_reader.h). It walks the decoded stream
// record by record: finds the next record start (skipping blank lines, resynchronising on the
// next "WARC/" line, ARC record line or gzip member after garbage or an error), parses the record
// header and the HTTP head, filters, and reads or skips the block. Internal to the archive stage.
#ifndef CORROBORATE_ARCHIVE_RECORD_PARSER_H_
#define CORROBORATE_ARCHIVE_RECORD_PARSER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "corroborate/archive/byte_source.h"
#include "corroborate/archive/inflate_stream.h"
#include "corroborate/archive/warc_reader.h"
#include "corroborate/common/status.h"

namespace corroborate::archive {

class RecordParser {
 public:
  // `name` prefixes error messages ("" for none).
  RecordParser(std::string name, std::unique_ptr<ByteSource> source, const WarcOptions& options);

  // Reads the first bytes and decides WARC or ARC. Errors: InvalidInput when neither, stream
  // errors.
  Status DetectFormat();
  // See WarcReader::Next.
  Result<bool> Next(WarcRecord* record);
  const WarcStats& stats() const { return stats_; }

 private:
  enum class Format { kWarc, kArc };
  enum class Outcome { kReturned, kSkipped };
  // What the container says about a record, before its block is read.
  struct Meta {
    uint64_t offset = 0, stream_offset = 0;
    bool aligned = false;  // the record starts a gzip member (so its block should not leave it)
    std::string type, target_uri, date, record_id, content_type;
    uint64_t length = 0;  // block bytes
  };

  // Positions the stream at the next record start. Returns false at the end. Errors: garbage
  // before the record (reported once the record is found), stream errors.
  Result<bool> SkipToRecord();
  // Skips bytes up to the next plausible record start (a line start or gzip member start where a
  // record header begins); returns how many were skipped.
  Result<uint64_t> Resync();
  // True when `view` starts with a record header line.
  bool AtRecordStart(std::string_view view) const;
  Result<bool> RecordStartsAt(size_t distance);
  // Buffers bytes until a '\n' lies in the first `limit` bytes or the input ends; returns them.
  Result<std::string_view> PeekUntilNewline(size_t limit);
  // Offset just past the blank line ending a head that starts at the read position and lies
  // within `limit` bytes, or kNoHeaderEnd when the input or the limit comes first.
  Result<size_t> PeekHead(size_t limit);
  // Consumes the current line (after a bad header, so that resynchronising moves on).
  void DropLine();

  Result<Outcome> ReadWarcRecord(WarcRecord* record);
  Result<Outcome> ReadArcRecord(WarcRecord* record);
  // Reads or skips the block of the record described by `meta` and fills *record.
  Result<Outcome> ReadBlock(const Meta& meta, bool payload_type, WarcRecord* record);
  // Consumes `length` block bytes, appending them to *out unless null; `done` block bytes were
  // consumed before (for messages). Errors: truncated block (input ends, or the record's gzip
  // member ends and the next one starts a record), stream errors.
  Status ConsumeBlock(const Meta& meta, uint64_t length, std::string* out, uint64_t done = 0);
  Status Skip(const Meta& meta, uint64_t length, uint64_t done = 0) {
    return ConsumeBlock(meta, length, nullptr, done);
  }
  // For a record gzipped on its own: decodes on to the end of its member, so that a failed CRC
  // check (garbage inflated from a damaged member) fails the record instead of passing it on.
  Status CheckMemberEnd(const Meta& meta);
  Meta StartMeta() const;
  Status RecordError(const Meta& meta, const Status& status) const;
  Status StreamError(const Status& status) const;

  std::string prefix_;  // "name: " or ""
  WarcOptions options_;
  InflateStream stream_;
  Format format_ = Format::kWarc;
  bool resync_ = false;  // the stream is inside a bad record: skip to the next record start
  std::optional<Status> deferred_;  // an error met early, about what follows the last record
  WarcStats stats_;
};

}  // namespace corroborate::archive

#endif  // CORROBORATE_ARCHIVE_RECORD_PARSER_H_
