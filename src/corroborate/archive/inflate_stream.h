// InflateStream: the decoded bytes of a plain file or of a sequence of gzip members (inflated with
// zlib, one member after another), seen through a bounded sliding window. It remembers where each
// gzip member starts, so that archive readers can name a record by its member's offset and notice
// when a record's member ends early. Memory is the window plus one input buffer, whatever the
// input's size.
#ifndef CORROBORATE_ARCHIVE_INFLATE_STREAM_H_
#define CORROBORATE_ARCHIVE_INFLATE_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "corroborate/archive/byte_source.h"
#include "corroborate/common/status.h"

namespace corroborate::archive {

struct InflateOptions {
  size_t buffer_bytes = 256u << 10;  // input buffer size, and the window's initial size
  // A gzip member that inflates past this many bytes is treated as a zip bomb: TooLarge error,
  // then reading goes on at the next gzip member.
  uint64_t max_member_bytes = uint64_t{4} << 30;
};

class InflateStream {
 public:
  static constexpr size_t kNoMember = static_cast<size_t>(-1);

  // Reads `source`, which is gzip when it starts with the gzip magic bytes and plain otherwise.
  InflateStream(std::unique_ptr<ByteSource> source, const InflateOptions& options = {});
  ~InflateStream();
  InflateStream(const InflateStream&) = delete;
  InflateStream& operator=(const InflateStream&) = delete;

  // Decodes until at least `n` bytes lie past the read position, or the input ends, and returns
  // every buffered byte (so possibly more than `n`, fewer only at the end). The view is valid
  // until the next call of a non-const method. Errors: InvalidInput (corrupt or truncated gzip
  // member, bytes that are not gzip between members), TooLarge (member past max_member_bytes),
  // IoError. An error is returned only when the bytes decoded before it do not satisfy `n`; the
  // stream has then moved on to the next gzip member (or the end), and later calls go on from
  // there, after the bytes already buffered.
  Result<std::string_view> Peek(size_t n);

  // The bytes buffered past the read position.
  std::string_view buffered() const { return {window_.get() + begin_, end_ - begin_}; }
  // Moves the read position forward. REQUIRES: n <= buffered().size().
  void Consume(size_t n);
  // Discards `n` bytes (decoding through them when gzip, seeking when plain). Returns how many
  // were discarded, fewer only at the end. Errors: as Peek.
  Result<uint64_t> Skip(uint64_t n);

  // True when the input is gzip.
  bool gzip() const { return gzip_; }
  // Offset of the read position in the decoded bytes.
  uint64_t position() const { return decoded_ - (end_ - begin_); }
  // Offset in the raw input of the gzip member that holds the read position (0 when plain).
  uint64_t member_offset() const;
  // True when the read position is the first byte of a gzip member (false when plain).
  bool AtMemberStart() const;
  // Bytes from the read position to the start of the next gzip member among the buffered bytes,
  // or kNoMember.
  size_t DistanceToNextMember() const;
  enum class MemberState { kUnknown, kOpen, kComplete, kFailed };
  // What became of the gzip member starting at raw offset `raw`: still being inflated, ended
  // with a correct trailer (CRC and size), or failed. kUnknown once the read position has left
  // it (or for plain input).
  MemberState StateOfMember(uint64_t raw) const;
  // The raw offset of the gzip member that the error last returned by Peek concerned, or
  // kNoOffset when that error was not about one member (bytes between members, I/O).
  static constexpr uint64_t kNoOffset = static_cast<uint64_t>(-1);
  uint64_t error_member() const { return error_member_; }
  // True when nothing is buffered and the input is exhausted.
  bool AtEnd() const { return begin_ == end_ && input_done_ && !pending_; }
  // Raw bytes consumed from the source so far.
  uint64_t bytes_in() const { return gzip_ ? in_base_ + in_pos_ : decoded_; }

 private:
  struct Boundary {
    uint64_t decoded;  // decoded offset of the member's first byte
    uint64_t raw;      // raw offset of the member's gzip header
    MemberState state;
  };
  void MakeRoom(size_t need);
  Status RefillInput();
  void DecodeSome();
  void DecodePlain();
  bool StartMember();
  void ReportJunk();

  std::unique_ptr<ByteSource> source_;
  InflateOptions options_;
  bool gzip_ = false;
  bool input_done_ = false;  // no more decoded bytes will come
  std::optional<Status> pending_;
  uint64_t pending_member_ = kNoOffset, error_member_ = kNoOffset;

  std::unique_ptr<char[]> window_;
  size_t cap_ = 0, begin_ = 0, end_ = 0;
  uint64_t decoded_ = 0;  // decoded bytes produced so far

  std::unique_ptr<char[]> in_;
  size_t in_pos_ = 0, in_len_ = 0;
  uint64_t in_base_ = 0;  // raw offset of in_[0]
  bool source_done_ = false;

  struct Zlib;
  std::unique_ptr<Zlib> z_;
  bool in_member_ = false;
  uint64_t member_raw_ = 0, member_out_ = 0;
  uint64_t junk_ = 0;  // non-zero bytes skipped while looking for a gzip header
  uint64_t junk_start_ = 0;
  bool quiet_junk_ = false;  // the error that made us skip was already reported
  std::deque<Boundary> members_;
};

}  // namespace corroborate::archive

#endif  // CORROBORATE_ARCHIVE_INFLATE_STREAM_H_
