#include "corroborate/archive/http_payload.h"

#include <zlib.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace corroborate::archive {
namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

enum class InflateEnd { kComplete, kTruncated, kCorrupt, kTooLarge };

// Inflates `in` with zlib window bits `wbits`, appending at most `max_bytes` to `out`.
InflateEnd InflateInto(std::string_view in, int wbits, size_t max_bytes, std::string* out) {
  z_stream s{};
  if (inflateInit2(&s, wbits) != Z_OK) return InflateEnd::kCorrupt;
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  s.avail_in = static_cast<uInt>(std::min<size_t>(in.size(), UINT32_MAX));
  char buf[1 << 16];
  InflateEnd end = InflateEnd::kTruncated;
  while (true) {
    s.next_out = reinterpret_cast<Bytef*>(buf);
    s.avail_out = sizeof(buf);
    const int ret = inflate(&s, Z_NO_FLUSH);
    const size_t produced = sizeof(buf) - s.avail_out;
    if (produced > max_bytes - std::min(max_bytes, out->size())) {
      end = InflateEnd::kTooLarge;
      break;
    }
    out->append(buf, produced);
    if (ret == Z_STREAM_END) {
      end = InflateEnd::kComplete;
      break;
    }
    if (ret != Z_OK && ret != Z_BUF_ERROR) {
      end = InflateEnd::kCorrupt;
      break;
    }
    if (produced == 0 && (s.avail_in == 0 || ret == Z_BUF_ERROR)) break;  // input ends early
  }
  inflateEnd(&s);
  return end;
}

// True when `body` plainly is not compressed: it starts like markup or text.
bool LooksUncompressed(std::string_view body) {
  if (body.size() >= 2 && static_cast<unsigned char>(body[0]) == 0x1f &&
      static_cast<unsigned char>(body[1]) == 0x8b) {
    return false;
  }
  size_t i = 0;
  while (i < body.size() && i < 64 &&
         (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
    ++i;
  }
  return i == body.size() || body[i] == '<' || body[i] == '{' || body[i] == '[';
}

Result<std::string> DecodeOne(std::string body, std::string_view coding, size_t max_bytes) {
  if (coding.empty() || coding == "identity" || coding == "none") return body;
  int wbits = 0;
  if (coding == "gzip" || coding == "x-gzip") {
    wbits = 16 + MAX_WBITS;
  } else if (coding == "deflate") {
    // RFC 9110 says zlib-wrapped, but many servers send raw deflate.
    const bool zlib_header =
        body.size() >= 2 && (static_cast<unsigned char>(body[0]) & 0x0f) == 8 &&
        ((static_cast<unsigned char>(body[0]) << 8) | static_cast<unsigned char>(body[1])) % 31 ==
            0;
    wbits = zlib_header ? MAX_WBITS : -MAX_WBITS;
  } else {
    return InvalidInput("unsupported Content-Encoding '" + std::string(coding.substr(0, 40)) + "'");
  }
  if (LooksUncompressed(body)) return body;
  std::string out;
  switch (InflateInto(body, wbits, max_bytes, &out)) {
    case InflateEnd::kComplete:
    case InflateEnd::kTruncated:
      return out;
    case InflateEnd::kTooLarge:
      return TooLarge("decoded body exceeds " + std::to_string(max_bytes) + " bytes");
    case InflateEnd::kCorrupt:
      break;
  }
  return InvalidInput("corrupt " + std::string(coding) + " body");
}

}  // namespace

Result<std::string> Dechunk(std::string_view body, size_t max_bytes) {
  std::string out;
  size_t pos = 0;
  while (pos < body.size()) {
    const size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) {
      if (out.empty()) return InvalidInput("no chunk size line");
      break;  // cut inside a size line: keep what we have
    }
    std::string_view line = body.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    line = Trim(line.substr(0, line.find(';')));
    if (line.empty() || line.size() > 15) return InvalidInput("bad chunk size line");
    uint64_t size = 0;
    for (char c : line) {
      const int d = HexDigit(c);
      if (d < 0) return InvalidInput("bad chunk size line");
      size = size * 16 + static_cast<uint64_t>(d);
    }
    pos = nl + 1;
    if (size == 0) break;  // trailers follow; nothing we need
    const size_t take = static_cast<size_t>(std::min<uint64_t>(size, body.size() - pos));
    if (take > max_bytes - out.size()) {
      return TooLarge("dechunked body exceeds " + std::to_string(max_bytes) + " bytes");
    }
    out.append(body.substr(pos, take));
    pos += take;
    if (take < size) break;  // cut inside a chunk
    if (body.substr(pos, 2) == "\r\n") {
      pos += 2;
    } else if (body.substr(pos, 1) == "\n") {
      pos += 1;
    } else if (pos < body.size()) {
      return InvalidInput("chunk not followed by a line end");
    }
  }
  return out;
}

Result<std::string> DecodeContent(std::string body, std::string_view encoding, size_t max_bytes) {
  // Codings are listed in the order they were applied; undo them from the last.
  std::vector<std::string> codings;
  size_t pos = 0;
  while (pos <= encoding.size() && codings.size() < 4) {
    const size_t comma = std::min(encoding.find(',', pos), encoding.size());
    const std::string_view c = Trim(encoding.substr(pos, comma - pos));
    if (!c.empty()) codings.emplace_back(c);
    pos = comma + 1;
  }
  for (auto it = codings.rbegin(); it != codings.rend(); ++it) {
    ASSIGN_OR_RETURN(body, DecodeOne(std::move(body), *it, max_bytes));
  }
  return body;
}

Result<std::string> DecodeHttpBody(std::string body, std::string_view transfer_encoding,
                                   std::string_view content_encoding, size_t max_bytes) {
  if (transfer_encoding.find("chunked") != std::string_view::npos) {
    Result<std::string> dechunked = Dechunk(body, max_bytes);
    if (dechunked.ok()) {
      body = std::move(dechunked).value();
    } else if (dechunked.status().code() == StatusCode::kTooLarge) {
      return dechunked.status();
    }
  }
  return DecodeContent(std::move(body), content_encoding, max_bytes);
}

}  // namespace corroborate::archive
