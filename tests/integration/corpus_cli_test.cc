// End-to-end checks of the corpus commands: `ingest` on the example stories (text files) and a
// syndicated copy, then `stories`, `duplicates` and `compare --db` on the store; idempotent
// re-ingest; a foreign database file; usage errors.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli_test_util.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

using corroborate_test::Exec;
using corroborate_test::Lines;
using corroborate_test::RunResult;

class CorpusCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("corroborate_corpus_cli_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
    // The example stories' articles (their gold files are not articles).
    for (const char* story : {"river-flood", "courthouse-fugitive"}) {
      for (const auto& e : fs::directory_iterator(fs::path(CORROBORATE_EXAMPLES) / story)) {
        if (e.path().extension() == ".txt") {
          fs::copy_file(e.path(), dir_ / "in" / (std::string(story) + "-" +
                                                 e.path().filename().string()));
        }
      }
    }
    db_ = (dir_ / "corpus.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
  std::string db_;
};

TEST_F(CorpusCli, IngestPlacesEachExampleStoryApartAndIsIdempotent) {
  RunResult first = Exec("ingest -q --db " + db_ + " " + (dir_ / "in").string());
  ASSERT_EQ(first.exit_code, 0) << first.err;

  RunResult stories = Exec("stories --db " + db_ + " --format jsonl");
  ASSERT_EQ(stories.exit_code, 0) << stories.err;
  const std::vector<json> list = Lines(stories.out);
  ASSERT_GE(list.size(), 2u);
  size_t articles = 0;
  for (const json& s : list) {
    ASSERT_TRUE(s.contains("article_ids"));
    EXPECT_EQ(s["article_ids"].size(), s["size"].get<size_t>());
    articles += s["size"].get<size_t>();
  }
  EXPECT_EQ(articles, 14u);
  // The two biggest stories are the two events, each holding most of its articles.
  std::vector<size_t> sizes;
  for (const json& s : list) sizes.push_back(s["size"].get<size_t>());
  std::sort(sizes.rbegin(), sizes.rend());
  EXPECT_GE(sizes[0], 5u);
  EXPECT_GE(sizes[1], 5u);

  RunResult again = Exec("ingest --db " + db_ + " " + (dir_ / "in").string());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 new articles"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("(14 already ingested)"), std::string::npos) << again.err;

  RunResult csv = Exec("stories --db " + db_ + " --format csv");
  ASSERT_EQ(csv.exit_code, 0);
  EXPECT_EQ(csv.out.rfind("id,headline,size,outlets,duplicates,first_seen,last_seen\n", 0), 0u);
}

TEST_F(CorpusCli, SyndicatedCopyIsListedUnderItsOriginalAndComparedWithItsStory) {
  // A second outlet republishes the first article word for word, a day later.
  std::ofstream copy(dir_ / "copy.jsonl");
  std::ifstream original(fs::path(CORROBORATE_EXAMPLES) / "river-flood" / "01-wexley-gazette.txt");
  std::stringstream text;
  text << original.rdbuf();
  copy << json{{"url", "https://syndicator.example/news/levee"},
               {"title", "Wire: levee fails"},
               {"maintext", text.str()},
               {"date_publish", "2099-01-01"}}
              .dump()
       << "\n";
  copy.close();
  ASSERT_EQ(Exec("ingest -q --db " + db_ + " " + (dir_ / "in").string()).exit_code, 0);
  RunResult second = Exec("ingest -q --db " + db_ + " " + (dir_ / "copy.jsonl").string());
  ASSERT_EQ(second.exit_code, 0) << second.err;

  RunResult dups = Exec("duplicates --db " + db_ + " --format jsonl");
  ASSERT_EQ(dups.exit_code, 0) << dups.err;
  const std::vector<json> groups = Lines(dups.out);
  ASSERT_EQ(groups.size(), 1u) << dups.out;
  ASSERT_EQ(groups[0]["copies"].size(), 1u);
  EXPECT_EQ(groups[0]["copies"][0]["url"], "https://syndicator.example/news/levee");
  const std::string copy_id = groups[0]["copies"][0]["id"];

  // compare --article: the story of the copy, with the copy among its articles.
  RunResult report = Exec("compare --db " + db_ + " --article " + copy_id + " --format json");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  const json doc = json::parse(report.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded());
  ASSERT_TRUE(doc.contains("articles"));
  EXPECT_GE(doc["articles"].size(), 5u);
  bool has_copy = false;
  for (const json& a : doc["articles"]) {
    if (a.dump().find(copy_id) != std::string::npos) has_copy = true;
  }
  EXPECT_TRUE(has_copy);
}

// Many small articles on distinct invented events (so each is its own story and no two are
// copies), as JSON lines.
std::string WriteManyArticles(const fs::path& path, int n) {
  static const char* kWords[] = {"harbor", "council", "bridge", "vote", "storm", "school",
                                 "budget", "court", "market", "rail", "clinic", "museum",
                                 "river", "tower", "festival", "factory"};
  std::ofstream out(path);
  for (int i = 0; i < n; ++i) {
    std::string text;
    for (int s = 0; s < 6; ++s) {
      text += "Officials in Town" + std::to_string(i) + " said the " + kWords[(i + s) % 16] +
              " project number " + std::to_string(i * 7 + s) + " moved ahead on day " +
              std::to_string(i % 28 + 1) + " after talks with Group" + std::to_string(i * 3) +
              ". ";
    }
    out << json{{"url", "https://outlet" + std::to_string(i % 50) + ".example/a/" +
                            std::to_string(i)},
                {"title", "Town" + std::to_string(i) + " " + kWords[i % 16] + " news"},
                {"maintext", text}}
               .dump()
        << "\n";
  }
  return path.string();
}

TEST_F(CorpusCli, KilledIngestLosesNothingCommittedAndResumesWithoutDuplicates) {
  const int n = 3000;
  const std::string input = WriteManyArticles(dir_ / "many.jsonl", n);
  // Killed with SIGKILL after a moment (or not at all on a fast machine): either way, the next
  // run must end with every article stored exactly once. A reader runs alongside.
  const std::string killed = "timeout -s KILL 0.4 " + std::string(CORROBORATE_BIN) +
                             " ingest -q --commit-every 100 --db " + db_ + " " + input;
  ASSERT_NE(std::system((killed + " >/dev/null 2>&1").c_str()), -1);
  if (fs::exists(db_)) {
    RunResult during = Exec("stories --db " + db_ + " --format csv");
    EXPECT_EQ(during.exit_code, 0) << during.err;
  }
  RunResult resumed = Exec("ingest -q --commit-every 100 --db " + db_ + " " + input);
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  RunResult stories = Exec("stories --db " + db_ + " --format jsonl");
  ASSERT_EQ(stories.exit_code, 0) << stories.err;
  std::set<std::string> ids;
  size_t members = 0;
  for (const json& s : Lines(stories.out)) {
    for (const json& id : s["article_ids"]) {
      ids.insert(id.get<std::string>());
      ++members;
    }
  }
  EXPECT_EQ(members, static_cast<size_t>(n)) << "each article in exactly one story";
  EXPECT_EQ(ids.size(), static_cast<size_t>(n)) << "no article stored twice";
  RunResult again = Exec("ingest --db " + db_ + " " + input);
  EXPECT_NE(again.err.find("0 new articles"), std::string::npos) << again.err;
}

TEST_F(CorpusCli, ForeignDatabaseAndBadArgumentsAreClearErrors) {
  {
    std::ofstream junk(db_);
    junk << "this is a text file, not an SQLite database; it must not be touched\n";
  }
  RunResult ingest = Exec("ingest -q --db " + db_ + " " + (dir_ / "in").string());
  EXPECT_EQ(ingest.exit_code, 1);
  EXPECT_NE(ingest.err.find(db_), std::string::npos) << ingest.err;
  RunResult stories = Exec("stories --db " + db_);
  EXPECT_EQ(stories.exit_code, 1);
  EXPECT_NE(stories.err.find(db_), std::string::npos) << stories.err;

  EXPECT_EQ(Exec("compare --db " + db_).exit_code, 2);         // neither --story nor --article
  EXPECT_EQ(Exec("compare --story 3").exit_code, 2);           // --story needs --db
  EXPECT_EQ(Exec("stories --format xml").exit_code, 2);
  RunResult missing = Exec("stories --db " + (dir_ / "none.db").string());
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("none.db"), std::string::npos) << missing.err;
}

}  // namespace
