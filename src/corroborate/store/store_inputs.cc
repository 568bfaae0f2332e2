// Store methods on the `inputs` table (ingest progress, for resume and skip).
#include <optional>
#include <string>
#include <utility>

#include "corroborate/store/store.h"

namespace corroborate::store {

Result<std::optional<InputProgress>> Store::FindInput(const std::string& fingerprint) {
  ASSIGN_OR_RETURN(Stmt stmt, db_->Prepare("SELECT fingerprint, path, size, mtime_ns, "
                                           "records_done, finished, updated_at FROM inputs "
                                           "WHERE fingerprint = ?1"));
  stmt.BindText(1, fingerprint);
  ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<InputProgress>();
  InputProgress p;
  p.fingerprint = stmt.Text(0);
  p.path = stmt.Text(1);
  p.size = stmt.Int(2);
  p.mtime_ns = stmt.Int(3);
  p.records_done = stmt.Int(4);
  p.finished = stmt.Int(5) != 0;
  p.updated_at = stmt.Text(6);
  return std::optional<InputProgress>(std::move(p));
}

Status Store::RecordInput(const InputProgress& progress) {
  if (progress.fingerprint.empty()) {
    return InvalidArgument(path() + ": input progress without a fingerprint");
  }
  if (read_only_) return InvalidArgument(path() + ": the store is open read-only");
  ASSIGN_OR_RETURN(
      Stmt stmt,
      db_->Prepare("INSERT INTO inputs(fingerprint, path, size, mtime_ns, records_done, "
                   "finished, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                   "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT(fingerprint) DO UPDATE "
                   "SET path = excluded.path, size = excluded.size, mtime_ns = excluded.mtime_ns, "
                   "records_done = excluded.records_done, finished = excluded.finished, "
                   "updated_at = excluded.updated_at"));
  stmt.BindText(1, progress.fingerprint);
  stmt.BindText(2, progress.path);
  stmt.BindInt(3, progress.size);
  stmt.BindInt(4, progress.mtime_ns);
  stmt.BindInt(5, progress.records_done);
  stmt.BindInt(6, progress.finished ? 1 : 0);
  return stmt.Run();  // one statement: atomic on its own or part of the caller's Transaction
}

}  // namespace corroborate::store
