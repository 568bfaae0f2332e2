// Reading one record: the WARC header or ARC line, then the block, through the HTTP head and
// the filters to the decoded payload. Navigation between records is in record_parser.cc.
#include <algorithm>
#include <utility>

#include "corroborate/archive/http_payload.h"
#include "corroborate/archive/record_parser.h"
#include "corroborate/archive/warc_header.h"

namespace corroborate::archive {
namespace {

constexpr size_t kArcLineLimit = 16u << 10;

}  // namespace

Result<RecordParser::Outcome> RecordParser::ReadWarcRecord(WarcRecord* record) {
  Meta meta = StartMeta();
  Result<size_t> end = PeekHead(options_.max_header_bytes);
  if (!end.ok()) {
    DropLine();
    resync_ = true;
    return RecordError(meta, end.status());
  }
  if (*end == kNoHeaderEnd) {
    const bool too_long = stream_.buffered().size() >= options_.max_header_bytes;
    DropLine();
    resync_ = true;
    return RecordError(
        meta, InvalidInput(too_long ? "WARC header longer than " +
                                          std::to_string(options_.max_header_bytes) + " bytes"
                                    : "truncated: the input ends in the WARC header"));
  }
  Result<WarcHead> head = ParseWarcHead(stream_.buffered().substr(0, *end));
  if (!head.ok()) {
    DropLine();
    resync_ = true;
    return RecordError(meta, head.status());
  }
  ++stats_.records;
  stream_.Consume(*end);
  meta.type = std::move(head->type);
  meta.target_uri = std::move(head->target_uri);
  meta.date = std::move(head->date);
  meta.record_id = std::move(head->record_id);
  meta.content_type = std::move(head->content_type);
  meta.length = head->content_length;
  const bool payload_type = meta.type == "response" || meta.type == "resource";
  return ReadBlock(meta, payload_type, record);
}

Result<RecordParser::Outcome> RecordParser::ReadArcRecord(WarcRecord* record) {
  Meta meta = StartMeta();
  Result<std::string_view> view = PeekUntilNewline(kArcLineLimit);
  if (!view.ok()) {
    DropLine();
    resync_ = true;
    return RecordError(meta, view.status());
  }
  const size_t nl = view->substr(0, kArcLineLimit).find('\n');
  ArcHead head;
  if (nl == std::string_view::npos || !ParseArcLine(view->substr(0, nl), &head)) {
    DropLine();
    resync_ = true;
    return RecordError(meta, InvalidInput("bad ARC record line"));
  }
  ++stats_.records;
  stream_.Consume(nl + 1);
  const bool file_header = head.url.rfind("filedesc://", 0) == 0;
  meta.type = file_header ? "filedesc" : "response";
  meta.target_uri = std::move(head.url);
  meta.date = std::move(head.date);
  meta.content_type = std::move(head.content_type);
  meta.length = head.length;
  return ReadBlock(meta, !file_header, record);
}

Result<RecordParser::Outcome> RecordParser::ReadBlock(const Meta& meta, bool payload_type,
                                                      WarcRecord* record) {
  const uint64_t length = meta.length;
  const auto skip = [&](uint64_t* counter) -> Result<Outcome> {
    if (counter != nullptr) ++*counter;
    RETURN_IF_ERROR(Skip(meta, length));
    return Outcome::kSkipped;
  };
  const auto too_large = [&]() -> Status {
    RETURN_IF_ERROR(Skip(meta, length));
    return RecordError(
        meta, TooLarge("block of " + std::to_string(length) + " bytes exceeds max_record_bytes (" +
                       std::to_string(options_.max_record_bytes) + ")"));
  };
  if (!payload_type && options_.payload_records_only) return skip(nullptr);
  if (payload_type) ++stats_.responses;

  HttpHead http;
  bool is_http = false;
  if (payload_type && meta.type == "response") {
    Result<std::string_view> start =
        stream_.Peek(static_cast<size_t>(std::min<uint64_t>(length, 5)));
    if (!start.ok()) {
      resync_ = true;
      return RecordError(meta, start.status());
    }
    if (length >= 5 && start->substr(0, 5) == "HTTP/") {
      const size_t limit =
          static_cast<size_t>(std::min<uint64_t>(length, options_.max_header_bytes));
      Result<size_t> end = PeekHead(limit);
      if (!end.ok()) {
        resync_ = true;
        return RecordError(meta, end.status());
      }
      const std::string_view buffered = stream_.buffered();
      const bool whole = *end == kNoHeaderEnd && length <= buffered.size();
      Result<HttpHead> parsed =
          ParseHttpHead(buffered.substr(0, *end == kNoHeaderEnd ? limit : *end), whole);
      if (!parsed.ok()) {
        RETURN_IF_ERROR(Skip(meta, length));
        return RecordError(meta, parsed.status());
      }
      http = std::move(parsed).value();
      is_http = true;
    }
  }
  if (payload_type && options_.ok_only && is_http && http.status != 200) {
    return skip(&stats_.skipped_status);
  }
  const std::string& content_type = is_http ? http.content_type : meta.content_type;
  if (payload_type && options_.html_only && !content_type.empty() &&
      !IsHtmlMediaType(content_type)) {
    return skip(&stats_.skipped_not_html);
  }
  if (length > options_.max_record_bytes) return too_large();

  // The HTTP head is buffered (PeekHead): drop it so that only the body is copied.
  const size_t head = is_http ? http.size : 0;
  stream_.Consume(head);
  std::string block;
  block.reserve(static_cast<size_t>(length - head));
  RETURN_IF_ERROR(ConsumeBlock(meta, length - head, &block, head));
  if (meta.aligned) RETURN_IF_ERROR(CheckMemberEnd(meta));
  std::string payload;
  if (is_http) {
    Result<std::string> decoded = DecodeHttpBody(std::move(block), http.transfer_encoding,
                                                 http.content_encoding, options_.max_record_bytes);
    if (!decoded.ok()) return RecordError(meta, decoded.status());
    payload = std::move(decoded).value();
  } else {
    payload = std::move(block);
  }
  if (payload_type && options_.html_only && content_type.empty() && !SniffHtml(payload)) {
    ++stats_.skipped_not_html;
    return Outcome::kSkipped;
  }
  record->offset = meta.offset;
  record->stream_offset = meta.stream_offset;
  record->type = meta.type;
  record->target_uri = meta.target_uri;
  record->date = meta.date;
  record->record_id = meta.record_id;
  record->http_status = is_http ? http.status : 0;
  record->content_type = content_type;
  record->payload = std::move(payload);
  return Outcome::kReturned;
}

}  // namespace corroborate::archive
