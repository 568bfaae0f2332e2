#include "corroborate/ingest/json_lines.h"

#include "corroborate/ingest/record.h"

namespace corroborate::ingest {

Result<Article> ParseJsonRecord(std::string_view line) {
  ASSIGN_OR_RETURN(Record r, RecordFromJson(line, ""));
  Article a = ArticleFromRecord(r);
  if (r.id_computed) a.id.clear();
  return a;
}

}  // namespace corroborate::ingest
