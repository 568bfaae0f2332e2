// Record and HTTP headers inside web archives: the WARC record header ("WARC/1.1" then named
// fields up to a blank line), the ARC v1/v2 record line ("URL IP date type length"), and the
// HTTP response head that starts a response record's block. Parsers take views and copy what
// they keep; none of them reads past the bytes it is given.
#ifndef CORROBORATE_ARCHIVE_WARC_HEADER_H_
#define CORROBORATE_ARCHIVE_WARC_HEADER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/common/status.h"

namespace corroborate::archive {

inline constexpr size_t kNoHeaderEnd = static_cast<size_t>(-1);

// Offset just past the blank line ending the header block that starts at data[0] ("\r\n\r\n",
// or "\n\n" as some writers produce), or kNoHeaderEnd when `data` holds no blank line.
size_t FindHeaderEnd(std::string_view data);

struct HeaderField {
  std::string_view name;  // as written; compare with FieldIs
  std::string value;      // trimmed; continuation lines joined with one space
};

// Splits header lines (without the first line) into fields. Lines without a colon are ignored.
// Names are views into `lines`.
std::vector<HeaderField> ParseHeaderFields(std::string_view lines);

// The value of the first field named `name` (ASCII case-insensitive), or "".
std::string_view FieldValue(const std::vector<HeaderField>& fields, std::string_view name);

// True when `line` is a WARC version line ("WARC/1.0", "WARC/1.1", "WARC/0.18"...), with or
// without its line end.
bool IsWarcVersionLine(std::string_view line);

struct WarcHead {
  std::string type;          // WARC-Type, as written ("response", "resource"...)
  std::string target_uri;    // WARC-Target-URI without the <> some writers add
  std::string date;          // WARC-Date
  std::string record_id;     // WARC-Record-ID
  std::string content_type;  // Content-Type of the block
  uint64_t content_length = 0;
};

// Parses a WARC header block `head` (from the version line to the blank line, inclusive).
// Errors: InvalidInput when the version line is missing, or Content-Length is missing, negative,
// not a number or past 2^53 (the message quotes it).
Result<WarcHead> ParseWarcHead(std::string_view head);

struct ArcHead {
  std::string url;           // first field; "filedesc://..." for the file's own header record
  std::string date;          // ISO 8601 ("2014-02-16T05:02:21Z") from the 14-digit ARC date
  std::string content_type;  // the ARC line's content type
  uint64_t length = 0;       // bytes that follow the line
};

// Parses one ARC record line (v1: URL IP date type length; v2 has more fields and ends with the
// length), without its "\n". Returns false when the line is not one.
bool ParseArcLine(std::string_view line, ArcHead* head);

struct HttpHead {
  int status = 0;                 // the status code, 100..999
  std::string content_type;       // Content-Type value, "" when absent
  std::string transfer_encoding;  // Transfer-Encoding value, lowercased
  std::string content_encoding;   // Content-Encoding value, lowercased
  size_t size = 0;                // bytes of the head, blank line included
};

// Parses the HTTP response head that starts `data` ("HTTP/1.1 200 OK" ... blank line). When
// `whole_block` is true, `data` is everything there is, and a head without a blank line takes
// all of it (a response with no body). Errors: InvalidInput when `data` does not start with a
// status line, or holds no blank line and `whole_block` is false.
Result<HttpHead> ParseHttpHead(std::string_view data, bool whole_block = false);

// The media type of a Content-Type value, lowercased and without parameters.
std::string MediaType(std::string_view content_type);

// True for HTML media types (text/html, application/xhtml+xml and other "...html..." types).
bool IsHtmlMediaType(std::string_view content_type);

// True when `prefix` (the first bytes of a body) looks like HTML markup: after blanks and a
// UTF-8 byte-order mark, a "<" and, within it, a doctype, <html>, <head> or <body> tag.
bool SniffHtml(std::string_view prefix);

}  // namespace corroborate::archive

#endif  // CORROBORATE_ARCHIVE_WARC_HEADER_H_
