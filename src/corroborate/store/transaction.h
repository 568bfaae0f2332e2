// Transaction: an RAII write transaction on one connection. The outermost one is BEGIN IMMEDIATE
// (takes the write lock up front, so busy_timeout applies and readers are never blocked); nested
// ones are SAVEPOINTs, so a Store method that opens its own transaction composes with a caller's.
// Not committed when destroyed → rolled back.
#ifndef CORROBORATE_STORE_TRANSACTION_H_
#define CORROBORATE_STORE_TRANSACTION_H_

#include "corroborate/common/status.h"
#include "corroborate/store/sqlite.h"

namespace corroborate::store {

class Transaction {
 public:
  // Begins a transaction on `db` (BEGIN IMMEDIATE, or SAVEPOINT inside an open transaction).
  // Errors: IoError "database is busy" when another writer keeps the lock past busy_timeout;
  // IoError for a read-only connection. REQUIRES: `db` outlives the Transaction.
  static Result<Transaction> Begin(Db& db);

  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  // Rolls back when neither Commit() nor Rollback() succeeded.
  ~Transaction();

  // Makes the changes durable (outermost: COMMIT) or folds them into the enclosing transaction
  // (nested: RELEASE). On error the transaction is rolled back and the Status returned.
  // REQUIRES: called at most once, and no Stmt of this connection still mid-iteration.
  Status Commit();
  // Discards the changes now. Errors only when SQLite cannot roll back (I/O error).
  Status Rollback();
  bool nested() const { return nested_; }

 private:
  Transaction(Db* db, bool nested) : db_(db), nested_(nested) {}

  Db* db_;
  bool nested_;
  bool open_ = true;
};

}  // namespace corroborate::store

#endif  // CORROBORATE_STORE_TRANSACTION_H_
