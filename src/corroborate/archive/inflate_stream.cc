#include "corroborate/archive/inflate_stream.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace corroborate::archive {

struct InflateStream::Zlib {
  z_stream s{};
  bool ready = false;
  ~Zlib() {
    if (ready) inflateEnd(&s);
  }
};

namespace {
bool IsGzipMagic(const char* p) {
  return static_cast<unsigned char>(p[0]) == 0x1f && static_cast<unsigned char>(p[1]) == 0x8b &&
         p[2] == 8;  // deflate, the only method gzip defines
}
}  // namespace

InflateStream::InflateStream(std::unique_ptr<ByteSource> source, const InflateOptions& options)
    : source_(std::move(source)), options_(options) {
  options_.buffer_bytes = std::max<size_t>(options_.buffer_bytes, 64);
  cap_ = options_.buffer_bytes;
  // Not value-initialised: both buffers are written before they are read.
  window_.reset(new char[cap_]);
  in_.reset(new char[options_.buffer_bytes]);
  if (Status s = RefillInput(); !s.ok()) {
    pending_ = std::move(s);
    input_done_ = true;
    return;
  }
  gzip_ = in_len_ >= 2 && static_cast<unsigned char>(in_[0]) == 0x1f &&
          static_cast<unsigned char>(in_[1]) == 0x8b;
  if (!gzip_) {
    // Plain input: the bytes already read are the first decoded bytes; later reads go straight
    // into the window.
    std::memcpy(window_.get(), in_.get(), in_len_);
    end_ = decoded_ = in_len_;
    in_pos_ = in_len_ = 0;
    input_done_ = source_done_ && end_ == 0;
    return;
  }
  z_ = std::make_unique<Zlib>();
  if (inflateInit2(&z_->s, 16 + MAX_WBITS) != Z_OK) {
    pending_ = Status(StatusCode::kInternal, "zlib initialisation failed");
    input_done_ = true;
    return;
  }
  z_->ready = true;
}

InflateStream::~InflateStream() = default;

Status InflateStream::RefillInput() {
  if (source_done_) return Status::Ok();
  const size_t keep = in_len_ - in_pos_;
  std::memmove(in_.get(), in_.get() + in_pos_, keep);
  in_base_ += in_pos_;
  in_pos_ = 0;
  in_len_ = keep;
  ASSIGN_OR_RETURN(const size_t got, source_->Read(in_.get() + keep, options_.buffer_bytes - keep));
  if (got == 0) source_done_ = true;
  in_len_ += got;
  return Status::Ok();
}

void InflateStream::MakeRoom(size_t need) {
  const size_t have = end_ - begin_;
  if (cap_ < need) {
    // Callers bound `need` (header limits, chunk sizes), so growth is bounded too.
    const size_t new_cap = std::max(need, cap_ * 2);
    std::unique_ptr<char[]> bigger(new char[new_cap]);
    std::memcpy(bigger.get(), window_.get() + begin_, have);
    window_ = std::move(bigger);
    cap_ = new_cap;
    begin_ = 0;
    end_ = have;
    return;
  }
  // Slide the unread bytes to the front when the free tail is too small to decode into
  // efficiently; the unread part is usually small, so the move is cheap.
  if (begin_ > 0 && (cap_ - begin_ < need || cap_ - end_ < cap_ / 4)) {
    std::memmove(window_.get(), window_.get() + begin_, have);
    begin_ = 0;
    end_ = have;
  }
}

Result<std::string_view> InflateStream::Peek(size_t n) {
  while (end_ - begin_ < n && !pending_ && !input_done_) {
    MakeRoom(n);
    if (gzip_) {
      DecodeSome();
    } else {
      DecodePlain();
    }
  }
  if (end_ - begin_ < n && pending_) {
    Status s = std::move(*pending_);
    pending_.reset();
    error_member_ = pending_member_;
    pending_member_ = kNoOffset;
    return s;
  }
  return buffered();
}

void InflateStream::Consume(size_t n) {
  begin_ += n;
  if (begin_ == end_) begin_ = end_ = 0;
  const uint64_t pos = position();
  while (members_.size() >= 2 && members_[1].decoded <= pos) members_.pop_front();
}

Result<uint64_t> InflateStream::Skip(uint64_t n) {
  uint64_t done = std::min<uint64_t>(n, end_ - begin_);
  Consume(static_cast<size_t>(done));
  if (!gzip_ && done < n && !input_done_) {
    ASSIGN_OR_RETURN(const uint64_t skipped, source_->Skip(n - done));
    decoded_ += skipped;
    done += skipped;
  }
  while (done < n) {
    ASSIGN_OR_RETURN(std::string_view view, Peek(1));
    if (view.empty()) break;
    const size_t take = static_cast<size_t>(std::min<uint64_t>(view.size(), n - done));
    Consume(take);
    done += take;
  }
  return done;
}

uint64_t InflateStream::member_offset() const {
  const uint64_t pos = position();
  uint64_t raw = 0;
  for (const Boundary& m : members_) {
    if (m.decoded > pos) break;
    raw = m.raw;
  }
  return raw;
}

InflateStream::MemberState InflateStream::StateOfMember(uint64_t raw) const {
  for (const Boundary& m : members_) {
    if (m.raw == raw) return m.state;
  }
  return MemberState::kUnknown;
}

bool InflateStream::AtMemberStart() const {
  const uint64_t pos = position();
  return std::any_of(members_.begin(), members_.end(),
                     [pos](const Boundary& m) { return m.decoded == pos; });
}

size_t InflateStream::DistanceToNextMember() const {
  const uint64_t pos = position();
  for (const Boundary& m : members_) {
    if (m.decoded > pos) return static_cast<size_t>(m.decoded - pos);
  }
  return kNoMember;
}

void InflateStream::DecodePlain() {
  Result<size_t> got = source_->Read(window_.get() + end_, cap_ - end_);
  if (!got.ok()) {
    pending_ = got.status();
    input_done_ = true;
    return;
  }
  if (*got == 0) input_done_ = true;
  end_ += *got;
  decoded_ += *got;
}

void InflateStream::ReportJunk() {
  if (junk_ > 0 && !quiet_junk_) {
    pending_ = InvalidInput(std::to_string(junk_) + " bytes that are not gzip at offset " +
                            std::to_string(junk_start_));
  }
  junk_ = 0;
  quiet_junk_ = false;
}

// Positions the input at the next gzip header, counting what it skips. Returns false at the end.
bool InflateStream::StartMember() {
  while (true) {
    if (in_len_ - in_pos_ < 3 && !source_done_) {
      if (Status s = RefillInput(); !s.ok()) {
        pending_ = std::move(s);
        input_done_ = true;
        return false;
      }
      continue;
    }
    if (in_len_ - in_pos_ < 3) {
      // Zero padding after the last member is common and harmless; anything else is reported.
      for (size_t i = in_pos_; i < in_len_; ++i) {
        if (in_[i] != 0) {
          if (junk_ == 0) junk_start_ = in_base_ + i;
          ++junk_;
        }
      }
      in_pos_ = in_len_;
      ReportJunk();
      input_done_ = true;
      return false;
    }
    if (IsGzipMagic(in_.get() + in_pos_)) break;
    // Skip to the next candidate header byte.
    const char* start = in_.get() + in_pos_ + 1;
    const char* stop = in_.get() + in_len_;
    const void* hit = std::memchr(start, 0x1f, static_cast<size_t>(stop - start));
    const size_t next = hit ? static_cast<size_t>(static_cast<const char*>(hit) - in_.get())
                            : in_len_ - 2;  // keep two bytes: a header may straddle the refill
    for (size_t i = in_pos_; i < next; ++i) {
      if (in_[i] != 0) {
        if (junk_ == 0) junk_start_ = in_base_ + i;
        ++junk_;
      }
    }
    in_pos_ = std::max(next, in_pos_ + 1);
  }
  ReportJunk();
  inflateReset(&z_->s);
  in_member_ = true;
  member_raw_ = in_base_ + in_pos_;
  member_out_ = 0;
  members_.push_back({decoded_, member_raw_, MemberState::kOpen});
  return true;
}

void InflateStream::DecodeSome() {
  char* out = window_.get() + end_;
  const size_t room = cap_ - end_;
  while (true) {
    if (!in_member_) {
      if (!StartMember() || pending_) return;
    }
    if (in_pos_ == in_len_) {
      if (Status s = RefillInput(); !s.ok()) {
        pending_ = std::move(s);
        input_done_ = true;
        return;
      }
      if (in_pos_ == in_len_) {
        pending_ = InvalidInput("gzip member at offset " + std::to_string(member_raw_) +
                                " is truncated (the input ends inside it)");
        pending_member_ = member_raw_;
        members_.back().state = MemberState::kFailed;
        in_member_ = false;
        input_done_ = true;
        return;
      }
    }
    z_stream& s = z_->s;
    s.next_in = reinterpret_cast<Bytef*>(in_.get() + in_pos_);
    s.avail_in = static_cast<uInt>(in_len_ - in_pos_);
    s.next_out = reinterpret_cast<Bytef*>(out);
    s.avail_out = static_cast<uInt>(std::min<size_t>(room, UINT32_MAX));
    const int ret = inflate(&s, Z_NO_FLUSH);
    const size_t consumed = (in_len_ - in_pos_) - s.avail_in;
    const size_t produced = static_cast<size_t>(reinterpret_cast<char*>(s.next_out) - out);
    in_pos_ += consumed;
    end_ += produced;
    decoded_ += produced;
    member_out_ += produced;
    if (ret == Z_STREAM_END) {
      in_member_ = false;
      members_.back().state = MemberState::kComplete;
    } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
      pending_ = InvalidInput("corrupt gzip member at offset " + std::to_string(member_raw_) +
                              ": " + (s.msg ? s.msg : "inflate failed"));
    } else if (consumed == 0 && produced == 0) {
      pending_ = Status(StatusCode::kInternal, "inflate made no progress");
    }
    if (!pending_ && member_out_ > options_.max_member_bytes) {
      pending_ =
          TooLarge("gzip member at offset " + std::to_string(member_raw_) + " inflates past " +
                   std::to_string(options_.max_member_bytes) + " bytes (zip bomb?)");
    }
    if (pending_) {
      pending_member_ = member_raw_;
      members_.back().state = MemberState::kFailed;
      // Look for the next gzip header in the raw bytes, which is much cheaper than inflating
      // through the rest. A cut member runs into the next one, so start right after this
      // member's header when it is still buffered.
      if (member_raw_ + 1 >= in_base_ && member_raw_ + 1 - in_base_ <= in_len_) {
        in_pos_ = static_cast<size_t>(member_raw_ + 1 - in_base_);
      }
      in_member_ = false;
      quiet_junk_ = true;
      return;
    }
    if (produced > 0) return;
  }
}

}  // namespace corroborate::archive
