#include "corroborate/archive/byte_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace corroborate::archive {
namespace {

class FileSource : public ByteSource {
 public:
  explicit FileSource(int fd, bool seekable) : fd_(fd), seekable_(seekable) {}
  ~FileSource() override { ::close(fd_); }
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  Result<size_t> Read(char* dst, size_t n) override {
    while (true) {
      const ssize_t got = ::read(fd_, dst, n);
      if (got >= 0) return static_cast<size_t>(got);
      if (errno != EINTR) return IoError(std::string("read failed: ") + std::strerror(errno));
    }
  }

  Result<uint64_t> Skip(uint64_t n) override {
    if (!seekable_) return ByteSource::Skip(n);
    // Seeking past the end is legal for lseek, so clamp to the file size to report a short skip.
    const off_t here = ::lseek(fd_, 0, SEEK_CUR);
    const off_t end = ::lseek(fd_, 0, SEEK_END);
    if (here < 0 || end < 0) return IoError(std::string("seek failed: ") + std::strerror(errno));
    const uint64_t left = static_cast<uint64_t>(std::max<off_t>(end - here, 0));
    const uint64_t step = std::min(n, left);
    if (::lseek(fd_, here + static_cast<off_t>(step), SEEK_SET) < 0) {
      return IoError(std::string("seek failed: ") + std::strerror(errno));
    }
    return step;
  }

 private:
  int fd_;
  bool seekable_;
};

class ViewSource : public ByteSource {
 public:
  explicit ViewSource(std::string_view bytes) : bytes_(bytes) {}
  Result<size_t> Read(char* dst, size_t n) override {
    const size_t take = std::min(n, bytes_.size() - pos_);
    std::memcpy(dst, bytes_.data() + pos_, take);
    pos_ += take;
    return take;
  }
  Result<uint64_t> Skip(uint64_t n) override {
    const uint64_t take = std::min<uint64_t>(n, bytes_.size() - pos_);
    pos_ += static_cast<size_t>(take);
    return take;
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

// Owns the bytes and reads them through a ViewSource.
class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string bytes) : bytes_(std::move(bytes)), view_(bytes_) {}
  Result<size_t> Read(char* dst, size_t n) override { return view_.Read(dst, n); }
  Result<uint64_t> Skip(uint64_t n) override { return view_.Skip(n); }

 private:
  std::string bytes_;
  ViewSource view_;
};

}  // namespace

Result<uint64_t> ByteSource::Skip(uint64_t n) {
  char scratch[1 << 14];
  uint64_t done = 0;
  while (done < n) {
    ASSIGN_OR_RETURN(
        const size_t got,
        Read(scratch, static_cast<size_t>(std::min<uint64_t>(n - done, sizeof(scratch)))));
    if (got == 0) break;
    done += got;
  }
  return done;
}

Result<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return NotFound("no such file");
    return IoError(std::string("cannot open: ") + std::strerror(errno));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return IoError(std::string("cannot stat: ") + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return InvalidArgument("is a directory");
  }
#ifdef POSIX_FADV_SEQUENTIAL
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  return std::unique_ptr<ByteSource>(std::make_unique<FileSource>(fd, S_ISREG(st.st_mode)));
}

std::unique_ptr<ByteSource> MakeStringSource(std::string bytes) {
  return std::make_unique<StringSource>(std::move(bytes));
}

std::unique_ptr<ByteSource> MakeViewSource(std::string_view bytes) {
  return std::make_unique<ViewSource>(bytes);
}

}  // namespace corroborate::archive
