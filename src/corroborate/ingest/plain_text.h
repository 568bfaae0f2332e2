// Plain-text articles: the file's bytes are the article text. Leading lines that are metadata
// (a "date 2025-06-21" prefix, "By NAME | OUTLET", "June 21, 2025", a breadcrumb, a headline,
// an author line, "3 min read") are recorded as removed spans with a "metadata: ..." reason
// and fill the article's fields.
#ifndef CORROBORATE_INGEST_PLAIN_TEXT_H_
#define CORROBORATE_INGEST_PLAIN_TEXT_H_

#include <string>

#include "corroborate/core/article.h"

namespace corroborate::ingest {

// Builds an article from `text`. REQUIRES: `text` is valid UTF-8.
// Fills title, byline, published, outlet (from a "By NAME | OUTLET" line) and `removed`.
Article ParsePlainText(std::string text);

// Reads the header zone of an article whose text is already set (also used for JSON lines and
// HTML bodies): appends metadata spans to `article->removed` and fills empty fields.
void ReadLeadingMetadata(Article* article);

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_PLAIN_TEXT_H_
