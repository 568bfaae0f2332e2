#include "corroborate/ingest/html.h"

#include <gtest/gtest.h>

#include <string>

namespace corroborate::ingest {
namespace {

TEST(HtmlTest, DeepNestingIsRejectedQuickly) {
  std::string html = "<html><body>";
  for (int i = 0; i < 50000; ++i) html += "<b>";
  html += "text</body></html>";
  auto r = ExtractHtml(html);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kTooLarge);
  EXPECT_GT(EstimateNesting(html), 2000u);
}

TEST(HtmlTest, ImplicitlyClosedAndVoidElementsDoNotCount) {
  std::string html = "<html><body><div>";
  for (int i = 0; i < 5000; ++i) html += "<p>para<br><img src=x>";
  html += "</div><script>if (a<b) { x = '<div><div><div>'; }</script></body></html>";
  EXPECT_LE(EstimateNesting(html), 4u);
  EXPECT_TRUE(ExtractHtml(html).ok());
}

TEST(HtmlTest, ContainerWithBoilerplateLookingClassStillYieldsText) {
  auto r = ExtractHtml(
      "<html><body class=\"one-sidebar page-node\"><div class=\"social-wrapper\">"
      "<p>The levee held through the night.</p></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "The levee held through the night.\n");
}

TEST(HtmlTest, EmptyAndJunk) {
  EXPECT_FALSE(ExtractHtml("").ok());
  EXPECT_FALSE(ExtractHtml("<html><body><script>x()</script></body></html>").ok());
  auto r = ExtractHtml("<p>Caf\xC3\xA9 \xFF open</p>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Caf\xC3\xA9"), std::string::npos);
}

}  // namespace
}  // namespace corroborate::ingest
