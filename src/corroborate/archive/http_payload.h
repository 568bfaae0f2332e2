// The payload of an archived HTTP response: the body with its transfer coding (chunked) and
// content coding (gzip, deflate) undone, bounded in size. Archives hold what crawlers wrote, and
// crawlers often store a decoded body under the original headers, so a body that does not parse
// as declared is kept as it is when it plausibly already is the payload.
#ifndef CORROBORATE_ARCHIVE_HTTP_PAYLOAD_H_
#define CORROBORATE_ARCHIVE_HTTP_PAYLOAD_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "corroborate/common/status.h"

namespace corroborate::archive {

// Undoes chunked transfer coding ("1c\r\n<28 bytes>\r\n0\r\n\r\n"; LF line ends and chunk
// extensions accepted). A body cut inside a chunk yields the bytes present. Errors:
// InvalidInput when `body` is not chunked framing (the caller then keeps the raw body),
// TooLarge past `max_bytes`.
Result<std::string> Dechunk(std::string_view body, size_t max_bytes);

// Undoes a Content-Encoding value: "", "identity", "gzip", "x-gzip", "deflate" (zlib or raw),
// and lists of them ("gzip, identity"). A compressed body cut short yields what inflates.
// A body declared compressed that plainly is not (no gzip header, starts like text) is returned
// unchanged. Errors: InvalidInput for other encodings (br, compress...: the message names it)
// and corrupt data, TooLarge past `max_bytes`.
Result<std::string> DecodeContent(std::string body, std::string_view encoding, size_t max_bytes);

// Both, in HTTP order: the transfer coding (kept raw when not chunked framing), then the
// content coding. Errors: as DecodeContent.
Result<std::string> DecodeHttpBody(std::string body, std::string_view transfer_encoding,
                                   std::string_view content_encoding, size_t max_bytes);

}  // namespace corroborate::archive

#endif  // CORROBORATE_ARCHIVE_HTTP_PAYLOAD_H_
