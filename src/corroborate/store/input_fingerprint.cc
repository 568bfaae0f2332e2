#include "corroborate/store/input_fingerprint.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "corroborate/common/sha256.h"

namespace corroborate::store {

namespace {

bool ReadAt(std::ifstream& in, int64_t offset, size_t count, std::string* out) {
  out->resize(count);
  in.seekg(offset);
  in.read(out->data(), static_cast<std::streamsize>(count));
  return static_cast<size_t>(in.gcount()) == count;
}

}  // namespace

Result<InputProgress> FingerprintInput(const std::string& path,
                                       const InputFingerprintOptions& options) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return NotFound(path + ": no such input");
    return IoError(path + ": cannot stat the input: " + std::strerror(errno));
  }
  if (!S_ISREG(st.st_mode)) {
    return InvalidArgument(path + ": not a regular file, so it cannot be fingerprinted");
  }
  InputProgress progress;
  progress.path = path;
  progress.size = static_cast<int64_t>(st.st_size);
  progress.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;

  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": cannot open the input: " + std::strerror(errno));
  const size_t size = static_cast<size_t>(progress.size);
  const size_t head = std::min(size, options.sample_bytes);
  // The tail sample starts after the head so a small file is hashed exactly once.
  const size_t tail = std::min(size - head, options.sample_bytes);
  std::string sample, part;
  if (!ReadAt(in, 0, head, &sample)) return IoError(path + ": short read while fingerprinting");
  if (tail > 0) {
    if (!ReadAt(in, static_cast<int64_t>(size - tail), tail, &part)) {
      return IoError(path + ": short read while fingerprinting");
    }
    sample += part;
  }
  progress.fingerprint = "v1:" + std::to_string(size) + ":" + Sha256Hex(sample);
  return progress;
}

}  // namespace corroborate::store
