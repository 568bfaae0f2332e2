#include "corroborate/html/metadata_fields.h"

#include <array>
#include <vector>

#include "corroborate/common/utf8.h"

namespace corroborate::html {
namespace {

struct Entity {
  std::string_view name;
  char32_t code;
};

constexpr std::array<Entity, 14> kEntities = {{{"amp", '&'},
                                               {"lt", '<'},
                                               {"gt", '>'},
                                               {"quot", '"'},
                                               {"apos", '\''},
                                               {"nbsp", 0xA0},
                                               {"hellip", 0x2026},
                                               {"ndash", 0x2013},
                                               {"mdash", 0x2014},
                                               {"lsquo", 0x2018},
                                               {"rsquo", 0x2019},
                                               {"ldquo", 0x201C},
                                               {"rdquo", 0x201D},
                                               {"laquo", 0xAB}}};

// Decodes the entity at s[i] == '&'; returns its length, 0 when there is none.
size_t DecodeEntity(std::string_view s, size_t i, std::string* out) {
  const size_t semi = s.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10 || semi == i + 1) return 0;
  const std::string_view body = s.substr(i + 1, semi - i - 1);
  char32_t code = 0;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      int v = -1;
      if (c >= '0' && c <= '9')
        v = c - '0';
      else if (hex && c >= 'a' && c <= 'f')
        v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F')
        v = c - 'A' + 10;
      if (v < 0 || code > 0x10FFFF) return 0;
      code = code * (hex ? 16 : 10) + static_cast<char32_t>(v);
    }
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  } else {
    for (const Entity& e : kEntities) {
      if (body == e.name) code = e.code;
    }
    if (code == 0) return 0;
  }
  utf8::Append(code, out);
  return semi - i + 1;
}

bool IsSchemeChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
         c == '-' || c == '.';
}

// "http" from "http://x"; "" when `s` has no scheme.
std::string_view SchemeOf(std::string_view s) {
  const size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0) return {};
  for (size_t i = 0; i < colon; ++i) {
    if (!IsSchemeChar(s[i])) return {};
  }
  return s.substr(0, colon);
}

std::string RemoveDotSegments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t i = 0;
  const bool absolute = !path.empty() && path[0] == '/';
  if (absolute) i = 1;
  bool trailing = false;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    const std::string_view seg = path.substr(i, j - i);
    trailing = false;
    if (seg == "..") {
      if (!out.empty()) out.pop_back();
      trailing = true;
    } else if (seg == ".") {
      trailing = true;
    } else {
      out.push_back(seg);
    }
    i = j + 1;
  }
  std::string r = absolute ? "/" : "";
  for (size_t k = 0; k < out.size(); ++k) {
    if (k > 0) r += '/';
    r += out[k];
  }
  if (trailing && (r.empty() || r.back() != '/')) r += '/';
  return r;
}

}  // namespace

std::string CleanText(std::string_view s) {
  std::string decoded;
  decoded.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      if (const size_t n = DecodeEntity(s, i, &decoded); n > 0) {
        i += n - 1;
        continue;
      }
    }
    decoded.push_back(s[i]);
  }
  const std::string valid = utf8::Sanitize(decoded);
  std::string out;
  out.reserve(valid.size());
  bool space = false;
  for (size_t i = 0; i < valid.size();) {
    const size_t start = i;
    const char32_t c = utf8::Decode(valid, &i);
    if (utf8::IsSpace(c) || c == 0xA0 || c < 0x20) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.append(valid, start, i - start);
  }
  return out;
}

std::string NameKey(std::string_view s) {
  const std::string folded = utf8::FoldForMatch(s);
  std::string key;
  for (size_t i = 0; i < folded.size();) {
    const size_t start = i;
    if (utf8::IsAlnum(utf8::Decode(folded, &i))) key.append(folded, start, i - start);
  }
  return key;
}

std::string HostLabel(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view host = url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  std::vector<std::string_view> labels;
  while (!host.empty()) {
    const size_t dot = host.find('.');
    labels.push_back(host.substr(0, dot));
    if (dot == std::string_view::npos) break;
    host.remove_prefix(dot + 1);
  }
  if (labels.size() < 2) return labels.empty() ? std::string() : utf8::AsciiLower(labels[0]);
  const bool country = labels.back().size() == 2;
  labels.pop_back();
  static constexpr std::array<std::string_view, 10> kSecondLevel = {
      "co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"};
  if (country && labels.size() >= 2) {
    for (std::string_view s : kSecondLevel) {
      if (labels.back() == s) {
        labels.pop_back();
        break;
      }
    }
  }
  return utf8::AsciiLower(labels.back());
}

std::string StripSiteName(std::string_view title, std::string_view site_name,
                          std::string_view page_url) {
  static constexpr std::array<std::string_view, 10> kSeparators = {
      " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", " \xC2\xBB ",
      " / ", " : ", " \xE2\x80\xA2 "};
  const std::string site = NameKey(site_name);
  const std::string host = NameKey(HostLabel(page_url));
  auto matches = [&](std::string_view part) {
    const std::string key = NameKey(part);
    if (key.empty()) return false;
    for (const std::string& s : {site, host}) {
      if (s.empty()) continue;
      if (key == s) return true;
      if (s.size() >= 4 && key.find(s) != std::string::npos) return true;
      if (key.size() >= 4 && s.find(key) != std::string::npos) return true;
    }
    return false;
  };
  std::string out(title);
  for (int round = 0; round < 2; ++round) {
    size_t best_last = std::string::npos, best_last_len = 0;
    size_t best_first = std::string::npos, best_first_len = 0;
    for (std::string_view sep : kSeparators) {
      const size_t last = out.rfind(sep);
      if (last != std::string::npos && (best_last == std::string::npos || last > best_last)) {
        best_last = last;
        best_last_len = sep.size();
      }
      const size_t first = out.find(sep);
      if (first != std::string::npos && (best_first == std::string::npos || first < best_first)) {
        best_first = first;
        best_first_len = sep.size();
      }
    }
    if (best_last == std::string::npos) break;
    if (best_last > 0 && matches(std::string_view(out).substr(best_last + best_last_len))) {
      out.resize(best_last);
    } else if (best_first + best_first_len < out.size() &&
               matches(std::string_view(out).substr(0, best_first))) {
      out.erase(0, best_first + best_first_len);
    } else {
      break;
    }
  }
  return out;
}

std::string LanguageCode(std::string_view tag) {
  while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
  const std::string_view primary = tag.substr(0, tag.find_first_of("-_ ,;"));
  if (primary.size() < 2 || primary.size() > 3) return {};
  for (char c : primary) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return {};
  }
  return utf8::AsciiLower(primary);
}

std::string ResolveHttpUrl(std::string_view base, std::string_view ref) {
  while (!ref.empty() && static_cast<unsigned char>(ref.front()) <= ' ') ref.remove_prefix(1);
  while (!ref.empty() && static_cast<unsigned char>(ref.back()) <= ' ') ref.remove_suffix(1);
  std::string result;
  if (!SchemeOf(ref).empty()) {
    result = ref;
  } else {
    const std::string_view scheme = SchemeOf(base);
    if (scheme.empty() || base.substr(scheme.size(), 3) != "://") return {};
    const size_t auth_start = scheme.size() + 3;
    const size_t path_start = std::min(base.find_first_of("/?#", auth_start), base.size());
    const std::string_view origin = base.substr(0, path_start);
    std::string_view rest = base.substr(path_start);
    rest = rest.substr(0, rest.find('#'));
    const std::string_view path = rest.substr(0, rest.find('?'));
    if (ref.substr(0, 2) == "//") {
      result = std::string(scheme) + ":" + std::string(ref);
    } else if (!ref.empty() && ref[0] == '/') {
      result = std::string(origin) + std::string(ref);
    } else if (ref.empty() || ref[0] == '#') {
      result = std::string(origin) + std::string(rest) + std::string(ref);
    } else if (ref[0] == '?') {
      result = std::string(origin) + std::string(path) + std::string(ref);
    } else {
      const size_t slash = path.rfind('/');
      const std::string dir =
          slash == std::string_view::npos ? "/" : std::string(path.substr(0, slash + 1));
      result = std::string(origin) + dir + std::string(ref);
    }
  }
  const std::string scheme = utf8::AsciiLower(SchemeOf(result));
  if ((scheme != "http" && scheme != "https") || result.substr(scheme.size(), 3) != "://") {
    return {};
  }
  const size_t auth_start = scheme.size() + 3;
  const size_t path_start = std::min(result.find_first_of("/?#", auth_start), result.size());
  if (path_start == auth_start) return {};
  const size_t tail = std::min(result.find_first_of("?#", path_start), result.size());
  std::string path =
      RemoveDotSegments(std::string_view(result).substr(path_start, tail - path_start));
  return scheme + result.substr(scheme.size(), path_start - scheme.size()) + path +
         result.substr(tail);
}

}  // namespace corroborate::html
