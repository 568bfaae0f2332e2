// Turning a page's bytes into UTF-8: the charset comes from a byte-order mark, then the HTTP
// Content-Type header (WARC responses), then <meta charset> / <meta http-equiv> in the first
// kilobytes, then detection (ICU), else UTF-8; conversion through ICU. Bytes that do not decode
// become U+FFFD and are counted.
#ifndef CORROBORATE_HTML_CHARSET_H_
#define CORROBORATE_HTML_CHARSET_H_

#include <string>
#include <string_view>

#include "corroborate/common/status.h"

namespace corroborate::html {

struct Decoded {
  std::string utf8;      // valid UTF-8, without a byte-order mark
  std::string charset;   // the charset used, as ICU names it ("UTF-8", "windows-1252"...)
  std::string source;    // "bom", "http", "meta", "detected" or "default"
  size_t replaced = 0;   // invalid byte sequences replaced by U+FFFD
};

// Decodes `bytes`. `content_type` is an HTTP Content-Type header value, or "" when unknown.
// A declared latin-1 / iso-8859-1 / us-ascii is read as windows-1252, as browsers do.
// Errors: InvalidInput when the declared or detected charset is unknown to ICU and the bytes are
// not UTF-8 (the message names the charset).
Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view content_type = {});

// The charset named in a Content-Type value ("text/html; charset=ISO-8859-1" -> "ISO-8859-1"),
// or "".
std::string CharsetFromContentType(std::string_view content_type);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_CHARSET_H_
