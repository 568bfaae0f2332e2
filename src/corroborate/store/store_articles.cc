// Store methods on the `articles` table.
#include <string>
#include <utility>
#include <vector>

#include "corroborate/store/article_row.h"
#include "corroborate/store/store.h"

namespace corroborate::store {

namespace {

constexpr char kInsertSql[] =
    "INSERT INTO articles(id, url, source_domain, title, authors, language, date_publish, "
    "date_status, source, content_hash, minhash, story_id, duplicate_of, extra) VALUES (?1, ?2, "
    "?3, ?4, ?6, ?7, ?8, ?9, ?11, ?12, ?13, ?14, ?15, ?16) ON CONFLICT(id) DO NOTHING";
// The texts of the row just inserted (its rowid is the ingested_seq).
constexpr char kInsertTextSql[] =
    "INSERT INTO article_texts(seq, description, maintext) VALUES (last_insert_rowid(), ?1, ?2)";

void BindArticle(Stmt& stmt, const ArticleRecord& a) {
  stmt.BindText(1, a.id);
  stmt.BindText(2, a.url);
  stmt.BindText(3, a.source_domain);
  stmt.BindText(4, a.title);
  stmt.BindText(6, a.authors_json);
  stmt.BindText(7, a.language);
  stmt.BindOptionalText(8, a.date_publish);
  stmt.BindText(9, a.date_status);
  stmt.BindText(11, a.source);
  stmt.BindText(12, a.content_hash);
  stmt.BindBlob(13, a.minhash);
  stmt.BindOptionalInt(14, a.story_id);
  stmt.BindOptionalText(15, a.duplicate_of);
  stmt.BindText(16, a.extra_json);
}

}  // namespace

Result<std::vector<std::string>> Store::InsertArticles(std::span<const ArticleRecord> articles) {
  for (const ArticleRecord& a : articles) {
    if (a.id.empty()) return InvalidArgument(path() + ": an article without an id");
  }
  ASSIGN_OR_RETURN(Transaction tx, Begin());
  std::vector<std::string> inserted;
  {
    ASSIGN_OR_RETURN(Stmt stmt, db_->Prepare(kInsertSql));
    ASSIGN_OR_RETURN(Stmt text, db_->Prepare(kInsertTextSql));
    for (const ArticleRecord& a : articles) {
      BindArticle(stmt, a);
      Status status = stmt.Run();
      if (!status.ok()) {
        return Status(status.code(), status.message() + " (article " + a.id + ")");
      }
      stmt.Reset();
      if (db_->Changes() == 0) continue;  // already stored
      inserted.push_back(a.id);
      text.BindText(1, a.description);
      text.BindText(2, a.maintext);
      RETURN_IF_ERROR(text.Run());
      text.Reset();
    }
  }
  RETURN_IF_ERROR(tx.Commit());
  return inserted;
}

Result<ArticleRecord> Store::FindArticle(const std::string& id) {
  ASSIGN_OR_RETURN(Stmt stmt, db_->Prepare(SelectArticlesSql(true) + "WHERE id = ?1"));
  stmt.BindText(1, id);
  ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return NotFound(path() + ": no article " + id);
  return ReadArticleRow(stmt);
}

Result<std::vector<std::string>> Store::FindByContentHash(const std::string& hash) {
  std::vector<std::string> ids;
  if (hash.empty()) return ids;  // "" means "not computed", never a match
  ASSIGN_OR_RETURN(Stmt stmt, db_->Prepare("SELECT id FROM articles WHERE content_hash = ?1 "
                                           "AND content_hash != '' ORDER BY ingested_seq"));
  stmt.BindText(1, hash);
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    ids.push_back(stmt.Text(0));
  }
  return ids;
}

Result<std::vector<std::string>> Store::FindCopies(const std::string& original_id) {
  ASSIGN_OR_RETURN(Stmt stmt, db_->Prepare("SELECT id FROM articles WHERE duplicate_of = ?1 "
                                           "ORDER BY ingested_seq"));
  stmt.BindText(1, original_id);
  std::vector<std::string> ids;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    ids.push_back(stmt.Text(0));
  }
  return ids;
}

Status Store::Assign(std::span<const Assignment> assignments) {
  ASSIGN_OR_RETURN(Transaction tx, Begin());
  {
    ASSIGN_OR_RETURN(Stmt stmt, db_->Prepare("UPDATE articles SET story_id = ?2, duplicate_of = ?3 "
                                             "WHERE id = ?1"));
    for (const Assignment& a : assignments) {
      stmt.BindText(1, a.article_id);
      stmt.BindOptionalInt(2, a.story_id);
      stmt.BindOptionalText(3, a.duplicate_of);
      Status status = stmt.Run();
      if (!status.ok()) {
        return Status(status.code(), status.message() + " (article " + a.article_id + ")");
      }
      if (db_->Changes() == 0) return NotFound(path() + ": no article " + a.article_id);
      stmt.Reset();
    }
  }
  return tx.Commit();
}

Status Store::ForEachArticle(const ArticleScan& scan,
                             const std::function<bool(const ArticleRecord&)>& visit) {
  std::string sql = SelectArticlesSql(scan.with_text) + "WHERE ingested_seq > ?1 ";
  if (scan.duplicates_only) sql += "AND duplicate_of IS NOT NULL ";
  sql += "ORDER BY ingested_seq";
  ASSIGN_OR_RETURN(Stmt stmt, db_->Prepare(sql));
  stmt.BindInt(1, scan.after_seq);
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row || !visit(ReadArticleRow(stmt))) return Status::Ok();
  }
}

Result<int64_t> Store::ArticleCount() { return db_->QueryInt("SELECT count(*) FROM articles"); }

Result<int64_t> Store::LastSeq() {
  return db_->QueryInt("SELECT coalesce(max(ingested_seq), 0) FROM articles");
}

}  // namespace corroborate::store
