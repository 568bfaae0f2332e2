// Checks the compare pipeline on real text that nobody on the team wrote: the five seed articles
// (../shared/seeds) and ECB+ same-event news documents (../shared/data/ecbplus). Both skip when
// ../shared is absent. Nothing here knows what the texts say: the checks are report invariants
// and a measured property of fact alignment (facts should join articles about the same real
// event far more often than articles about a different event of the same kind).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "corroborate/ingest/plain_text.h"
#include "corroborate/pipeline/compare_pipeline.h"
#include "corroborate/report/json_writer.h"

namespace corroborate {
namespace {

namespace fs = std::filesystem;

const fs::path kShared = CORROBORATE_SHARED;

// Every evidence span lies in its article, equals its text, and avoids removed spans.
void CheckEvidence(const Report& r) {
  auto check = [&](const Evidence& e) {
    ASSERT_GE(e.article, 0);
    ASSERT_LT(static_cast<size_t>(e.article), r.articles.size());
    const Article& a = r.articles[static_cast<size_t>(e.article)];
    EXPECT_LE(e.span.start, e.span.end);
    EXPECT_LE(e.span.end, a.text.size());
    EXPECT_FALSE(a.IsRemoved(e.span)) << a.id << " " << e.span.start << "-" << e.span.end;
  };
  for (const Fact& f : r.facts) for (const Evidence& e : f.mentions) check(e);
  for (const Dispute& d : r.disputes) {
    EXPECT_GE(d.variants.size(), 2u);
    for (const DisputeVariant& v : d.variants) for (const Evidence& e : v.mentions) check(e);
  }
  for (const Quote& q : r.quotes) for (const Evidence& e : q.mentions) check(e);
  for (const Citation& c : r.citations) check(c.cue);
  for (const Reuse& u : r.reuse) {
    check(u.a_span);
    check(u.b_span);
  }
  for (const Actor& a : r.actors) {
    for (const Evidence& e : a.mentions) check(e);
    for (const Label& l : a.labels) check(l.evidence);
  }
  for (const Editorial& e : r.editorial) check(e.evidence);
}

TEST(RealTextTest, SeedArticles) {
  const fs::path dir = kShared / "seeds";
  if (!fs::exists(dir)) GTEST_SKIP() << "no " << dir;
  pipeline::CompareRun run = pipeline::RunCompare({dir.string()}, {});
  const Report& r = run.report;
  ASSERT_GE(r.articles.size(), 2u);
  EXPECT_EQ(run.inputs_failed, 0u);
  CheckEvidence(r);
  for (const Article& a : r.articles) {
    std::ifstream in(a.source, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(a.text, bytes) << a.source;  // plain text is kept byte for byte
  }
  const std::string json = report::DumpJson(report::ToJson(r));
  EXPECT_FALSE(json.empty());
  std::cout << "seeds: " << r.articles.size() << " articles, " << r.facts.size() << " facts, "
            << r.disputes.size() << " disputes, " << r.quotes.size() << " quotes, "
            << r.citations.size() << " citations, " << r.reuse.size() << " reuse, "
            << r.actors.size() << " actors\n";
}

struct EcbDoc {
  std::string id, story;
  int topic = 0;
  std::string text;
};

std::vector<EcbDoc> LoadEcb() {
  std::vector<EcbDoc> docs;
  std::ifstream in(kShared / "data/ecbplus/ecbplus_traindev.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    docs.push_back({j.value("id", ""), j.value("story", ""), j.value("topic", 0),
                    j.value("text", "")});
  }
  return docs;
}

// For 12 topics, compares 4 documents of each of the topic's two stories together and counts,
// over every multi-article fact, the article pairs it joins: same story (right) or not.
TEST(RealTextTest, EcbPlusFactsJoinSameEventArticles) {
  const fs::path path = kShared / "data/ecbplus/ecbplus_traindev.jsonl";
  if (!fs::exists(path)) GTEST_SKIP() << "no " << path;
  const std::vector<EcbDoc> docs = LoadEcb();
  std::map<int, std::map<std::string, std::vector<const EcbDoc*>>> by_topic;
  for (const EcbDoc& d : docs) by_topic[d.topic][d.story].push_back(&d);
  long same = 0, cross = 0, disputes = 0, topics = 0;
  for (const auto& [topic, stories] : by_topic) {
    if (stories.size() != 2 || topics >= 12) continue;
    std::vector<Article> articles;
    std::vector<std::string> story_of;
    for (const auto& [story, list] : stories) {
      for (size_t i = 0; i < list.size() && i < 4; ++i) {
        Article a = ingest::ParsePlainText(list[i]->text);
        a.id = list[i]->id;
        a.source = list[i]->id;
        articles.push_back(std::move(a));
        story_of.push_back(story);
      }
    }
    ++topics;
    Report r = pipeline::CompareArticles(std::move(articles), {});
    CheckEvidence(r);
    disputes += static_cast<long>(r.disputes.size());
    for (const Fact& f : r.facts) {
      for (size_t i = 0; i < f.articles.size(); ++i) {
        for (size_t k = i + 1; k < f.articles.size(); ++k) {
          const bool s = story_of[static_cast<size_t>(f.articles[i])] ==
                         story_of[static_cast<size_t>(f.articles[k])];
          (s ? same : cross)++;
        }
      }
    }
  }
  const double precision = same + cross == 0 ? 0.0 : double(same) / double(same + cross);
  std::cout << "ecb+: " << topics << " topics, fact article-pairs same-event " << same
            << ", cross-event " << cross << ", precision " << precision << ", disputes "
            << disputes << "\n";
  ASSERT_GT(topics, 0);
  // About 3/7 of random pairs are same-event; fact alignment must do much better than chance.
  if (same + cross >= 20) {
    EXPECT_GE(precision, 0.6);
  }
}

}  // namespace
}  // namespace corroborate
