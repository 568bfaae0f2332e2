// Store methods on the `stories` table and story membership.
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "corroborate/store/article_row.h"
#include "corroborate/store/store.h"

namespace corroborate::store {

namespace {

constexpr char kStoryColumns[] =
    "SELECT id, headline, first_seen, last_seen, size, outlet_count, duplicate_count, "
    "updated_seq FROM stories ";

StorySummary ReadStory(const Stmt& stmt) {
  StorySummary s;
  s.id = stmt.Int(0);
  s.headline = stmt.Text(1);
  s.first_seen = stmt.OptionalText(2);
  s.last_seen = stmt.OptionalText(3);
  s.size = stmt.Int(4);
  s.outlet_count = stmt.Int(5);
  s.duplicate_count = stmt.Int(6);
  s.updated_seq = stmt.Int(7);
  return s;
}

}  // namespace

Result<std::vector<int64_t>> Store::UpsertStories(std::span<const StorySummary> stories) {
  ASSIGN_OR_RETURN(Transaction tx, Begin());
  ASSIGN_OR_RETURN(int64_t seq, LastSeq());
  std::vector<int64_t> ids;
  {
    // ?1 NULL lets SQLite allocate the next id (AUTOINCREMENT: never a reused one).
    ASSIGN_OR_RETURN(
        Stmt stmt,
        db_->Prepare("INSERT INTO stories(id, headline, first_seen, last_seen, size, "
                     "outlet_count, duplicate_count, updated_seq) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO UPDATE SET "
                     "headline = excluded.headline, first_seen = excluded.first_seen, "
                     "last_seen = excluded.last_seen, size = excluded.size, "
                     "outlet_count = excluded.outlet_count, "
                     "duplicate_count = excluded.duplicate_count, "
                     "updated_seq = excluded.updated_seq"));
    for (const StorySummary& s : stories) {
      if (s.id < 0) return InvalidArgument(path() + ": negative story id");
      if (s.id == 0) {
        stmt.BindNull(1);
      } else {
        stmt.BindInt(1, s.id);
      }
      stmt.BindText(2, s.headline);
      stmt.BindOptionalText(3, s.first_seen);
      stmt.BindOptionalText(4, s.last_seen);
      stmt.BindInt(5, s.size);
      stmt.BindInt(6, s.outlet_count);
      stmt.BindInt(7, s.duplicate_count);
      stmt.BindInt(8, seq);
      RETURN_IF_ERROR(stmt.Run());
      ids.push_back(s.id == 0 ? db_->LastInsertRowid() : s.id);
      stmt.Reset();
    }
  }
  RETURN_IF_ERROR(tx.Commit());
  return ids;
}

Status Store::DeleteStories(std::span<const int64_t> ids) {
  ASSIGN_OR_RETURN(Transaction tx, Begin());
  {
    ASSIGN_OR_RETURN(Stmt stmt, db_->Prepare("DELETE FROM stories WHERE id = ?1"));
    for (int64_t id : ids) {
      stmt.BindInt(1, id);
      RETURN_IF_ERROR(stmt.Run());
      stmt.Reset();
    }
  }
  return tx.Commit();
}

Result<StorySummary> Store::FindStory(int64_t id) {
  ASSIGN_OR_RETURN(Stmt stmt, db_->Prepare(std::string(kStoryColumns) + "WHERE id = ?1"));
  stmt.BindInt(1, id);
  ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return NotFound(path() + ": no story " + std::to_string(id));
  return ReadStory(stmt);
}

Result<std::vector<StorySummary>> Store::ListStories(const StoryFilter& filter) {
  // A handful of SQL variants, each prepared once and cached by its text.
  std::string sql = std::string(kStoryColumns) + "WHERE size >= ?1 AND updated_seq > ?2 ";
  if (filter.since) sql += "AND last_seen >= ?3 ";
  if (filter.until) sql += "AND first_seen < ?4 ";
  sql += filter.oldest_first ? "ORDER BY first_seen IS NULL, first_seen, id"
                             : "ORDER BY first_seen IS NULL, first_seen DESC, id DESC";
  if (filter.limit > 0) sql += " LIMIT ?5";
  ASSIGN_OR_RETURN(Stmt stmt, db_->Prepare(sql));
  stmt.BindInt(1, filter.min_size);
  stmt.BindInt(2, filter.updated_after_seq);
  if (filter.since) stmt.BindText(3, *filter.since);
  if (filter.until) stmt.BindText(4, *filter.until);
  if (filter.limit > 0) stmt.BindInt(5, filter.limit);
  std::vector<StorySummary> stories;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    stories.push_back(ReadStory(stmt));
  }
  return stories;
}

Result<std::vector<std::string>> Store::StoryArticleIds(int64_t id) {
  RETURN_IF_ERROR(FindStory(id).status());  // NotFound for an unknown story
  ASSIGN_OR_RETURN(auto by_story, ArticleIdsByStory(std::span<const int64_t>(&id, 1)));
  return std::move(by_story[id]);
}

Result<std::map<int64_t, std::vector<std::string>>> Store::ArticleIdsByStory(
    std::span<const int64_t> story_ids) {
  std::map<int64_t, std::vector<std::string>> by_story;
  if (story_ids.empty()) return by_story;
  // The ids travel as one JSON array so that the statement text is fixed (prepared once) and
  // any number of stories fits one query; articles_by_story serves each id in seq order.
  std::string list = "[";
  for (int64_t id : story_ids) {
    if (list.size() > 1) list += ',';
    list += std::to_string(id);
    by_story[id];  // an entry even for a story without members
  }
  list += ']';
  ASSIGN_OR_RETURN(Stmt stmt, db_->Prepare("SELECT story_id, id FROM articles WHERE story_id IN "
                                           "(SELECT value FROM json_each(?1)) "
                                           "ORDER BY story_id, ingested_seq"));
  stmt.BindText(1, list);
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    by_story[stmt.Int(0)].push_back(stmt.Text(1));
  }
  return by_story;
}

Result<std::vector<ArticleRecord>> Store::StoryArticles(int64_t id) {
  ASSIGN_OR_RETURN(StorySummary story, FindStory(id));
  ASSIGN_OR_RETURN(Stmt stmt, db_->Prepare(SelectArticlesSql(true) +
                                           "WHERE story_id = ?1 ORDER BY ingested_seq"));
  stmt.BindInt(1, story.id);
  std::vector<ArticleRecord> articles;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    articles.push_back(ReadArticleRow(stmt));
  }
  return articles;
}

}  // namespace corroborate::store
