#include "corroborate/cluster/story_clusterer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "corroborate/text/analyzer.h"

namespace corroborate::cluster {
namespace {

// Hand-written fixtures: two earthquakes (different places, dates, officials) told by three
// outlets each, and one unrelated court story told twice.
const char* const kTexts[] = {
    // Quake A
    "A magnitude 6.1 earthquake struck the town of Korvala in Danmere province on March 3, 2011, "
    "killing at least 12 people.\nGovernor Elsa Brandvik said rescue teams were searching "
    "collapsed buildings in Korvala overnight.\nThe quake was felt across Danmere.",
    "Rescuers dug through rubble in Korvala after Thursday's 6.1 quake, which Governor Elsa "
    "Brandvik said left 12 people dead.\nThe earthquake hit Danmere province on March 3, 2011.\n"
    "Aftershocks rattled the region.",
    "Twelve people died when an earthquake of magnitude 6.1 shook Korvala, officials in Danmere "
    "said.\nBrandvik, the provincial governor, declared an emergency in Korvala.\nSchools in "
    "Danmere will stay closed.",
    // Quake B
    "A 5.4 magnitude earthquake hit the coastal city of Port Tessaly in Oranje Bay on August 19, "
    "2014, injuring 40 people.\nMayor Tomas Quillen said power was cut across Port Tessaly.\nThe "
    "quake damaged the harbour.",
    "Mayor Tomas Quillen asked residents of Port Tessaly to stay outdoors after the 5.4 quake of "
    "August 19, 2014.\nForty people were injured in Oranje Bay, officials said.\nAftershocks "
    "continued through the night.",
    "The earthquake that shook Port Tessaly injured 40 people, Quillen said.\nEngineers inspected "
    "the harbour in Oranje Bay for damage.\nThe 5.4 tremor struck on August 19, 2014.",
    // A court story
    "A judge in Halberg sentenced Viktor Amsel to ten years in prison for fraud on May 2, 2012.\n"
    "Amsel's lawyer, Ines Roloff, said he would appeal.",
    "Viktor Amsel was sentenced to ten years for fraud by a Halberg court, his lawyer Ines Roloff "
    "said.\nThe sentence was handed down on May 2, 2012.",
};
const int kGold[] = {0, 0, 0, 1, 1, 1, 2, 2};
constexpr size_t kCount = sizeof(kGold) / sizeof(kGold[0]);

std::vector<ArticleFeatures> Features() {
  text::Analyzer analyzer;
  std::vector<ArticleFeatures> out;
  for (size_t i = 0; i < kCount; ++i) {
    Article a;
    a.id = std::to_string(i);
    a.text = kTexts[i];
    a.NormalizeRemoved();
    out.push_back(BuildFeatures(a, &analyzer));
  }
  return out;
}

// The story of each article (indexed like kTexts) when streamed in `order`.
std::vector<int64_t> Cluster(const std::vector<ArticleFeatures>& f,
                             const std::vector<size_t>& order) {
  StoryClusterer clusterer;
  std::vector<int64_t> story(f.size(), -1);
  for (size_t i : order) story[i] = clusterer.Assign(f[i]).story;
  for (int64_t& s : story) s = clusterer.Resolve(s);
  return story;
}

// True when `story` induces exactly the gold partition.
bool MatchesGold(const std::vector<int64_t>& story) {
  std::map<int64_t, int> gold_of;
  std::map<int, int64_t> story_of;
  for (size_t i = 0; i < kCount; ++i) {
    auto [g, g_new] = gold_of.emplace(story[i], kGold[i]);
    auto [s, s_new] = story_of.emplace(kGold[i], story[i]);
    if (g->second != kGold[i] || s->second != story[i]) return false;
  }
  return true;
}

TEST(StoryClustererTest, RewritesJoinAndTwoQuakesStayApart) {
  const auto f = Features();
  std::vector<size_t> order(kCount);
  for (size_t i = 0; i < kCount; ++i) order[i] = i;
  const auto story = Cluster(f, order);
  EXPECT_EQ(story[0], story[1]);
  EXPECT_EQ(story[0], story[2]);
  EXPECT_EQ(story[3], story[4]);
  EXPECT_EQ(story[3], story[5]);
  EXPECT_NE(story[0], story[3]);
  EXPECT_EQ(story[6], story[7]);
  EXPECT_NE(story[6], story[0]);
  EXPECT_NE(story[6], story[3]);
}

TEST(StoryClustererTest, PartitionDoesNotDependOnOrder) {
  const auto f = Features();
  std::vector<size_t> order(kCount);
  for (size_t i = 0; i < kCount; ++i) order[i] = i;
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(order.begin(), order.end(), rng);
    EXPECT_TRUE(MatchesGold(Cluster(f, order))) << "round " << round;
  }
}

TEST(StoryClustererTest, FirstArticleStartsAStoryAndResolveIsIdentity) {
  const auto f = Features();
  StoryClusterer clusterer;
  const Assignment a = clusterer.Assign(f[0]);
  EXPECT_TRUE(a.started);
  EXPECT_EQ(a.candidates, 0u);
  EXPECT_EQ(clusterer.Resolve(a.story), a.story);
  const Assignment b = clusterer.Assign(f[1]);
  EXPECT_FALSE(b.started);
  EXPECT_EQ(b.story, a.story);
  EXPECT_GE(b.score, ClustererOptions().threshold);
  EXPECT_EQ(clusterer.live_stories(), 1u);
  EXPECT_EQ(clusterer.articles(), 2u);
}

ArticleFeatures Hand(Bag text, Bag names) {
  ArticleFeatures f;
  f.spaces[static_cast<int>(Space::kText)] = std::move(text);
  f.spaces[static_cast<int>(Space::kEntity)] = std::move(names);
  return f;
}

// Two stories start apart; an article naming both of their people in both of their words links
// them strongly and merges them.
TEST(StoryClustererTest, ArticleLinkingTwoStoriesMergesThem) {
  ClustererOptions o;
  o.threshold = 0.3;
  o.merge_threshold = 0.4;
  StoryClusterer c(o);
  const auto noise = [](int i) {
    return Hand({{"filler" + std::to_string(i), 1}}, {{"someone" + std::to_string(i), 1}});
  };
  for (int i = 0; i < 5; ++i) c.Assign(noise(i));  // gives the shared features real IDF
  const Assignment a = c.Assign(Hand({{"alpha", 1}, {"beta", 1}}, {{"ann", 1}}));
  const Assignment b = c.Assign(Hand({{"gamma", 1}, {"delta", 1}}, {{"bob", 1}}));
  ASSERT_TRUE(a.started);
  ASSERT_TRUE(b.started);
  const Assignment link = c.Assign(
      Hand({{"alpha", 1}, {"beta", 1}, {"gamma", 1}, {"delta", 1}}, {{"ann", 1}, {"bob", 1}}));
  EXPECT_FALSE(link.started);
  ASSERT_EQ(link.merged.size(), 1u);
  EXPECT_EQ(c.Resolve(a.story), c.Resolve(b.story));
  EXPECT_EQ(c.Resolve(link.merged[0]), link.story);
  EXPECT_EQ(c.live_stories(), 6u);
}

// Two events of one kind on one day: the same words and the same date, but no name or place in
// common. Without the identity rule the words and the date carry the second article into the
// first story; with it, it starts its own. Sharing a place is enough to join.
TEST(StoryClustererTest, SameWordsAndDayButOtherNamesAndPlacesIsAnotherEvent) {
  const auto article = [](Bag names, Bag places) {
    ArticleFeatures f = Hand({{"fire", 2}, {"warehouse", 2}, {"blaze", 1}, {"firefighters", 1}},
                             std::move(names));
    f.spaces[static_cast<int>(Space::kPlace)] = std::move(places);
    f.spaces[static_cast<int>(Space::kWhen)] = {{"d:2026-03-04", 1}};
    return f;
  };
  const auto first = article({{"ann", 1}}, {{"northport", 1}});
  const auto other = article({{"bob", 1}}, {{"eastbury", 1}});
  const auto same_place = article({{"cid", 1}}, {{"northport", 1}});

  ClustererOptions on;
  on.min_norm = 0;  // plain cosines: three articles are too few for the norm floor
  ClustererOptions off = on;
  off.min_identity = 0;
  StoryClusterer plain(off);
  const Assignment a0 = plain.Assign(first);
  EXPECT_EQ(plain.Assign(other).story, a0.story) << "the rule is what keeps them apart";

  StoryClusterer gated(on);
  const Assignment a = gated.Assign(first);
  const Assignment b = gated.Assign(other);
  EXPECT_TRUE(b.started);
  EXPECT_NE(b.story, a.story);
  const Assignment c = gated.Assign(same_place);
  EXPECT_FALSE(c.started);
  EXPECT_EQ(c.story, a.story);
}

// One big event reported 80 times, each report telling 3 of its 12 facts and 2 of its 6 names
// among words of its own: early reports start several stories. As they grow, consolidation
// scores each story as a whole against the others and merges the pieces.
TEST(StoryClustererTest, PiecesOfABigEventMergeAsTheyGrow) {
  const auto stream = [] {
    std::mt19937 rng(11);
    std::vector<ArticleFeatures> out;
    for (int i = 0; i < 80; ++i) {
      Bag words, names;
      for (int k = 0; k < 3; ++k) {
        const int fact = static_cast<int>(rng() % 12);
        words.emplace_back("fact" + std::to_string(fact) + "a", 1);
        words.emplace_back("fact" + std::to_string(fact) + "b", 1);
      }
      for (int k = 0; k < 4; ++k) words.emplace_back("own" + std::to_string(i * 4 + k), 1);
      for (int k = 0; k < 2; ++k) names.emplace_back("name" + std::to_string(rng() % 6), 1);
      for (Bag* bag : {&words, &names}) {
        std::sort(bag->begin(), bag->end());
        bag->erase(std::unique(bag->begin(), bag->end(),
                               [](const auto& a, const auto& b) { return a.first == b.first; }),
                   bag->end());
      }
      out.push_back(Hand(std::move(words), std::move(names)));
    }
    return out;
  }();
  const auto stories = [&](bool consolidate) {
    ClustererOptions o;
    o.consolidate = consolidate;
    StoryClusterer c(o);
    std::set<int64_t> distinct;
    std::vector<int64_t> ids;
    for (const ArticleFeatures& f : stream) ids.push_back(c.Assign(f).story);
    for (int64_t id : ids) distinct.insert(c.Resolve(id));
    return distinct.size();
  };
  const size_t without = stories(false);
  const size_t with = stories(true);
  EXPECT_GT(without, 1u) << "the stream must start several pieces for the test to mean anything";
  EXPECT_LT(with, without);
}

// Candidate retrieval: with thousands of unrelated stories, an article is scored only against
// the stories that share its rare features.
TEST(StoryClustererTest, CandidatesStayFewAsStoriesGrow) {
  StoryClusterer c;
  for (int i = 0; i < 3000; ++i) {
    const std::string s = std::to_string(i);
    c.Assign(Hand({{"common", 1}, {"word" + s, 2}, {"term" + s, 1}}, {{"name" + s, 1}}));
  }
  const Assignment a = c.Assign(Hand({{"common", 1}, {"word42", 2}}, {{"name42", 1}}));
  EXPECT_LE(a.candidates, 2u);
  EXPECT_FALSE(a.started);
}

// With dates, a story idle for longer than the window is no longer a candidate.
TEST(StoryClustererTest, TimeWindowRetiresOldStories) {
  ClustererOptions o;
  o.window_days = 3;
  StoryClusterer c(o);
  ArticleFeatures first = Hand({{"flood", 1}, {"levee", 1}}, {{"riverside", 1}});
  first.published = Date{2024, 5, 1};
  ArticleFeatures same = first;
  same.published = Date{2024, 5, 2};
  ArticleFeatures late = first;
  late.published = Date{2024, 6, 20};
  const auto a = c.Assign(first);
  EXPECT_EQ(c.Assign(same).story, a.story);
  const auto z = c.Assign(late);
  EXPECT_TRUE(z.started);
  EXPECT_NE(z.story, a.story);
}

}  // namespace
}  // namespace corroborate::cluster
