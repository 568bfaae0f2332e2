// JSON lines with the news-please / CC-NEWS field names: `url`, `title`, `maintext` or `text`,
// `date_publish`, `source_domain`, `authors`, `language`, `id`, `description`.
#ifndef CORROBORATE_INGEST_JSON_LINES_H_
#define CORROBORATE_INGEST_JSON_LINES_H_

#include <string>
#include <string_view>

#include "corroborate/common/status.h"
#include "corroborate/core/article.h"

namespace corroborate::ingest {

// Parses one JSON object. Errors: InvalidInput (not JSON, not an object, no body field, body
// not a string), EmptyInput (blank body). The article's `text` is the decoded body (invalid
// UTF-8 replaced), its `id` the record's `id` when present.
Result<Article> ParseJsonRecord(std::string_view line);

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_JSON_LINES_H_
