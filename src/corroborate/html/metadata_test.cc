#include "corroborate/html/metadata.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corroborate/html/metadata_authors.h"
#include "corroborate/html/metadata_bylines.h"
#include "corroborate/html/metadata_fields.h"

namespace corroborate::html {
namespace {

using Names = std::vector<std::string>;

Metadata Extract(const std::string& html, std::string_view url = "https://news.test/a/story") {
  auto dom = Dom::Parse(html);
  if (!dom.ok()) return {};
  return ExtractMetadata(*dom, url);
}

std::string Page(const std::string& head, const std::string& body,
                 const std::string& html_attrs = "") {
  return "<html" + html_attrs + "><head>" + head + "</head><body>" + body + "</body></html>";
}

TEST(Metadata, OpenGraphTitleWithoutTheSiteSuffix) {
  const Metadata m =
      Extract(Page("<meta property='og:site_name' content='Valley Courier'>"
                   "<meta property='og:title' content='Dam opens | Valley Courier'>"
                   "<title>ignored</title>",
                   "<h1>Dam opens today</h1>"));
  EXPECT_EQ(m.title, "Dam opens");
  EXPECT_EQ(m.site_name, "Valley Courier");
}

TEST(Metadata, TitleTagSuffixMatchesTheHostWhenNoSiteNameIsDeclared) {
  Metadata m = Extract(Page("<title>Dam opens - Example News</title>", "<p>x</p>"),
                       "https://www.examplenews.test/dam");
  EXPECT_EQ(m.title, "Dam opens");
  // A dash that is part of the headline stays.
  m = Extract(Page("<title>Budget - what it means for you</title>", "<p>x</p>"));
  EXPECT_EQ(m.title, "Budget - what it means for you");
  // The site name may also come first.
  m =
      Extract(Page("<meta property='og:site_name' content='Courier'>"
                   "<title>Courier | Dam opens</title>",
                   "<p>x</p>"));
  EXPECT_EQ(m.title, "Dam opens");
}

TEST(Metadata, HeadlineFromJsonLdThenH1) {
  Metadata m =
      Extract(Page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                   "\"headline\":\"Rain &amp; wind\",\"publisher\":{\"name\":\"Gazette\"},"
                   "\"description\":\"Storm notes\"}</script><title>x</title>",
                   "<h1>Other</h1>"));
  EXPECT_EQ(m.title, "Rain & wind");
  EXPECT_EQ(m.site_name, "Gazette");
  EXPECT_EQ(m.description, "Storm notes");
  m = Extract(Page("<title>Rain returns to the valley | Gazette</title>",
                   "<h1>Site logo</h1><h1>Rain returns to the valley</h1>"));
  EXPECT_EQ(m.title, "Rain returns to the valley");
}

TEST(Metadata, SiteNameGivenAsAUrlKeepsItsHost) {
  EXPECT_EQ(Extract(Page("<meta property='og:site_name' content='https://www.courier.test/'>",
                         "<p>x</p>"))
                .site_name,
            "courier.test");
}

TEST(Metadata, DescriptionPrefersOpenGraph) {
  const Metadata m =
      Extract(Page("<meta name='description' content='plain'>"
                   "<meta property='og:description' content='  rich\n text '>",
                   "<p>x</p>"));
  EXPECT_EQ(m.description, "rich text");
}

TEST(Metadata, CanonicalUrlIsResolvedAndMustBeHttp) {
  EXPECT_EQ(
      Extract(Page("<link rel='canonical' href='../b/story?id=1'>", "<p>x</p>")).canonical_url,
      "https://news.test/b/story?id=1");
  EXPECT_EQ(Extract(Page("<link rel='canonical' href='javascript:void(0)'>"
                         "<meta property='og:url' content='//news.test/og'>",
                         "<p>x</p>"))
                .canonical_url,
            "https://news.test/og");
  EXPECT_EQ(Extract(Page("", "<p>x</p>")).canonical_url, "");
  EXPECT_EQ(Extract(Page("<link rel='canonical' href='/x'>", "<p>x</p>"), "").canonical_url, "");
}

TEST(Metadata, LanguageFromHtmlLangThenMeta) {
  EXPECT_EQ(Extract(Page("", "<p>x</p>", " lang='en-US'")).language, "en");
  EXPECT_EQ(Extract(Page("<meta property='og:locale' content='pt_BR'>", "<p>x</p>")).language,
            "pt");
  EXPECT_EQ(
      Extract(Page("<meta http-equiv='content-language' content='de'>", "<p>x</p>", " lang='x'"))
          .language,
      "de");
  EXPECT_EQ(Extract(Page("", "<p>x</p>")).language, "");
}

TEST(Metadata, AuthorsFromJsonLdFirst) {
  const Metadata m =
      Extract(Page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":["
                   "{\"@type\":\"Person\",\"name\":\"Ada "
                   "Byron\"},{\"@type\":\"Person\",\"name\":\"Lin Okafor\"}]}"
                   "</script><meta name='author' content='Someone Else'>",
                   "<p>x</p>"));
  EXPECT_EQ(m.authors, (Names{"Ada Byron", "Lin Okafor"}));
}

TEST(Metadata, MetaAuthorUrlsFallBackToBylineMarkup) {
  const Metadata m = Extract(
      Page("<meta property='article:author' content='https://social.test/someone'>",
           "<div class='comments'><span class='author'>Troll Person</span></div>"
           "<h1>Dam opens</h1><p class='byline'>By <a rel='author' href='/p/jd'>Jane Doe</a> and "
           "<a rel='author' href='/p/jr'>John Roe</a> | Staff</p>"));
  EXPECT_EQ(m.authors, (Names{"Jane Doe", "John Roe"}));
}

TEST(Metadata, EmptyAndBrokenPages) {
  EXPECT_EQ(Extract("").title, "");
  const Metadata m = Extract(Page("<title>Caf\xC3\xA9 \xFF news</title>", ""));
  EXPECT_EQ(m.title, "Caf\xC3\xA9 \xEF\xBF\xBD news");
  EXPECT_TRUE(m.authors.empty());
  EXPECT_EQ(m.site_name, "");
}

TEST(AuthorNames, SplitsListsAndDropsRolesAgenciesAndSites) {
  EXPECT_EQ(CleanAuthorNames({"By Jane Doe and John Roe | Staff"}, "", ""),
            (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(CleanAuthorNames({"Ana Gómez, Li Wei & Sam Reyes"}, "", ""),
            (Names{"Ana Gómez", "Li Wei", "Sam Reyes"}));
  EXPECT_EQ(CleanAuthorNames({"Jane Doe, Staff Writer"}, "", ""), Names{"Jane Doe"});
  EXPECT_EQ(CleanAuthorNames({"Associated Press"}, "", ""), Names{});
  EXPECT_EQ(CleanAuthorNames({"Jane Doe (AP)"}, "", ""), Names{"Jane Doe"});
  EXPECT_EQ(CleanAuthorNames({"Valley Courier"}, "Valley Courier", ""), Names{});
  EXPECT_EQ(CleanAuthorNames({"Courier Staff"}, "", "https://courier.test/x"), Names{});
  EXPECT_EQ(CleanAuthorNames({"The Morning Herald"}, "", ""), Names{});
  EXPECT_EQ(CleanAuthorNames({"Editor"}, "", ""), Names{});
}

TEST(AuthorNames, StripsPrefixesContactsDatesAndCredits) {
  EXPECT_EQ(CleanAuthorNames({"Von Max Muster"}, "", ""), Names{"Max Muster"});
  EXPECT_EQ(CleanAuthorNames({"Por: Ana Gómez"}, "", ""), Names{"Ana Gómez"});
  EXPECT_EQ(CleanAuthorNames({"Jane Doe jane@news.test @janedoe"}, "", ""), Names{"Jane Doe"});
  EXPECT_EQ(CleanAuthorNames({"By Jane Doe June 7, 2020 10:30 AM"}, "", ""), Names{"Jane Doe"});
  EXPECT_EQ(CleanAuthorNames({"Photo: Jane Doe"}, "", ""), Names{});
  EXPECT_EQ(CleanAuthorNames({"https://news.test/authors/jane"}, "", ""), Names{});
  EXPECT_EQ(CleanAuthorNames({"Designed by Studio People"}, "", ""), Names{});
  EXPECT_EQ(CleanAuthorNames({"BY JANE DOE"}, "", ""), Names{"Jane Doe"});
  EXPECT_EQ(CleanAuthorNames({"John Q. Public"}, "", ""), Names{"John Q. Public"});
  EXPECT_EQ(CleanAuthorNames({"by Jane Doe Monday, June 8 2020"}, "", ""), Names{"Jane Doe"});
  EXPECT_EQ(CleanAuthorNames({"AFP publi\xC3\xA9 le"}, "", ""), Names{});
  EXPECT_EQ(CleanAuthorNames({"Ed de Leon"}, "", ""), Names{"Ed de Leon"});
}

TEST(AuthorNames, KeepsNamesInOtherScriptsAndCapsTheList) {
  EXPECT_EQ(CleanAuthorNames({"Автор: Ирина Петрова"}, "", ""), Names{"Ирина Петрова"});
  EXPECT_EQ(
      CleanAuthorNames({"\xEA\xB9\x80\xEC\xB2\xA0\xEC\x88\x98 \xEA\xB8\xB0\xEC\x9E\x90"}, "", ""),
      Names{"\xEA\xB9\x80\xEC\xB2\xA0\xEC\x88\x98"});  // "<name> reporter" in Korean
  EXPECT_EQ(CleanAuthorNames({"Jane Doe", "JANE DOE", "Jane  Doe"}, "", ""), Names{"Jane Doe"});
  EXPECT_EQ(CleanAuthorNames({"Al Bo, Cy Di, Ed Fa, Gu Ha, Ib Ja, Ko La"}, "", "").size(), 5u);
  EXPECT_EQ(CleanAuthorNames({"", "   ", "\xFF\xFE"}, "", ""), Names{});
  EXPECT_EQ(
      CleanAuthorNames({"This is a sentence that is far too long to be a name at all"}, "", ""),
      Names{});
}

TEST(MetadataFields, Normalizers) {
  EXPECT_EQ(CleanText(" a&amp;b&#8217;s &#x41;\t&bogus; "), "a&b\xE2\x80\x99s A &bogus;");
  EXPECT_EQ(NameKey("The Daily-News"), "thedailynews");
  EXPECT_EQ(HostLabel("https://www.example-news.co.uk/x"), "example-news");
  EXPECT_EQ(HostLabel("not a url"), "");
  EXPECT_EQ(LanguageCode("pt_BR"), "pt");
  EXPECT_EQ(LanguageCode("english"), "");
  EXPECT_EQ(ResolveHttpUrl("https://n.test/a/b/c?q#f", "./d/../e"), "https://n.test/a/b/e");
  EXPECT_EQ(ResolveHttpUrl("https://n.test/a/b", "?x=1"), "https://n.test/a/b?x=1");
  EXPECT_EQ(ResolveHttpUrl("https://n.test/a", "ftp://n.test/x"), "");
  EXPECT_EQ(ResolveHttpUrl("", "/relative"), "");
  EXPECT_EQ(StripSiteName("Site | Headline | Site", "Site", ""), "Headline");
  EXPECT_EQ(StripSiteName("Site", "Site", ""), "Site");
}

}  // namespace
}  // namespace corroborate::html
