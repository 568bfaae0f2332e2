#include "corroborate/html/body.h"

namespace corroborate::html {

// Placeholder until the scored extractor lands: every paragraph of the page.
std::string ExtractBody(const Dom& dom, const BodyOptions&, BodyStats* stats) {
  std::string out;
  ForEachElement(dom.root(), [&](const Node* n) {
    if (Name(n) == "p") {
      std::string t = TextOf(n);
      if (!t.empty()) out += t + "\n";
      return false;
    }
    return true;
  });
  if (stats != nullptr) stats->method = "paragraphs";
  return out;
}

}  // namespace corroborate::html
