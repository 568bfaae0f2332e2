// Finding records in the decoded stream: format detection, blank lines between records,
// resynchronisation after garbage or a bad record, and block consumption with truncation checks.
// Reading one record's header and payload is in record_blocks.cc.
#include "corroborate/archive/record_parser.h"

#include <algorithm>
#include <utility>

#include "corroborate/archive/warc_header.h"

namespace corroborate::archive {
namespace {

constexpr size_t kWarcLineLimit = 24;        // "WARC/1.0\r\n" and longer versions
constexpr size_t kArcLineLimit = 16u << 10;  // ARC lines carry a URL

bool IsBlankByte(char c) { return c == '\r' || c == '\n' || c == ' ' || c == '\t'; }

InflateOptions StreamOptions(const WarcOptions& o) {
  InflateOptions s;
  s.buffer_bytes = o.buffer_bytes;
  s.max_member_bytes = o.max_member_bytes;
  return s;
}

}  // namespace

RecordParser::RecordParser(std::string name, std::unique_ptr<ByteSource> source,
                           const WarcOptions& options)
    : prefix_(name.empty() ? std::string() : name + ": "),
      options_(options),
      stream_(std::move(source), StreamOptions(options)) {
  options_.max_header_bytes = std::max<size_t>(options_.max_header_bytes, 256);
}

Status RecordParser::DetectFormat() {
  // Peek no further than needed: an error in a later gzip member must not fail the opening.
  while (true) {
    Result<std::string_view> view = stream_.Peek(1);
    if (!view.ok()) return StreamError(view.status());
    size_t blanks = 0;
    while (blanks < view->size() && IsBlankByte((*view)[blanks])) ++blanks;
    if (blanks == 0 || view->empty()) break;
    stream_.Consume(blanks);
  }
  Result<std::string_view> line = PeekUntilNewline(kArcLineLimit);
  if (!line.ok()) return StreamError(line.status());
  const std::string_view rest = *line;
  if (rest.substr(0, 5) == "WARC/") {
    format_ = Format::kWarc;
    return Status::Ok();
  }
  ArcHead arc;
  if (rest.substr(0, 11) == "filedesc://" || ParseArcLine(rest.substr(0, rest.find('\n')), &arc)) {
    format_ = Format::kArc;
    return Status::Ok();
  }
  return InvalidInput(prefix_ + "not a WARC or ARC archive");
}

Result<bool> RecordParser::Next(WarcRecord* record) {
  if (deferred_) {
    Status status = std::move(*deferred_);
    deferred_.reset();
    ++stats_.errors;
    return status;
  }
  while (true) {
    Result<bool> found = SkipToRecord();
    stats_.bytes_in = stream_.bytes_in();
    if (!found.ok()) {
      ++stats_.errors;
      return found.status();
    }
    if (!*found) return false;
    Result<Outcome> outcome =
        format_ == Format::kWarc ? ReadWarcRecord(record) : ReadArcRecord(record);
    stats_.bytes_in = stream_.bytes_in();
    if (!outcome.ok()) {
      ++stats_.errors;
      return outcome.status();
    }
    if (*outcome == Outcome::kReturned) return true;
  }
}

Result<bool> RecordParser::SkipToRecord() {
  const bool after_error = resync_;
  uint64_t garbage = 0, garbage_offset = 0, garbage_stream_offset = 0;
  bool garbage_seen = false;
  if (resync_) {
    resync_ = false;
    Result<uint64_t> skipped = Resync();
    if (!skipped.ok()) {
      resync_ = true;  // still inside the bad record's remains
      return StreamError(skipped.status());
    }
  }
  bool found = false;
  while (true) {
    Result<std::string_view> peeked = stream_.Peek(1);
    if (!peeked.ok()) {
      resync_ = true;  // what the broken gzip member left in the buffer is not a record
      return StreamError(peeked.status());
    }
    std::string_view view = *peeked;
    if (view.empty()) break;
    size_t blanks = 0;
    while (blanks < view.size() && IsBlankByte(view[blanks])) ++blanks;
    if (blanks > 0) {
      stream_.Consume(blanks);
      continue;
    }
    peeked = PeekUntilNewline(format_ == Format::kWarc ? kWarcLineLimit : kArcLineLimit);
    if (!peeked.ok()) {
      resync_ = true;
      return StreamError(peeked.status());
    }
    view = *peeked;
    if (AtRecordStart(view)) {
      found = true;
      break;
    }
    if (!garbage_seen) {
      garbage_seen = true;
      garbage_offset = stream_.gzip() ? stream_.member_offset() : stream_.position();
      garbage_stream_offset = stream_.position();
    }
    Result<uint64_t> skipped = Resync();
    if (!skipped.ok()) {
      resync_ = true;
      return StreamError(skipped.status());
    }
    garbage += *skipped;
  }
  if (garbage > 0 && !after_error) {
    std::string where = std::to_string(garbage_offset);
    if (stream_.gzip())
      where += " (decompressed offset " + std::to_string(garbage_stream_offset) + ")";
    return InvalidInput(prefix_ + "offset " + where + ": skipped " + std::to_string(garbage) +
                        " bytes that are not a record");
  }
  return found;
}

Result<uint64_t> RecordParser::Resync() {
  uint64_t skipped = 0;
  while (true) {
    ASSIGN_OR_RETURN(std::string_view view, stream_.Peek(1));
    if (view.empty()) return skipped;
    // A gzip error moves the stream to the next member, which may start right here.
    if (stream_.AtMemberStart()) {
      ASSIGN_OR_RETURN(const bool start, RecordStartsAt(0));
      if (start) return skipped;
      view = stream_.buffered();
    }
    // Candidates: the byte after the next newline, and the next gzip member's first byte.
    const size_t nl = view.find('\n');
    size_t next = nl == std::string_view::npos ? view.size() : nl + 1;
    const size_t member = stream_.DistanceToNextMember();
    if (member != InflateStream::kNoMember && member > 0) next = std::min(next, member);
    stream_.Consume(next);
    skipped += next;
    if (next == view.size() && nl == std::string_view::npos && next != member) continue;
    ASSIGN_OR_RETURN(const bool start, RecordStartsAt(0));
    if (start) return skipped;
  }
}

bool RecordParser::AtRecordStart(std::string_view view) const {
  const size_t limit = format_ == Format::kWarc ? kWarcLineLimit : kArcLineLimit;
  const size_t nl = view.substr(0, limit).find('\n');
  if (nl == std::string_view::npos) return false;
  if (format_ == Format::kWarc) return view[0] == 'W' && IsWarcVersionLine(view.substr(0, nl));
  ArcHead head;
  return ParseArcLine(view.substr(0, nl), &head);
}

Result<bool> RecordParser::RecordStartsAt(size_t distance) {
  const size_t limit = format_ == Format::kWarc ? kWarcLineLimit : kArcLineLimit;
  while (true) {
    const std::string_view view = stream_.buffered();
    const std::string_view at = view.substr(std::min(distance, view.size()));
    if (at.size() >= limit || at.substr(0, limit).find('\n') != std::string_view::npos) {
      return AtRecordStart(at);
    }
    ASSIGN_OR_RETURN(std::string_view more, stream_.Peek(view.size() + 1));
    if (more.size() == view.size())
      return AtRecordStart(more.substr(std::min(distance, more.size())));
  }
}

Result<std::string_view> RecordParser::PeekUntilNewline(size_t limit) {
  while (true) {
    std::string_view view = stream_.buffered();
    if (view.size() >= limit || view.substr(0, limit).find('\n') != std::string_view::npos) {
      return view;
    }
    ASSIGN_OR_RETURN(std::string_view more, stream_.Peek(view.size() + 1));
    if (more.size() == view.size()) return more;
  }
}

Result<size_t> RecordParser::PeekHead(size_t limit) {
  size_t scanned = 0;
  while (true) {
    std::string_view view = stream_.buffered();
    const std::string_view window = view.substr(0, limit);
    // Rescan a few bytes: the blank line may straddle what was buffered before.
    const size_t from = scanned >= 3 ? scanned - 3 : 0;
    const size_t end = FindHeaderEnd(window.substr(from));
    if (end != kNoHeaderEnd) return from + end;
    scanned = window.size();
    if (view.size() >= limit) return kNoHeaderEnd;
    ASSIGN_OR_RETURN(std::string_view more, stream_.Peek(view.size() + 1));
    if (more.size() == view.size()) return kNoHeaderEnd;
  }
}

void RecordParser::DropLine() {
  const std::string_view view = stream_.buffered();
  const size_t nl = view.find('\n');
  stream_.Consume(nl == std::string_view::npos ? view.size() : nl + 1);
}

Status RecordParser::ConsumeBlock(const Meta& meta, uint64_t length, std::string* out,
                                  uint64_t done) {
  length += done;
  if (out == nullptr && !meta.aligned) {
    // Nothing to check on the way: let the stream skip (seek, for plain files).
    Result<uint64_t> skipped = stream_.Skip(length - done);
    if (!skipped.ok()) {
      resync_ = true;
      return RecordError(meta, skipped.status());
    }
    done += *skipped;
  }
  while (done < length) {
    std::string_view view = stream_.buffered();
    if (view.empty()) {
      Result<std::string_view> more = stream_.Peek(1);
      if (!more.ok()) {
        resync_ = true;
        return RecordError(meta, more.status());
      }
      view = *more;
      if (view.empty()) break;
    }
    size_t take = static_cast<size_t>(std::min<uint64_t>(view.size(), length - done));
    size_t member = InflateStream::kNoMember;
    if (meta.aligned)
      member = done > 0 && stream_.AtMemberStart() ? 0 : stream_.DistanceToNextMember();
    if (member != InflateStream::kNoMember && member < take) {
      // A record gzipped on its own should end inside its member. If the next member starts a
      // record, this one was cut short: stop at that record.
      Result<bool> starts = RecordStartsAt(member);
      if (!starts.ok()) {
        resync_ = true;
        return RecordError(meta, starts.status());
      }
      view = stream_.buffered();
      if (*starts) {
        if (out != nullptr) out->append(view.data(), member);
        stream_.Consume(member);
        return RecordError(meta, InvalidInput("truncated: its gzip member ends after " +
                                              std::to_string(done + member) + " of the " +
                                              std::to_string(length) + " block bytes"));
      }
      take = static_cast<size_t>(std::min<uint64_t>(view.size(), length - done));
    }
    if (out != nullptr) out->append(view.data(), take);
    stream_.Consume(take);
    done += take;
  }
  if (done < length) {
    return RecordError(
        meta, InvalidInput("truncated: Content-Length is " + std::to_string(length) +
                           " but the input ends after " + std::to_string(done) + " block bytes"));
  }
  return Status::Ok();
}

Status RecordParser::CheckMemberEnd(const Meta& meta) {
  using State = InflateStream::MemberState;
  while (true) {
    const State state = stream_.StateOfMember(meta.offset);
    if (state == State::kComplete || state == State::kUnknown) break;
    // Open: inflate on to its end. Failed: the error waits behind the buffered bytes.
    const size_t have = stream_.buffered().size();
    Result<std::string_view> more = stream_.Peek(have + 1);
    if (!more.ok()) {
      if (stream_.error_member() == meta.offset) {
        resync_ = true;
        return RecordError(meta, more.status());
      }
      // The error is about the following bytes: report it on the next call.
      deferred_ = StreamError(more.status());
      resync_ = true;
      return Status::Ok();
    }
    if (more->size() == have) break;
  }
  return Status::Ok();
}

RecordParser::Meta RecordParser::StartMeta() const {
  Meta meta;
  meta.stream_offset = stream_.position();
  meta.offset = stream_.gzip() ? stream_.member_offset() : meta.stream_offset;
  meta.aligned = stream_.AtMemberStart();
  return meta;
}

Status RecordParser::RecordError(const Meta& meta, const Status& status) const {
  std::string where = prefix_ + "record at offset " + std::to_string(meta.offset);
  if (stream_.gzip() && !meta.aligned) {
    where += " (decompressed offset " + std::to_string(meta.stream_offset) + ")";
  }
  if (!meta.target_uri.empty()) where += " (" + meta.target_uri.substr(0, 200) + ")";
  return Status(status.code(), where + ": " + status.message());
}

Status RecordParser::StreamError(const Status& status) const {
  return Status(status.code(), prefix_ + status.message());
}

}  // namespace corroborate::archive
