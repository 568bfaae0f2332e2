// The store's schema and how it evolves: an ordered list of migration steps, each applied in its
// own transaction and recorded in `PRAGMA user_version` (and meta.schema_version), plus the
// identity check that tells a corroborate store from any other file. docs/store-schema.md is the
// reference for every table and column.
#ifndef CORROBORATE_STORE_SCHEMA_H_
#define CORROBORATE_STORE_SCHEMA_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "corroborate/common/status.h"
#include "corroborate/store/sqlite.h"

namespace corroborate::store {

// `PRAGMA application_id` of every corroborate store: "CoRb" in ASCII. Tells our databases from
// other applications' SQLite files.
inline constexpr int64_t kApplicationId = 0x436F5262;

// One schema step. Steps are listed in order with versions 1, 2, 3, ... without gaps.
struct Migration {
  int64_t version;        // user_version once this step is applied
  std::string_view name;  // for error messages and meta
  std::string_view sql;   // statements run inside the step's transaction
};

// The steps this binary knows, oldest first.
std::span<const Migration> BuiltinMigrations();
// The version a store opened by this binary ends at: BuiltinMigrations().back().version.
int64_t LatestSchemaVersion();

// What CheckStore found.
struct StoreIdentity {
  bool empty = false;   // a valid SQLite database with no schema at all (version 0)
  int64_t version = 0;  // user_version
};

// Reads application_id, user_version and the schema of `db` (the first read of the file, so this
// is where a non-database is detected). Errors, each naming the file: InvalidInput when the file
// is not an SQLite database or is damaged; InvalidInput when it is an SQLite database of another
// application (foreign application_id, or tables but no corroborate `meta`); InvalidInput when
// its version is newer than `latest_version` ("written by a newer corroborate").
Result<StoreIdentity> CheckStore(Db& db, int64_t latest_version);

// Applies every step of `steps` newer than the database's user_version, each in one transaction
// (BEGIN IMMEDIATE, so two processes migrating at once serialize and the second finds nothing
// left to do). Step 1 also stamps application_id and meta.created_by = `created_by`. A failing
// step rolls back entirely and leaves the previous version intact. Errors: the failing step's
// Status prefixed with its version and name; Internal when `steps` has gaps.
Status ApplyMigrations(Db& db, std::span<const Migration> steps, std::string_view created_by);

}  // namespace corroborate::store

#endif  // CORROBORATE_STORE_SCHEMA_H_
