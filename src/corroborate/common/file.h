// Reading inputs from the file system, with limits, and listing directories recursively.
#ifndef CORROBORATE_COMMON_FILE_H_
#define CORROBORATE_COMMON_FILE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "corroborate/common/status.h"

namespace corroborate {

// Reads the whole file at `path`. Error messages do not repeat the path (callers name the
// input). Errors: NotFound, IoError, TooLarge when the file has more
// than `max_bytes` bytes (checked before reading, so a huge file costs nothing).
Result<std::string> ReadFile(const std::string& path, size_t max_bytes);

// Writes `data` to `path` atomically enough for reports (write then rename).
Status WriteFile(const std::string& path, const std::string& data);

// Expands an input argument: a regular file yields itself; a directory yields every regular file
// below it, sorted by path, skipping hidden entries (".name") and files named `gold.json` or
// README*. Errors: NotFound when `path` does not exist.
Result<std::vector<std::string>> ExpandInput(const std::string& path);

}  // namespace corroborate

#endif  // CORROBORATE_COMMON_FILE_H_
