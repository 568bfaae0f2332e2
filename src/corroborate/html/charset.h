// Turning a page's bytes into UTF-8, deciding the charset as browsers do: a byte-order mark, then
// the HTTP Content-Type header (WARC responses), then <meta charset> / <meta http-equiv
// content-type> in the first 4 KiB, then bytes that are valid UTF-8, then ICU detection when it
// is confident, else windows-1252. Conversion goes through ICU; bytes that do not decode become
// U+FFFD and are counted.
#ifndef CORROBORATE_HTML_CHARSET_H_
#define CORROBORATE_HTML_CHARSET_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "corroborate/common/status.h"

namespace corroborate::html {

struct Decoded {
  std::string utf8;     // valid UTF-8, without a byte-order mark
  std::string charset;  // the charset used ("UTF-8", "windows-1252", "Shift_JIS", "GBK"...)
  // Where the charset came from: "bom", "http", "meta", "utf8" (the bytes are valid UTF-8),
  // "detected" (ICU's detector, confident) or "default" (windows-1252).
  std::string source;
  size_t replaced = 0;  // invalid or unmappable byte sequences replaced by U+FFFD
  // A charset label that was declared (HTTP or meta) but that no converter knows, or "" when
  // none; the decision then fell through to the next step.
  std::string unknown_label;
};

// Decodes `bytes`. `content_type` is an HTTP Content-Type header value, or "" when unknown.
// Declared latin-1 / iso-8859-1 / us-ascii (and their aliases) are read as windows-1252, gb2312
// as GBK, and so on, as browsers do. A declared windows-1252 family charset yields to bytes that
// are valid UTF-8 with non-ASCII sequences (servers often default to Latin-1 for UTF-8 pages);
// source is then "utf8". Never fails on content; errors: TooLarge past 2^30 bytes (ICU's
// int32 lengths). Thread-safe.
Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view content_type = {});

// The charset named in a Content-Type value ("text/html; charset=ISO-8859-1" -> "ISO-8859-1",
// quotes removed), or "".
std::string CharsetFromContentType(std::string_view content_type);

// The charset declared by the first <meta charset=...> or <meta http-equiv="content-type"
// content="...; charset=..."> in `head` (the start of a page; comments are skipped), or "".
std::string CharsetFromMeta(std::string_view head);

// The ICU converter name for a charset label, following the WHATWG Encoding Standard's label
// table for the common web charsets ("latin1" -> "windows-1252", "gb2312" -> "GBK", "sjis" ->
// "Shift_JIS"); a label outside the table is returned trimmed, for ICU to try. "" for labels
// that must not be decoded as declared (utf-7, replacement encodings).
std::string NormalizeCharsetLabel(std::string_view label);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_CHARSET_H_
