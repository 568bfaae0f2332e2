#include "corroborate/store/input_fingerprint.h"

#include <gtest/gtest.h>

#include "corroborate/store/test_util.h"

namespace corroborate::store {
namespace {

using testing::TempDir;
using testing::WriteBytes;

TEST(InputFingerprintTest, SameContentSameFingerprintAnywhere) {
  TempDir dir;
  std::string body(3000, 'a');
  body += "middle";
  body += std::string(3000, 'z');
  WriteBytes(dir.File("a.jsonl"), body);
  WriteBytes(dir.File("copy.jsonl"), body);
  auto a = FingerprintInput(dir.File("a.jsonl"), {.sample_bytes = 1000});
  auto copy = FingerprintInput(dir.File("copy.jsonl"), {.sample_bytes = 1000});
  ASSERT_TRUE(a.ok() && copy.ok());
  EXPECT_EQ(a->fingerprint, copy->fingerprint);
  EXPECT_EQ(a->fingerprint.rfind("v1:6006:", 0), 0u) << a->fingerprint;
  EXPECT_EQ(a->size, 6006);
  EXPECT_EQ(a->path, dir.File("a.jsonl"));
  EXPECT_GT(a->mtime_ns, 0);
  EXPECT_EQ(a->records_done, 0);
}

TEST(InputFingerprintTest, ChangesWithHeadTailOrSize) {
  TempDir dir;
  std::string body(5000, 'x');
  WriteBytes(dir.File("f"), body);
  std::string base = FingerprintInput(dir.File("f"), {.sample_bytes = 1000})->fingerprint;
  std::string tail_changed = body;
  tail_changed[4999] = 'y';
  WriteBytes(dir.File("f"), tail_changed);
  EXPECT_NE(FingerprintInput(dir.File("f"), {.sample_bytes = 1000})->fingerprint, base);
  WriteBytes(dir.File("f"), body + "appended");
  EXPECT_NE(FingerprintInput(dir.File("f"), {.sample_bytes = 1000})->fingerprint, base);
  // Outside the samples, by design, a change of the same size goes unnoticed.
  std::string middle_changed = body;
  middle_changed[2500] = 'y';
  WriteBytes(dir.File("f"), middle_changed);
  EXPECT_EQ(FingerprintInput(dir.File("f"), {.sample_bytes = 1000})->fingerprint, base);
}

TEST(InputFingerprintTest, EmptyMissingAndNonRegular) {
  TempDir dir;
  WriteBytes(dir.File("empty"), "");
  auto empty = FingerprintInput(dir.File("empty"));
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->fingerprint.rfind("v1:0:", 0), 0u);
  auto missing = FingerprintInput(dir.File("missing"));
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find(dir.File("missing")), std::string::npos);
  EXPECT_EQ(FingerprintInput(dir.path()).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace corroborate::store
