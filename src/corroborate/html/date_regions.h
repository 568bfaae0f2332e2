// Regions of a page about other things than its article: comments, sidebars, footers,
// navigation, captions, related and popular stories. Dates and bylines found there belong to
// other content. A region that holds most of the page's text is never "other", whatever its
// class says: page wrappers carry odd class lists. Internal to the html stage.
#ifndef CORROBORATE_HTML_DATE_REGIONS_H_
#define CORROBORATE_HTML_DATE_REGIONS_H_

#include <unordered_map>

#include "corroborate/html/dom.h"

namespace corroborate::html {

class OtherRegions {
 public:
  // `dom` must outlive this object.
  explicit OtherRegions(const Dom& dom);

  // True when `n` or one of its ancestors is an other region. Caches its verdicts; not
  // thread-safe.
  bool Contains(const Node* n);

  // True when `n` itself is an other region (for walks that already checked its ancestors).
  bool IsOther(const Node* n);

 private:
  size_t body_chars_ = 0;
  std::unordered_map<const Node*, bool> verdicts_;
};

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_DATE_REGIONS_H_
