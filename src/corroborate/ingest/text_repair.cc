#include "corroborate/ingest/text_repair.h"

#include "corroborate/common/utf8.h"

namespace corroborate::ingest {

TextRepair RepairUtf8Text(std::string* text) {
  TextRepair r;
  if (text->compare(0, 3, "\xEF\xBB\xBF") == 0) {
    text->erase(0, 3);
    r.bom_removed = true;
  }
  if (const size_t bad = utf8::FirstInvalid(*text); bad != text->size()) {
    r.replaced = true;
    r.first_invalid = bad;
    *text = utf8::Sanitize(*text);
  }
  return r;
}

}  // namespace corroborate::ingest
