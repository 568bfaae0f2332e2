#include "corroborate/store/sqlite.h"

#include <sqlite3.h>

#include <string>
#include <utility>

namespace corroborate::store {

Status SqliteStatus(int rc, std::string_view path, std::string_view what, std::string_view detail) {
  std::string message = std::string(path) + ": " + std::string(what) + ": ";
  message += detail.empty() ? std::string(sqlite3_errstr(rc)) : std::string(detail);
  switch (rc & 0xff) {  // primary code; extended codes keep their primary in the low byte
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
      return InvalidInput(message + " (not a valid SQLite database, or a damaged one)");
    case SQLITE_CANTOPEN:
      return IoError(message);
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return IoError(message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return IoError(message + " (the store is busy: another connection holds the write lock)");
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return InvalidArgument(message);
    default:
      return Status(StatusCode::kInternal, message);
  }
}

namespace {

Status StmtError(sqlite3_stmt* stmt, int rc, const std::string* path) {
  sqlite3* db = sqlite3_db_handle(stmt);
  const char* sql = sqlite3_sql(stmt);
  std::string what = std::string("while running \"") + (sql ? sql : "?");
  if (what.size() > 80) what = what.substr(0, 77) + "...";
  what += "\"";
  return SqliteStatus(rc, path ? *path : "?", what, sqlite3_errmsg(db));
}

}  // namespace

Stmt::~Stmt() {
  if (stmt_ == nullptr) return;
  if (in_use_ == nullptr) {
    sqlite3_finalize(stmt_);
    return;
  }
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  *in_use_ = false;
}

void Stmt::Reset() { sqlite3_reset(stmt_); }

void Stmt::BindInt(int index, int64_t value) { sqlite3_bind_int64(stmt_, index, value); }

void Stmt::BindText(int index, std::string_view value) {
  // A non-null pointer even for "" so that empty strings stay '' and never become NULL.
  sqlite3_bind_text64(stmt_, index, value.empty() ? "" : value.data(), value.size(),
                      SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Stmt::BindBlob(int index, std::span<const uint8_t> value) {
  if (value.empty()) {
    sqlite3_bind_null(stmt_, index);
    return;
  }
  sqlite3_bind_blob64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT);
}

void Stmt::BindNull(int index) { sqlite3_bind_null(stmt_, index); }

void Stmt::BindOptionalText(int index, const std::optional<std::string>& value) {
  if (value) {
    BindText(index, *value);
  } else {
    BindNull(index);
  }
}

void Stmt::BindOptionalInt(int index, const std::optional<int64_t>& value) {
  if (value) {
    BindInt(index, *value);
  } else {
    BindNull(index);
  }
}

Result<bool> Stmt::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return StmtError(stmt_, rc, path_);
}

Status Stmt::Run() {
  for (;;) {
    ASSIGN_OR_RETURN(bool row, Step());
    if (!row) return Status::Ok();
  }
}

bool Stmt::IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

int64_t Stmt::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Stmt::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::optional<std::string> Stmt::OptionalText(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Text(column);
}

std::optional<int64_t> Stmt::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

std::string Stmt::Blob(int column) const {
  const void* data = sqlite3_column_blob(stmt_, column);
  if (data == nullptr) return "";
  return std::string(static_cast<const char*>(data),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

Result<Db> Db::Open(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    if ((rc & 0xff) == SQLITE_CANTOPEN && !(flags & SQLITE_OPEN_CREATE)) {
      return NotFound(path + ": cannot open the database: " + detail);
    }
    return SqliteStatus(rc, path, "cannot open the database", detail);
  }
  sqlite3_extended_result_codes(db, 1);
  return Db(db, path);
}

Db::Db(sqlite3* db, std::string path)
    : db_(db), path_(std::make_unique<std::string>(std::move(path))) {}

Db::Db(Db&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      path_(std::move(other.path_)),
      cache_(std::move(other.cache_)) {
  other.cache_.clear();
}

Db& Db::operator=(Db&& other) noexcept {
  if (this != &other) {
    Close();
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
    cache_ = std::move(other.cache_);
    other.cache_.clear();
  }
  return *this;
}

Db::~Db() { Close(); }

void Db::Close() {
  for (auto& [sql, cached] : cache_) sqlite3_finalize(cached.stmt);
  cache_.clear();
  if (db_ != nullptr) sqlite3_close_v2(db_);
  db_ = nullptr;
}

Status Db::Exec(std::string_view sql) {
  char* error = nullptr;
  std::string text(sql);
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string detail = error ? error : sqlite3_errmsg(db_);
  sqlite3_free(error);
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  return SqliteStatus(rc, *path_, "while running \"" + text + "\"", detail);
}

Result<Stmt> Db::Prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end() && !it->second.in_use) {
    it->second.in_use = true;
    return Stmt(it->second.stmt, path_.get(), &it->second.in_use);
  }
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size() + 1),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    std::string shown = sql.size() > 60 ? sql.substr(0, 57) + "..." : sql;
    return SqliteStatus(rc, *path_, "while preparing \"" + shown + "\"", sqlite3_errmsg(db_));
  }
  if (it != cache_.end()) return Stmt(stmt, path_.get(), nullptr);  // re-entrant: private
  auto [entry, inserted] = cache_.emplace(sql, Cached{stmt, true});
  return Stmt(stmt, path_.get(), &entry->second.in_use);
}

Result<int64_t> Db::QueryInt(const std::string& sql) {
  ASSIGN_OR_RETURN(Stmt stmt, Prepare(sql));
  ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status(StatusCode::kInternal, *path_ + ": no row from \"" + sql + "\"");
  return stmt.Int(0);
}

Result<std::string> Db::QueryText(const std::string& sql) {
  ASSIGN_OR_RETURN(Stmt stmt, Prepare(sql));
  ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status(StatusCode::kInternal, *path_ + ": no row from \"" + sql + "\"");
  return stmt.Text(0);
}

int64_t Db::Changes() const { return sqlite3_changes64(db_); }

int64_t Db::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }

bool Db::Autocommit() const { return sqlite3_get_autocommit(db_) != 0; }

}  // namespace corroborate::store
