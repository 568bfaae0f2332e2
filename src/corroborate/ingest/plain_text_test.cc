#include "corroborate/ingest/plain_text.h"

#include <gtest/gtest.h>

#include "corroborate/ingest/outlet.h"

namespace corroborate::ingest {
namespace {

std::string RemovedText(const Article& a, size_t i) {
  return std::string(a.removed.at(i).span.Of(a.text));
}

TEST(PlainTextTest, BylineWithOutlet) {
  Article a = ParsePlainText("\nBy Ana Ruiz | The Harbor Herald\nThe mayor resigned on Monday.\n");
  EXPECT_EQ(a.byline, "Ana Ruiz");
  ASSERT_TRUE(a.outlet.has_value());
  EXPECT_EQ(*a.outlet, "The Harbor Herald");
  EXPECT_EQ(a.outlet_source, OutletSource::kByline);
  ASSERT_EQ(a.removed.size(), 1u);
  EXPECT_EQ(RemovedText(a, 0), "By Ana Ruiz | The Harbor Herald");
}

TEST(PlainTextTest, DatePrefixOnBodyLine) {
  Article a = ParsePlainText(" date 2025-03-14 A bridge collapsed in Milltown, officials say.\n");
  EXPECT_EQ(a.published, "2025-03-14");
  ASSERT_EQ(a.removed.size(), 1u);
  EXPECT_EQ(RemovedText(a, 0), "date 2025-03-14");
  EXPECT_FALSE(a.outlet.has_value());
}

TEST(PlainTextTest, HeaderZone) {
  const std::string text =
      "Home \xE2\x80\xBA News \xE2\x80\xBA Local\n\nFlood Waters Rise Along the Sable River\n\n"
      "Tom Becker\n\nMarch 14, 2025\n\n4 min read\n\nBrief\n\n"
      "The river crested at 21 feet on Friday, the weather service said.\n"
      "Officials urged residents to leave.\n";
  Article a = ParsePlainText(text);
  EXPECT_EQ(a.title, "Flood Waters Rise Along the Sable River");
  EXPECT_EQ(a.byline, "Tom Becker");
  EXPECT_EQ(a.published, "2025-03-14");
  EXPECT_EQ(a.text, text);  // the text is never changed
  ASSERT_EQ(a.removed.size(), 6u);
  EXPECT_EQ(a.removed.back().reason, "metadata: label");
  for (const auto& r : a.removed) {
    EXPECT_EQ(std::string(r.span.Of(a.text)).find("crested"), std::string::npos);
  }
}

TEST(PlainTextTest, BodyOnlyHasNoMetadata) {
  Article a = ParsePlainText("Rescuers reached the village on Sunday.\nTwo people died.\n");
  EXPECT_TRUE(a.removed.empty());
  EXPECT_TRUE(a.title.empty());
  EXPECT_FALSE(a.published.has_value());
}

TEST(OutletTest, SignOffAndDisclaimer) {
  auto cue = FindOutletCue("Body text.\nREAD THE FULL ARTICLE AT THE VALLEY COURIER\n");
  ASSERT_TRUE(cue.has_value());
  EXPECT_EQ(cue->outlet, "The Valley Courier");
  auto cue2 = FindOutletCue(
      "Body.\nThe opinions expressed by contributors do not necessarily reflect the views of "
      "DailyPulse. Contact us.");
  ASSERT_TRUE(cue2.has_value());
  EXPECT_EQ(cue2->outlet, "DailyPulse");
  EXPECT_FALSE(FindOutletCue("Nothing here names the paper.").has_value());
  EXPECT_EQ(OutletFromDomain("https://www.example.com/a"), "example.com");
  EXPECT_EQ(OutletFromDomain("m.news.example.org"), "news.example.org");
}

}  // namespace
}  // namespace corroborate::ingest
