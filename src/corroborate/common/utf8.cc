#include "corroborate/common/utf8.h"

#include <cstring>

#include <unicode/uchar.h>

namespace corroborate::utf8 {
namespace {

// Length of a valid sequence starting at s[i], or 0 when invalid.
size_t SequenceLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  const size_t n = s.size();
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) {
    return (i + 1 < n && (b(i + 1) & 0xC0) == 0x80) ? 2 : 0;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (i + 2 >= n) return 0;
    const unsigned char c1 = b(i + 1);
    if ((c1 & 0xC0) != 0x80 || (b(i + 2) & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (i + 3 >= n) return 0;
    const unsigned char c1 = b(i + 1);
    if ((c1 & 0xC0) != 0x80 || (b(i + 2) & 0xC0) != 0x80 || (b(i + 3) & 0xC0) != 0x80) return 0;
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 > 0x8F) return 0;  // past U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

size_t FirstInvalid(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // Most text is ASCII: skip it sixteen bytes at a time.
    while (i + 16 <= s.size()) {
      uint64_t a, b;
      std::memcpy(&a, s.data() + i, 8);
      std::memcpy(&b, s.data() + i + 8, 8);
      if (((a | b) & 0x8080808080808080ULL) != 0) break;
      i += 16;
    }
    if (i >= s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t len = SequenceLength(s, i);
    if (len == 0) return i;
    i += len;
  }
  return s.size();
}

std::string Sanitize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const size_t len = SequenceLength(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

char32_t Decode(std::string_view s, size_t* pos) {
  const size_t i = *pos;
  const size_t len = SequenceLength(s, i);
  const auto b = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k])); };
  switch (len) {
    case 1: *pos += 1; return b(i);
    case 2: *pos += 2; return ((b(i) & 0x1F) << 6) | (b(i + 1) & 0x3F);
    case 3: *pos += 3; return ((b(i) & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    case 4:
      *pos += 4;
      return ((b(i) & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) |
             (b(i + 3) & 0x3F);
    default: *pos += 1; return 0xFFFD;
  }
}

char32_t DecodeBefore(std::string_view s, size_t pos, size_t* start) {
  size_t i = pos - 1;
  // Walk back over at most three continuation bytes.
  for (int k = 0; k < 3 && i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; ++k) --i;
  size_t p = i;
  char32_t c = Decode(s, &p);
  if (p != pos) {  // not a clean sequence ending at pos: treat the last byte alone
    *start = pos - 1;
    return 0xFFFD;
  }
  *start = i;
  return c;
}

void Append(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

size_t FloorBoundary(std::string_view s, size_t pos) {
  if (pos >= s.size()) return s.size();
  while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

std::string Truncate(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  std::string out(s.substr(0, FloorBoundary(s, max_bytes)));
  out += "\xE2\x80\xA6";
  return out;
}

std::string FoldForMatch(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    char32_t c = Decode(s, &i);
    switch (c) {
      case 0x2018: case 0x2019: case 0x02BC: case 0x2032: out.push_back('\''); continue;
      case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: out.push_back('"'); continue;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: out.push_back('-'); continue;
      case 0x00A0: case 0x2009: case 0x202F: out.push_back(' '); continue;
      default: break;
    }
    Append(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)), &out);
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool IsAlnum(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(static_cast<UChar32>(c));
}

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c));
}

bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}

}  // namespace corroborate::utf8
