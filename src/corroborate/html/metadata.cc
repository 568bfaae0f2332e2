#include "corroborate/html/metadata.h"

namespace corroborate::html {

// Placeholder: the <title> only.
Metadata ExtractMetadata(const Dom& dom, std::string_view) {
  Metadata m;
  m.title = TextOf(FindFirst(dom.root(), "title"));
  return m;
}

}  // namespace corroborate::html
