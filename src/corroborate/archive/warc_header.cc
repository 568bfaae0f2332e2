#include "corroborate/archive/warc_header.h"

#include <algorithm>
#include <cstring>

#include "corroborate/common/utf8.h"

namespace corroborate::archive {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Strict: digits only, at most 2^53 (no real record is bigger, and it keeps sums safe).
bool ParseLength(std::string_view s, uint64_t* out) {
  if (!AllDigits(s) || s.size() > 16) return false;
  uint64_t v = 0;
  for (char c : s) v = v * 10 + static_cast<uint64_t>(c - '0');
  if (v > (uint64_t{1} << 53)) return false;
  *out = v;
  return true;
}

std::string_view FirstLine(std::string_view data, size_t* rest) {
  const size_t nl = data.find('\n');
  const size_t end = nl == std::string_view::npos ? data.size() : nl;
  *rest = nl == std::string_view::npos ? data.size() : nl + 1;
  std::string_view line = data.substr(0, end);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

size_t FindHeaderEnd(std::string_view data) {
  size_t pos = 0;
  while (true) {
    const void* hit = std::memchr(data.data() + pos, '\n', data.size() - pos);
    if (hit == nullptr) return kNoHeaderEnd;
    const size_t nl = static_cast<size_t>(static_cast<const char*>(hit) - data.data());
    if (nl + 1 < data.size() && data[nl + 1] == '\n') return nl + 2;
    if (nl + 2 < data.size() && data[nl + 1] == '\r' && data[nl + 2] == '\n') return nl + 3;
    pos = nl + 1;
  }
}

std::vector<HeaderField> ParseHeaderFields(std::string_view lines) {
  std::vector<HeaderField> fields;
  size_t pos = 0;
  while (pos < lines.size()) {
    size_t next = 0;
    std::string_view line = FirstLine(lines.substr(pos), &next);
    pos += next;
    if (line.empty()) continue;
    if ((line[0] == ' ' || line[0] == '\t') && !fields.empty()) {
      const std::string_view more = Trim(line);
      if (!more.empty()) fields.back().value.append(" ").append(more);
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;
    fields.push_back({Trim(line.substr(0, colon)), std::string(Trim(line.substr(colon + 1)))});
  }
  return fields;
}

std::string_view FieldValue(const std::vector<HeaderField>& fields, std::string_view name) {
  for (const HeaderField& f : fields) {
    if (EqualsIgnoreCase(f.name, name)) return f.value;
  }
  return {};
}

bool IsWarcVersionLine(std::string_view line) {
  if (line.size() < 8 || line.substr(0, 5) != "WARC/") return false;
  line.remove_prefix(5);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  const size_t dot = line.find('.');
  return dot != std::string_view::npos && AllDigits(line.substr(0, dot)) &&
         AllDigits(line.substr(dot + 1)) && line.size() <= 12;
}

Result<WarcHead> ParseWarcHead(std::string_view head) {
  size_t rest = 0;
  const std::string_view version = FirstLine(head, &rest);
  if (!IsWarcVersionLine(version)) return InvalidInput("no WARC version line");
  const std::vector<HeaderField> fields = ParseHeaderFields(head.substr(rest));
  WarcHead out;
  const std::string_view length = FieldValue(fields, "Content-Length");
  if (length.empty()) return InvalidInput("no Content-Length");
  if (!ParseLength(length, &out.content_length)) {
    return InvalidInput("bad Content-Length '" + std::string(length.substr(0, 40)) + "'");
  }
  out.type = FieldValue(fields, "WARC-Type");
  std::string_view uri = FieldValue(fields, "WARC-Target-URI");
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>')
    uri = uri.substr(1, uri.size() - 2);
  out.target_uri = uri;
  out.date = FieldValue(fields, "WARC-Date");
  out.record_id = FieldValue(fields, "WARC-Record-ID");
  out.content_type = FieldValue(fields, "Content-Type");
  return out;
}

bool ParseArcLine(std::string_view line, ArcHead* head) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::vector<std::string_view> parts;
  size_t pos = 0;
  while (pos < line.size() && parts.size() < 32) {
    while (pos < line.size() && line[pos] == ' ') ++pos;
    const size_t end = std::min(line.find(' ', pos), line.size());
    if (end > pos) parts.push_back(line.substr(pos, end - pos));
    pos = end;
  }
  if (parts.size() < 5 || parts.size() >= 32) return false;
  const std::string_view url = parts[0];
  const size_t scheme = url.find("://");
  const bool dns = url.substr(0, 4) == "dns:";
  if (!dns && (scheme == std::string_view::npos || scheme == 0 || scheme > 16)) return false;
  const std::string_view date = parts[2];
  if (date.size() < 8 || date.size() > 17 || !AllDigits(date)) return false;
  if (!ParseLength(parts.back(), &head->length)) return false;
  head->url = url;
  head->content_type = parts[3];
  std::string d(date);
  d.resize(14, '0');
  head->date = d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2) + "T" + d.substr(8, 2) +
               ":" + d.substr(10, 2) + ":" + d.substr(12, 2) + "Z";
  return true;
}

Result<HttpHead> ParseHttpHead(std::string_view data, bool whole_block) {
  size_t rest = 0;
  const std::string_view status_line = FirstLine(data, &rest);
  // "HTTP/1.1 200 OK", "HTTP/2 404", "HTTP/1.0 200"
  if (status_line.substr(0, 5) != "HTTP/") return InvalidInput("no HTTP status line");
  const size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos) return InvalidInput("bad HTTP status line");
  std::string_view code = Trim(status_line.substr(sp + 1));
  code = code.substr(0, code.find(' '));
  if (code.size() != 3 || !AllDigits(code) || code[0] == '0') {
    return InvalidInput("bad HTTP status code");
  }
  const size_t end = FindHeaderEnd(data);
  HttpHead out;
  // A head that is only the status line ends right after it.
  if (rest <= data.size() && (data.substr(rest, 2) == "\r\n" || data.substr(rest, 1) == "\n")) {
    out.size = rest + (data.substr(rest, 1) == "\n" ? 1 : 2);
  } else if (end != kNoHeaderEnd) {
    out.size = end;
  } else if (whole_block) {
    out.size = data.size();
  } else {
    return InvalidInput("HTTP head has no end");
  }
  out.status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
  const std::vector<HeaderField> fields =
      ParseHeaderFields(data.substr(rest, out.size - std::min(rest, out.size)));
  out.content_type = FieldValue(fields, "Content-Type");
  out.transfer_encoding = utf8::AsciiLower(FieldValue(fields, "Transfer-Encoding"));
  out.content_encoding = utf8::AsciiLower(FieldValue(fields, "Content-Encoding"));
  return out;
}

std::string MediaType(std::string_view content_type) {
  return utf8::AsciiLower(Trim(content_type.substr(0, content_type.find(';'))));
}

bool IsHtmlMediaType(std::string_view content_type) {
  return MediaType(content_type).find("html") != std::string::npos;
}

bool SniffHtml(std::string_view prefix) {
  if (prefix.substr(0, 3) == "\xEF\xBB\xBF") prefix.remove_prefix(3);
  while (!prefix.empty() && IsBlank(prefix.front())) prefix.remove_prefix(1);
  if (prefix.empty() || prefix.front() != '<') return false;
  const std::string lower = utf8::AsciiLower(prefix.substr(0, 1024));
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body"}) {
    if (lower.find(tag) != std::string::npos) return true;
  }
  return false;
}

}  // namespace corroborate::archive
