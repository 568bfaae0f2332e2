// Schema versioning: fresh creation, stepwise migration with a fake extra step, rollback of a
// failing step, and the list's own consistency.
#include "corroborate/store/schema.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "corroborate/store/store.h"
#include "corroborate/store/test_util.h"

namespace corroborate::store {
namespace {

using testing::MakeArticle;
using testing::TempDir;

Db RawDb(const std::string& path) {
  auto db = Db::Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  EXPECT_TRUE(db.ok());
  return std::move(db).value();
}

TEST(SchemaTest, BuiltinListIsOrderedFromOne) {
  auto steps = BuiltinMigrations();
  ASSERT_FALSE(steps.empty());
  for (size_t i = 0; i < steps.size(); ++i) {
    EXPECT_EQ(steps[i].version, static_cast<int64_t>(i + 1));
    EXPECT_FALSE(steps[i].name.empty());
  }
  EXPECT_EQ(LatestSchemaVersion(), steps.back().version);
}

TEST(SchemaTest, MigratesAnEmptyDatabaseToLatest) {
  TempDir dir;
  Db db = RawDb(dir.File("empty.db"));
  auto before = CheckStore(db, LatestSchemaVersion());
  ASSERT_TRUE(before.ok());
  EXPECT_TRUE(before->empty);
  ASSERT_TRUE(ApplyMigrations(db, BuiltinMigrations(), "schema_test").ok());
  EXPECT_EQ(*db.QueryInt("PRAGMA user_version"), LatestSchemaVersion());
  EXPECT_EQ(*db.QueryInt("PRAGMA application_id"), kApplicationId);
  EXPECT_EQ(*db.QueryText("SELECT value FROM meta WHERE key = 'created_by'"), "schema_test");
  EXPECT_EQ(*db.QueryInt("SELECT count(*) FROM meta WHERE key = 'created_at'"), 1);
  for (const char* table : {"articles", "stories", "inputs", "meta"}) {
    EXPECT_EQ(*db.QueryInt(std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") +
                           table + "'"),
              1)
        << table;
  }
  for (const char* index :
       {"articles_by_story", "articles_by_content_hash", "articles_by_source_domain",
        "stories_by_first_seen", "stories_by_last_seen"}) {
    EXPECT_EQ(*db.QueryInt(std::string("SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                       "AND name = '") +
                           index + "'"),
              1)
        << index;
  }
  auto after = CheckStore(db, LatestSchemaVersion());
  ASSERT_TRUE(after.ok()) << after.status().ToString();
  EXPECT_FALSE(after->empty);
  // Applying again is a no-op.
  ASSERT_TRUE(ApplyMigrations(db, BuiltinMigrations(), "again").ok());
  EXPECT_EQ(*db.QueryText("SELECT value FROM meta WHERE key = 'created_by'"), "schema_test");
}

// The builtin steps plus one more, as a future binary would ship them.
std::vector<Migration> WithExtraStep(std::string_view sql) {
  auto builtin = BuiltinMigrations();
  std::vector<Migration> steps(builtin.begin(), builtin.end());
  steps.push_back({LatestSchemaVersion() + 1, "fake extra step", sql});
  return steps;
}

TEST(SchemaTest, Version1StoreGetsItsTextsMovedOut) {
  TempDir dir;
  const std::string path = dir.File("v1.db");
  {
    Db db = RawDb(path);
    ASSERT_TRUE(ApplyMigrations(db, BuiltinMigrations().first(1), "schema_test").ok());
    ASSERT_TRUE(db.Exec("INSERT INTO articles(id, title, description, maintext) VALUES "
                        "('a1', 'T', 'D', 'The body of a version 1 article.')")
                    .ok());
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(store->schema_version(), LatestSchemaVersion());
  auto a = store->FindArticle("a1");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->maintext, "The body of a version 1 article.");
  EXPECT_EQ(a->description, "D");
  EXPECT_EQ(a->title, "T");
}

TEST(SchemaTest, MigratesAnExistingStoreOneStepForward) {
  TempDir dir;
  std::string path = dir.File("old.db");
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok());
    std::vector<ArticleRecord> batch = {MakeArticle(1)};
    ASSERT_TRUE(store->InsertArticles(batch).ok());
  }
  const int64_t next = LatestSchemaVersion() + 1;
  auto steps = WithExtraStep(
      "ALTER TABLE articles ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0;"
      "UPDATE articles SET word_count = (SELECT length(maintext) - length(replace(maintext, ' ', "
      "'')) + 1 FROM article_texts WHERE seq = articles.ingested_seq);"
      "CREATE TABLE labels(article_id TEXT REFERENCES articles(id), label TEXT);");
  {
    Db db = RawDb(path);
    ASSERT_TRUE(ApplyMigrations(db, steps, "schema_test").ok());
    EXPECT_EQ(*db.QueryInt("PRAGMA user_version"), next);
    EXPECT_EQ(*db.QueryText("SELECT value FROM meta WHERE key = 'schema_version'"),
              std::to_string(next));
    EXPECT_GT(*db.QueryInt("SELECT word_count FROM articles"), 10);  // data carried over
    EXPECT_EQ(*db.QueryInt("SELECT count(*) FROM labels"), 0);
  }
  // This binary does not know the extra step: the migrated file is now "newer".
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("newer corroborate"), std::string::npos);
}

TEST(SchemaTest, FailingStepRollsBackAndKeepsTheOldVersion) {
  TempDir dir;
  std::string path = dir.File("stuck.db");
  ASSERT_TRUE(Store::Open(path).ok());
  auto steps = WithExtraStep("CREATE TABLE half_done(x); INSERT INTO no_such_table VALUES (1);");
  Db db = RawDb(path);
  Status status = ApplyMigrations(db, steps, "schema_test");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("schema migration " + std::to_string(LatestSchemaVersion() + 1) +
                                  " (fake extra step) failed"),
            std::string::npos)
      << status.ToString();
  EXPECT_EQ(*db.QueryInt("PRAGMA user_version"), LatestSchemaVersion());
  EXPECT_EQ(*db.QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"), 0);
  EXPECT_TRUE(db.Autocommit());
}

TEST(SchemaTest, RefusesAListWithAGap) {
  TempDir dir;
  Db db = RawDb(dir.File("gap.db"));
  const Migration gap[] = {{1, "one", "CREATE TABLE meta(key PRIMARY KEY, value)"},
                           {3, "three", "CREATE TABLE c(x)"}};
  Status status = ApplyMigrations(db, gap, "schema_test");
  EXPECT_EQ(status.code(), StatusCode::kInternal);
  EXPECT_EQ(*db.QueryInt("SELECT count(*) FROM sqlite_schema"), 0);  // nothing applied
}

}  // namespace
}  // namespace corroborate::store
