// Fuzzes the archive stage on arbitrary bytes: WarcReader (plain, gzip, ARC; small buffers so
// that every window and member boundary case is reached), archive sniffing, bounded gunzip and
// HTTP body decoding. Checks that reading always ends, every error is followed by progress, and
// payloads respect max_record_bytes.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "corroborate/archive/gunzip.h"
#include "corroborate/archive/http_payload.h"
#include "corroborate/archive/warc_reader.h"

namespace {

using corroborate::archive::WarcOptions;
using corroborate::archive::WarcReader;
using corroborate::archive::WarcRecord;

void ReadAll(const std::string& bytes, const WarcOptions& options) {
  auto reader = WarcReader::FromBytes(bytes, options);
  if (!reader.ok()) return;
  WarcRecord record;
  // Each Next() consumes input or ends it; a reader that stops making progress loops here.
  for (size_t calls = 0;; ++calls) {
    if (calls > 10'000'000) __builtin_trap();
    auto next = (*reader)->Next(&record);
    if (next.ok() && !*next) break;
    if (next.ok() && record.payload.size() > options.max_record_bytes) __builtin_trap();
  }
  const auto& stats = (*reader)->stats();
  if (stats.skipped_not_html + stats.skipped_status > stats.responses) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 200000) return 0;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  WarcOptions small;
  small.buffer_bytes = 64;  // every refill and window slide, on tiny inputs
  small.max_record_bytes = 4096;
  small.max_header_bytes = 512;
  small.max_member_bytes = 1 << 20;
  ReadAll(bytes, small);
  WarcOptions all;
  all.html_only = all.ok_only = all.payload_records_only = false;
  all.max_member_bytes = 1 << 20;
  all.buffer_bytes = 4096;
  ReadAll(bytes, all);

  (void)corroborate::archive::LooksLikeArchive(bytes);
  auto gunzipped = corroborate::archive::Gunzip(bytes, 1 << 20);
  if (gunzipped.ok() && gunzipped->size() > (1u << 20)) __builtin_trap();
  const std::string_view view(bytes);
  auto body = corroborate::archive::DecodeHttpBody(bytes, view.substr(0, size % 9 == 0 ? 7 : 0),
                                                   (size & 1) ? "gzip" : "deflate", 1 << 16);
  if (body.ok() && body->size() > (1u << 16)) __builtin_trap();
  return 0;
}
