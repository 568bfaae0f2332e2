// The Store API on a real file: idempotent inserts, assignments, stories, inputs, transactions,
// and a reader beside a writer.
#include "corroborate/store/store.h"

#include <gtest/gtest.h>

#include "corroborate/store/test_util.h"

namespace corroborate::store {
namespace {

using testing::MakeArticle;
using testing::TempDir;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = Store::Open(dir_.File("corpus.db"));
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_.emplace(std::move(store).value());
  }
  std::vector<ArticleRecord> Batch(int from, int to) {
    std::vector<ArticleRecord> batch;
    for (int i = from; i < to; ++i) batch.push_back(MakeArticle(i));
    return batch;
  }
  Store& store() { return *store_; }

  TempDir dir_;
  std::optional<Store> store_;
};

TEST_F(StoreTest, InsertIsIdempotent) {
  auto batch = Batch(0, 50);
  auto first = store().InsertArticles(batch);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->size(), 50u);
  EXPECT_EQ((*first)[7], batch[7].id);
  auto second = store().InsertArticles(batch);
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(second->empty());
  EXPECT_EQ(*store().ArticleCount(), 50);
  EXPECT_EQ(*store().LastSeq(), 50);  // skipped rows consume no sequence number

  // Overlapping batch with a repeat inside it: only the 10 unseen ids are new, each once.
  auto overlap = Batch(45, 60);
  overlap.push_back(MakeArticle(59));
  auto third = store().InsertArticles(overlap);
  ASSERT_TRUE(third.ok());
  ASSERT_EQ(third->size(), 10u);
  EXPECT_EQ(third->front(), MakeArticle(50).id);
  EXPECT_EQ(*store().ArticleCount(), 60);

  // The stored row wins: a re-ingest with different text changes nothing.
  ArticleRecord changed = MakeArticle(3);
  changed.title = "Rewritten";
  std::vector<ArticleRecord> one = {changed};
  EXPECT_TRUE(store().InsertArticles(one)->empty());
  EXPECT_EQ(store().FindArticle(changed.id)->title, "Headline number 3");

  EXPECT_TRUE(store().InsertArticles({})->empty());
}

TEST_F(StoreTest, RoundTripsEveryField) {
  ArticleRecord a = MakeArticle(1);
  a.title = "Überschwemmung in Köln — 東京 \"quoted\" 'x'";
  a.authors_json = R"(["Zoë Ä", "B. O'Neil"])";
  a.date_publish = std::nullopt;
  a.minhash = {0, 1, 2, 255, 128};
  a.extra_json = R"({"tags":["flood"],"n":3})";
  std::vector<ArticleRecord> batch = {a};
  ASSERT_TRUE(store().InsertArticles(batch).ok());
  auto found = store().FindArticle(a.id);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->title, a.title);
  EXPECT_EQ(found->url, a.url);
  EXPECT_EQ(found->source_domain, a.source_domain);
  EXPECT_EQ(found->description, a.description);
  EXPECT_EQ(found->authors_json, a.authors_json);
  EXPECT_EQ(found->language, "en");
  EXPECT_EQ(found->date_publish, std::nullopt);
  EXPECT_EQ(found->date_status, "found");
  EXPECT_EQ(found->maintext, a.maintext);
  EXPECT_EQ(found->source, a.source);
  EXPECT_EQ(found->content_hash, a.content_hash);
  EXPECT_EQ(found->minhash, a.minhash);
  EXPECT_EQ(found->story_id, std::nullopt);
  EXPECT_EQ(found->duplicate_of, std::nullopt);
  EXPECT_EQ(found->extra_json, a.extra_json);
  EXPECT_EQ(found->ingested_seq, 1);

  auto missing = store().FindArticle("nope");
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST_F(StoreTest, BadArticlesRejectTheWholeBatch) {
  auto batch = Batch(0, 5);
  batch[3].authors_json = "[not json";
  auto result = store().InsertArticles(batch);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(result.status().message().find(batch[3].id), std::string::npos);
  EXPECT_EQ(*store().ArticleCount(), 0);  // atomic: the 3 good rows before it were rolled back

  batch = Batch(0, 2);
  batch[1].id = "";
  EXPECT_EQ(store().InsertArticles(batch).status().code(), StatusCode::kInvalidArgument);

  batch = Batch(0, 2);
  batch[1].story_id = 12345;  // no such story: refused at commit
  EXPECT_EQ(store().InsertArticles(batch).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(*store().ArticleCount(), 0);
}

TEST_F(StoreTest, StoriesAssignmentsAndDuplicates) {
  auto batch = Batch(0, 6);
  ASSERT_TRUE(store().InsertArticles(batch).ok());
  StorySummary flood;
  flood.headline = "Flood in the valley";
  flood.first_seen = "2026-11-02T08:00:00Z";
  flood.last_seen = "2026-11-03T10:00:00Z";
  StorySummary vote = flood;
  vote.headline = "Council vote";
  vote.first_seen = "2026-11-05T09:00:00Z";
  vote.last_seen = "2026-11-05T12:00:00Z";
  std::vector<StorySummary> stories = {flood, vote};
  auto ids = store().UpsertStories(stories);
  ASSERT_TRUE(ids.ok()) << ids.status().ToString();
  ASSERT_EQ(ids->size(), 2u);
  EXPECT_NE((*ids)[0], (*ids)[1]);
  const int64_t flood_id = (*ids)[0], vote_id = (*ids)[1];

  std::vector<Assignment> assignments = {
      {batch[4].id, flood_id, std::nullopt},
      {batch[1].id, flood_id, std::nullopt},
      {batch[2].id, flood_id, batch[1].id},  // a syndicated copy of article 1
      {batch[3].id, vote_id, std::nullopt},
  };
  ASSERT_TRUE(store().Assign(assignments).ok());
  auto members = store().StoryArticleIds(flood_id);
  ASSERT_TRUE(members.ok());
  EXPECT_EQ(*members, (std::vector<std::string>{batch[1].id, batch[2].id, batch[4].id}));
  auto records = store().StoryArticles(flood_id);
  ASSERT_EQ(records->size(), 3u);
  EXPECT_EQ((*records)[1].duplicate_of, batch[1].id);
  EXPECT_EQ((*records)[0].story_id, flood_id);
  EXPECT_EQ(store().StoryArticleIds(999).status().code(), StatusCode::kNotFound);

  std::vector<std::string> copies;
  ASSERT_TRUE(store()
                  .ForEachArticle({.duplicates_only = true},
                                  [&](const ArticleRecord& a) {
                                    copies.push_back(a.id);
                                    return true;
                                  })
                  .ok());
  EXPECT_EQ(copies, std::vector<std::string>{batch[2].id});
  EXPECT_EQ(*store().FindCopies(batch[1].id), std::vector<std::string>{batch[2].id});
  EXPECT_TRUE(store().FindCopies(batch[2].id)->empty());

  // Unknown article: nothing of the call applies.
  std::vector<Assignment> bad = {{batch[5].id, vote_id, std::nullopt},
                                 {"missing", vote_id, std::nullopt}};
  EXPECT_EQ(store().Assign(bad).code(), StatusCode::kNotFound);
  EXPECT_EQ(store().FindArticle(batch[5].id)->story_id, std::nullopt);
  // Unknown story or original: refused at commit.
  std::vector<Assignment> dangling = {{batch[5].id, 777, std::nullopt}};
  EXPECT_EQ(store().Assign(dangling).code(), StatusCode::kInvalidArgument);
  dangling = {{batch[5].id, std::nullopt, "no-such-original"}};
  EXPECT_EQ(store().Assign(dangling).code(), StatusCode::kInvalidArgument);
  dangling = {{batch[5].id, std::nullopt, batch[5].id}};  // a copy of itself
  EXPECT_EQ(store().Assign(dangling).code(), StatusCode::kInvalidArgument);

  // Deleting a story (a merge) unassigns its members.
  std::vector<int64_t> gone = {vote_id};
  ASSERT_TRUE(store().DeleteStories(gone).ok());
  EXPECT_EQ(store().FindStory(vote_id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store().FindArticle(batch[3].id)->story_id, std::nullopt);
  // ...and its id is never handed out again.
  std::vector<StorySummary> fresh = {StorySummary{}};
  EXPECT_GT(store().UpsertStories(fresh)->front(), vote_id);
}

TEST_F(StoreTest, ArticleIdsByStoryReadsManyStoriesAtOnce) {
  auto batch = Batch(0, 12);
  ASSERT_TRUE(store().InsertArticles(batch).ok());
  std::vector<StorySummary> stories(3);
  for (StorySummary& s : stories) s.size = 1;
  auto ids = store().UpsertStories(stories);
  ASSERT_TRUE(ids.ok());
  const int64_t odd = (*ids)[0], even = (*ids)[1], empty = (*ids)[2];
  // Assigned newest first, so arrival order has to come from the store, not from assignment.
  std::vector<Assignment> assignments;
  for (int i = 10; i >= 0; --i) {
    if (i == 7) continue;  // stays unassigned
    assignments.push_back({batch[i].id, i % 2 ? odd : even, std::nullopt});
  }
  ASSERT_TRUE(store().Assign(assignments).ok());

  const std::vector<int64_t> asked = {even, 999, odd, empty, even};
  auto by_story = store().ArticleIdsByStory(asked);
  ASSERT_TRUE(by_story.ok()) << by_story.status().ToString();
  using V = std::vector<std::string>;
  EXPECT_EQ(by_story->size(), 4u);  // one entry per distinct id asked for
  EXPECT_EQ(by_story->at(odd), (V{batch[1].id, batch[3].id, batch[5].id, batch[9].id}));
  EXPECT_EQ(by_story->at(even),
            (V{batch[0].id, batch[2].id, batch[4].id, batch[6].id, batch[8].id, batch[10].id}));
  EXPECT_TRUE(by_story->at(empty).empty());
  EXPECT_TRUE(by_story->at(999).empty());  // no such story: empty, not an error
  for (int64_t id : {odd, even, empty}) EXPECT_EQ(*store().StoryArticleIds(id), by_story->at(id));
  EXPECT_TRUE(store().ArticleIdsByStory({})->empty());

  // More stories than SQLite allows bound parameters in older builds (999): still one query.
  std::vector<StorySummary> many(1200);
  for (StorySummary& s : many) s.size = 1;
  auto many_ids = store().UpsertStories(many);
  ASSERT_TRUE(many_ids.ok());
  ASSERT_TRUE(store().InsertArticles(Batch(100, 1300)).ok());
  std::vector<Assignment> one_each;
  for (int i = 0; i < 1200; ++i) {
    one_each.push_back({MakeArticle(100 + i).id, (*many_ids)[i], std::nullopt});
  }
  ASSERT_TRUE(store().Assign(one_each).ok());
  auto all = store().ArticleIdsByStory(*many_ids);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 1200u);
  for (int i = 0; i < 1200; i += 199) {
    EXPECT_EQ(all->at((*many_ids)[i]), V{MakeArticle(100 + i).id}) << i;
  }
}

TEST_F(StoreTest, UpsertAndListStories) {
  ASSERT_TRUE(store().InsertArticles(Batch(0, 3)).ok());
  std::vector<StorySummary> stories;
  const char* days[] = {"2026-11-01", "2026-11-03", "2026-11-05", "2026-11-07"};
  for (int i = 0; i < 4; ++i) {
    StorySummary s;
    s.headline = "Story " + std::to_string(i);
    s.first_seen = std::string(days[i]) + "T06:00:00Z";
    s.last_seen = std::string(days[i]) + "T18:00:00Z";
    s.size = i + 1;
    s.outlet_count = i;
    s.duplicate_count = i / 2;
    stories.push_back(s);
  }
  StorySummary undated;
  undated.headline = "Undated";
  undated.size = 2;
  stories.push_back(undated);
  auto ids = store().UpsertStories(stories);
  ASSERT_TRUE(ids.ok());

  auto headlines = [&](const StoryFilter& filter) {
    std::vector<std::string> out;
    auto listed = store().ListStories(filter);  // named: a temporary would die before the loop
    EXPECT_TRUE(listed.ok());
    if (!listed.ok()) return out;
    for (const StorySummary& s : listed.value()) out.push_back(s.headline);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(headlines({}), (V{"Story 3", "Story 2", "Story 1", "Story 0", "Undated"}));
  EXPECT_EQ(headlines({.oldest_first = true}),
            (V{"Story 0", "Story 1", "Story 2", "Story 3", "Undated"}));
  EXPECT_EQ(headlines({.since = "2026-11-03"}), (V{"Story 3", "Story 2", "Story 1"}));
  EXPECT_EQ(headlines({.since = "2026-11-03", .until = "2026-11-06"}), (V{"Story 2", "Story 1"}));
  EXPECT_EQ(headlines({.min_size = 3}), (V{"Story 3", "Story 2"}));
  EXPECT_EQ(headlines({.limit = 2}), (V{"Story 3", "Story 2"}));

  auto stored = store().FindStory((*ids)[2]);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->outlet_count, 2);
  EXPECT_EQ(stored->duplicate_count, 1);
  EXPECT_EQ(stored->updated_seq, 3);  // the last ingested_seq when it was written

  // Update one story after more articles arrived: only it shows as updated.
  ASSERT_TRUE(store().InsertArticles(Batch(3, 5)).ok());
  StorySummary grown = *stored;
  grown.size = 10;
  grown.last_seen = "2026-11-09T00:00:00Z";
  std::vector<StorySummary> update = {grown};
  EXPECT_EQ(store().UpsertStories(update)->front(), grown.id);
  EXPECT_EQ(store().FindStory(grown.id)->size, 10);
  EXPECT_EQ(headlines({.updated_after_seq = 3}), V{"Story 2"});
}

TEST_F(StoreTest, InputProgress) {
  EXPECT_EQ(*store().FindInput("fp-1"), std::nullopt);
  InputProgress p{.fingerprint = "fp-1", .path = "day1.jsonl", .size = 1000, .mtime_ns = 42};
  p.records_done = 10;
  ASSERT_TRUE(store().RecordInput(p).ok());
  p.records_done = 25;
  p.finished = true;
  ASSERT_TRUE(store().RecordInput(p).ok());
  auto found = store().FindInput("fp-1");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->records_done, 25);
  EXPECT_TRUE((*found)->finished);
  EXPECT_EQ((*found)->path, "day1.jsonl");
  EXPECT_EQ((*found)->size, 1000);
  EXPECT_EQ((*found)->mtime_ns, 42);
  EXPECT_EQ((*found)->updated_at.size(), 24u);  // 2026-11-23T14:00:00.000Z
  EXPECT_EQ(store().RecordInput(InputProgress{}).code(), StatusCode::kInvalidArgument);
}

TEST_F(StoreTest, TransactionGroupsArticlesWithProgress) {
  InputProgress p{.fingerprint = "fp", .path = "in.warc", .size = 1, .mtime_ns = 1};
  {
    auto tx = store().Begin();
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(store().InsertArticles(Batch(0, 10)).ok());  // joins as a savepoint
    p.records_done = 10;
    ASSERT_TRUE(store().RecordInput(p).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  {
    auto tx = store().Begin();
    ASSERT_TRUE(store().InsertArticles(Batch(10, 20)).ok());
    p.records_done = 20;
    ASSERT_TRUE(store().RecordInput(p).ok());
  }  // abandoned: both the articles and the progress roll back
  EXPECT_EQ(*store().ArticleCount(), 10);
  EXPECT_EQ((*store().FindInput("fp"))->records_done, 10);
}

TEST_F(StoreTest, ContentHashAndScans) {
  auto batch = Batch(0, 4);
  batch[3].content_hash = batch[1].content_hash;  // an exact copy
  batch[2].content_hash = "";
  ASSERT_TRUE(store().InsertArticles(batch).ok());
  EXPECT_EQ(*store().FindByContentHash(batch[1].content_hash),
            (std::vector<std::string>{batch[1].id, batch[3].id}));
  EXPECT_TRUE(store().FindByContentHash("")->empty());

  std::vector<int64_t> seqs;
  ASSERT_TRUE(store()
                  .ForEachArticle({.after_seq = 1, .with_text = false},
                                  [&](const ArticleRecord& a) {
                                    EXPECT_TRUE(a.maintext.empty());
                                    EXPECT_FALSE(a.title.empty());
                                    seqs.push_back(a.ingested_seq);
                                    return seqs.size() < 2;  // stop after two
                                  })
                  .ok());
  EXPECT_EQ(seqs, (std::vector<int64_t>{2, 3}));
}

TEST_F(StoreTest, ReaderSeesOnlyCommittedDataWhileAWriterIsActive) {
  ASSERT_TRUE(store().InsertArticles(Batch(0, 5)).ok());
  StoreOptions read_only;
  read_only.read_only = true;
  auto reader = Store::Open(store().path(), read_only);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  EXPECT_TRUE(reader->read_only());
  {
    auto tx = store().Begin();
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(store().InsertArticles(Batch(5, 8)).ok());
    // The writer holds its lock; the reader is neither blocked nor shown uncommitted rows.
    auto count = reader->ArticleCount();
    ASSERT_TRUE(count.ok()) << count.status().ToString();
    EXPECT_EQ(*count, 5);
    EXPECT_EQ(reader->FindArticle(MakeArticle(6).id).status().code(), StatusCode::kNotFound);
    // A second writer waits, then gives up with a clear "busy" error.
    StoreOptions impatient;
    impatient.busy_timeout_ms = 50;
    auto other = Store::Open(store().path(), impatient);
    ASSERT_TRUE(other.ok()) << other.status().ToString();
    auto blocked = other->InsertArticles(Batch(100, 101));
    EXPECT_EQ(blocked.status().code(), StatusCode::kIoError);
    EXPECT_NE(blocked.status().message().find("busy"), std::string::npos);
    ASSERT_TRUE(tx->Commit().ok());
  }
  EXPECT_EQ(*reader->ArticleCount(), 8);
  EXPECT_TRUE(reader->FindArticle(MakeArticle(6).id).ok());
  // The read-only store refuses writes cleanly.
  EXPECT_EQ(reader->Begin().status().code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(reader->InsertArticles(Batch(200, 201)).ok());
  EXPECT_FALSE(reader->RecordInput({.fingerprint = "x"}).ok());
}

TEST_F(StoreTest, ReadOnlyOpenWithoutAnyWriter) {
  ASSERT_TRUE(store().InsertArticles(Batch(0, 3)).ok());
  std::string path = store().path();
  store_.reset();  // last connection closed: the WAL is checkpointed and removed
  StoreOptions read_only;
  read_only.read_only = true;
  auto reader = Store::Open(path, read_only);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  EXPECT_EQ(*reader->ArticleCount(), 3);
}

}  // namespace
}  // namespace corroborate::store
