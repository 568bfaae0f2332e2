// Input format detection from content (never from the file name).
#ifndef CORROBORATE_INGEST_FORMAT_H_
#define CORROBORATE_INGEST_FORMAT_H_

#include <string_view>

namespace corroborate::ingest {

enum class Format { kEmpty, kText, kJsonLines, kHtml, kGzip, kWarc, kBinary };
const char* FormatName(Format f);

// Looks at the first few kilobytes: gzip magic, "WARC/" or "filedesc://" (ARC), a UTF-16
// byte-order mark (HTML), NUL or control bytes (binary), a JSON
// object on the first line (JSON lines), HTML markup near the start, else plain text. Whitespace
// only is kEmpty.
Format DetectFormat(std::string_view bytes);

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_FORMAT_H_
