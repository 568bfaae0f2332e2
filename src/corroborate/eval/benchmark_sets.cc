#include "corroborate/eval/benchmark_sets.h"

#include <nlohmann/json.hpp>

#include "corroborate/archive/gunzip.h"
#include "corroborate/common/file.h"

namespace corroborate::eval {
namespace {

using nlohmann::json;

// A gzipped benchmark page; false when it cannot be read (the page is left out).
bool ReadGz(const std::string& path, std::string* out) {
  auto bytes = archive::GunzipFile(path, 256u << 20);
  if (!bytes.ok()) return false;
  *out = std::move(bytes).value();
  return true;
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

Result<std::vector<EcbDocument>> LoadEcbPlus(const std::string& path) {
  auto text = ReadFile(path, 256u << 20);
  if (!text.ok()) return NotFound(path + ": " + text.status().message());
  std::vector<EcbDocument> docs;
  size_t line_no = 0;
  for (size_t pos = 0; pos < text->size();) {
    size_t end = text->find('\n', pos);
    if (end == std::string::npos) end = text->size();
    const std::string_view line(text->data() + pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    json j = json::parse(line, nullptr, false);
    const auto is_string = [&](const char* k) {
      return j.is_object() && j.contains(k) && j[k].is_string();
    };
    if (j.is_discarded() || !is_string("id") || !is_string("story") || !is_string("text")) {
      return InvalidInput(path + ":" + std::to_string(line_no) + ": not an ECB+ document");
    }
    EcbDocument d{StringOr(j, "id"), StringOr(j, "story"), 0, StringOr(j, "split"),
                  StringOr(j, "text")};
    if (auto it = j.find("topic"); it != j.end() && it->is_number_integer()) {
      d.topic = it->get<int>();
    }
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace corroborate::eval
