#include "corroborate/html/body_jsonld.h"

#include <nlohmann/json.hpp>
#include <string_view>

#include "corroborate/common/utf8.h"

namespace corroborate::html::body_internal {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 32;  // hostile nesting must not exhaust the stack

bool IsArticleType(const json& type) {
  auto one = [](const json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    return s.find("Article") != std::string::npos || s == "BlogPosting" || s == "Report";
  };
  if (type.is_array()) {
    for (const json& t : type) {
      if (one(t)) return true;
    }
    return false;
  }
  return one(type);
}

void FindBodies(const json& j, int depth, std::string* best) {
  if (depth > kMaxDepth) return;
  if (j.is_array()) {
    for (const json& v : j) FindBodies(v, depth + 1, best);
    return;
  }
  if (!j.is_object()) return;
  for (auto it = j.begin(); it != j.end(); ++it) {
    const json& v = it.value();
    const bool body = it.key() == "articleBody" ||
                      (it.key() == "text" && j.contains("@type") && IsArticleType(j["@type"]));
    if (body && v.is_string()) {
      const std::string& s = v.get_ref<const std::string&>();
      if (s.size() > best->size()) *best = s;
    } else if (v.is_object() || v.is_array()) {
      FindBodies(v, depth + 1, best);
    }
  }
}

// Decodes the entity at text[i] ('&'), appending it; returns the index after it.
size_t AppendEntity(std::string_view text, size_t i, std::string* out) {
  const size_t semi = text.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) {
    out->push_back('&');
    return i + 1;
  }
  const std::string_view name = text.substr(i + 1, semi - i - 1);
  if (name == "amp") {
    out->push_back('&');
  } else if (name == "lt") {
    out->push_back('<');
  } else if (name == "gt") {
    out->push_back('>');
  } else if (name == "quot") {
    out->push_back('"');
  } else if (name == "apos" || name == "#39") {
    out->push_back('\'');
  } else if (name == "nbsp") {
    out->push_back(' ');
  } else if (name.size() > 1 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    char32_t c = 0;
    for (char d : name.substr(hex ? 2 : 1)) {
      int v = -1;
      if (d >= '0' && d <= '9') v = d - '0';
      if (hex && d >= 'a' && d <= 'f') v = d - 'a' + 10;
      if (hex && d >= 'A' && d <= 'F') v = d - 'A' + 10;
      if (v < 0 || c > 0x10FFFF) return i + 1;
      c = c * (hex ? 16 : 10) + static_cast<char32_t>(v);
    }
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
    utf8::Append(c, out);
  } else {
    out->push_back('&');
    return i + 1;
  }
  return semi + 1;
}

}  // namespace

std::string StripMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  auto newline = [&out] {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (!out.empty() && out.back() != '\n') out.push_back('\n');
  };
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '<') {
      const size_t close = text.find('>', i);
      if (close == std::string_view::npos) break;
      const std::string tag = utf8::AsciiLower(text.substr(i + 1, std::min<size_t>(close - i, 4)));
      if (tag.rfind("/p", 0) == 0 || tag.rfind("br", 0) == 0 || tag.rfind("/h", 0) == 0 ||
          tag.rfind("/li", 0) == 0 || tag.rfind("/di", 0) == 0) {
        newline();
      }
      i = close + 1;
    } else if (c == '&') {
      i = AppendEntity(text, i, &out);
    } else if (c == '\n' || c == '\r') {
      newline();
      ++i;
    } else if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
      ++i;
    } else {
      out.push_back(c);
      ++i;
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

bool IsJsonLd(const Node* script) {
  return utf8::AsciiLower(Attr(script, "type")).find("ld+json") != std::string::npos;
}

std::string JsonLdArticleBody(const std::vector<const Node*>& scripts, size_t min_words) {
  std::string best;
  for (const Node* n : scripts) {
    std::string text;
    for (const Node* c = n->children; c != nullptr; c = c->next) {
      text += Content(c);
    }
    if (text.find("rticleBody") == std::string::npos &&
        text.find("\"text\"") == std::string::npos) {
      continue;  // most JSON-LD is metadata only
    }
    // Words need separators: a script with fewer spaces cannot hold enough words, and then
    // parsing it is wasted (the common case: the declared body is no longer than the text
    // already extracted).
    size_t separators = 1;
    for (char ch : text) separators += ch == ' ' || ch == '\n' ? 1 : 0;
    if (separators < min_words) continue;
    // Publishers leave raw line breaks and tabs inside JSON strings, which strict JSON
    // forbids; as spaces they are harmless between tokens and nearly so inside strings.
    for (char& ch : text) {
      if (static_cast<unsigned char>(ch) < 0x20) ch = ' ';
    }
    const json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!j.is_discarded()) FindBodies(j, 0, &best);
  }
  return best.empty() ? best : StripMarkup(best);
}

}  // namespace corroborate::html::body_internal
