// WarcReader: streams the records of a web archive (WARC 1.x or 0.x, ARC v1/v2), plain, gzipped
// per record (.warc.gz) or gzipped whole, detected from the bytes. It yields the HTTP payloads of
// response and resource records, with chunked transfer coding and gzip/deflate content coding
// undone, and skips what the options filter out without copying it. Memory is bounded by the
// buffers and max_record_bytes, whatever the archive's size. One bad record never ends the
// reading: Next() reports it and goes on with the following record.
#ifndef CORROBORATE_ARCHIVE_WARC_READER_H_
#define CORROBORATE_ARCHIVE_WARC_READER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "corroborate/common/status.h"

namespace corroborate::archive {

class RecordParser;  // record_parser.h

struct WarcOptions {
  size_t max_record_bytes = 64u << 20;  // larger record blocks are skipped with a TooLarge error
  bool html_only = true;  // skip response/resource records whose Content-Type is not HTML
                          // (sniffed from the payload when there is none), counting them
  bool ok_only = true;    // skip HTTP responses whose status is not 200, counting them
  // Return only response and resource records (ARC: every record but the file header). When
  // false, the other records (warcinfo, request, metadata, revisit...) come too, their block as
  // payload; the two filters above apply to response and resource records only.
  bool payload_records_only = true;
  size_t max_header_bytes = 256u << 10;           // longer WARC/HTTP heads are errors
  size_t buffer_bytes = 256u << 10;               // read buffer, and the decoded window's size
  uint64_t max_member_bytes = uint64_t{4} << 30;  // gzip members inflating past this: error
};

struct WarcRecord {
  // Offset in the file of the record: for gzip input, of the gzip member holding the record's
  // first byte (the record's own member in a .warc.gz); for plain input, of the record itself.
  uint64_t offset = 0;
  uint64_t stream_offset = 0;  // offset of the record in the decompressed stream
  std::string type;            // WARC-Type: "response", "resource"... (ARC: "response")
  std::string target_uri, date, record_id;  // date as written (ARC: converted to ISO 8601)
  int http_status = 0;  // 0 when the block is not an HTTP response (resource records)
  // Content-Type of the payload: the HTTP header's, or the record's for other blocks.
  std::string content_type;
  // The HTTP body with transfer and content coding undone (at most max_record_bytes), or the
  // record's block when it is not an HTTP response.
  std::string payload;
};

struct WarcStats {
  uint64_t records = 0;    // records whose header was read, of any type
  uint64_t responses = 0;  // response and resource records (ARC: all but the file header)
  uint64_t skipped_not_html = 0, skipped_status = 0;  // filtered out by the options
  uint64_t errors = 0;                                // errors returned by Next()
  uint64_t bytes_in = 0;  // bytes read from the file (compressed, when gzip)
};

// Not thread-safe: one reader per thread (readers share nothing).
class WarcReader {
 public:
  // Opens the archive at `path`. Errors: NotFound, IoError, InvalidInput when the file does not
  // start (after blank lines) like a WARC or ARC archive, plain or gzipped.
  static Result<std::unique_ptr<WarcReader>> Open(const std::string& path,
                                                  const WarcOptions& options = {});
  // The same over bytes in memory (tests, fuzzers). Errors: InvalidInput as Open.
  static Result<std::unique_ptr<WarcReader>> FromBytes(std::string bytes,
                                                       const WarcOptions& options = {});
  ~WarcReader();

  // Reads on to the next record that passes the filters. Returns true with *record filled, or
  // false at the end of the input. Errors (the message names the file, when opened from one, and
  // the record's offset: "f.warc.gz: record at offset 1234: truncated: ..."): InvalidInput for a
  // truncated or malformed record, garbage between records and corrupt gzip; TooLarge for a
  // record past max_record_bytes or a gzip member past max_member_bytes; IoError. After an error
  // the caller may call Next() again: reading resumes at the next record (next gzip member or
  // "WARC/" line) until the end.
  Result<bool> Next(WarcRecord* record);

  const WarcStats& stats() const;

 private:
  explicit WarcReader(std::unique_ptr<RecordParser> parser);
  std::unique_ptr<RecordParser> parser_;
};

// True when `first_bytes` (the start of a file; a few hundred bytes suffice) look like a WARC or
// ARC archive, plain or gzipped (the first gzip member is peeked into).
bool LooksLikeArchive(std::string_view first_bytes);

}  // namespace corroborate::archive

#endif  // CORROBORATE_ARCHIVE_WARC_READER_H_
