// Whole-input gunzip for compressed files that are not archives (.html.gz, .jsonl.gz): every
// gzip member in turn, streamed through a fixed buffer, with a bound on the output so that a zip
// bomb costs a bounded amount of memory and time.
#ifndef CORROBORATE_ARCHIVE_GUNZIP_H_
#define CORROBORATE_ARCHIVE_GUNZIP_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "corroborate/common/status.h"

namespace corroborate::archive {

// True when `bytes` start with the gzip magic bytes.
bool IsGzip(std::string_view bytes);

// Inflates all the gzip members of `bytes`, concatenated. Zero padding after the last member is
// ignored. Errors: TooLarge as soon as the output passes `max_bytes`; InvalidInput when `bytes`
// are not gzip, or are corrupt, truncated or followed by other bytes.
Result<std::string> Gunzip(std::string_view bytes, size_t max_bytes);

// Gunzip of the file at `path`, read through a fixed-size buffer. Errors: as Gunzip, plus
// NotFound and IoError.
Result<std::string> GunzipFile(const std::string& path, size_t max_bytes);

}  // namespace corroborate::archive

#endif  // CORROBORATE_ARCHIVE_GUNZIP_H_
