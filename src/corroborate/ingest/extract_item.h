// One input item (input_stream.h) turned into a Record (record.h): the per-item step shared by
// `extract` and by every command that reads articles.
#ifndef CORROBORATE_INGEST_EXTRACT_ITEM_H_
#define CORROBORATE_INGEST_EXTRACT_ITEM_H_

#include "corroborate/ingest/input_stream.h"
#include "corroborate/ingest/record.h"

namespace corroborate::ingest {

// Pages go through RecordFromHtml, JSON lines through RecordFromJson, texts (a byte-order mark
// dropped, invalid UTF-8 replaced) through RecordFromText. Errors: those of the record makers;
// EmptyInput for a blank text. Thread-safe.
Result<Record> ExtractItem(const InputItem& item, const RecordOptions& options);

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_EXTRACT_ITEM_H_
