#include "corroborate/extract/entities.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "corroborate/text/analyzer.h"

namespace corroborate::extract {
namespace {

struct Found {
  Article article;
  text::Document doc;
  std::vector<EntityMention> entities;
  std::vector<LabelMention> labels;
};

std::unique_ptr<Found> Analyze(std::string body) {
  auto f = std::make_unique<Found>();
  f->article.text = std::move(body);
  f->article.NormalizeRemoved();
  text::Analyzer an;
  f->doc = an.Analyze(f->article, 0);
  f->entities = FindEntities(f->doc);
  f->labels = FindLabels(f->doc, f->entities);
  return f;
}

const EntityMention* Entity(const Found& f, std::string_view name) {
  for (const auto& e : f.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

const LabelMention* LabelOf(const Found& f, std::string_view label) {
  for (const auto& l : f.labels) {
    if (l.label == label) return &l;
  }
  return nullptr;
}

std::string TiedName(const Found& f, const LabelMention* l) {
  if (l == nullptr || l->entity < 0) return "";
  return f.entities[static_cast<size_t>(l->entity)].name;
}

TEST(EntitiesTest, EmptyAndWhitespace) {
  EXPECT_TRUE(Analyze("")->entities.empty());
  auto f = Analyze("   \n\t  \n");
  EXPECT_TRUE(f->entities.empty());
  EXPECT_TRUE(f->labels.empty());
}

TEST(EntitiesTest, TitlesMakePersonsAndAreNotPartOfTheName) {
  auto f = Analyze("Sheriff Ana Ruiz said the search would continue. Ruiz declined to say more.");
  const EntityMention* e = Entity(*f, "Ana Ruiz");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, ActorKind::kPerson);
  EXPECT_EQ(f->doc.Of(e->span), "Ana Ruiz");
  const EntityMention* sur = Entity(*f, "Ruiz");
  ASSERT_NE(sur, nullptr);
  EXPECT_EQ(sur->kind, ActorKind::kPerson);
  EXPECT_EQ(Entity(*f, "Sheriff Ana Ruiz"), nullptr);
}

TEST(EntitiesTest, TitleInsideARunSplitsOffThePerson) {
  auto f = Analyze("On Friday, Riverton Mayor Lena Okafor visited the shelter.");
  const EntityMention* e = Entity(*f, "Lena Okafor");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, ActorKind::kPerson);
  EXPECT_EQ(Entity(*f, "On Friday"), nullptr);
  EXPECT_EQ(Entity(*f, "Friday"), nullptr);
}

TEST(EntitiesTest, OrganisationsAcronymsAndPlaces) {
  auto f = Analyze(
      "Inspectors from the Federal Water Quality Agency (FWQA) arrived in Brackenford on "
      "Monday. The FWQA said tests would take a week. Officials in Portugal were told.");
  const EntityMention* org = Entity(*f, "Federal Water Quality Agency");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->kind, ActorKind::kOrganization);
  const EntityMention* acr = Entity(*f, "FWQA");
  ASSERT_NE(acr, nullptr);
  EXPECT_EQ(acr->kind, ActorKind::kOrganization);
  const EntityMention* town = Entity(*f, "Brackenford");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->kind, ActorKind::kPlace);
  const EntityMention* country = Entity(*f, "Portugal");
  ASSERT_NE(country, nullptr);
  EXPECT_EQ(country->kind, ActorKind::kPlace);
  EXPECT_EQ(Entity(*f, "Monday"), nullptr);
  EXPECT_EQ(Entity(*f, "Officials"), nullptr);
}

TEST(EntitiesTest, AndSplitsPlacesButNotOrganisationNames) {
  auto f = Analyze("Mayors of Chicago and Boston met the Department of Parks and Recreation.");
  EXPECT_NE(Entity(*f, "Chicago"), nullptr);
  EXPECT_NE(Entity(*f, "Boston"), nullptr);
  EXPECT_EQ(Entity(*f, "Chicago and Boston"), nullptr);
  const EntityMention* d = Entity(*f, "Department of Parks and Recreation");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->kind, ActorKind::kOrganization);
}

TEST(EntitiesTest, ContextCuesMakePersons) {
  auto f = Analyze(
      "Marten Vasko, 41, of Holloway Creek, was arrested. \"We are relieved,\" said Ilse "
      "Brandvold, a neighbor. Vasko's lawyer, Perrin Oduya, did not comment.");
  for (const char* name : {"Marten Vasko", "Ilse Brandvold", "Perrin Oduya"}) {
    const EntityMention* e = Entity(*f, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->kind, ActorKind::kPerson) << name;
  }
  const EntityMention* creek = Entity(*f, "Holloway Creek");
  ASSERT_NE(creek, nullptr);
  EXPECT_EQ(creek->kind, ActorKind::kPlace);
}

TEST(EntitiesTest, NonAsciiNames) {
  auto f = Analyze("Police in Zürich said Jürgen Kößler, a local teacher, was released.");
  const EntityMention* p = Entity(*f, "Jürgen Kößler");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, ActorKind::kPerson);
  const EntityMention* z = Entity(*f, "Zürich");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->kind, ActorKind::kPlace);
}

TEST(EntitiesTest, InvalidUtf8StaysInBounds) {
  auto f = Analyze("Mayor Dana \xFF\xFE Voss said \xC3 the Riverside Council met.");
  for (const auto& e : f->entities) {
    EXPECT_LE(e.span.end, f->article.text.size());
    EXPECT_LT(e.span.start, e.span.end);
  }
  const EntityMention* c = Entity(*f, "Riverside Council");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind, ActorKind::kOrganization);
}

TEST(EntitiesTest, ShoutsHeadlinesAndCommonWordsAreNotEntities) {
  auto f = Analyze(
      "Key Facts About The Storm\n"
      "SHARE this story with everyone you know!\n"
      "We chose them for GOOD reasons, and good reasons only.\n"
      "Volunteers handed out water. The volunteers stayed late.");
  EXPECT_TRUE(f->entities.empty()) << f->entities[0].name;
}

TEST(EntitiesTest, DatelineIsAPlace) {
  auto f = Analyze("MARROWICK, Ore. (Coast Wire) — Flooding closed roads in Marrowick on Sunday.");
  const EntityMention* e = Entity(*f, "MARROWICK");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, ActorKind::kPlace);
}

TEST(LabelsTest, AppositionTiesLabelToName) {
  auto f = Analyze("Tomas Ferrand, a 52-year-old Belgian national, was detained on Friday.");
  const LabelMention* l = LabelOf(*f, "a 52-year-old belgian national");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(TiedName(*f, l), "Tomas Ferrand");
}

TEST(LabelsTest, LabelBeforeNameAndCopula) {
  auto f = Analyze("The suspect, Tomas Ferrand, is a convicted smuggler from Belgium.");
  const LabelMention* a = LabelOf(*f, "the suspect");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(TiedName(*f, a), "Tomas Ferrand");
  const LabelMention* b = LabelOf(*f, "a convicted smuggler from belgium");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(TiedName(*f, b), "Tomas Ferrand");
}

TEST(LabelsTest, GroupNounsTieToOrganisations) {
  auto f = Analyze(
      "About forty demonstrators from the Harbor Defense Coalition gathered. Later, Harbor "
      "Defense Coalition activists blocked the road.");
  const LabelMention* a = LabelOf(*f, "demonstrators");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(TiedName(*f, a), "Harbor Defense Coalition");
  const LabelMention* b = LabelOf(*f, "activists");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(TiedName(*f, b), "Harbor Defense Coalition");
}

TEST(LabelsTest, UntiedLabelsAndNegatives) {
  auto f = Analyze(
      "The fugitive was seen near the docks. His criminal record is long. An entire sheriff's "
      "department searched, and this week protesters marched.");
  const LabelMention* l = LabelOf(*f, "the fugitive");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->entity, -1);
  EXPECT_EQ(f->doc.Of(l->span), "The fugitive");
  for (const auto& x : f->labels) {
    EXPECT_EQ(x.label.find("criminal"), std::string::npos) << x.label;
    EXPECT_EQ(x.label.find("sheriff"), std::string::npos) << x.label;
    EXPECT_EQ(x.label.find("week"), std::string::npos) << x.label;
  }
  EXPECT_NE(LabelOf(*f, "protesters"), nullptr);
}

TEST(LabelsTest, PreNameDescriptor) {
  auto f = Analyze("\"It was loud,\" said shop clerk Noor Haddad.");
  const LabelMention* l = LabelOf(*f, "shop clerk");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(TiedName(*f, l), "Noor Haddad");
}

}  // namespace
}  // namespace corroborate::extract
