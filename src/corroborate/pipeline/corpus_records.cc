#include "corroborate/pipeline/corpus_records.h"

#include <nlohmann/json.hpp>

#include <cstring>
#include <functional>

#include "corroborate/common/date.h"
#include "corroborate/dedup/near_duplicates.h"

namespace corroborate::pipeline {
namespace {

using json = nlohmann::json;

void Put64(uint64_t v, std::vector<uint8_t>* out) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<uint8_t>(v >> (8 * i)));
}
uint64_t Get64(const uint8_t* p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(p[i]) << (8 * i);
  return v;
}

}  // namespace

store::ArticleRecord ToArticleRecord(const ingest::Record& r) {
  store::ArticleRecord a;
  a.id = r.id;
  a.url = r.url;
  a.source_domain = r.source_domain;
  a.title = r.title;
  a.description = r.description;
  a.authors_json = json(r.authors).dump();
  a.language = r.language;
  a.date_publish = r.date_publish;
  a.date_status = ingest::DateStatusName(r.date_status);
  a.maintext = r.maintext;
  a.source = r.source;
  json extra = r.extra.is_object() ? r.extra : json::object();
  if (!r.site_name.empty()) extra["site_name"] = r.site_name;
  if (!r.date_source.empty()) extra["date_publish_source"] = r.date_source;
  a.extra_json = extra.dump();
  return a;
}

ingest::Record FromArticleRecord(const store::ArticleRecord& row) {
  ingest::Record r;
  r.id = row.id;
  r.url = row.url;
  r.source = row.source;
  r.title = row.title;
  r.maintext = row.maintext;
  r.description = row.description;
  r.date_publish = row.date_publish;
  r.source_domain = row.source_domain;
  r.language = row.language;
  const json authors = json::parse(row.authors_json, nullptr, false);
  if (authors.is_array()) {
    for (const json& a : authors) {
      if (a.is_string()) r.authors.push_back(a.get<std::string>());
    }
  }
  json extra = json::parse(row.extra_json, nullptr, false);
  if (extra.is_object()) {
    if (auto it = extra.find("site_name"); it != extra.end() && it->is_string()) {
      r.site_name = it->get<std::string>();
      extra.erase(it);
    }
    if (auto it = extra.find("date_publish_source"); it != extra.end() && it->is_string()) {
      r.date_source = it->get<std::string>();
      extra.erase(it);
    }
    r.extra = std::move(extra);
  }
  return r;
}

std::vector<uint8_t> EncodeSignature(const dedup::Signature& sig) {
  std::vector<uint8_t> out;
  out.reserve(16 + 4 * sig.values.size());
  Put64(static_cast<uint64_t>(sig.words) | (static_cast<uint64_t>(sig.shingles) << 32), &out);
  Put64(sig.content_hash, &out);
  for (uint32_t v : sig.values) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
  }
  return out;
}

Result<dedup::Signature> DecodeSignature(const std::vector<uint8_t>& bytes) {
  if (bytes.size() < 16 || (bytes.size() - 16) % 4 != 0) {
    return InvalidInput("stored MinHash signature of " + std::to_string(bytes.size()) +
                        " bytes is malformed");
  }
  dedup::Signature sig;
  const uint64_t counts = Get64(bytes.data());
  sig.words = static_cast<uint32_t>(counts);
  sig.shingles = static_cast<uint32_t>(counts >> 32);
  sig.content_hash = Get64(bytes.data() + 8);
  sig.values.resize((bytes.size() - 16) / 4);
  for (size_t i = 0; i < sig.values.size(); ++i) {
    const uint8_t* p = bytes.data() + 16 + 4 * i;
    sig.values[i] = static_cast<uint32_t>(p[0]) | (static_cast<uint32_t>(p[1]) << 8) |
                    (static_cast<uint32_t>(p[2]) << 16) | (static_cast<uint32_t>(p[3]) << 24);
  }
  return sig;
}

uint64_t ArticleKey(const std::string& id) {
  if (id.size() >= 16) {
    uint64_t v = 0;
    bool hex = true;
    for (size_t i = 0; i < 16 && hex; ++i) {
      const char c = id[i];
      const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      hex = d >= 0;
      v = (v << 4) | static_cast<uint64_t>(d < 0 ? 0 : d);
    }
    if (hex) return v;
  }
  return std::hash<std::string>()(id);
}

int64_t PublishedMinute(const std::optional<std::string>& iso) {
  if (!iso || iso->size() < 10) return dedup::kUnknownTime;
  const std::optional<Date> d = ParseDate(std::string_view(*iso).substr(0, 10));
  if (!d) return dedup::kUnknownTime;
  int64_t minute = static_cast<int64_t>(DaysFromCivil(*d)) * 1440;
  const std::string& s = *iso;
  auto digit = [&s](size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  if (s.size() >= 16 && (s[10] == 'T' || s[10] == ' ') && digit(11) && digit(12) && s[13] == ':' &&
      digit(14) && digit(15)) {
    const int hour = (s[11] - '0') * 10 + (s[12] - '0');
    const int min = (s[14] - '0') * 10 + (s[15] - '0');
    if (hour < 24 && min < 60) minute += hour * 60 + min;
  }
  return minute;
}

}  // namespace corroborate::pipeline
