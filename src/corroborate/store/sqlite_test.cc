#include "corroborate/store/sqlite.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "corroborate/store/transaction.h"

namespace corroborate::store {
namespace {

Db MemoryDb() {
  auto db = Db::Open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  EXPECT_TRUE(db.ok());
  Db out = std::move(db).value();
  EXPECT_TRUE(out.Exec("CREATE TABLE t(k INTEGER PRIMARY KEY, s TEXT, b BLOB)").ok());
  return out;
}

TEST(SqliteTest, RoundTripsTextNullAndBytes) {
  Db db = MemoryDb();
  {
    auto stmt = db.Prepare("INSERT INTO t(k, s, b) VALUES (?1, ?2, ?3)");
    ASSERT_TRUE(stmt.ok());
    const std::string values[] = {"", "Zürich — 東京", std::string("bad\xff\xfe utf8", 11),
                                  std::string("nul\0inside", 10)};
    for (int i = 0; i < 4; ++i) {
      stmt->BindInt(1, i);
      stmt->BindText(2, values[i]);
      const uint8_t bytes[] = {0, 1, 255};
      stmt->BindBlob(3, bytes);
      ASSERT_TRUE(stmt->Run().ok());
      stmt->Reset();
    }
    stmt->BindInt(1, 9);
    stmt->BindOptionalText(2, std::nullopt);
    stmt->BindBlob(3, {});
    ASSERT_TRUE(stmt->Run().ok());
  }
  auto read = db.Prepare("SELECT s, b FROM t ORDER BY k");
  ASSERT_TRUE(read.ok());
  std::vector<std::optional<std::string>> texts;
  std::vector<std::string> blobs;
  for (;;) {
    auto row = read->Step();
    ASSERT_TRUE(row.ok());
    if (!*row) break;
    texts.push_back(read->OptionalText(0));
    blobs.push_back(read->Blob(1));
  }
  ASSERT_EQ(texts.size(), 5u);
  EXPECT_EQ(texts[0], std::optional<std::string>(""));  // "" stays '' and never becomes NULL
  EXPECT_EQ(texts[1], std::optional<std::string>("Zürich — 東京"));
  EXPECT_EQ(texts[2]->size(), 11u);
  EXPECT_EQ(texts[3]->size(), 10u);
  EXPECT_EQ(texts[4], std::nullopt);
  EXPECT_EQ(blobs[0], std::string("\0\1\xff", 3));
  EXPECT_EQ(blobs[4], "");
}

TEST(SqliteTest, PrepareCachesAndResetsStatements) {
  Db db = MemoryDb();
  ASSERT_TRUE(db.Exec("INSERT INTO t(k) VALUES (1), (2), (3)").ok());
  sqlite3_stmt* first = nullptr;
  {
    auto stmt = db.Prepare("SELECT k FROM t ORDER BY k");
    ASSERT_TRUE(stmt.ok());
    ASSERT_TRUE(*stmt->Step());
    EXPECT_EQ(stmt->Int(0), 1);
    first = sqlite3_next_stmt(db.raw(), nullptr);
  }  // abandoned mid-iteration: the destructor resets it
  auto again = db.Prepare("SELECT k FROM t ORDER BY k");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(sqlite3_next_stmt(db.raw(), nullptr), first);
  EXPECT_EQ(sqlite3_next_stmt(db.raw(), first), nullptr);  // still one prepared statement
  ASSERT_TRUE(*again->Step());
  EXPECT_EQ(again->Int(0), 1);  // starts from the first row again
}

TEST(SqliteTest, ReentrantBorrowGetsAPrivateStatement) {
  Db db = MemoryDb();
  ASSERT_TRUE(db.Exec("INSERT INTO t(k) VALUES (1), (2)").ok());
  const std::string sql = "SELECT k FROM t ORDER BY k";
  std::vector<int64_t> pairs;
  {
    auto outer = db.Prepare(sql);
    ASSERT_TRUE(outer.ok());
    while (*outer->Step()) {
      auto inner = db.Prepare(sql);  // same SQL while the outer one is mid-iteration
      ASSERT_TRUE(inner.ok());
      while (*inner->Step()) pairs.push_back(outer->Int(0) * 10 + inner->Int(0));
    }
  }
  EXPECT_EQ(pairs, (std::vector<int64_t>{11, 12, 21, 22}));
  // Only the cached statement survives; the private ones were finalized.
  sqlite3_stmt* first = sqlite3_next_stmt(db.raw(), nullptr);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(sqlite3_next_stmt(db.raw(), first), nullptr);
}

TEST(SqliteTest, ErrorsBecomeStatusesNamingThePath) {
  Db db = MemoryDb();
  Status syntax = db.Exec("SELEC nonsense");
  EXPECT_EQ(syntax.code(), StatusCode::kInternal);
  EXPECT_NE(syntax.message().find(":memory:"), std::string::npos);
  ASSERT_TRUE(db.Exec("INSERT INTO t(k) VALUES (1)").ok());
  Status duplicate = db.Exec("INSERT INTO t(k) VALUES (1)");
  EXPECT_EQ(duplicate.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(duplicate.message().find("UNIQUE"), std::string::npos);
  auto missing = db.Prepare("SELECT * FROM no_such_table");
  EXPECT_FALSE(missing.ok());
  EXPECT_EQ(SqliteStatus(SQLITE_NOTADB, "x.db", "open", "").code(), StatusCode::kInvalidInput);
  EXPECT_EQ(SqliteStatus(SQLITE_CORRUPT_INDEX, "x.db", "read", "").code(),
            StatusCode::kInvalidInput);
  EXPECT_EQ(SqliteStatus(SQLITE_BUSY, "x.db", "write", "").code(), StatusCode::kIoError);
}

TEST(SqliteTest, MissingFileWithoutCreateIsNotFound) {
  auto db = Db::Open("/nonexistent-dir-for-store-test/x.db", SQLITE_OPEN_READWRITE);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), StatusCode::kNotFound);
  EXPECT_NE(db.status().message().find("/nonexistent-dir-for-store-test/x.db"), std::string::npos);
}

int64_t Count(Db& db) { return *db.QueryInt("SELECT count(*) FROM t"); }

TEST(TransactionTest, CommitRollbackAndNesting) {
  Db db = MemoryDb();
  {
    auto tx = Transaction::Begin(db);
    ASSERT_TRUE(tx.ok());
    EXPECT_FALSE(tx->nested());
    ASSERT_TRUE(db.Exec("INSERT INTO t(k) VALUES (1)").ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  EXPECT_EQ(Count(db), 1);
  {
    auto tx = Transaction::Begin(db);
    ASSERT_TRUE(db.Exec("INSERT INTO t(k) VALUES (2)").ok());
  }  // destroyed uncommitted
  EXPECT_EQ(Count(db), 1);
  EXPECT_TRUE(db.Autocommit());
  {
    auto outer = Transaction::Begin(db);
    ASSERT_TRUE(outer.ok());
    ASSERT_TRUE(db.Exec("INSERT INTO t(k) VALUES (3)").ok());
    {
      auto inner = Transaction::Begin(db);
      ASSERT_TRUE(inner.ok());
      EXPECT_TRUE(inner->nested());
      ASSERT_TRUE(db.Exec("INSERT INTO t(k) VALUES (4)").ok());
    }  // inner rolled back alone
    {
      auto inner = Transaction::Begin(db);
      ASSERT_TRUE(db.Exec("INSERT INTO t(k) VALUES (5)").ok());
      ASSERT_TRUE(inner->Commit().ok());
    }
    EXPECT_FALSE(db.Autocommit());  // the inner commit did not end the outer transaction
    ASSERT_TRUE(outer->Commit().ok());
  }
  EXPECT_TRUE(db.Autocommit());
  EXPECT_EQ(*db.QueryInt("SELECT group_concat(k) = '1,3,5' FROM (SELECT k FROM t ORDER BY k)"), 1);
  auto tx = Transaction::Begin(db);
  ASSERT_TRUE(tx->Commit().ok());
  EXPECT_EQ(tx->Commit().code(), StatusCode::kInternal);  // a second commit is a bug, not a crash
}

}  // namespace
}  // namespace corroborate::store
