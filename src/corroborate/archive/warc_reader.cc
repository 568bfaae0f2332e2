#include "corroborate/archive/warc_reader.h"

#include <zlib.h>

#include <utility>

#include "corroborate/archive/byte_source.h"
#include "corroborate/archive/gunzip.h"
#include "corroborate/archive/record_parser.h"
#include "corroborate/archive/warc_header.h"

namespace corroborate::archive {
namespace {

// Inflates the start of the first gzip member of `bytes` (a prefix may end anywhere).
std::string InflatePrefix(std::string_view bytes, size_t max_out) {
  z_stream s{};
  if (inflateInit2(&s, 16 + MAX_WBITS) != Z_OK) return {};
  std::string out(max_out, '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  s.avail_in = static_cast<uInt>(std::min<size_t>(bytes.size(), UINT32_MAX));
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(max_out);
  inflate(&s, Z_SYNC_FLUSH);
  out.resize(max_out - s.avail_out);
  inflateEnd(&s);
  return out;
}

}  // namespace

WarcReader::WarcReader(std::unique_ptr<RecordParser> parser) : parser_(std::move(parser)) {}
WarcReader::~WarcReader() = default;

Result<std::unique_ptr<WarcReader>> WarcReader::Open(const std::string& path,
                                                     const WarcOptions& options) {
  Result<std::unique_ptr<ByteSource>> source = OpenFileSource(path);
  if (!source.ok()) {
    return Status(source.status().code(), path + ": " + source.status().message());
  }
  auto parser = std::make_unique<RecordParser>(path, std::move(source).value(), options);
  RETURN_IF_ERROR(parser->DetectFormat());
  return std::unique_ptr<WarcReader>(new WarcReader(std::move(parser)));
}

Result<std::unique_ptr<WarcReader>> WarcReader::FromBytes(std::string bytes,
                                                          const WarcOptions& options) {
  auto parser = std::make_unique<RecordParser>("", MakeStringSource(std::move(bytes)), options);
  RETURN_IF_ERROR(parser->DetectFormat());
  return std::unique_ptr<WarcReader>(new WarcReader(std::move(parser)));
}

Result<bool> WarcReader::Next(WarcRecord* record) { return parser_->Next(record); }

const WarcStats& WarcReader::stats() const { return parser_->stats(); }

bool LooksLikeArchive(std::string_view first_bytes) {
  std::string inflated;
  if (IsGzip(first_bytes)) {
    inflated = InflatePrefix(first_bytes, 4096);
    first_bytes = inflated;
  }
  while (!first_bytes.empty() && (first_bytes.front() == '\r' || first_bytes.front() == '\n')) {
    first_bytes.remove_prefix(1);
  }
  if (first_bytes.substr(0, 5) == "WARC/") {
    return first_bytes.size() > 5 && first_bytes[5] >= '0' && first_bytes[5] <= '9';
  }
  return first_bytes.substr(0, 11) == "filedesc://";
}

}  // namespace corroborate::archive
