#include "corroborate/html/page.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace corroborate::html {
namespace {

TEST(ExtractPage, DeepNestingIsRejectedQuickly) {
  std::string html = "<html><body>";
  for (int i = 0; i < 50000; ++i) html += "<b>";
  html += "text</body></html>";
  auto r = ExtractPage(html, "");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kTooLarge);
}

TEST(ExtractPage, ImplicitlyClosedAndVoidElementsDoNotCount) {
  std::string html = "<html><body><div>";
  for (int i = 0; i < 5000; ++i) {
    html += "<p>The council met again to discuss the repairs of the bridge, officials said.<br>"
            "<img src=x>";
  }
  html += "</div><script>if (a<b) { x = '<div><div><div>'; }</script></body></html>";
  auto r = ExtractPage(html, "");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->maintext.find("repairs of the bridge"), std::string::npos);
}

TEST(ExtractPage, ContainerWithBoilerplateLookingClassStillYieldsText) {
  auto r = ExtractPage(
      "<html><body class=\"one-sidebar page-node\"><div class=\"social-wrapper\">"
      "<p>The levee held through the night, and the water began to fall by morning, the county "
      "emergency office said in its latest update.</p></div></body></html>",
      "");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->maintext.find("The levee held through the night"), std::string::npos);
}

TEST(ExtractPage, EmptyJunkAndOversize) {
  EXPECT_FALSE(ExtractPage("", "").ok());
  auto scripts = ExtractPage("<html><body><script>x()</script></body></html>", "");
  ASSERT_TRUE(scripts.ok());
  EXPECT_EQ(scripts->maintext, "");
  // Declared UTF-8 with one stray byte: decoded as UTF-8, the byte replaced and counted.
  auto r = ExtractPage(
      "<meta charset=utf-8><p>Caf\xC3\xA9 \xFF open late on Friday for the first time since "
      "the storm, the owner told reporters outside the shop.</p>",
      "");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->maintext.find("Caf\xC3\xA9"), std::string::npos);
  EXPECT_GT(r->replaced_bytes, 0u);
  PageOptions small;
  small.max_page_bytes = 10;
  EXPECT_EQ(ExtractPage("<p>more than ten bytes</p>", "", "", small).status().code(),
            StatusCode::kTooLarge);
}

TEST(ExtractPage, ScriptInAnArticleIsNeverText) {
  auto r = ExtractPage(
      "<html><body><article><p>The mayor spoke at the opening of the new library on Main "
      "Street, praising the volunteers who raised the money.</p><script>alert('x')</script>"
      "<p>Residents queued for an hour before the doors opened at nine, organisers said.</p>"
      "</article></body></html>",
      "");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->maintext.find("alert"), std::string::npos);
}

}  // namespace
}  // namespace corroborate::html
