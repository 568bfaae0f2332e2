// Input fingerprints: a cheap content identity for an ingest input (size plus SHA-256 of its
// first and last MiB), so the `inputs` table recognises the same file under another name and
// tells a rewritten file at the same path from the one already ingested.
#ifndef CORROBORATE_STORE_INPUT_FINGERPRINT_H_
#define CORROBORATE_STORE_INPUT_FINGERPRINT_H_

#include <cstddef>
#include <string>

#include "corroborate/common/status.h"
#include "corroborate/store/records.h"

namespace corroborate::store {

struct InputFingerprintOptions {
  // Bytes hashed at each end of the file. Default 1 MiB: ~2 ms per input, and any two news
  // archives that share size, head and tail are, in practice, the same archive.
  size_t sample_bytes = 1 << 20;
};

// Stats and samples the regular file at `path`; returns an InputProgress with fingerprint
// ("v1:<size>:<sha256 hex>"), path, size and mtime_ns set and no progress. A file that grows
// (appended to) gets a new fingerprint: it is ingested again, and the idempotent insert skips
// its old records. Errors: NotFound; InvalidArgument when `path` is not a regular file (a pipe
// cannot be resumed); IoError on a read failure. Every message names `path`.
Result<InputProgress> FingerprintInput(const std::string& path,
                                       const InputFingerprintOptions& options = {});

}  // namespace corroborate::store

#endif  // CORROBORATE_STORE_INPUT_FINGERPRINT_H_
