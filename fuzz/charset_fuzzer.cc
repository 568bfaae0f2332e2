// Fuzzes charset decoding: the first line of the input is the HTTP Content-Type value, the rest
// the page. Checks that the output is valid UTF-8 and that the label parsers stay in bounds.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corroborate/common/utf8.h"
#include "corroborate/html/charset.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t nl = input.find('\n');
  const std::string_view content_type = nl == std::string_view::npos ? "" : input.substr(0, nl);
  const std::string_view page = nl == std::string_view::npos ? input : input.substr(nl + 1);
  auto decoded = corroborate::html::DecodeToUtf8(page, content_type);
  if (!decoded.ok()) __builtin_trap();
  if (!corroborate::utf8::IsValid(decoded->utf8)) __builtin_trap();
  if (decoded->charset.empty() || decoded->source.empty()) __builtin_trap();
  (void)corroborate::html::CharsetFromMeta(input);
  (void)corroborate::html::NormalizeCharsetLabel(content_type);
  return 0;
}
