#include "corroborate/archive/gunzip.h"

#include <algorithm>
#include <memory>
#include <utility>

#include "corroborate/archive/byte_source.h"
#include "corroborate/archive/inflate_stream.h"

namespace corroborate::archive {
namespace {

Result<std::string> GunzipSource(std::unique_ptr<ByteSource> source, size_t max_bytes,
                                 size_t buffer_bytes) {
  InflateOptions options;
  options.buffer_bytes = buffer_bytes;
  options.max_member_bytes = uint64_t{max_bytes} + 1;
  InflateStream stream(std::move(source), options);
  std::string out;
  while (true) {
    ASSIGN_OR_RETURN(std::string_view view, stream.Peek(1));
    if (view.empty()) break;
    if (!stream.gzip()) return InvalidInput("not gzip data");
    if (view.size() > max_bytes - out.size()) {
      return TooLarge("gunzipped data exceeds the limit of " + std::to_string(max_bytes) +
                      " bytes");
    }
    out.append(view);
    stream.Consume(view.size());
  }
  if (!stream.gzip()) return InvalidInput("not gzip data");
  return out;
}

}  // namespace

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

Result<std::string> Gunzip(std::string_view bytes, size_t max_bytes) {
  if (!IsGzip(bytes)) return InvalidInput("not gzip data");
  // Small inputs get small buffers; a few inflate calls per input are cheap.
  const size_t buffer = std::clamp<size_t>(bytes.size() * 4, 4096, InflateOptions().buffer_bytes);
  return GunzipSource(MakeViewSource(bytes), max_bytes, buffer);
}

Result<std::string> GunzipFile(const std::string& path, size_t max_bytes) {
  ASSIGN_OR_RETURN(std::unique_ptr<ByteSource> source, OpenFileSource(path));
  return GunzipSource(std::move(source), max_bytes, InflateOptions().buffer_bytes);
}

}  // namespace corroborate::archive
