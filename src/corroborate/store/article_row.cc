#include "corroborate/store/article_row.h"

namespace corroborate::store {

std::string SelectArticlesSql(bool with_text) {
  // The texts live in `article_texts` (schema v2), joined only when asked for.
  return std::string("SELECT ingested_seq, id, url, source_domain, title, ") +
         (with_text ? "coalesce(article_texts.description, '')" : "''") +
         ", authors, language, date_publish, date_status, " +
         (with_text ? "coalesce(article_texts.maintext, '')" : "''") +
         ", source, content_hash, minhash, story_id, duplicate_of, extra FROM articles " +
         (with_text ? "LEFT JOIN article_texts ON article_texts.seq = articles.ingested_seq " : "");
}

ArticleRecord ReadArticleRow(const Stmt& stmt) {
  ArticleRecord a;
  a.ingested_seq = stmt.Int(0);
  a.id = stmt.Text(1);
  a.url = stmt.Text(2);
  a.source_domain = stmt.Text(3);
  a.title = stmt.Text(4);
  a.description = stmt.Text(5);
  a.authors_json = stmt.Text(6);
  a.language = stmt.Text(7);
  a.date_publish = stmt.OptionalText(8);
  a.date_status = stmt.Text(9);
  a.maintext = stmt.Text(10);
  a.source = stmt.Text(11);
  a.content_hash = stmt.Text(12);
  std::string minhash = stmt.Blob(13);
  a.minhash.assign(minhash.begin(), minhash.end());
  a.story_id = stmt.OptionalInt(14);
  a.duplicate_of = stmt.OptionalText(15);
  a.extra_json = stmt.Text(16);
  return a;
}

}  // namespace corroborate::store
