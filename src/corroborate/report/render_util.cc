#include "corroborate/report/render_util.h"

#include <fmt/format.h>

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corroborate/common/utf8.h"

namespace corroborate::report {
namespace {

using nlohmann::json;

// The whitespace OneLine collapses to one space (line breaks and Unicode spaces).
bool IsSpace(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// Characters that could move the cursor, recolor a terminal or reorder a line.
bool IsDropped(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::string SanitizeUtf8(std::string_view bytes) { return utf8::Sanitize(bytes); }

std::string OneLine(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  bool pending_space = false;
  for (size_t i = 0; i < bytes.size();) {
    const char32_t c = utf8::Decode(bytes, &i);  // an invalid byte decodes as U+FFFD
    if (IsSpace(c)) {
      pending_space = !out.empty();
    } else if (!IsDropped(c)) {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      utf8::Append(c, &out);
    }
  }
  return out;
}

std::string Truncate(std::string_view text, size_t max_chars) {
  if (max_chars < 1) max_chars = 1;
  size_t chars = 0;
  size_t cut = std::string_view::npos;  // byte offset where code point number max_chars starts
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars == max_chars - 1) cut = i;
    if (++chars > max_chars) break;
  }
  if (chars <= max_chars) return std::string(text);
  std::string_view kept = text.substr(0, cut);
  while (!kept.empty() && kept.back() == ' ') kept.remove_suffix(1);
  return std::string(kept) + "…";
}

std::string StringField(const json& object, const std::string& key) {
  if (!object.is_object()) return "";
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

const json& Field(const json& object, const std::string& key) {
  static const json* const kNull = new json();
  if (!object.is_object()) return *kNull;
  const auto it = object.find(key);
  return it != object.end() ? *it : *kNull;
}

json ArticlesOf(const json& finding, const json& evidence) {
  const json& listed = ArrayField(finding, "articles");
  if (!listed.empty()) return listed;
  json ids = json::array();
  if (!evidence.is_array()) return ids;
  for (const json& e : evidence) {
    if (e.is_object() && e.contains("article")) ids.push_back(e["article"]);
  }
  return ids;
}

const json& ArrayField(const json& object, const std::string& key) {
  static const json* const kEmpty = new json(json::array());
  if (!object.is_object()) return *kEmpty;
  const auto it = object.find(key);
  return it != object.end() && it->is_array() ? *it : *kEmpty;
}

std::string IdKey(const json& id) {
  if (id.is_string()) return id.get<std::string>();
  return id.dump(-1, ' ', false, json::error_handler_t::replace);
}

ArticleNames::ArticleNames(const json& report) {
  const json& articles = ArrayField(report, "articles");
  std::map<std::string, int> outlet_count;
  for (const json& a : articles) {
    const std::string outlet = OneLine(StringField(a, "outlet"));
    if (!outlet.empty()) ++outlet_count[outlet];
  }
  for (size_t i = 0; i < articles.size(); ++i) {
    const json& a = articles[i];
    const json id = a.is_object() ? Field(a, "id") : json();
    std::string id_text = OneLine(IdKey(id));
    if (id.is_null()) id_text = fmt::format("article {}", i + 1);
    const std::string outlet = OneLine(StringField(a, "outlet"));
    if (outlet.empty()) {
      names_.push_back(id_text);
    } else if (outlet_count[outlet] > 1) {
      names_.push_back(fmt::format("{} ({})", outlet, id_text));
    } else {
      names_.push_back(outlet);
    }
    if (!id.is_null()) index_by_id_.emplace(IdKey(id), static_cast<int>(i));
  }
}

int ArticleNames::Index(const json& id) const {
  if (const auto it = index_by_id_.find(IdKey(id)); it != index_by_id_.end()) return it->second;
  if (id.is_number_integer()) {
    const long long index = id.get<long long>();
    if (index >= 0 && index < static_cast<long long>(names_.size())) return static_cast<int>(index);
  }
  return -1;
}

const std::string& ArticleNames::NameAt(int index) const {
  static const std::string* const kNone = new std::string();
  return index >= 0 && index < size() ? names_[index] : *kNone;
}

std::string ArticleNames::Name(const json& id) const {
  const int index = Index(id);
  if (index >= 0) return names_[index];
  return id.is_null() ? "?" : OneLine(IdKey(id));
}

std::string ArticleNames::Names(const json& ids) const {
  if (!ids.is_array()) return "";
  std::vector<std::string> names;
  std::set<std::string> seen;
  for (const json& id : ids) {
    std::string name = Name(id);
    if (seen.insert(name).second) names.push_back(std::move(name));
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

OutletList ListOutlets(const json& articles) {
  OutletList list;
  std::set<std::string> seen;
  if (!articles.is_array()) return list;
  for (const json& a : articles) {
    std::string outlet = OneLine(StringField(a, "outlet"));
    if (outlet.empty()) {
      ++list.without_outlet;
    } else if (seen.insert(outlet).second) {
      list.outlets.push_back(std::move(outlet));
    }
  }
  return list;
}

FactCounts CountFacts(const json& facts) {
  FactCounts counts;
  if (!facts.is_array()) return counts;
  for (const json& f : facts) {
    const std::string status = StringField(f, "status");
    counts.agreed += status == "agreed";
    counts.partial += status == "partial";
    counts.single += status == "single";
  }
  return counts;
}

bool IsKnownFactStatus(std::string_view status) {
  return status == "agreed" || status == "partial" || status == "single";
}

std::vector<const json*> FactsByStatus(const json& facts) {
  std::vector<const json*> ordered;
  if (!facts.is_array()) return ordered;
  for (const char* status : {"agreed", "partial", "single", ""}) {
    for (const json& f : facts) {
      const std::string s = StringField(f, "status");
      if (*status ? s != status : IsKnownFactStatus(s)) continue;
      ordered.push_back(&f);
    }
  }
  return ordered;
}

long long RemovedBytes(const json& removed) {
  long long bytes = 0;
  if (!removed.is_array()) return bytes;
  for (const json& r : removed) {
    const json &start = Field(r, "start"), &end = Field(r, "end");
    if (start.is_number_integer() && end.is_number_integer() &&
        end.get<long long>() > start.get<long long>()) {
      bytes += end.get<long long>() - start.get<long long>();
    }
  }
  return bytes;
}

}  // namespace corroborate::report
