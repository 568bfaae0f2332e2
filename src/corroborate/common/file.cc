#include "corroborate/common/file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace corroborate {
namespace fs = std::filesystem;

Result<std::string> ReadFile(const std::string& path, size_t max_bytes) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return NotFound("no such file");
  if (fs::is_directory(st)) return InvalidArgument("is a directory");
  const auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    return TooLarge(std::to_string(size) + " bytes exceeds the limit of " +
                    std::to_string(max_bytes) + " bytes (--max-bytes)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError("cannot open for reading");
  std::string data;
  if (!ec) data.reserve(static_cast<size_t>(size));
  char buf[1 << 16];
  while (in) {
    in.read(buf, sizeof(buf));
    data.append(buf, static_cast<size_t>(in.gcount()));
    if (data.size() > max_bytes) {  // files that grow, pipes: re-check while reading
      return TooLarge("exceeds the limit of " + std::to_string(max_bytes) + " bytes");
    }
  }
  if (in.bad()) return IoError("read failed");
  return data;
}

Status WriteFile(const std::string& path, const std::string& data) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return IoError(path + ": cannot open for writing");
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (!out) return IoError(path + ": write failed");
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) return IoError(ec.message());
  return Status::Ok();
}

Result<std::vector<std::string>> ExpandInput(const std::string& path) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return NotFound("no such file or directory");
  if (!fs::is_directory(st)) return std::vector<std::string>{path};
  std::vector<std::string> out;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
  if (ec) return IoError(ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return IoError(ec.message());
    const std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    if (name == "gold.json" || name.rfind("README", 0) == 0) continue;
    out.push_back(it->path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace corroborate
