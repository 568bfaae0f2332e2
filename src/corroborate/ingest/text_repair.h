// Plain-text inputs are read as UTF-8: a byte order mark is dropped and invalid bytes become
// U+FFFD, so that every later offset is an offset into valid text. Callers report what changed.
#ifndef CORROBORATE_INGEST_TEXT_REPAIR_H_
#define CORROBORATE_INGEST_TEXT_REPAIR_H_

#include <cstddef>
#include <string>

namespace corroborate::ingest {

struct TextRepair {
  bool bom_removed = false;
  bool replaced = false;    // invalid bytes were replaced by U+FFFD
  size_t first_invalid = 0;  // when `replaced`: the offset of the first invalid byte (after the BOM)
};

// Repairs `text` in place as described above.
TextRepair RepairUtf8Text(std::string* text);

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_TEXT_REPAIR_H_
