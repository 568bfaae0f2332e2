#include "corroborate/store/store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include "corroborate/store/schema.h"

namespace corroborate::store {

namespace {

Status Errno(const std::string& path, const std::string& what) {
  return IoError(path + ": " + what + ": " + std::strerror(errno));
}

// fsync of the directory makes the new name itself durable (a crash right after link() could
// otherwise forget it).
void SyncDirectoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

Status BuildStore(const std::string& temp, const StoreOptions& options) {
  ASSIGN_OR_RETURN(Db db, Db::Open(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  RETURN_IF_ERROR(db.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL"));
  return ApplyMigrations(db, BuiltinMigrations(), options.created_by);
}  // closing the only connection checkpoints the WAL into the file and removes it

// Builds a complete store under a private name, then links it to `path`. A process killed midway
// leaves at worst a stray "<path>.new-<pid>" file, never a half-initialised `path`; two creators
// racing both succeed, the second simply opening the first one's file.
Status CreateStore(const std::string& path, const StoreOptions& options) {
  std::string temp = path + ".new-" + std::to_string(::getpid());
  ::unlink(temp.c_str());
  Status built = BuildStore(temp, options);
  if (!built.ok()) {
    ::unlink(temp.c_str());
    return Status(built.code(),
                  path + ": cannot create the store (via " + temp + "): " + built.message());
  }
  // link() fails if `path` appeared meanwhile, where rename() would replace it.
  int rc = ::link(temp.c_str(), path.c_str());
  int link_errno = errno;
  if (rc != 0 && (link_errno == EPERM || link_errno == ENOTSUP || link_errno == ENOSYS)) {
    // File systems without hard links (FAT, some network mounts): rename unless `path` exists
    // by now; only an exact tie between two creators can still replace one empty new store.
    struct stat st;
    if (::stat(path.c_str(), &st) == 0) {
      link_errno = EEXIST;
    } else {
      rc = ::rename(temp.c_str(), path.c_str());
      link_errno = errno;
    }
  }
  ::unlink(temp.c_str());
  if (rc != 0 && link_errno != EEXIST) {
    errno = link_errno;
    return Errno(path, "cannot create the store");
  }
  SyncDirectoryOf(path);
  return Status::Ok();
}

Status CheckFile(const std::string& path, const StoreOptions& options, bool* missing) {
  struct stat st;
  *missing = false;
  if (::stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) return Errno(path, "cannot open the store");
    if (options.read_only || !options.create_if_missing) {
      return NotFound(path + ": no such store (file does not exist)");
    }
    *missing = true;
    return Status::Ok();
  }
  if (S_ISDIR(st.st_mode)) return InvalidInput(path + ": is a directory, not a corroborate store");
  if (st.st_size == 0) {
    // SQLite would happily treat it as a new database; we never leave one (see CreateStore), so
    // a 0-byte file is someone else's, or a truncated store.
    return InvalidInput(path + ": is an empty file (0 bytes), not a corroborate store");
  }
  return Status::Ok();
}

Status Verify(Db& db) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("PRAGMA quick_check(5)"));
  std::string problems;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    std::string line = stmt.Text(0);
    if (line == "ok") return Status::Ok();
    problems += (problems.empty() ? "" : "; ") + line;
  }
  return InvalidInput(db.path() + ": the store is damaged (quick_check: " + problems + ")");
}

}  // namespace

Result<Store> Store::Open(const std::string& path, const StoreOptions& options) {
  bool missing = false;
  RETURN_IF_ERROR(CheckFile(path, options, &missing));
  if (missing) RETURN_IF_ERROR(CreateStore(path, options));

  int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  ASSIGN_OR_RETURN(Db opened, Db::Open(path, flags));
  auto db = std::make_unique<Db>(std::move(opened));
  RETURN_IF_ERROR(db->Exec("PRAGMA busy_timeout = " + std::to_string(options.busy_timeout_ms)));
  const int64_t latest = LatestSchemaVersion();
  ASSIGN_OR_RETURN(StoreIdentity identity, CheckStore(*db, latest));  // the first read
  RETURN_IF_ERROR(db->Exec("PRAGMA cache_size = -" + std::to_string(options.cache_kib)));
  if (options.read_only) {
    if (identity.empty) return InvalidInput(path + ": an empty SQLite database, not a store");
    if (identity.version < latest) {
      return InvalidInput(path + ": schema version " + std::to_string(identity.version) +
                          " needs a migration to " + std::to_string(latest) +
                          "; open it once read-write (e.g. with `corroborate ingest`)");
    }
  } else {
    // journal_mode is persistent in the file; setting it again is a no-op for our stores and
    // converts an adopted empty database.
    ASSIGN_OR_RETURN(std::string mode, db->QueryText("PRAGMA journal_mode = WAL"));
    if (mode != "wal") {
      return IoError(path + ": cannot switch to WAL mode (journal_mode is " + mode + ")");
    }
    const char* sync = options.durability == Durability::kPowerLoss ? "FULL" : "NORMAL";
    RETURN_IF_ERROR(db->Exec(std::string("PRAGMA synchronous = ") + sync));
    RETURN_IF_ERROR(db->Exec("PRAGMA foreign_keys = ON"));
    RETURN_IF_ERROR(
        db->Exec("PRAGMA wal_autocheckpoint = " + std::to_string(options.wal_autocheckpoint_pages) +
                 "; PRAGMA journal_size_limit = 67108864"));
    if (identity.version < latest) {
      RETURN_IF_ERROR(ApplyMigrations(*db, BuiltinMigrations(), options.created_by));
    }
  }
  if (options.verify) RETURN_IF_ERROR(Verify(*db));
  ASSIGN_OR_RETURN(int64_t version, db->QueryInt("PRAGMA user_version"));
  return Store(std::move(db), options.read_only, version);
}

Store::Store(std::unique_ptr<Db> db, bool read_only, int64_t schema_version)
    : db_(std::move(db)), read_only_(read_only), schema_version_(schema_version) {}

Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

const std::string& Store::path() const { return db_->path(); }

Result<Transaction> Store::Begin() {
  if (read_only_) return InvalidArgument(path() + ": the store is open read-only");
  return Transaction::Begin(*db_);
}

}  // namespace corroborate::store
