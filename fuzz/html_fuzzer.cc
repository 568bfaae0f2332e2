// Fuzzes page extraction end to end (charset, DOM, body, metadata, date) on arbitrary bytes.
// Checks that a successful extraction yields valid UTF-8 text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corroborate/common/utf8.h"
#include "corroborate/html/page.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 100000) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto page = corroborate::html::ExtractPage(bytes, "https://fuzz.test/news/2024/05/06/story",
                                             size % 3 == 0 ? "text/html; charset=utf-8" : "");
  if (page.ok() && !corroborate::utf8::IsValid(page->maintext)) __builtin_trap();
  return 0;
}
