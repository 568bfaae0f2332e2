#include "corroborate/compare/actors.h"

#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "corroborate/compare/actors_labels.h"
#include "corroborate/extract/entities.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::compare {
namespace {

struct Run {
  std::vector<Article> articles;
  std::vector<text::Document> docs;
  std::vector<extract::ArticleAnalysis> analyses;
  std::vector<Actor> actors;
};

std::unique_ptr<Run> Resolve(const std::vector<std::string>& bodies) {
  auto r = std::make_unique<Run>();
  r->articles.resize(bodies.size());
  text::Analyzer an;
  for (size_t i = 0; i < bodies.size(); ++i) {
    r->articles[i].text = bodies[i];
    r->articles[i].NormalizeRemoved();
  }
  for (size_t i = 0; i < bodies.size(); ++i) {
    r->docs.push_back(an.Analyze(r->articles[i], static_cast<int>(i)));
    extract::ArticleAnalysis a;
    a.entities = extract::FindEntities(r->docs.back());
    a.labels = extract::FindLabels(r->docs.back(), a.entities);
    r->analyses.push_back(std::move(a));
  }
  r->actors = ResolveActors(r->docs, r->analyses);
  return r;
}

const Actor* Find(const Run& r, std::string_view name) {
  for (const Actor& a : r.actors) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

std::set<std::string> LabelsOf(const Actor& a) {
  std::set<std::string> out;
  for (const Label& l : a.labels) out.insert(l.label);
  return out;
}

TEST(ActorsTest, EmptyInput) {
  EXPECT_TRUE(Resolve({})->actors.empty());
  EXPECT_TRUE(Resolve({"", "   "})->actors.empty());
}

TEST(ActorsTest, SurnamesJoinTheFullNameAndUntiedLabelsFindTheSubject) {
  auto r = Resolve({
      "Tomas Ferrand, a convicted smuggler, escaped from a prison near Lyon on Monday. Ferrand "
      "was last seen at a bus station. Mayor Ines Calvo urged calm.",
      "The fugitive Tomas Ferrand remains at large. Ferrand fled through a kitchen door, "
      "guards said.",
      "Guards are searching for the fugitive. Tomas Ferrand escaped on Monday, said Ines "
      "Calvo.",
  });
  ASSERT_FALSE(r->actors.empty());
  const Actor& top = r->actors.front();
  EXPECT_EQ(top.name, "Tomas Ferrand");
  EXPECT_EQ(top.kind, ActorKind::kPerson);
  std::set<int> articles;
  for (const Evidence& e : top.mentions) articles.insert(e.article);
  EXPECT_EQ(articles, (std::set<int>{0, 1, 2}));
  const std::set<std::string> labels = LabelsOf(top);
  EXPECT_TRUE(labels.count("a convicted smuggler"));
  EXPECT_TRUE(labels.count("the fugitive"));
  // Evidence points at the exact bytes.
  for (const Label& l : top.labels) {
    const std::string& text = r->articles[static_cast<size_t>(l.evidence.article)].text;
    EXPECT_FALSE(l.evidence.span.Of(text).empty());
  }
  const Actor* calvo = Find(*r, "Ines Calvo");
  ASSERT_NE(calvo, nullptr);
  EXPECT_TRUE(calvo->labels.empty());
}

TEST(ActorsTest, AcronymsAndGenericSuffixesMerge) {
  auto r = Resolve({
      "The Harbor Defense Network (HDN) said its members stayed calm.",
      "HDN members posted a warning. Later the HDN said nothing more.",
      "The warning spread via Harbor Defense on Friday, and HDN activists marched.",
  });
  const Actor* a = Find(*r, "Harbor Defense Network");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, ActorKind::kOrganization);
  std::set<int> articles;
  for (const Evidence& e : a->mentions) articles.insert(e.article);
  EXPECT_EQ(articles.size(), 3u);
  EXPECT_EQ(Find(*r, "HDN"), nullptr);
}

TEST(ActorsTest, AmbiguousSurnameIsNotMerged) {
  auto r = Resolve({
      "Ana Lindqvist and Per Lindqvist, her brother, spoke, said Ana Lindqvist. Per Lindqvist "
      "agreed.",
      "Lindqvist said the water rose fast. Lindqvist said more.",
  });
  const Actor* ana = Find(*r, "Ana Lindqvist");
  ASSERT_NE(ana, nullptr);
  for (const Evidence& e : ana->mentions) EXPECT_EQ(e.article, 0);
}

TEST(ActorsTest, SingleMentionsWithoutLabelsAreDropped) {
  auto r = Resolve({"Oskar Weltz said it rained.", "Oskar Weltz said it rained again."});
  EXPECT_NE(Find(*r, "Oskar Weltz"), nullptr);
  auto once = Resolve({"Oskar Weltz said it rained.", "It rained."});
  EXPECT_EQ(Find(*once, "Oskar Weltz"), nullptr);
}

TEST(ActorsTest, GroupNounsAttachOnlyToNearbyActivistGroups) {
  auto r = Resolve({
      "Members of the Quarry Watch Coalition held a vigil. The agitators left at noon.",
      "The Quarry Watch Coalition held a vigil on Friday.\nRain fell all day.\nCrews cleared "
      "the roads.\nIn another city, the protesters met the Water Board.",
  });
  const Actor* a = Find(*r, "Quarry Watch Coalition");
  ASSERT_NE(a, nullptr);
  const std::set<std::string> labels = LabelsOf(*a);
  EXPECT_TRUE(labels.count("the agitators"));
  EXPECT_FALSE(labels.count("the protesters"));  // the paragraph names only a board
}

TEST(ActorsTest, CrimeNounsAreLoaded) {
  Label l;
  l.label = "a career criminal";
  MarkLoaded(&l);
  EXPECT_TRUE(l.loaded);
  EXPECT_FALSE(l.category.empty());
  Label plain;
  plain.label = "a 34-year-old man";
  MarkLoaded(&plain);
  EXPECT_FALSE(plain.loaded);
}

}  // namespace
}  // namespace corroborate::compare
