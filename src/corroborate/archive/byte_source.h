// ByteSource: where the archive readers get raw (possibly compressed) bytes, a file read through a
// fixed-size buffer or a string in memory. Readers never need the whole input at once, so memory
// stays independent of the input's size.
#ifndef CORROBORATE_ARCHIVE_BYTE_SOURCE_H_
#define CORROBORATE_ARCHIVE_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "corroborate/common/status.h"

namespace corroborate::archive {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Copies up to `n` bytes into `dst`; returns how many, 0 only at the end of the input.
  // Errors: IoError.
  virtual Result<size_t> Read(char* dst, size_t n) = 0;
  // Discards up to `n` bytes; returns how many were discarded (fewer only at the end).
  // Files seek; the default reads into a scratch buffer. Errors: IoError.
  virtual Result<uint64_t> Skip(uint64_t n);
};

// Opens `path` for reading. Errors: NotFound, InvalidArgument (a directory), IoError.
Result<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path);

// A source over `bytes` (owned by the source).
std::unique_ptr<ByteSource> MakeStringSource(std::string bytes);
// A source over `bytes`, which must outlive the source.
std::unique_ptr<ByteSource> MakeViewSource(std::string_view bytes);

}  // namespace corroborate::archive

#endif  // CORROBORATE_ARCHIVE_BYTE_SOURCE_H_
