// The plain rows the store persists: an article, a story summary, a story/duplicate assignment,
// and the progress of one ingest input. Plain structs with no dependency on other stages; the
// pipeline maps its own types (ingest::Record, cluster results) to them.
#ifndef CORROBORATE_STORE_RECORDS_H_
#define CORROBORATE_STORE_RECORDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace corroborate::store {

// One extracted article (table `articles`). Strings are UTF-8; JSON fields hold JSON text.
struct ArticleRecord {
  std::string id;             // the extract record id (SHA-256 hex); unique key
  std::string url;            // "" when unknown
  std::string source_domain;  // registrable domain or host of `url`; "" when unknown
  std::string title;
  std::string description;
  std::string authors_json = "[]";          // JSON array of strings
  std::string language;                     // BCP 47 code, "" when unknown
  std::optional<std::string> date_publish;  // ISO 8601 text; nullopt when unknown
  std::string date_status;                  // how the date was found, as extract reports it
  std::string maintext;
  std::string source;        // where it came from: "path" or "path@offset"
  std::string content_hash;  // exact-copy key of the normalized text (hex); "" when not computed
  std::vector<uint8_t> minhash;     // signature bytes; empty = not computed (stored as NULL)
  std::optional<int64_t> story_id;  // set by clustering; nullopt = unassigned
  std::optional<std::string> duplicate_of;  // id of the original copy; nullopt = original
  std::string extra_json = "{}";            // any other fields, as a JSON object
  // Assigned by the store on insert (monotonic arrival order); ignored by InsertArticles.
  int64_t ingested_seq = 0;
};

// A story (table `stories`), as maintained by the clustering stage.
struct StorySummary {
  int64_t id = 0;  // 0 in UpsertStories = "allocate a new id"
  std::string headline;
  std::optional<std::string> first_seen;  // ISO 8601 date-time of the earliest article
  std::optional<std::string> last_seen;   // ISO 8601 date-time of the latest article
  int64_t size = 0;                       // member articles, syndicated copies included
  int64_t outlet_count = 0;               // distinct source domains
  int64_t duplicate_count = 0;            // members that are copies of another member
  // Set by the store on every upsert: the highest ingested_seq at that moment, so a reader can
  // ask "which stories changed since I last looked".
  int64_t updated_seq = 0;
};

// Moves one article into a story and/or marks it as a copy (InvalidArgument if unknown id).
struct Assignment {
  std::string article_id;
  std::optional<int64_t> story_id;          // nullopt = leave the story unassigned
  std::optional<std::string> duplicate_of;  // nullopt = the article is an original
};

// Progress of one ingest input (table `inputs`), keyed by a fingerprint of its content so that
// a renamed or copied file is still recognised and a rewritten file at the same path is not.
struct InputProgress {
  std::string fingerprint;   // e.g. "<size>:<sha256 of the first and last MiB>"; the key
  std::string path;          // as given on the command line, for messages
  int64_t size = 0;          // bytes
  int64_t mtime_ns = 0;      // modification time, nanoseconds since the epoch
  int64_t records_done = 0;  // records fully handled (stored or skipped); resume after these
  bool finished = false;     // the whole input was read
  std::string updated_at;    // ISO 8601; set by the store on every write
};

// Filters for Store::ListStories. Defaults list every story, newest first_seen first.
struct StoryFilter {
  std::optional<std::string> since;  // keep stories whose last_seen >= since (ISO prefix compare)
  std::optional<std::string> until;  // keep stories whose first_seen < until
  int64_t min_size = 1;              // skip stories with fewer members (0 keeps empty ones)
  int64_t updated_after_seq = 0;     // keep stories with updated_seq > this
  int64_t limit = 0;                 // 0 = no limit
  bool oldest_first = false;         // order by first_seen ascending instead of descending
};

}  // namespace corroborate::store

#endif  // CORROBORATE_STORE_RECORDS_H_
