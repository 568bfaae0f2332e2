#include "corroborate/store/schema.h"

#include <cstdio>
#include <string>

#include "corroborate/store/transaction.h"

namespace corroborate::store {

namespace {

// Version 1. Why the shape differs from a naive `id TEXT PRIMARY KEY`: `ingested_seq` is the
// rowid, so new articles append at the right edge of the table B-tree (fast, compact pages) and
// arrival order is free; `id` is a UNIQUE key beside it. AUTOINCREMENT guarantees that a seq, or
// a story id, is never reused (a merged-away story's id never names another story later).
// Foreign keys are DEFERRABLE so that a batch may assign a story (or an original) that the same
// transaction creates later; they are checked at COMMIT.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE stories (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  headline        TEXT NOT NULL DEFAULT '',
  first_seen      TEXT,
  last_seen       TEXT,
  size            INTEGER NOT NULL DEFAULT 0,
  outlet_count    INTEGER NOT NULL DEFAULT 0,
  duplicate_count INTEGER NOT NULL DEFAULT 0,
  updated_seq     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_by_first_seen ON stories(first_seen);
CREATE INDEX stories_by_last_seen ON stories(last_seen);
CREATE INDEX stories_by_updated_seq ON stories(updated_seq);

CREATE TABLE articles (
  ingested_seq  INTEGER PRIMARY KEY AUTOINCREMENT,
  id            TEXT NOT NULL UNIQUE,
  url           TEXT NOT NULL DEFAULT '',
  source_domain TEXT NOT NULL DEFAULT '',
  title         TEXT NOT NULL DEFAULT '',
  description   TEXT NOT NULL DEFAULT '',
  authors       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),
  language      TEXT NOT NULL DEFAULT '',
  date_publish  TEXT,
  date_status   TEXT NOT NULL DEFAULT '',
  maintext      TEXT NOT NULL DEFAULT '',
  source        TEXT NOT NULL DEFAULT '',
  content_hash  TEXT NOT NULL DEFAULT '',
  minhash       BLOB,
  story_id      INTEGER REFERENCES stories(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  duplicate_of  TEXT REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
  extra         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extra)),
  CHECK (duplicate_of IS NULL OR duplicate_of != id)
);
CREATE INDEX articles_by_story ON articles(story_id) WHERE story_id IS NOT NULL;
CREATE INDEX articles_by_content_hash ON articles(content_hash) WHERE content_hash != '';
CREATE INDEX articles_by_source_domain ON articles(source_domain);
CREATE INDEX articles_by_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE inputs (
  fingerprint  TEXT PRIMARY KEY,
  path         TEXT NOT NULL,
  size         INTEGER NOT NULL,
  mtime_ns     INTEGER NOT NULL,
  records_done INTEGER NOT NULL DEFAULT 0,
  finished     INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),
  updated_at   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX inputs_by_path ON inputs(path);
)sql";

// Version 2: the body and description move to their own table. In `articles` they came before
// the small columns (source, minhash, story_id, ...), so reading any of those walked each row's
// overflow pages: a scan for the signatures and stories of 300,000 articles read the whole 1.7 GB
// file. Rows of `articles` are now a few hundred bytes.
constexpr std::string_view kSchemaV2 = R"sql(
CREATE TABLE article_texts (
  seq         INTEGER PRIMARY KEY REFERENCES articles(ingested_seq) ON DELETE CASCADE,
  description TEXT NOT NULL DEFAULT '',
  maintext    TEXT NOT NULL DEFAULT ''
);
INSERT INTO article_texts(seq, description, maintext)
  SELECT ingested_seq, description, maintext FROM articles;
ALTER TABLE articles DROP COLUMN description;
ALTER TABLE articles DROP COLUMN maintext;
)sql";

constexpr Migration kMigrations[] = {
    {1, "initial schema", kSchemaV1},
    {2, "article texts in their own table", kSchemaV2},
};

std::string Hex(int64_t value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "0x%08llx", static_cast<unsigned long long>(value));
  return buffer;
}

}  // namespace

std::span<const Migration> BuiltinMigrations() { return kMigrations; }

int64_t LatestSchemaVersion() { return BuiltinMigrations().back().version; }

Result<StoreIdentity> CheckStore(Db& db, int64_t latest_version) {
  const std::string& path = db.path();
  ASSIGN_OR_RETURN(int64_t app_id, db.QueryInt("PRAGMA application_id"));
  ASSIGN_OR_RETURN(int64_t version, db.QueryInt("PRAGMA user_version"));
  ASSIGN_OR_RETURN(int64_t objects, db.QueryInt("SELECT count(*) FROM sqlite_schema"));
  StoreIdentity identity;
  identity.version = version;
  if (app_id == 0 && version == 0 && objects == 0) {
    identity.empty = true;
    return identity;
  }
  if (app_id != kApplicationId) {
    return InvalidInput(path + ": an SQLite database of another application (application_id " +
                        Hex(app_id) + ", a corroborate store has " + Hex(kApplicationId) + ")");
  }
  if (version > latest_version) {
    return InvalidInput(path + ": written by a newer corroborate (schema version " +
                        std::to_string(version) + "; this binary knows up to " +
                        std::to_string(latest_version) + "); upgrade corroborate");
  }
  ASSIGN_OR_RETURN(int64_t has_meta,
                   db.QueryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                               "name = 'meta'"));
  if (version > 0 && has_meta == 0) {
    return InvalidInput(path + ": has corroborate's application_id but no meta table (damaged)");
  }
  return identity;
}

Status ApplyMigrations(Db& db, std::span<const Migration> steps, std::string_view created_by) {
  int64_t expected = 1;
  for (const Migration& step : steps) {
    if (step.version != expected++) {
      return Status(StatusCode::kInternal,
                    "migration list has a gap at version " + std::to_string(step.version));
    }
  }
  for (const Migration& step : steps) {
    ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db));
    // Read inside the write transaction: another process may have migrated while we waited.
    ASSIGN_OR_RETURN(int64_t current, db.QueryInt("PRAGMA user_version"));
    if (current >= step.version) continue;  // tx rolls back: nothing was written
    std::string prefix = db.path() + ": schema migration " + std::to_string(step.version) + " (" +
                         std::string(step.name) + ") failed: ";
    Status status = db.Exec(step.sql);
    if (status.ok() && step.version == 1) {
      status = db.Exec("PRAGMA application_id = " + std::to_string(kApplicationId));
      if (status.ok()) {
        auto stmt = db.Prepare(
            "INSERT INTO meta(key, value) VALUES ('created_by', ?1), "
            "('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
        status = stmt.ok() ? (stmt->BindText(1, created_by), stmt->Run()) : stmt.status();
      }
    }
    if (status.ok()) {
      status = db.Exec("PRAGMA user_version = " + std::to_string(step.version));
    }
    if (status.ok()) {
      status = db.Exec("INSERT INTO meta(key, value) VALUES ('schema_version', '" +
                       std::to_string(step.version) +
                       "') ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    }
    if (status.ok()) status = tx.Commit();
    if (!status.ok()) return Status(status.code(), prefix + status.message());
  }
  return Status::Ok();
}

}  // namespace corroborate::store
