// Store::Open: creation, reopening, and every kind of wrong file it must refuse by name.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "corroborate/store/schema.h"
#include "corroborate/store/store.h"
#include "corroborate/store/test_util.h"

namespace corroborate::store {
namespace {

using testing::MakeArticle;
using testing::ReadBytes;
using testing::TempDir;
using testing::WriteBytes;

bool Mentions(const Status& status, const std::string& text) {
  return status.message().find(text) != std::string::npos;
}

void ExpectRefused(const std::string& path, StatusCode code, const std::string& reason,
                   const StoreOptions& options = {}) {
  auto store = Store::Open(path, options);
  ASSERT_FALSE(store.ok()) << path;
  EXPECT_EQ(store.status().code(), code) << store.status().ToString();
  EXPECT_TRUE(Mentions(store.status(), path)) << store.status().ToString();
  EXPECT_TRUE(Mentions(store.status(), reason)) << store.status().ToString();
}

// A raw SQLite connection for setting up foreign or damaged files.
Db RawDb(const std::string& path) {
  auto db = Db::Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  EXPECT_TRUE(db.ok());
  return std::move(db).value();
}

TEST(StoreOpenTest, CreatesThenReopensWithData) {
  TempDir dir;
  std::string path = dir.File("corpus.db");
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_EQ(store->schema_version(), LatestSchemaVersion());
    EXPECT_FALSE(store->read_only());
    std::vector<ArticleRecord> batch = {MakeArticle(1), MakeArticle(2)};
    ASSERT_TRUE(store->InsertArticles(batch).ok());
  }
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_EQ(*store->ArticleCount(), 2);
    EXPECT_EQ(store->FindArticle(MakeArticle(2).id)->title, "Headline number 2");
  }
  // Only the store itself is left behind: no temporary creation file.
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    EXPECT_EQ(entry.path().filename().string().find(".new-"), std::string::npos) << entry.path();
  }
  Db raw = RawDb(path);
  EXPECT_EQ(*raw.QueryText("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(*raw.QueryInt("PRAGMA application_id"), kApplicationId);
  EXPECT_EQ(*raw.QueryText("SELECT value FROM meta WHERE key = 'created_by'"), "corroborate");
  EXPECT_EQ(*raw.QueryText("SELECT value FROM meta WHERE key = 'schema_version'"),
            std::to_string(LatestSchemaVersion()));
}

TEST(StoreOpenTest, ProcessesCreatingTheSameStoreAtOnceAllSucceed) {
  TempDir dir;
  std::string path = dir.File("shared.db");
  constexpr int kWriters = 4;
  std::vector<pid_t> children;
  for (int w = 0; w < kWriters; ++w) {
    pid_t pid = fork();
    if (pid == 0) {
      auto store = Store::Open(path);
      if (!store.ok()) _exit(1);
      std::vector<ArticleRecord> batch;
      for (int i = 0; i < 20; ++i) batch.push_back(MakeArticle(w * 100 + i));
      auto inserted = store->InsertArticles(batch);
      _exit(inserted.ok() && inserted->size() == batch.size() ? 0 : 2);
    }
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "status " << status;
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(*store->ArticleCount(), kWriters * 20);  // no creator replaced another's store
}

TEST(StoreOpenTest, MissingFile) {
  TempDir dir;
  StoreOptions read_only;
  read_only.read_only = true;
  ExpectRefused(dir.File("none.db"), StatusCode::kNotFound, "does not exist", read_only);
  StoreOptions no_create;
  no_create.create_if_missing = false;
  ExpectRefused(dir.File("none.db"), StatusCode::kNotFound, "does not exist", no_create);
  EXPECT_FALSE(std::filesystem::exists(dir.File("none.db")));
  ExpectRefused(dir.File("no/such/dir.db"), StatusCode::kIoError, "cannot create the store");
}

TEST(StoreOpenTest, RefusesFilesThatAreNotStores) {
  TempDir dir;
  std::string text = dir.File("notes.db");
  WriteBytes(text, std::string(4096, 'x'));
  ExpectRefused(text, StatusCode::kInvalidInput, "not a valid SQLite database");
  EXPECT_EQ(ReadBytes(text), std::string(4096, 'x'));  // refused files are left untouched

  std::string small = dir.File("small.db");
  WriteBytes(small, "hello\n");
  ExpectRefused(small, StatusCode::kInvalidInput, "not a valid SQLite database");

  std::string empty = dir.File("empty.db");
  WriteBytes(empty, "");
  ExpectRefused(empty, StatusCode::kInvalidInput, "empty file");

  ExpectRefused(dir.path(), StatusCode::kInvalidInput, "is a directory");
}

TEST(StoreOpenTest, RefusesOtherApplicationsDatabases) {
  TempDir dir;
  std::string plain = dir.File("plain.db");
  ASSERT_TRUE(RawDb(plain).Exec("CREATE TABLE bookmarks(url TEXT)").ok());
  ExpectRefused(plain, StatusCode::kInvalidInput, "another application");

  std::string other = dir.File("other.db");
  ASSERT_TRUE(RawDb(other).Exec("PRAGMA application_id = 42; CREATE TABLE meta(k, v)").ok());
  ExpectRefused(other, StatusCode::kInvalidInput, "application_id 0x0000002a");
  StoreOptions read_only;
  read_only.read_only = true;
  ExpectRefused(other, StatusCode::kInvalidInput, "another application", read_only);

  // Our application_id but no meta table: damaged or forged.
  std::string forged = dir.File("forged.db");
  ASSERT_TRUE(RawDb(forged)
                  .Exec("PRAGMA application_id = " + std::to_string(kApplicationId) +
                        "; PRAGMA user_version = 1; CREATE TABLE t(x)")
                  .ok());
  ExpectRefused(forged, StatusCode::kInvalidInput, "no meta table");
}

TEST(StoreOpenTest, AdoptsAnEmptySqliteDatabase) {
  TempDir dir;
  std::string path = dir.File("blank.db");
  ASSERT_TRUE(RawDb(path).Exec("CREATE TABLE t(x); DROP TABLE t").ok());
  StoreOptions read_only;
  read_only.read_only = true;
  ExpectRefused(path, StatusCode::kInvalidInput, "empty SQLite database", read_only);
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(store->schema_version(), LatestSchemaVersion());
  EXPECT_EQ(*store->ArticleCount(), 0);
}

TEST(StoreOpenTest, RefusesAStoreFromANewerBinary) {
  TempDir dir;
  std::string path = dir.File("future.db");
  ASSERT_TRUE(Store::Open(path).ok());
  ASSERT_TRUE(RawDb(path).Exec("PRAGMA user_version = 99").ok());
  ExpectRefused(path, StatusCode::kInvalidInput, "newer corroborate (schema version 99");
  StoreOptions read_only;
  read_only.read_only = true;
  ExpectRefused(path, StatusCode::kInvalidInput, "newer corroborate", read_only);
}

// A store with enough pages that damage can land away from the header.
std::string MakeStoreFile(const TempDir& dir, const std::string& name) {
  std::string path = dir.File(name);
  auto store = Store::Open(path);
  EXPECT_TRUE(store.ok());
  std::vector<ArticleRecord> batch;
  for (int i = 0; i < 200; ++i) batch.push_back(MakeArticle(i, 2000));
  EXPECT_TRUE(store->InsertArticles(batch).ok());
  return path;
}

TEST(StoreOpenTest, RefusesATruncatedStore) {
  TempDir dir;
  std::string path = MakeStoreFile(dir, "truncated.db");
  std::string bytes = ReadBytes(path);
  ASSERT_GT(bytes.size(), 100000u);
  WriteBytes(path, bytes.substr(0, 50));  // less than the 100-byte header
  ExpectRefused(path, StatusCode::kInvalidInput, "not a valid SQLite database");

  // Cut in the middle: the header promises pages that are gone.
  WriteBytes(path, bytes.substr(0, bytes.size() / 2));
  StoreOptions verify;
  verify.verify = true;
  ExpectRefused(path, StatusCode::kInvalidInput, "", verify);
  auto store = Store::Open(path);
  if (store.ok()) {
    auto count = store->ArticleCount();
    auto last = store->FindArticle(MakeArticle(199).id);
    ASSERT_FALSE(count.ok() && last.ok());
    const Status& error = count.ok() ? last.status() : count.status();
    EXPECT_EQ(error.code(), StatusCode::kInvalidInput) << error.ToString();
    EXPECT_TRUE(Mentions(error, path)) << error.ToString();
  } else {
    EXPECT_EQ(store.status().code(), StatusCode::kInvalidInput);
    EXPECT_TRUE(Mentions(store.status(), path));
  }
}

TEST(StoreOpenTest, RefusesAGarbledHeader) {
  TempDir dir;
  std::string path = MakeStoreFile(dir, "garbled.db");
  std::string bytes = ReadBytes(path);
  for (size_t i = 0; i < 16; ++i) bytes[i] = static_cast<char>(0xA5 ^ i);
  WriteBytes(path, bytes);
  ExpectRefused(path, StatusCode::kInvalidInput, "not a valid SQLite database");
}

TEST(StoreOpenTest, DamagedPagesAreReportedNotCrashed) {
  TempDir dir;
  std::string path = MakeStoreFile(dir, "damaged.db");
  std::string bytes = ReadBytes(path);
  // Garble every page after the first (page 1 holds the header and the schema).
  uint32_t state = 12345;
  for (size_t i = 4096; i < bytes.size(); ++i) {
    state = state * 1103515245u + 12345u;
    bytes[i] = static_cast<char>(state >> 24);
  }
  WriteBytes(path, bytes);
  StoreOptions verify;
  verify.verify = true;
  ExpectRefused(path, StatusCode::kInvalidInput, "", verify);
  // Without verify the open is cheap and may succeed; the first read of a bad page then fails
  // with a clear InvalidInput rather than a crash or silent garbage.
  auto store = Store::Open(path);
  if (store.ok()) {
    auto found = store->FindArticle(MakeArticle(150).id);
    ASSERT_FALSE(found.ok());
    EXPECT_TRUE(Mentions(found.status(), path)) << found.status().ToString();
    EXPECT_EQ(found.status().code(), StatusCode::kInvalidInput);
  } else {
    EXPECT_TRUE(Mentions(store.status(), path));
  }
}

// Random byte damage anywhere in the file, 60 seeds: every open, read and write either works or
// fails with InvalidInput naming the file. (Under ASan/UBSan this is also the crash check.)
TEST(StoreOpenTest, RandomDamageNeverCrashes) {
  TempDir dir;
  std::string healthy = MakeStoreFile(dir, "healthy.db");
  {
    auto store = Store::Open(healthy);
    ASSERT_TRUE(store.ok());
    StorySummary story;
    story.headline = "A story";
    std::vector<StorySummary> stories = {story};
    ASSERT_TRUE(store->UpsertStories(stories).ok());
  }
  const std::string original = ReadBytes(healthy);
  int refused = 0;
  for (uint32_t seed = 1; seed <= 60; ++seed) {
    std::string bytes = original;
    uint32_t state = seed * 2654435761u;
    auto next = [&state] { return state = state * 1103515245u + 12345u; };
    // Half the seeds aim at the first page (header, schema), half anywhere.
    size_t span = seed % 2 ? 4096 : bytes.size();
    for (int flips = 0; flips < 8; ++flips) bytes[next() % span] ^= static_cast<char>(next() >> 24);
    std::string path = dir.File("damaged-" + std::to_string(seed) + ".db");
    WriteBytes(path, bytes);
    std::vector<Status> errors;
    auto store = Store::Open(path);
    if (!store.ok()) {
      errors.push_back(store.status());
    } else {
      auto count = store->ArticleCount();
      if (!count.ok()) errors.push_back(count.status());
      auto stories = store->ListStories({.min_size = 0});
      if (!stories.ok()) errors.push_back(stories.status());
      Status scan = store->ForEachArticle({}, [](const ArticleRecord&) { return true; });
      if (!scan.ok()) errors.push_back(scan);
      std::vector<ArticleRecord> batch = {MakeArticle(1000 + static_cast<int>(seed))};
      auto inserted = store->InsertArticles(batch);
      if (!inserted.ok()) errors.push_back(inserted.status());
    }
    for (const Status& error : errors) {
      EXPECT_TRUE(Mentions(error, path)) << "seed " << seed << ": " << error.ToString();
      EXPECT_EQ(error.code(), StatusCode::kInvalidInput) << error.ToString();
    }
    refused += errors.empty() ? 0 : 1;
  }
  EXPECT_GT(refused, 10);  // the damage is real: many variants must be caught
}

TEST(StoreOpenTest, VerifyAcceptsAHealthyStore) {
  TempDir dir;
  std::string path = MakeStoreFile(dir, "healthy.db");
  StoreOptions verify;
  verify.verify = true;
  verify.durability = Durability::kPowerLoss;
  auto store = Store::Open(path, verify);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(*store->ArticleCount(), 200);
}

}  // namespace
}  // namespace corroborate::store
