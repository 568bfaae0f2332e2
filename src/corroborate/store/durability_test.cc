// Durability under kill -9: a child process writes batches (articles + input progress in one
// transaction) and reports each commit through a pipe; the parent kills it with SIGKILL, then
// reopens the store and checks that it holds exactly the committed batches, none half-written,
// and that a resumed run adds no duplicates. Uses the default synchronous=NORMAL.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "corroborate/store/store.h"
#include "corroborate/store/test_util.h"

namespace corroborate::store {
namespace {

using testing::MakeArticle;
using testing::TempDir;

constexpr int kBatch = 40;
constexpr char kFingerprint[] = "test-input";

std::vector<ArticleRecord> BatchNumber(int b) {
  std::vector<ArticleRecord> batch;
  for (int i = b * kBatch; i < (b + 1) * kBatch; ++i) batch.push_back(MakeArticle(i, 3000));
  return batch;
}

// Child body: commits batches start, start+1, ...; writes each committed batch number to `fd`.
// At batch `stall_at` it inserts, sends -1 - stall_at, and waits to be killed mid-transaction.
[[noreturn]] void RunWriter(const std::string& path, int start, int stall_at, int fd) {
  auto store = Store::Open(path);
  if (!store.ok()) _exit(2);
  for (int b = start;; ++b) {
    auto tx = store->Begin();
    if (!tx.ok()) _exit(3);
    if (!store->InsertArticles(BatchNumber(b)).ok()) _exit(4);
    InputProgress progress{.fingerprint = kFingerprint, .path = "stream", .size = 1};
    progress.records_done = static_cast<int64_t>(b + 1) * kBatch;
    if (!store->RecordInput(progress).ok()) _exit(5);
    if (b == stall_at) {
      int mid = -1 - b;
      if (write(fd, &mid, sizeof mid) != sizeof mid) _exit(6);
      for (;;) pause();
    }
    if (!tx->Commit().ok()) _exit(7);
    if (write(fd, &b, sizeof b) != sizeof b) _exit(8);
  }
}

struct Child {
  pid_t pid;
  int read_fd;
};

Child StartWriter(const std::string& path, int start, int stall_at) {
  int fds[2];
  EXPECT_EQ(pipe(fds), 0);
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    RunWriter(path, start, stall_at, fds[1]);
  }
  close(fds[1]);
  return {pid, fds[0]};
}

// Reads one report; false at EOF (the child died).
bool ReadReport(const Child& child, int* value) {
  return read(child.read_fd, value, sizeof *value) == static_cast<ssize_t>(sizeof *value);
}

void Kill(const Child& child) {
  kill(child.pid, SIGKILL);
  int status = 0;
  waitpid(child.pid, &status, 0);
  close(child.read_fd);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
      << "the writer exited by itself with status " << status;
}

Store Reopen(const std::string& path) {
  StoreOptions verify;
  verify.verify = true;  // quick_check: the killed run left no damage
  auto store = Store::Open(path, verify);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return std::move(store).value();
}

TEST(DurabilityTest, KillMidTransactionKeepsExactlyTheCommittedBatches) {
  TempDir dir;
  std::string path = dir.File("corpus.db");
  Child child = StartWriter(path, 0, /*stall_at=*/3);
  std::vector<int> reports;
  int report = 0;
  while (ReadReport(child, &report)) {
    reports.push_back(report);
    if (report < 0) break;
  }
  ASSERT_EQ(reports, (std::vector<int>{0, 1, 2, -4}));
  Kill(child);

  Store store = Reopen(path);
  EXPECT_EQ(*store.ArticleCount(), 3 * kBatch);
  EXPECT_TRUE(store.FindArticle(BatchNumber(2).back().id).ok());
  EXPECT_EQ(store.FindArticle(BatchNumber(3).front().id).status().code(), StatusCode::kNotFound);
  auto progress = store.FindInput(kFingerprint);
  ASSERT_TRUE(progress.ok() && progress->has_value());
  EXPECT_EQ((*progress)->records_done, 3 * kBatch);  // progress and articles agree

  // A resumed run that replays from the start stores only what was missing.
  for (int b = 0; b < 5; ++b) {
    auto inserted = store.InsertArticles(BatchNumber(b));
    ASSERT_TRUE(inserted.ok());
    EXPECT_EQ(inserted->size(), b < 3 ? 0u : static_cast<size_t>(kBatch)) << "batch " << b;
  }
  EXPECT_EQ(*store.ArticleCount(), 5 * kBatch);
}

TEST(DurabilityTest, KillAtRandomMomentsThenResume) {
  TempDir dir;
  std::string path = dir.File("corpus.db");
  std::mt19937 rng(20261123);
  int64_t reported_total = 0;
  for (int round = 0; round < 6; ++round) {
    int64_t done = 0;
    if (round > 0) {
      Store store = Reopen(path);
      auto progress = store.FindInput(kFingerprint);
      ASSERT_TRUE(progress.ok() && progress->has_value());
      done = (*progress)->records_done;
    }
    Child child = StartWriter(path, static_cast<int>(done / kBatch), /*stall_at=*/-1);
    int first = 0;
    ASSERT_TRUE(ReadReport(child, &first)) << "the writer died before its first commit";
    int last = first;
    // Let it run a random while, then kill it wherever it is (inserting, committing,
    // checkpointing the WAL, or writing its report).
    std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 80));
    kill(child.pid, SIGKILL);
    int report = 0;
    while (ReadReport(child, &report)) last = report;  // reports already in the pipe
    Kill(child);
    reported_total = static_cast<int64_t>(last + 1) * kBatch;

    Store store = Reopen(path);
    int64_t count = *store.ArticleCount();
    // Everything reported is there; at most one more batch committed but not yet reported;
    // never a partial batch; the progress row matches the articles exactly.
    EXPECT_EQ(count % kBatch, 0) << "round " << round;
    EXPECT_GE(count, reported_total) << "round " << round;
    EXPECT_LE(count, reported_total + kBatch) << "round " << round;
    EXPECT_EQ((*store.FindInput(kFingerprint))->records_done, count) << "round " << round;
    EXPECT_EQ(*store.LastSeq(), count) << "no sequence gaps, so no row was added twice";
  }
  EXPECT_GT(reported_total, 6 * kBatch);
}

}  // namespace
}  // namespace corroborate::store
