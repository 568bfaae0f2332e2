// Clutter inside article text: ad and promo teasers, share prompts, "related stories",
// newsletter and disclaimer blocks, read-more sign-offs, the chrome of embedded social posts.
#ifndef CORROBORATE_EXTRACT_CLUTTER_H_
#define CORROBORATE_EXTRACT_CLUTTER_H_

#include <vector>

#include "corroborate/core/article.h"
#include "corroborate/extract/analysis.h"

namespace corroborate::extract {

// Finds clutter spans in `article.text` (outside spans already in `article.removed`), each with
// a reason starting "clutter: " (e.g. "clutter: share prompt"), and the embedded posts (whose
// chrome is among the returned spans). Thread-safe.
std::vector<Removed> FindClutter(const Article& article, std::vector<EmbeddedPost>* posts);

}  // namespace corroborate::extract

#endif  // CORROBORATE_EXTRACT_CLUTTER_H_
