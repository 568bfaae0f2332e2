#include "corroborate/html/charset.h"

#include "corroborate/common/utf8.h"

namespace corroborate::html {

std::string CharsetFromContentType(std::string_view) { return {}; }

// Placeholder: UTF-8 with invalid bytes replaced.
Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view) {
  Decoded d;
  d.charset = "UTF-8";
  d.source = "default";
  d.utf8 = utf8::Sanitize(bytes);
  return d;
}

}  // namespace corroborate::html
