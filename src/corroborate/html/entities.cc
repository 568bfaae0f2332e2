#include "corroborate/html/entities.h"

#include <algorithm>
#include <cstdint>

#include "corroborate/common/utf8.h"

namespace corroborate::html {
namespace {

struct Entity {
  std::string_view name;
  std::string_view value;
  bool legacy;  // also recognised without ';'
};

constexpr Entity kEntities[] = {
#include "corroborate/html/entities_table.inc"
};
constexpr size_t kLongestName = 32;
constexpr size_t kLongestLegacyName = 6;

const Entity* Find(std::string_view name) {
  const auto it = std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                                   [](const Entity& e, std::string_view n) { return e.name < n; });
  return it != std::end(kEntities) && it->name == name ? it : nullptr;
}

bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// HTML5's replacements for numeric references to 0x80-0x9F (windows-1252 there); 0 = keep.
constexpr uint16_t kC1[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                              0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                              0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                              0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void AppendCodePoint(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp >= 0x80 && cp <= 0x9F && kC1[cp - 0x80] != 0) cp = kC1[cp - 0x80];
  utf8::Append(static_cast<char32_t>(cp), out);
}

// Decodes the reference starting at raw[i] == '&'. Returns the bytes consumed (0 when it is not
// a reference, so '&' is copied as text).
size_t DecodeOne(std::string_view raw, size_t i, bool in_attribute, std::string* out) {
  size_t j = i + 1;
  if (j < raw.size() && raw[j] == '#') {
    ++j;
    const bool hex = j < raw.size() && (raw[j] == 'x' || raw[j] == 'X');
    if (hex) ++j;
    const size_t digits_start = j;
    uint32_t cp = 0;
    for (; j < raw.size(); ++j) {
      const int d = hex ? HexValue(raw[j]) : (raw[j] >= '0' && raw[j] <= '9' ? raw[j] - '0' : -1);
      if (d < 0) break;
      cp = std::min<uint32_t>(cp * (hex ? 16 : 10) + static_cast<uint32_t>(d), 0x110000);
    }
    if (j == digits_start) return 0;
    if (j < raw.size() && raw[j] == ';') ++j;
    AppendCodePoint(cp, out);
    return j - i;
  }
  size_t end = j;
  while (end < raw.size() && end - j < kLongestName && IsAlnum(raw[end])) ++end;
  if (end == j) return 0;
  if (end < raw.size() && raw[end] == ';') {
    if (const Entity* e = Find(raw.substr(j, end - j))) {
      out->append(e->value);
      return end + 1 - i;
    }
  }
  // A legacy name without ';' may be a prefix of the run ("&notin" is not, "&noti" reads "&not").
  for (size_t len = std::min(end - j, kLongestLegacyName); len > 0; --len) {
    const Entity* e = Find(raw.substr(j, len));
    if (e == nullptr || !e->legacy) continue;
    const size_t after = j + len;
    if (in_attribute && after < raw.size() && (IsAlnum(raw[after]) || raw[after] == '=')) return 0;
    out->append(e->value);
    return after - i;
  }
  return 0;
}

}  // namespace

void AppendDecoded(std::string_view raw, bool in_attribute, std::string* out) {
  size_t copied = 0;
  for (size_t amp = raw.find('&'); amp != std::string_view::npos; amp = raw.find('&', amp + 1)) {
    out->append(raw.substr(copied, amp - copied));
    copied = amp;
    const size_t used = DecodeOne(raw, amp, in_attribute, out);
    if (used > 0) {
      copied = amp + used;
      amp = copied - 1;
    }
  }
  out->append(raw.substr(copied));
}

std::string_view LookupEntity(std::string_view name) {
  const Entity* e = Find(name);
  return e == nullptr ? std::string_view() : e->value;
}

}  // namespace corroborate::html
