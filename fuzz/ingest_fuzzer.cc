// Fuzzes input detection and the text, JSON-lines and HTML readers on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "corroborate/ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  corroborate::ingest::ReadResult out;
  corroborate::ingest::ReadBytes("fuzz", std::string(reinterpret_cast<const char*>(data), size),
                                 {}, &out);
  for (const auto& a : out.articles) {
    for (const auto& r : a.removed) {
      if (r.span.end > a.text.size() || r.span.start > r.span.end) __builtin_trap();
    }
  }
  return 0;
}
