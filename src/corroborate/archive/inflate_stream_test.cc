#include "corroborate/archive/inflate_stream.h"

#include <gtest/gtest.h>

#include <string>

#include "corroborate/archive/archive_test_util.h"

namespace corroborate::archive {
namespace {

using testing::Compress;

// Reads the whole stream, collecting errors; `step` bytes are consumed at a time.
std::string Drain(InflateStream* s, std::vector<Status>* errors, size_t step = 7) {
  std::string out;
  for (int guard = 0; guard < 1000000; ++guard) {
    Result<std::string_view> v = s->Peek(step);
    if (!v.ok()) {
      errors->push_back(v.status());
      continue;
    }
    if (v->empty()) break;
    const size_t take = std::min(step, v->size());
    out.append(v->substr(0, take));
    s->Consume(take);
  }
  return out;
}

InflateOptions Small() {
  InflateOptions o;
  o.buffer_bytes = 64;  // forces every boundary case through refills and window slides
  return o;
}

TEST(InflateStreamTest, PlainBytesPassThrough) {
  const std::string text = "plain text, not gzip\n" + std::string(500, 'x');
  InflateStream s(MakeStringSource(text), Small());
  std::vector<Status> errors;
  EXPECT_EQ(Drain(&s, &errors), text);
  EXPECT_TRUE(errors.empty());
  EXPECT_FALSE(s.gzip());
  EXPECT_EQ(s.member_offset(), 0u);
  EXPECT_TRUE(s.AtEnd());
  EXPECT_EQ(s.bytes_in(), text.size());
}

TEST(InflateStreamTest, EmptyInput) {
  InflateStream s(MakeStringSource(""));
  Result<std::string_view> v = s.Peek(1);
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->empty());
  EXPECT_TRUE(s.AtEnd());
}

TEST(InflateStreamTest, MembersAreConcatenatedAndTheirOffsetsKnown) {
  const std::string a = "first member\n", b(300, 'b'), c = "third\n";
  const std::string ga = Compress(a), gb = Compress(b), gc = Compress(c);
  InflateStream s(MakeStringSource(ga + gb + gc), Small());
  ASSERT_TRUE(s.Peek(1).ok());
  EXPECT_TRUE(s.gzip());
  EXPECT_TRUE(s.AtMemberStart());
  EXPECT_EQ(s.member_offset(), 0u);
  // Walk to the start of b.
  std::vector<Status> errors;
  size_t read = 0;
  while (read < a.size()) {
    Result<std::string_view> v = s.Peek(1);
    ASSERT_TRUE(v.ok());
    const size_t take = std::min(v->size(), a.size() - read);
    s.Consume(take);
    read += take;
  }
  ASSERT_TRUE(s.Peek(1).ok());
  EXPECT_TRUE(s.AtMemberStart());
  EXPECT_EQ(s.member_offset(), ga.size());
  s.Consume(1);
  EXPECT_FALSE(s.AtMemberStart());
  EXPECT_EQ(s.member_offset(), ga.size());
  EXPECT_EQ(Drain(&s, &errors), b.substr(1) + c);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(s.bytes_in(), ga.size() + gb.size() + gc.size());
}

TEST(InflateStreamTest, DistanceToNextMember) {
  const std::string ga = Compress("abc"), gb = Compress("defg");
  InflateStream s(MakeStringSource(ga + gb));
  ASSERT_TRUE(s.Peek(7).ok());
  EXPECT_EQ(s.DistanceToNextMember(), 3u);
  s.Consume(3);
  EXPECT_EQ(s.DistanceToNextMember(), InflateStream::kNoMember);
  EXPECT_EQ(s.position(), 3u);
}

TEST(InflateStreamTest, CorruptMemberIsReportedAndTheNextOneRead) {
  std::string bad = Compress(std::string(200, 'q'));
  for (size_t i = 12; i < bad.size() - 8; ++i) bad[i] = static_cast<char>(0xff);
  const std::string good = Compress("after the damage\n");
  InflateStream s(MakeStringSource(Compress("before\n") + bad + good), Small());
  std::vector<Status> errors;
  const std::string out = Drain(&s, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code(), StatusCode::kInvalidInput);
  EXPECT_NE(errors[0].message().find("corrupt gzip member at offset"), std::string::npos);
  EXPECT_EQ(out.rfind("before\n", 0), 0u);
  EXPECT_NE(out.find("after the damage\n"), std::string::npos);
}

TEST(InflateStreamTest, CutMemberRunningIntoTheNextIsResynced) {
  const std::string cut = Compress(std::string(5000, 'z') + "tail").substr(0, 15);
  const std::string next = Compress("next member\n");
  InflateStream s(MakeStringSource(cut + next));
  std::vector<Status> errors;
  const std::string out = Drain(&s, &errors);
  EXPECT_EQ(errors.size(), 1u);
  EXPECT_NE(out.find("next member\n"), std::string::npos);
}

TEST(InflateStreamTest, TruncatedLastMember) {
  const std::string g = Compress(std::string(1000, 'a') + "end");
  InflateStream s(MakeStringSource(g.substr(0, g.size() - 4)), Small());
  std::vector<Status> errors;
  Drain(&s, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message().find("truncated"), std::string::npos) << errors[0].message();
  EXPECT_TRUE(s.AtEnd());
}

TEST(InflateStreamTest, GarbageBetweenMembersIsReportedZeroPaddingIsNot) {
  const std::string a = Compress("one\n"), b = Compress("two\n");
  {
    InflateStream s(MakeStringSource(a + "garbage!" + b + std::string(10, '\0')));
    std::vector<Status> errors;
    EXPECT_EQ(Drain(&s, &errors), "one\ntwo\n");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(
        errors[0].message().find("8 bytes that are not gzip at offset " + std::to_string(a.size())),
        std::string::npos)
        << errors[0].message();
  }
  {
    InflateStream s(MakeStringSource(a + b + "zz"));
    std::vector<Status> errors;
    EXPECT_EQ(Drain(&s, &errors), "one\ntwo\n");
    EXPECT_EQ(errors.size(), 1u);
  }
}

TEST(InflateStreamTest, OversizedMemberIsAZipBombAndSkipped) {
  InflateOptions o;
  o.max_member_bytes = 1 << 20;
  const std::string bomb = Compress(std::string(8 << 20, '\0'));
  InflateStream s(MakeStringSource(bomb + Compress("survivor\n")), o);
  std::vector<Status> errors;
  const std::string out = Drain(&s, &errors, 1 << 16);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code(), StatusCode::kTooLarge);
  EXPECT_LE(out.size(), (2u << 20));
  EXPECT_NE(out.find("survivor\n"), std::string::npos);
}

TEST(InflateStreamTest, SkipDiscardsAcrossMembersAndSeeksPlainInput) {
  const std::string ga = Compress(std::string(1000, 'a')), gb = Compress("bbbb");
  InflateStream s(MakeStringSource(ga + gb), Small());
  Result<uint64_t> skipped = s.Skip(1002);
  ASSERT_TRUE(skipped.ok());
  EXPECT_EQ(*skipped, 1002u);
  std::vector<Status> errors;
  EXPECT_EQ(Drain(&s, &errors), "bb");
  InflateStream plain(MakeStringSource("0123456789"), Small());
  skipped = plain.Skip(4);
  ASSERT_TRUE(skipped.ok());
  EXPECT_EQ(Drain(&plain, &errors), "456789");
  EXPECT_EQ(plain.Skip(5).value(), 0u);
}

TEST(InflateStreamTest, PeekGrowsTheWindowBeyondTheBuffer) {
  const std::string text(1000, 'w');
  InflateStream s(MakeStringSource(Compress(text)), Small());
  Result<std::string_view> v = s.Peek(900);
  ASSERT_TRUE(v.ok());
  EXPECT_GE(v->size(), 900u);
}

}  // namespace
}  // namespace corroborate::archive
