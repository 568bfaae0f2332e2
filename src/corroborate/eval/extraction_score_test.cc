#include "corroborate/eval/extraction_score.h"

#include <gtest/gtest.h>

namespace corroborate::eval {
namespace {

TEST(WordTokens, KeepsCaseAndDropsPunctuation) {
  auto t = WordTokens("Hello, world_1! caf\xC3\xA9 \xE2\x80\x94 42");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0], "Hello");
  EXPECT_EQ(t[1], "world_1");
  EXPECT_EQ(t[2], "caf\xC3\xA9");
  EXPECT_EQ(t[3], "42");
}

TEST(ScoreBody, PerfectPartialAndEmpty) {
  const char* truth = "one two three four five six";
  PageCounts same = ScoreBody(truth, truth);
  EXPECT_DOUBLE_EQ(same.tp, 1.0);
  // Prediction keeps the first five words: shingles 1-2 of 3 match, none is false.
  PageCounts part = ScoreBody(truth, "one two three four five");
  EXPECT_NEAR(part.tp, 2.0 / 3, 1e-9);
  EXPECT_NEAR(part.fn, 1.0 / 3, 1e-9);
  EXPECT_DOUBLE_EQ(part.fp, 0.0);
  PageCounts empty = ScoreBody(truth, "");
  EXPECT_DOUBLE_EQ(empty.fn, 1.0);
  EXPECT_DOUBLE_EQ(empty.fp, 0.0);
  // Shorter than a shingle: the whole text is one shingle.
  EXPECT_DOUBLE_EQ(ScoreBody("a b", "a b").tp, 1.0);
}

TEST(Aggregate, EmptyOutputCostsRecallOnly) {
  Scores s = Aggregate({ScoreBody("a b c d e", "a b c d e"), ScoreBody("a b c d e", "")});
  EXPECT_DOUBLE_EQ(s.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
  EXPECT_NEAR(s.f1, 2 * 0.5 / 1.5, 1e-9);
}

TEST(DateTally, PrecisionOverOutputRecallOverAll) {
  DateTally t;
  t.Add("2020-01-02", "2020-01-02T10:00:00Z");
  t.Add("2020-01-03", "2020-01-04");
  t.Add("2020-01-05", "");
  t.Add("", "");  // no gold date, none output: counts nowhere
  Scores s = t.Get();
  EXPECT_DOUBLE_EQ(s.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.recall, 1.0 / 3);
  t.Add("", "2021-01-01");  // a date where there is none is a false positive
  EXPECT_DOUBLE_EQ(t.Get().precision, 1.0 / 3);
  EXPECT_DOUBLE_EQ(t.Get().recall, 1.0 / 3);
}

}  // namespace
}  // namespace corroborate::eval
