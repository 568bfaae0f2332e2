#include "corroborate/ingest/format.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "corroborate/common/utf8.h"

namespace corroborate::ingest {

const char* FormatName(Format f) {
  switch (f) {
    case Format::kEmpty: return "empty";
    case Format::kText: return "text";
    case Format::kJsonLines: return "jsonl";
    case Format::kHtml: return "html";
    case Format::kGzip: return "gzip";
    case Format::kWarc: return "warc";
    case Format::kBinary: return "binary";
  }
  return "unknown";
}

Format DetectFormat(std::string_view bytes) {
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
      static_cast<unsigned char>(bytes[1]) == 0x8B) {
    return Format::kGzip;
  }
  // A UTF-16 byte-order mark: the NULs of UTF-16 are not binary junk (charset.h decodes it).
  if (bytes.size() >= 2 && ((static_cast<unsigned char>(bytes[0]) == 0xFF &&
                             static_cast<unsigned char>(bytes[1]) == 0xFE) ||
                            (static_cast<unsigned char>(bytes[0]) == 0xFE &&
                             static_cast<unsigned char>(bytes[1]) == 0xFF))) {
    return Format::kHtml;
  }
  std::string_view head = bytes.substr(0, 8192);
  if (head.size() >= 3 && head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  size_t first = 0;
  while (first < head.size() && std::isspace(static_cast<unsigned char>(head[first]))) ++first;
  if (first == head.size() && bytes.size() <= head.size() + 3) return Format::kEmpty;
  if (head.substr(first, 5) == "WARC/" || head.substr(first, 11) == "filedesc://") {
    return Format::kWarc;  // WARC, or its predecessor ARC
  }
  size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return Format::kBinary;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  if (control * 20 > head.size()) return Format::kBinary;
  if (first < head.size() && head[first] == '{') return Format::kJsonLines;
  const std::string lower = utf8::AsciiLower(head.substr(0, 2048));
  for (const char* marker : {"<!doctype html", "<html", "<head", "<body", "<article", "<p>",
                             "<div", "<meta "}) {
    if (lower.find(marker) != std::string::npos) return Format::kHtml;
  }
  return Format::kText;
}

}  // namespace corroborate::ingest
