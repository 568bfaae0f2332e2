#include "corroborate/ingest/record.h"

#include <utility>

#include "corroborate/common/date.h"
#include "corroborate/common/utf8.h"
#include "corroborate/ingest/language.h"
#include "corroborate/ingest/outlet.h"
#include "corroborate/ingest/plain_text.h"
#include "corroborate/ingest/url.h"

namespace corroborate::ingest {
namespace {

using nlohmann::json;

std::string DomainOf(std::string_view url) { return OutletFromDomain(HostOfUrl(url)); }

// A canonical link names the article's own address. It is honoured only when it stays on the
// fetched site and is not the site's root: syndicated copies point at another outlet (which
// would merge two outlets' records), and broken templates point every page at the home page.
std::string ChooseUrl(std::string_view fetched, std::string_view canonical) {
  if (canonical.empty()) return std::string(fetched);
  if (fetched.empty()) return std::string(canonical);
  const std::string normalized = NormalizeUrl(canonical);
  const bool root = normalized.empty() || normalized.find('/', 7) == normalized.size() - 1;
  if (root || DomainOf(canonical) != DomainOf(fetched)) return std::string(fetched);
  return std::string(canonical);
}

void SetLanguage(Record* r, std::string_view declared, const RecordOptions& options) {
  r->language = options.detect_language ? DetectLanguage(r->maintext, declared).code
                                        : PrimaryLanguage(declared);
}

std::string StringField(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  return utf8::Sanitize(it->get<std::string>());
}

}  // namespace

const char* DateStatusName(DateStatus s) {
  switch (s) {
    case DateStatus::kFound: return "found";
    case DateStatus::kGuessed: return "guessed";
    case DateStatus::kUnknown: break;
  }
  return "unknown";
}

Result<Record> RecordFromHtml(std::string_view bytes, std::string_view url,
                              std::string_view content_type, std::string source,
                              const RecordOptions& options) {
  ASSIGN_OR_RETURN(html::Page page, html::ExtractPage(bytes, url, content_type, options.page));
  if (page.maintext.empty()) return EmptyInput("no article text found in the page");
  Record r;
  r.source = std::move(source);
  r.url = ChooseUrl(url, page.metadata.canonical_url);
  r.maintext = std::move(page.maintext);
  r.title = std::move(page.metadata.title);
  r.description = std::move(page.metadata.description);
  r.authors = std::move(page.metadata.authors);
  r.site_name = std::move(page.metadata.site_name);
  r.source_domain = DomainOf(r.url);
  if (page.date.date) {
    r.date_publish = page.date.iso;
    r.date_status = page.date.guessed ? DateStatus::kGuessed : DateStatus::kFound;
    r.date_source = html::DateSourceName(page.date.source);
  }
  SetLanguage(&r, page.metadata.language, options);
  r.id = ArticleId(r.url, r.maintext);
  r.stats.input_bytes = bytes.size();
  r.stats.text_bytes = r.maintext.size();
  r.stats.charset = std::move(page.charset);
  r.stats.charset_source = std::move(page.charset_source);
  r.stats.replaced_bytes = page.replaced_bytes;
  r.stats.method = page.body_stats.method;
  return r;
}

Result<Record> RecordFromJson(std::string_view line, std::string source,
                              const RecordOptions& options) {
  json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return InvalidInput("not valid JSON");
  if (!j.is_object()) return InvalidInput("a JSON line must be an object");
  Record r;
  r.source = std::move(source);
  bool has_body_field = false;
  for (const char* key : {"maintext", "text", "body", "content"}) {
    auto it = j.find(key);
    if (it == j.end()) continue;
    has_body_field = true;
    if (it->is_string() && r.maintext.empty()) {
      r.maintext = utf8::Sanitize(it->get<std::string>());
      j.erase(it);
    }
  }
  if (r.maintext.find_first_not_of(" \t\r\n") == std::string::npos) {
    return has_body_field ? EmptyInput("the body field is empty or not a string")
                          : InvalidInput("no body field (maintext or text)");
  }
  r.url = StringField(j, "url");
  r.title = StringField(j, "title");
  r.description = StringField(j, "description");
  r.source_domain = StringField(j, "source_domain");
  if (r.source_domain.empty()) r.source_domain = StringField(j, "outlet");
  r.source_domain_given = !r.source_domain.empty();
  if (r.source_domain.empty()) r.source_domain = DomainOf(r.url);
  if (const std::string date = StringField(j, "date_publish"); !date.empty()) {
    r.date_publish = date;
    r.date_status = DateStatus::kFound;
    r.date_source = "input";
  }
  if (auto it = j.find("authors"); it != j.end()) {
    if (it->is_array()) {
      for (const json& a : *it) {
        if (a.is_string()) r.authors.push_back(utf8::Sanitize(a.get<std::string>()));
      }
    } else if (it->is_string()) {
      r.authors.push_back(utf8::Sanitize(it->get<std::string>()));
    }
  }
  const std::string language = StringField(j, "language");
  if (!language.empty()) {
    r.language = language;
  } else {
    SetLanguage(&r, "", options);
  }
  if (auto it = j.find("id"); it != j.end() && !it->is_null()) {
    r.id = it->is_string() ? utf8::Sanitize(it->get<std::string>()) : it->dump();
  } else {
    r.id = ArticleId(r.url, r.maintext);
    r.id_computed = true;
  }
  for (const char* key : {"id", "url", "title", "description", "source_domain", "date_publish",
                          "authors", "language"}) {
    j.erase(key);
  }
  r.extra = std::move(j);
  r.stats.input_bytes = line.size();
  r.stats.text_bytes = r.maintext.size();
  r.stats.method = "input";
  return r;
}

Record RecordFromText(std::string text, std::string source, const RecordOptions& options) {
  const Article a = ParsePlainText(text);
  Record r;
  r.source = std::move(source);
  r.title = a.title;
  if (!a.byline.empty()) r.authors.push_back(a.byline);
  if (a.published) {
    r.date_publish = *a.published;
    r.date_status = DateStatus::kFound;
    r.date_source = "text";
  }
  if (a.outlet) r.site_name = *a.outlet;
  r.stats.input_bytes = text.size();
  r.maintext = std::move(text);
  r.stats.text_bytes = r.maintext.size();
  r.stats.method = "text";
  SetLanguage(&r, "", options);
  r.id = ArticleId("", r.maintext);
  r.id_computed = true;
  return r;
}

json RecordToJson(const Record& r) {
  json j = r.extra.is_object() ? r.extra : json::object();
  j["id"] = r.id;
  j["url"] = r.url.empty() ? json(nullptr) : json(r.url);
  j["source"] = r.source;
  j["title"] = r.title;
  j["maintext"] = r.maintext;
  j["description"] = r.description;
  j["date_publish"] = r.date_publish ? json(*r.date_publish) : json(nullptr);
  j["date_publish_status"] = DateStatusName(r.date_status);
  j["date_publish_source"] = r.date_source.empty() ? json(nullptr) : json(r.date_source);
  j["authors"] = r.authors;
  j["source_domain"] = r.source_domain.empty() ? json(nullptr) : json(r.source_domain);
  j["site_name"] = r.site_name.empty() ? json(nullptr) : json(r.site_name);
  j["language"] = r.language.empty() ? json(nullptr) : json(r.language);
  json stats = {{"input_bytes", r.stats.input_bytes}, {"text_bytes", r.stats.text_bytes},
                {"method", r.stats.method}};
  if (!r.stats.charset.empty()) {
    stats["charset"] = r.stats.charset;
    stats["charset_source"] = r.stats.charset_source;
    stats["replaced_bytes"] = r.stats.replaced_bytes;
  }
  j["extraction"] = std::move(stats);
  return j;
}

Article ArticleFromRecord(const Record& r) {
  Article a;
  a.id = r.id;
  a.source = r.source;
  a.url = r.url;
  a.title = r.title;
  a.language = r.language;
  a.text = r.maintext;
  if (r.date_publish) {
    if (auto d = ParseDate(r.date_publish->substr(0, 10))) a.published = FormatIsoDate(*d);
  }
  for (const std::string& name : r.authors) {
    if (!a.byline.empty()) a.byline += ", ";
    a.byline += name;
  }
  if (!r.site_name.empty()) {
    a.outlet = NormalizeOutletName(r.site_name);
    a.outlet_source = OutletSource::kMetadata;
  } else if (!r.source_domain.empty()) {
    a.outlet = OutletFromDomain(r.source_domain);
    a.outlet_source = r.source_domain_given ? OutletSource::kMetadata : OutletSource::kUrl;
  }
  ReadLeadingMetadata(&a);
  return a;
}

}  // namespace corroborate::ingest
