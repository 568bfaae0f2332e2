#include "corroborate/ingest/json_lines.h"

#include <nlohmann/json.hpp>

#include "corroborate/common/date.h"
#include "corroborate/common/utf8.h"
#include "corroborate/ingest/outlet.h"
#include "corroborate/ingest/plain_text.h"

namespace corroborate::ingest {
namespace {

std::string StringField(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  return utf8::Sanitize(it->get<std::string>());
}

}  // namespace

Result<Article> ParseJsonRecord(std::string_view line) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return InvalidInput("not valid JSON");
  if (!j.is_object()) return InvalidInput("a JSON line must be an object");
  Article a;
  for (const char* key : {"maintext", "text", "body", "content"}) {
    auto it = j.find(key);
    if (it != j.end() && it->is_string()) {
      a.text = utf8::Sanitize(it->get<std::string>());
      break;
    }
  }
  if (a.text.empty()) {
    bool has = j.contains("maintext") || j.contains("text");
    return has ? EmptyInput("the body field is empty or not a string")
               : InvalidInput("no body field (maintext or text)");
  }
  if (auto it = j.find("id"); it != j.end()) {
    a.id = it->is_string() ? it->get<std::string>() : it->dump();
  }
  a.url = StringField(j, "url");
  a.title = StringField(j, "title");
  a.language = StringField(j, "language");
  const std::string date = StringField(j, "date_publish");
  if (auto d = ParseDate(date.size() > 10 ? date.substr(0, 10) : date)) {
    a.published = FormatIsoDate(*d);
  }
  std::string domain = StringField(j, "source_domain");
  if (domain.empty()) domain = StringField(j, "outlet");
  if (!domain.empty()) {
    a.outlet = OutletFromDomain(domain);
    a.outlet_source = OutletSource::kMetadata;
  } else if (!a.url.empty()) {
    std::string host = OutletFromDomain(HostOfUrl(a.url));
    if (!host.empty()) {
      a.outlet = host;
      a.outlet_source = OutletSource::kUrl;
    }
  }
  if (auto it = j.find("authors"); it != j.end()) {
    if (it->is_array()) {
      for (const auto& au : *it) {
        if (!au.is_string()) continue;
        if (!a.byline.empty()) a.byline += ", ";
        a.byline += utf8::Sanitize(au.get<std::string>());
      }
    } else if (it->is_string()) {
      a.byline = utf8::Sanitize(it->get<std::string>());
    }
  }
  ReadLeadingMetadata(&a);
  return a;
}

}  // namespace corroborate::ingest
