// Test helpers for the archive stage: gzip members and WARC records built in memory.
#ifndef CORROBORATE_ARCHIVE_ARCHIVE_TEST_UTIL_H_
#define CORROBORATE_ARCHIVE_ARCHIVE_TEST_UTIL_H_

#include <zlib.h>

#include <string>
#include <string_view>

namespace corroborate::archive::testing {

// One gzip member (or a zlib stream, or raw deflate, with `wbits` 15 or -15) holding `data`.
inline std::string Compress(std::string_view data, int wbits = 16 + MAX_WBITS) {
  z_stream s{};
  deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&s, data.size()) + 32, '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = static_cast<uInt>(data.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  deflate(&s, Z_FINISH);
  out.resize(out.size() - s.avail_out);
  deflateEnd(&s);
  return out;
}

// A WARC record with the given type, target and block (Content-Length computed).
inline std::string WarcRecordBytes(
    std::string_view type, std::string_view uri, std::string_view block,
    std::string_view content_type = "application/http;msgtype=response") {
  std::string r = "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  r += "WARC-Date: 2024-01-02T03:04:05Z\r\nContent-Type: " + std::string(content_type) + "\r\n";
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

// An HTTP/1.1 200 response with the given Content-Type and body.
inline std::string HttpOk(std::string_view body, std::string_view content_type = "text/html") {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + std::string(content_type) + "\r\n\r\n" +
         std::string(body);
}

// A valid gzip member of `mib` MiB of zeros (a zip bomb: 1 GiB packs into about 1 MB), built in
// milliseconds by repeating one byte-aligned deflate block whose matches only reach back into
// zeros.
inline std::string ZeroBomb(size_t mib) {
  const std::string zeros(1 << 20, '\0');
  z_stream s{};
  deflateInit2(&s, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  const auto run = [&](int flush, size_t n) {
    std::string out(1 << 16, '\0');
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
    s.avail_in = static_cast<uInt>(n);
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = static_cast<uInt>(out.size());
    deflate(&s, flush);
    out.resize(out.size() - s.avail_out);
    return out;
  };
  const std::string first = run(Z_SYNC_FLUSH, zeros.size());   // header + block with a literal
  const std::string repeat = run(Z_SYNC_FLUSH, zeros.size());  // zeros given zero history
  std::string last = run(Z_FINISH, 0);                         // final block + trailer
  deflateEnd(&s);
  last.resize(last.size() - 8);
  std::string out = first;
  for (size_t i = 1; i < mib; ++i) out += repeat;
  out += last;
  const uLong one = crc32(0, reinterpret_cast<const Bytef*>(zeros.data()), zeros.size());
  uLong crc = one;
  for (size_t i = 1; i < mib; ++i) crc = crc32_combine(crc, one, zeros.size());
  const uint32_t size = static_cast<uint32_t>(uint64_t{mib} << 20);
  for (int i = 0; i < 4; ++i) out += static_cast<char>((crc >> (8 * i)) & 0xff);
  for (int i = 0; i < 4; ++i) out += static_cast<char>((size >> (8 * i)) & 0xff);
  return out;
}

}  // namespace corroborate::archive::testing

#endif  // CORROBORATE_ARCHIVE_ARCHIVE_TEST_UTIL_H_
