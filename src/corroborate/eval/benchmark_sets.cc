#include "corroborate/eval/benchmark_sets.h"

#include <zlib.h>

#include <nlohmann/json.hpp>

#include "corroborate/common/file.h"

namespace corroborate::eval {
namespace {

using nlohmann::json;

bool ReadGz(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
  const bool ok = n == 0;
  gzclose(f);
  return ok;
}

// The dates gold file is written by pandas, which spells a missing value as a bare NaN.
Result<json> ReadIndex(const std::string& path) {
  auto text = ReadFile(path, 64u << 20);
  if (!text.ok()) return NotFound(path + ": " + text.status().message());
  std::string& t = *text;
  for (size_t pos = 0; (pos = t.find(": NaN", pos)) != std::string::npos;) t.replace(pos, 5, ": null");
  json j = json::parse(t, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return InvalidInput(path + ": not a JSON object");
  return j;
}

std::string StringOr(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Result<std::vector<BenchmarkPage>> LoadAeb(const std::string& dir) {
  ASSIGN_OR_RETURN(json index, ReadIndex(dir + "/ground-truth.json"));
  std::vector<BenchmarkPage> pages;
  for (auto& [key, v] : index.items()) {
    if (!v.is_object()) continue;
    BenchmarkPage p{key, StringOr(v, "url"), StringOr(v, "articleBody"), {}};
    if (ReadGz(dir + "/html/" + key + ".html.gz", &p.bytes)) pages.push_back(std::move(p));
  }
  return pages;
}

Result<std::vector<BenchmarkPage>> LoadDates(const std::string& dir) {
  ASSIGN_OR_RETURN(json index, ReadIndex(dir + "/gold.json"));
  std::vector<BenchmarkPage> pages;
  for (auto& [url, v] : index.items()) {
    if (!v.is_object()) continue;
    BenchmarkPage p{url, url, StringOr(v, "date"), {}};
    if (ReadGz(dir + "/html/" + StringOr(v, "file") + ".gz", &p.bytes)) pages.push_back(std::move(p));
  }
  return pages;
}

}  // namespace corroborate::eval
