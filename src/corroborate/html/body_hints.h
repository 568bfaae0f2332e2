// What an element's class, id, role and itemprop say about it: article text ("entry-content",
// "article-body", itemprop=articleBody) or boilerplate ("share", "related", "newsletter",
// role=navigation). Generic words only, no site's class names. Internal to the body extractor.
#ifndef CORROBORATE_HTML_BODY_HINTS_H_
#define CORROBORATE_HTML_BODY_HINTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "corroborate/html/body_tree.h"

namespace corroborate::html::body_internal {

struct Hint {
  int weight = 0;         // Readability-style class weight: +-25 per attribute, +25 when strong
  bool boiler = false;    // some class or id word says boilerplate ("share", "related")
  bool positive = false;  // some word says content ("article", "entry", "post", "text")
  bool content = false;   // a strong content name (article-body, entry-content) or role/itemprop
  // Boilerplate that no content word contradicts ("share-bar", but not "article-share").
  bool Unlikely() const { return boiler && !positive && !content; }
};

// The hint of one class or id value (any case).
Hint HintOf(std::string_view cls, std::string_view id);

// Hints of a tree's elements, computed on first use (most elements never need one).
class Hints {
 public:
  explicit Hints(const BodyTree& tree) : tree_(tree), cache_(tree.elems.size()) {}
  const Hint& Get(int i);

 private:
  struct Slot {
    Hint hint;
    bool done = false;
  };
  const BodyTree& tree_;
  std::vector<Slot> cache_;
};

}  // namespace corroborate::html::body_internal

#endif  // CORROBORATE_HTML_BODY_HINTS_H_
