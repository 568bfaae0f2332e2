#include "corroborate/store/transaction.h"

#include <utility>

namespace corroborate::store {

namespace {
// One name for every level: SQLite matches RELEASE / ROLLBACK TO with the innermost savepoint of
// that name, which is exactly the nesting we need.
constexpr char kSavepoint[] = "corroborate_tx";
}  // namespace

Result<Transaction> Transaction::Begin(Db& db) {
  if (db.Autocommit()) {
    RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
    return Transaction(&db, /*nested=*/false);
  }
  RETURN_IF_ERROR(db.Exec(std::string("SAVEPOINT ") + kSavepoint));
  return Transaction(&db, /*nested=*/true);
}

Transaction::Transaction(Transaction&& other) noexcept
    : db_(other.db_), nested_(other.nested_), open_(std::exchange(other.open_, false)) {}

Transaction::~Transaction() {
  if (open_) (void)Rollback();
}

Status Transaction::Commit() {
  if (!open_) return Status(StatusCode::kInternal, db_->path() + ": transaction already closed");
  Status status = nested_ ? db_->Exec(std::string("RELEASE ") + kSavepoint) : db_->Exec("COMMIT");
  if (!status.ok()) {
    (void)Rollback();
    return status;
  }
  open_ = false;
  return Status::Ok();
}

Status Transaction::Rollback() {
  if (!open_) return Status::Ok();
  open_ = false;
  if (nested_) {
    // ROLLBACK TO keeps the savepoint on the stack; RELEASE pops it.
    RETURN_IF_ERROR(db_->Exec(std::string("ROLLBACK TO ") + kSavepoint));
    return db_->Exec(std::string("RELEASE ") + kSavepoint);
  }
  // After some errors (SQLITE_FULL, IOERR) SQLite has already rolled back by itself.
  if (db_->Autocommit()) return Status::Ok();
  return db_->Exec("ROLLBACK");
}

}  // namespace corroborate::store
