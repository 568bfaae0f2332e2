#include "corroborate/html/json_ld.h"

#include <nlohmann/json.hpp>
#include <unordered_map>

#include "corroborate/common/utf8.h"

namespace corroborate::html {
namespace {

using nlohmann::json;
using IdNames = std::unordered_map<std::string, std::string>;

constexpr int kMaxDepth = 24;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "http://schema.org/NewsArticle" -> "NewsArticle".
std::string_view BareType(std::string_view t) {
  const size_t slash = t.find_last_of("/#:");
  return slash == std::string_view::npos ? t : t.substr(slash + 1);
}

// Publishers paste JSON-LD by hand and through templates; the usual damage is a comment or
// CDATA wrapper, raw newlines inside strings, "\'" escapes and trailing commas.
std::string Repair(std::string_view text) {
  const size_t begin = text.find_first_of("{[");
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_of("}]");
  if (end == std::string_view::npos || end < begin) end = text.size() - 1;  // truncated
  text = text.substr(begin, end - begin + 1);
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\' && i + 1 < text.size()) {
        if (text[i + 1] == '\'') {
          out.push_back('\'');
        } else {
          out.push_back(c);
          out.push_back(text[i + 1]);
        }
        ++i;
        continue;
      }
      if (c == '"') in_string = false;
      out.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
      continue;
    }
    if (c == '"') in_string = true;
    if (c == ',') {
      size_t j = i + 1;
      while (j < text.size() && static_cast<unsigned char>(text[j]) <= ' ') ++j;
      if (j < text.size() && (text[j] == '}' || text[j] == ']')) continue;
    }
    out.push_back(c);
  }
  return out;
}

// The text of a value that should be a string: strings as they are, the first element of an
// array, an object's "@value" or "name".
std::string Str(const json& v, int depth = 0) {
  if (depth > 4) return {};
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array() && !v.empty()) return Str(v.front(), depth + 1);
  if (v.is_object()) {
    for (const char* key : {"@value", "name"}) {
      if (auto it = v.find(key); it != v.end()) return Str(*it, depth + 1);
    }
  }
  return {};
}

std::string Field(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? std::string() : Str(*it);
}

void CollectIds(const json& v, IdNames* ids, int depth) {
  if (depth > kMaxDepth) return;
  if (v.is_object()) {
    auto id = v.find("@id");
    auto name = v.find("name");
    if (id != v.end() && id->is_string() && name != v.end()) {
      std::string n = Str(*name);
      if (!n.empty()) ids->emplace(id->get<std::string>(), std::move(n));
    }
  }
  if (v.is_object() || v.is_array()) {
    for (const json& child : v) CollectIds(child, ids, depth + 1);
  }
}

// Names of a person/organization value: a string, an object with a name or an @id we know, or
// an array of those. `people` skips objects typed as organizations.
void CollectNames(const json& v, const IdNames& ids, bool people, std::vector<std::string>* out,
                  int depth) {
  if (depth > 4) return;
  if (v.is_string()) {
    out->push_back(v.get<std::string>());
  } else if (v.is_array()) {
    for (const json& e : v) CollectNames(e, ids, people, out, depth + 1);
  } else if (v.is_object()) {
    // An author that declares itself an organization is a desk or an outlet, not a byline.
    if (auto type = v.find("@type");
        people && type != v.end() && type->is_string() &&
        type->get<std::string>().find("Organization") != std::string::npos) {
      return;
    }
    std::string name = Field(v, "name");
    if (name.empty()) {
      auto id = v.find("@id");
      if (id != v.end() && id->is_string()) {
        if (auto known = ids.find(id->get<std::string>()); known != ids.end()) name = known->second;
      }
    }
    if (!name.empty()) out->push_back(std::move(name));
  }
}

JsonLdItem MakeItem(const json& obj, const IdNames& ids) {
  JsonLdItem item;
  const json& type = obj["@type"];
  if (type.is_string()) {
    item.types.push_back(type.get<std::string>());
  } else if (type.is_array()) {
    for (const json& t : type) {
      if (t.is_string()) item.types.push_back(t.get<std::string>());
    }
  }
  item.headline = Field(obj, "headline");
  if (item.headline.empty()) item.headline = Field(obj, "alternativeHeadline");
  item.name = Field(obj, "name");
  item.description = Field(obj, "description");
  item.url = Field(obj, "url");
  if (item.url.empty()) {
    if (auto it = obj.find("mainEntityOfPage"); it != obj.end()) {
      if (it->is_string()) {
        item.url = it->get<std::string>();
      } else if (it->is_object()) {
        item.url = Field(*it, "@id");
        if (item.url.empty()) item.url = Field(*it, "url");
      }
    }
  }
  item.date_published = Field(obj, "datePublished");
  item.date_created = Field(obj, "dateCreated");
  if (item.date_created.empty()) item.date_created = Field(obj, "uploadDate");
  item.date_modified = Field(obj, "dateModified");
  for (const char* key : {"author", "creator"}) {
    if (auto it = obj.find(key); it != obj.end()) CollectNames(*it, ids, true, &item.authors, 0);
    if (!item.authors.empty()) break;
  }
  if (auto it = obj.find("publisher"); it != obj.end()) {
    std::vector<std::string> names;
    CollectNames(*it, ids, false, &names, 0);
    if (!names.empty()) item.publisher_name = names.front();
  }
  item.in_language = Field(obj, "inLanguage");
  return item;
}

void Walk(const json& v, const IdNames& ids, std::vector<JsonLdItem>* out, int depth) {
  if (depth > kMaxDepth) return;
  if (v.is_object() && v.contains("@type")) out->push_back(MakeItem(v, ids));
  if (v.is_object() || v.is_array()) {
    for (const json& child : v) {
      if (child.is_object() || child.is_array()) Walk(child, ids, out, depth + 1);
    }
  }
}

// The quoted string value after the first `"key"` in `text`, unescaped only for \" and \/.
std::string ScanValue(std::string_view text, std::string_view key) {
  std::string quoted(1, '"');
  quoted.append(key);
  quoted.push_back('"');
  size_t i = text.find(quoted);
  if (i == std::string_view::npos) return {};
  i += quoted.size();
  while (i < text.size() && (text[i] == ' ' || text[i] == ':' || text[i] == '\t' ||
                             text[i] == '\n' || text[i] == '\r')) {
    ++i;
  }
  if (i >= text.size() || text[i] != '"') return {};
  std::string value;
  for (++i; i < text.size() && text[i] != '"' && value.size() < 1000; ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) ++i;
    value.push_back(text[i]);
  }
  return value;
}

JsonLdItem ScanItem(std::string_view text) {
  JsonLdItem item;
  item.recovered = true;
  if (std::string t = ScanValue(text, "@type"); !t.empty()) item.types.push_back(std::move(t));
  item.headline = ScanValue(text, "headline");
  item.date_published = ScanValue(text, "datePublished");
  item.date_created = ScanValue(text, "dateCreated");
  item.date_modified = ScanValue(text, "dateModified");
  item.in_language = ScanValue(text, "inLanguage");
  return item;
}

// "https://www.x.org/a/b/?q#f" -> "x.org/a/b": how two spellings of one page URL compare.
std::string UrlKey(std::string_view url) {
  if (size_t p = url.find("://"); p != std::string_view::npos) url.remove_prefix(p + 3);
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  url = url.substr(0, url.find_first_of("?#"));
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return utf8::AsciiLower(url);
}

}  // namespace

bool JsonLdItem::IsArticle() const {
  for (const std::string& t : types) {
    const std::string_view b = BareType(t);
    if (EndsWith(b, "Article") || EndsWith(b, "Posting") || b == "Report" || b == "ReportageNews") {
      return true;
    }
  }
  return false;
}

bool JsonLdItem::IsWebPage() const {
  for (const std::string& t : types) {
    if (EndsWith(BareType(t), "Page")) return true;
  }
  return false;
}

void ReadJsonLdText(std::string_view text, std::vector<JsonLdItem>* out) {
  const std::string repaired = Repair(text);
  if (repaired.empty()) return;
  const json doc = json::parse(repaired, nullptr, false);
  if (doc.is_discarded()) {
    JsonLdItem item = ScanItem(repaired);
    if (!item.date_published.empty() || !item.date_created.empty() || !item.headline.empty() ||
        !item.date_modified.empty()) {
      out->push_back(std::move(item));
    }
    return;
  }
  IdNames ids;
  CollectIds(doc, &ids, 0);
  Walk(doc, ids, out, 0);
}

std::vector<JsonLdItem> ReadJsonLd(const Dom& dom) {
  std::vector<JsonLdItem> items;
  ForEachElement(dom.root(), [&](const Node* n) {
    if (Name(n) != "script") return true;
    if (utf8::AsciiLower(Attr(n, "type")).find("ld+json") == std::string::npos) return false;
    std::string text;
    for (const Node* c = n->children; c != nullptr; c = c->next) text += Content(c);
    ReadJsonLdText(text, &items);
    return false;
  });
  return items;
}

const JsonLdItem* MainJsonLdItem(const std::vector<JsonLdItem>& items, std::string_view page_url) {
  const std::string key = page_url.empty() ? std::string() : UrlKey(page_url);
  const JsonLdItem* first_dated = nullptr;
  const JsonLdItem* first = nullptr;
  for (const JsonLdItem& item : items) {
    if (!item.IsArticle()) continue;
    if (!key.empty() && !item.url.empty() && UrlKey(item.url) == key) return &item;
    const bool dated = !item.date_published.empty() || !item.date_created.empty();
    if (dated && first_dated == nullptr) first_dated = &item;
    if (first == nullptr) first = &item;
  }
  if (first_dated != nullptr) return first_dated;
  if (first != nullptr) return first;
  for (const JsonLdItem& item : items) {
    if ((item.IsWebPage() || item.recovered) &&
        (!item.date_published.empty() || !item.date_created.empty())) {
      return &item;
    }
  }
  return nullptr;
}

}  // namespace corroborate::html
