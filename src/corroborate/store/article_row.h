// Mapping between ArticleRecord and a row of the `articles` table: the column list every
// article query selects, and the reader for it. Internal to the store stage.
#ifndef CORROBORATE_STORE_ARTICLE_ROW_H_
#define CORROBORATE_STORE_ARTICLE_ROW_H_

#include <string>

#include "corroborate/store/records.h"
#include "corroborate/store/sqlite.h"

namespace corroborate::store {

// "SELECT <columns> FROM articles " with every column ReadArticleRow expects, in order. With
// `with_text` false, description and maintext are selected as '' (their pages are never read).
std::string SelectArticlesSql(bool with_text);

// Reads the current row of a statement built on SelectArticlesSql().
ArticleRecord ReadArticleRow(const Stmt& stmt);

}  // namespace corroborate::store

#endif  // CORROBORATE_STORE_ARTICLE_ROW_H_
