// A thin RAII layer over the SQLite C API: one connection (`Db`) that owns a cache of prepared
// statements, and `Stmt`, a borrowed cached statement that resets itself when it goes out of scope.
// It knows nothing of corroborate's schema; every SQLite error becomes a Status naming the file.
#ifndef CORROBORATE_STORE_SQLITE_H_
#define CORROBORATE_STORE_SQLITE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "corroborate/common/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace corroborate::store {

// Maps an SQLite result code to a Status: NOTADB/CORRUPT/FORMAT → InvalidInput; CANTOPEN,
// FULL, IOERR, READONLY, PERM → IoError; BUSY/LOCKED → IoError ("the store is busy");
// CONSTRAINT, MISMATCH, TOOBIG → InvalidArgument; anything else → Internal. The message is
// "<path>: <what>: <detail, or SQLite's text for rc>" plus a hint for the common cases.
Status SqliteStatus(int rc, std::string_view path, std::string_view what, std::string_view detail);

// A prepared statement borrowed from a Db's cache. Binding indexes are 1-based as in SQLite.
// On destruction the statement is reset and its bindings cleared, so the next borrower starts
// clean. If the same SQL is borrowed again while in use (a re-entrant call), the second borrower
// gets a private statement, finalized on destruction. REQUIRES: the Db outlives every Stmt.
class Stmt {
 public:
  // `in_use` is the cache entry's flag (cleared on destruction), or nullptr for a private
  // statement that this Stmt finalizes.
  Stmt(sqlite3_stmt* stmt, const std::string* path, bool* in_use)
      : stmt_(stmt), path_(path), in_use_(in_use) {}
  Stmt(Stmt&& other) noexcept : stmt_(other.stmt_), path_(other.path_), in_use_(other.in_use_) {
    other.stmt_ = nullptr;
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt();

  // Binders. Text and blobs are copied by SQLite (SQLITE_TRANSIENT), so views may die at once.
  void BindInt(int index, int64_t value);
  void BindText(int index, std::string_view value);
  void BindBlob(int index, std::span<const uint8_t> value);
  void BindNull(int index);
  // Binds NULL when `value` is empty (std::nullopt).
  void BindOptionalText(int index, const std::optional<std::string>& value);
  void BindOptionalInt(int index, const std::optional<int64_t>& value);

  // Resets the statement to run again, keeping its bindings (call before re-binding a reused
  // statement: SQLite refuses binds on a statement that ran to completion).
  void Reset();

  // Runs one step. Returns true when a row is available, false when done; errors as Status.
  Result<bool> Step();
  // Steps to completion, for statements that return no rows.
  Status Run();

  // Column readers for the current row (0-based, as in SQLite). NULL reads as 0, "" or empty.
  bool IsNull(int column) const;
  int64_t Int(int column) const;
  std::string Text(int column) const;
  std::optional<std::string> OptionalText(int column) const;
  std::optional<int64_t> OptionalInt(int column) const;
  std::string Blob(int column) const;

 private:
  sqlite3_stmt* stmt_;
  const std::string* path_;
  bool* in_use_;
};

// One SQLite connection. Move-only; closes the connection (finalizing cached statements) when
// destroyed. Not thread-safe: use one Db per thread.
class Db {
 public:
  // Opens `path` with sqlite3_open_v2 `flags` (SQLITE_OPEN_*). SQLite reads nothing yet, so a
  // file that is not a database is only detected by the first statement. Errors: NotFound when
  // the file is missing and SQLITE_OPEN_CREATE is not set; IoError otherwise.
  static Result<Db> Open(const std::string& path, int flags);

  Db(Db&& other) noexcept;
  Db& operator=(Db&& other) noexcept;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db();

  // Runs one or more statements that return no rows (DDL, PRAGMA assignments, BEGIN/COMMIT).
  Status Exec(std::string_view sql);
  // Borrows the cached prepared statement for `sql`, preparing it on first use. Errors: a
  // Status from SqliteStatus (for instance InvalidInput when the file is not a database).
  Result<Stmt> Prepare(const std::string& sql);
  // Runs `sql` (which must return one row with one integer column) and returns that value.
  Result<int64_t> QueryInt(const std::string& sql);
  // Same for a text column.
  Result<std::string> QueryText(const std::string& sql);

  // Rows changed by the last INSERT/UPDATE/DELETE on this connection.
  int64_t Changes() const;
  int64_t LastInsertRowid() const;
  // True outside any explicit transaction.
  bool Autocommit() const;
  const std::string& path() const { return *path_; }
  sqlite3* raw() const { return db_; }

 private:
  Db(sqlite3* db, std::string path);
  void Close();

  sqlite3* db_ = nullptr;
  // Heap-allocated so Stmt can keep a stable pointer to it across moves of the Db.
  std::unique_ptr<std::string> path_;
  struct Cached {
    sqlite3_stmt* stmt;
    bool in_use;
  };
  // Node-based: a Cached stays at one address while Stmts point at its flag.
  std::unordered_map<std::string, Cached> cache_;
};

}  // namespace corroborate::store

#endif  // CORROBORATE_STORE_SQLITE_H_
