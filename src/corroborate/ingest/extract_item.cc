#include "corroborate/ingest/extract_item.h"

#include "corroborate/ingest/text_repair.h"

namespace corroborate::ingest {

Result<Record> ExtractItem(const InputItem& item, const RecordOptions& options) {
  switch (item.kind) {
    case InputItem::Kind::kPage:
      return RecordFromHtml(item.bytes, item.url, item.content_type, item.source, options);
    case InputItem::Kind::kJson:
      return RecordFromJson(item.bytes, item.source, options);
    case InputItem::Kind::kText: {
      std::string text = item.bytes;
      RepairUtf8Text(&text);
      if (text.find_first_not_of(" \t\r\n") == std::string::npos) return EmptyInput("no text");
      return RecordFromText(std::move(text), item.source, options);
    }
  }
  return InvalidInput("unknown item kind");
}

}  // namespace corroborate::ingest
