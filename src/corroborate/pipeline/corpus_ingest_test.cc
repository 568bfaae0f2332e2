#include "corroborate/pipeline/corpus_ingest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

namespace corroborate::pipeline {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const char* kQuakeA =
    "A magnitude 6.1 earthquake struck near the coastal town of Marlow Bay on Tuesday, the "
    "regional seismic office said. Mayor Ellen Drayce said two schools were damaged and 14 people "
    "were hurt when the old market hall partly collapsed. Rescue teams from Kestrel County "
    "searched "
    "the rubble through the night. The quake was felt as far away as Port Aldine.";
const char* kQuakeB =
    "Fourteen people were injured in Marlow Bay after a 6.1-magnitude quake shook the coast on "
    "Tuesday. Ellen Drayce, the town's mayor, told reporters the market hall roof fell in and two "
    "schools will stay shut. Crews from Kestrel County worked overnight, and residents in Port "
    "Aldine also reported shaking.";
const char* kFireA =
    "A warehouse fire in the river district of Tolbeck forced 300 residents from their homes on "
    "Saturday, fire chief Ramon Iguarra said. Firefighters from three stations battled the blaze "
    "at the Hanley Paper plant for six hours. No one was killed, but two firefighters were treated "
    "for smoke inhalation at St. Ives Hospital.";
const char* kFireB =
    "Fire chief Ramon Iguarra said the blaze at the Hanley Paper plant in Tolbeck was under "
    "control by Saturday evening. About 300 people left their homes in the river district as "
    "smoke spread; two firefighters went to St. Ives Hospital with smoke inhalation.";

json Line(const std::string& url, const std::string& title, const std::string& text,
          const std::string& date) {
  return {{"url", url}, {"title", title}, {"maintext", text}, {"date_publish", date}};
}

class CorpusIngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("corpus_ingest_test_" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "c.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::vector<json>& lines) {
    const std::string path = (dir_ / name).string();
    std::ofstream out(path);
    for (const json& j : lines) out << j.dump() << "\n";
    return path;
  }

  Result<IngestSummary> Ingest(const std::vector<std::string>& inputs, int jobs = 1,
                               const std::string& db = "") {
    IngestOptions options;
    options.commit_every = 2;
    options.extract.jobs = jobs;
    return RunIngest(db.empty() ? db_ : db, inputs, options);
  }

  // Each stored article as "url story duplicate-of-url", sorted.
  std::vector<std::string> Placements(const std::string& db) {
    auto store = store::Store::Open(db, {.read_only = true});
    EXPECT_TRUE(store.ok());
    if (!store.ok()) return {};
    std::map<std::string, std::string> url_of;
    std::vector<store::ArticleRecord> rows;
    EXPECT_TRUE(store
                    ->ForEachArticle({}, [&](const store::ArticleRecord& a) {
                      url_of[a.id] = a.url;
                      rows.push_back(a);
                      return true;
                    })
                    .ok());
    std::vector<std::string> out;
    for (const auto& a : rows) {
      out.push_back(a.url + " " + std::to_string(a.story_id.value_or(0)) + " " +
                    (a.duplicate_of ? url_of[*a.duplicate_of] : "-"));
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  fs::path dir_;
  std::string db_;
};

TEST_F(CorpusIngestTest, StoriesSeparateEventsAndCopiesJoinTheirOriginal) {
  const std::string day1 = Write(
      "day1.jsonl",
      {Line("https://one.example/quake", "Quake hits Marlow Bay", kQuakeA, "2024-03-05"),
       Line("https://two.example/fire", "Tolbeck warehouse fire", kFireA, "2024-03-09"),
       Line("https://three.example/quake-hurt", "14 hurt in Marlow Bay quake", kQuakeB,
            "2024-03-05"),
       Line("https://four.example/wire/quake", "Quake hits Marlow Bay", kQuakeA, "2024-03-06"),
       Line("https://five.example/fire-control", "Tolbeck fire under control", kFireB,
            "2024-03-09")});
  auto run = Ingest({day1});
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->stored, 5u);
  EXPECT_EQ(run->placed.duplicates, 1u);

  auto store = store::Store::Open(db_, {.read_only = true});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto stories = store->ListStories();
  ASSERT_TRUE(stories.ok());
  ASSERT_EQ(stories->size(), 2u) << "two events, two stories";
  std::map<std::string, int64_t> story_of;
  std::string wire_original;
  ASSERT_TRUE(store
                  ->ForEachArticle({}, [&](const store::ArticleRecord& a) {
                    story_of[a.url] = a.story_id.value_or(-1);
                    if (a.url == "https://four.example/wire/quake") {
                      wire_original = a.duplicate_of.value_or("");
                    }
                    return true;
                  })
                  .ok());
  EXPECT_EQ(story_of["https://one.example/quake"], story_of["https://three.example/quake-hurt"]);
  EXPECT_EQ(story_of["https://one.example/quake"], story_of["https://four.example/wire/quake"]);
  EXPECT_EQ(story_of["https://two.example/fire"], story_of["https://five.example/fire-control"]);
  EXPECT_NE(story_of["https://one.example/quake"], story_of["https://two.example/fire"]);
  auto original = store->FindArticle(wire_original);
  ASSERT_TRUE(original.ok()) << "the copy points to a stored original";
  EXPECT_EQ(original->url, "https://one.example/quake");  // the earlier copy
  for (const store::StorySummary& s : *stories) {
    if (s.id != story_of["https://one.example/quake"]) continue;
    EXPECT_EQ(s.size, 3);
    EXPECT_EQ(s.duplicate_count, 1);
    EXPECT_EQ(s.outlet_count, 3);
  }
}

TEST_F(CorpusIngestTest, IngestingTwiceAddsNothingAndStateSurvivesReopening) {
  const std::string day1 = Write(
      "day1.jsonl", {Line("https://one.example/quake", "Quake hits Marlow Bay", kQuakeA,
                          "2024-03-05"),
                     Line("https://two.example/fire", "Tolbeck warehouse fire", kFireA,
                          "2024-03-09")});
  auto first = Ingest({day1});
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->stored, 2u);

  auto again = Ingest({day1});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->inputs_skipped, 1u);
  EXPECT_EQ(again->stored, 0u);
  EXPECT_EQ(again->replayed, 2u);

  // The same articles under another file name, plus a copy and a follow-up: the state rebuilt
  // from the store places them as the first run would have.
  const std::string day2 = Write(
      "day2.jsonl",
      {Line("https://one.example/quake", "Quake hits Marlow Bay", kQuakeA, "2024-03-05"),
       Line("https://six.example/quake-copy", "Quake hits Marlow Bay", kQuakeA, "2024-03-07"),
       Line("https://five.example/fire-control", "Tolbeck fire under control", kFireB,
            "2024-03-09")});
  auto third = Ingest({day2});
  ASSERT_TRUE(third.ok()) << third.status().ToString();
  EXPECT_EQ(third->already_stored, 1u);
  EXPECT_EQ(third->stored, 2u);
  EXPECT_EQ(third->placed.duplicates, 1u);

  auto store = store::Store::Open(db_, {.read_only = true});
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(*store->ArticleCount(), 4);
  auto stories = store->ListStories();
  ASSERT_TRUE(stories.ok());
  EXPECT_EQ(stories->size(), 2u);
}

TEST_F(CorpusIngestTest, TheEarliestPublishedCopyIsTheOriginalEvenOnTheSameDay) {
  // The later copy arrives first (another run, another file); the copy published 20 minutes
  // earlier arrives next and becomes the original.
  const std::string late = Write(
      "late.jsonl", {Line("https://late.example/q", "Quake", kQuakeA, "2024-03-05T09:50:00Z")});
  const std::string early = Write(
      "early.jsonl", {Line("https://early.example/q", "Quake", kQuakeA, "2024-03-05T09:30:00Z")});
  ASSERT_TRUE(Ingest({late}).ok());
  auto second = Ingest({early});
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(second->placed.duplicates, 1u);
  auto store = store::Store::Open(db_, {.read_only = true});
  ASSERT_TRUE(store.ok());
  std::map<std::string, store::ArticleRecord> by_url;
  ASSERT_TRUE(store
                  ->ForEachArticle({}, [&](const store::ArticleRecord& a) {
                    by_url[a.url] = a;
                    return true;
                  })
                  .ok());
  const store::ArticleRecord& e = by_url["https://early.example/q"];
  const store::ArticleRecord& l = by_url["https://late.example/q"];
  EXPECT_FALSE(e.duplicate_of.has_value());
  ASSERT_TRUE(l.duplicate_of.has_value());
  EXPECT_EQ(*l.duplicate_of, e.id);
  EXPECT_EQ(e.story_id, l.story_id);
  EXPECT_FALSE(e.content_hash.empty());
  EXPECT_EQ(e.content_hash, l.content_hash);  // exact copies share the key
}

// Signatures and features are computed on --jobs threads; placing stays in arrival order, so
// the stories, their ids and the copy links are the same with 1 or 3 threads, through a restart.
TEST_F(CorpusIngestTest, ThreadsDoNotChangeTheStoriesOrLinks) {
  const char* texts[] = {kQuakeA, kQuakeB, kFireA, kFireB};
  std::vector<json> first, second;
  for (int i = 0; i < 24; ++i) {
    const std::string day = "2024-03-0" + std::to_string(5 + i % 4) + "T1" +
                            std::to_string(i % 10) + ":00:00Z";
    json line = Line("https://o" + std::to_string(i % 7) + ".example/a" + std::to_string(i),
                     "Report " + std::to_string(i), texts[i % 4], day);
    (i < 12 ? first : second).push_back(line);
  }
  const std::string a = Write("a.jsonl", first);
  const std::string b = Write("b.jsonl", second);
  const std::string db3 = (dir_ / "three.db").string();
  for (const std::string& in : {a, b}) {
    ASSERT_TRUE(Ingest({in}, 1).ok());
    ASSERT_TRUE(Ingest({in}, 3, db3).ok());
  }
  const std::vector<std::string> one = Placements(db_);
  ASSERT_EQ(one.size(), 24u);
  EXPECT_EQ(Placements(db3), one);
  size_t copies = 0;
  for (const std::string& p : one) copies += p.back() != '-';
  EXPECT_EQ(copies, 20u);  // each text is stored 6 times: one original and 5 copies
}

TEST_F(CorpusIngestTest, ForeignFileIsAnErrorNamingIt) {
  {
    std::ofstream out(db_);
    out << "not a database at all, just some text that is long enough to be read";
  }
  const std::string day1 =
      Write("day1.jsonl", {Line("https://one.example/q", "Q", kQuakeA, "2024-03-05")});
  auto run = Ingest({day1});
  ASSERT_FALSE(run.ok());
  EXPECT_NE(run.status().message().find(db_), std::string::npos) << run.status().message();
}

TEST_F(CorpusIngestTest, BadInputsAreDiagnosticsAndTheRestIsStored) {
  const std::string good =
      Write("good.jsonl", {Line("https://one.example/q", "Quake", kQuakeA, "2024-03-05")});
  const std::string bad = (dir_ / "junk.bin").string();
  {
    std::ofstream out(bad, std::ios::binary);
    out << std::string("\x00\x01\x02\xff\xfe", 5);
  }
  auto run = Ingest({bad, good});
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->stored, 1u);
  EXPECT_FALSE(run->extract.diagnostics.empty());
}

}  // namespace
}  // namespace corroborate::pipeline
