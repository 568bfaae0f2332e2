// Store: corroborate's persistent corpus, one SQLite file in WAL mode holding articles, stories,
// duplicate links and ingest progress. One Store is one connection: not thread-safe, use one per
// thread or process. Any number of read-only Stores may read while one read-write Store writes;
// readers see the last committed state. Schema and guarantees: docs/store-schema.md.
#ifndef CORROBORATE_STORE_STORE_H_
#define CORROBORATE_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "corroborate/common/status.h"
#include "corroborate/store/records.h"
#include "corroborate/store/sqlite.h"
#include "corroborate/store/transaction.h"

namespace corroborate::store {

// How hard a commit works to survive a crash.
enum class Durability {
  // synchronous=NORMAL: a commit survives the process being killed (kill -9, crash, OOM) at any
  // moment, but the last commits before an OS crash or power cut may be lost (never corrupted).
  kProcessCrash,
  // synchronous=FULL: the WAL is fsync'ed on every commit; survives power loss too, at the price
  // of one fsync per transaction.
  kPowerLoss,
};

struct StoreOptions {
  // Open with SQLITE_OPEN_READONLY: no writes, no migration; for `stories` and `compare` while an
  // ingest runs. The file must exist. Default false.
  bool read_only = false;
  // Create the file when it does not exist (ignored when read_only). Default true.
  bool create_if_missing = true;
  // Default kProcessCrash (see Durability).
  Durability durability = Durability::kProcessCrash;
  // How long a writer waits for another writer's lock before failing with "the store is busy".
  // Default 5000 ms.
  int busy_timeout_ms = 5000;
  // Run `PRAGMA quick_check` on open (reads every page: O(file size)). Default false.
  bool verify = false;
  // Page cache per connection, KiB. Default 65536 (64 MiB).
  int64_t cache_kib = 64 * 1024;
  // The WAL is copied back into the file once it holds this many 4 KiB pages. Larger means fewer
  // checkpoints during a bulk ingest (~1.3x faster at 10,000 than SQLite's 1,000, measured once)
  // and a WAL of up to ~40 MiB (truncated back to 64 MiB at most after a checkpoint).
  // Default 10000.
  int wal_autocheckpoint_pages = 10000;
  // Written to meta.created_by when the file is created. Default "corroborate".
  std::string created_by = "corroborate";
};

// Which articles a scan visits (Store::ForEachArticle).
struct ArticleScan {
  int64_t after_seq = 0;         // only ingested_seq > after_seq (resume a scan)
  bool duplicates_only = false;  // only articles with duplicate_of set
  bool with_text = true;         // false: maintext and description read as "" (faster)
};

class Store {
 public:
  // Opens or creates the store at `path`. A new file is built under a temporary name and linked
  // into place only once its schema is committed, so `path` never holds a half-created store.
  // An older schema is migrated, and an SQLite file with no tables at all is initialised
  // (read-write only). Errors, each naming `path`:
  //   NotFound       missing file with read_only or !create_if_missing;
  //   InvalidInput   not an SQLite file, an empty (0-byte) file, a damaged file, another
  //                  application's SQLite database, a store written by a newer corroborate,
  //                  a read-only open of a store that still needs a migration;
  //   IoError        permissions, disk full, lock held past busy_timeout.
  static Result<Store> Open(const std::string& path, const StoreOptions& options = {});

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  const std::string& path() const;
  bool read_only() const { return read_only_; }
  // The schema version of the open file (== LatestSchemaVersion() for a read-write Store).
  int64_t schema_version() const { return schema_version_; }

  // Starts a write transaction; every Store write inside it joins it (as a savepoint) and
  // becomes visible to readers and durable only at its Commit(). REQUIRES: the Transaction dies
  // before this Store (and this Store is not moved while it lives).
  Result<Transaction> Begin();

  // --- articles (store_articles.cc) ---
  // Inserts `articles` in one transaction, skipping ids already stored (the stored row wins,
  // untouched). Returns the ids that were new, in input order; a repeated id inside the batch
  // counts once. Each new row gets the next ingested_seq. Errors: InvalidArgument for an empty id,
  // invalid JSON in authors_json/extra_json, or (at commit) a story_id/duplicate_of that does not
  // exist; nothing of the batch is stored then.
  Result<std::vector<std::string>> InsertArticles(std::span<const ArticleRecord> articles);
  // The article with `id`. Errors: NotFound.
  Result<ArticleRecord> FindArticle(const std::string& id);
  // The ids of articles whose content_hash equals `hash`, oldest first (exact-copy lookup).
  Result<std::vector<std::string>> FindByContentHash(const std::string& hash);
  // The ids of the articles marked as copies of `original_id` (duplicate_of), oldest first.
  Result<std::vector<std::string>> FindCopies(const std::string& original_id);
  // Sets story_id and duplicate_of of each article, in one transaction. Errors: NotFound for an
  // unknown article id (nothing applied); InvalidArgument at commit for an unknown story or
  // original.
  Status Assign(std::span<const Assignment> assignments);
  // Visits articles in ingested_seq order; `visit` returns false to stop early. Holds a read
  // snapshot for the whole scan. `visit` may read through this Store (even start another scan);
  // REQUIRES: it does not write through it (rows changed mid-scan may or may not be visited).
  Status ForEachArticle(const ArticleScan& scan,
                        const std::function<bool(const ArticleRecord&)>& visit);
  // Number of stored articles and the highest ingested_seq (0 when empty).
  Result<int64_t> ArticleCount();
  Result<int64_t> LastSeq();

  // --- stories (store_stories.cc) ---
  // Inserts or replaces each summary (id 0 allocates a new id) and stamps updated_seq with the
  // current LastSeq(). Returns the ids, in input order. One transaction.
  Result<std::vector<int64_t>> UpsertStories(std::span<const StorySummary> stories);
  // Deletes stories (after a merge); their members become unassigned unless reassigned in the
  // same transaction. Unknown ids are ignored.
  Status DeleteStories(std::span<const int64_t> ids);
  // The story with `id`. Errors: NotFound.
  Result<StorySummary> FindStory(int64_t id);
  // Stories matching `filter`, ordered by first_seen (descending unless oldest_first; unknown
  // dates last), then id.
  Result<std::vector<StorySummary>> ListStories(const StoryFilter& filter = {});
  // Member ids of story `id` in arrival order; empty when the story has none. Errors: NotFound
  // when the story does not exist.
  Result<std::vector<std::string>> StoryArticleIds(int64_t id);
  // Member ids of each story of `story_ids`, each list in arrival order, read with one query
  // (for listing many stories). Every id of `story_ids` has an entry; one naming no story, or a
  // story without members, maps to an empty list.
  Result<std::map<int64_t, std::vector<std::string>>> ArticleIdsByStory(
      std::span<const int64_t> story_ids);
  // Member records of story `id` in arrival order. Errors: NotFound as above.
  Result<std::vector<ArticleRecord>> StoryArticles(int64_t id);

  // --- inputs (store_inputs.cc) ---
  // The progress saved for `fingerprint`, or nullopt when this input was never seen.
  Result<std::optional<InputProgress>> FindInput(const std::string& fingerprint);
  // Saves `progress` (insert or replace; updated_at is set by the store). Call it inside the
  // same Transaction as the InsertArticles of those records, so the two commit together and a
  // kill -9 can never leave them disagreeing.
  Status RecordInput(const InputProgress& progress);

 private:
  Store(std::unique_ptr<Db> db, bool read_only, int64_t schema_version);

  std::unique_ptr<Db> db_;  // heap-allocated: Transactions keep a pointer across moves
  bool read_only_ = false;
  int64_t schema_version_ = 0;
};

}  // namespace corroborate::store

#endif  // CORROBORATE_STORE_STORE_H_
