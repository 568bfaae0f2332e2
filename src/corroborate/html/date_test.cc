#include "corroborate/html/date.h"

#include <gtest/gtest.h>

#include <string>

#include "corroborate/html/date_text.h"
#include "corroborate/html/date_url.h"

namespace corroborate::html {
namespace {

DateOptions Fixed() {
  DateOptions o;
  o.today = Date{2021, 12, 31};
  return o;
}

PublishDate Find(const std::string& html, std::string_view url = "") {
  auto dom = Dom::Parse(html);
  if (!dom.ok()) return {};  // nothing to read: no date
  return FindPublishDate(*dom, url, Fixed());
}

std::string Page(const std::string& head, const std::string& body) {
  return "<html><head>" + head + "</head><body>" + body + "</body></html>";
}

TEST(PublishDate, JsonLdPublishedBeatsModifiedAndKeepsTheZone) {
  const PublishDate d = Find(Page(
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
      "\"dateModified\":\"2021-05-09T10:00:00Z\",\"datePublished\":\"2021-05-07T09:30:00+0200\"}"
      "</script>",
      "<h1>Storm</h1><p>Updated May 9, 2021</p>"));
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(d.iso, "2021-05-07T09:30:00+02:00");
  EXPECT_EQ(d.source, DateSource::kJsonLd);
  EXPECT_FALSE(d.guessed);
}

TEST(PublishDate, MetaPublishedTimeBeatsModifiedTime) {
  const PublishDate d =
      Find(Page("<meta property='article:modified_time' content='2021-02-03'>"
                "<meta property='article:published_time' content='2021-02-01'>",
                "<p>x</p>"));
  EXPECT_EQ(d.iso, "2021-02-01");
  EXPECT_EQ(d.source, DateSource::kMeta);
}

TEST(PublishDate, OnlyAModifiedDateIsAGuess) {
  const PublishDate d =
      Find(Page("<meta property='article:modified_time' content='2021-02-03'>", "<p>x</p>"));
  EXPECT_EQ(d.iso, "2021-02-03");
  EXPECT_TRUE(d.guessed);
}

TEST(PublishDate, FutureAndAncientDatesAreRejected) {
  const PublishDate future =
      Find(Page("<meta property='article:published_time' content='2031-01-01'>",
                "<h1>Plan</h1><p class='date'>June 7, 2020</p>"));
  EXPECT_EQ(future.iso, "2020-06-07");  // the next best source
  EXPECT_FALSE(Find(Page("<meta name='date' content='1970-01-01'>", "<p>x</p>")).date);
}

TEST(PublishDate, CopyrightYearsAndRelativeTimesAreNotDates) {
  const PublishDate d = Find(Page("",
                                  "<h1>Title</h1><p>Posted 3 hours ago</p>"
                                  "<footer>&copy; 2021 Example Media</footer>"));
  EXPECT_FALSE(d.date.has_value());
  EXPECT_EQ(d.source, DateSource::kNone);
  EXPECT_TRUE(d.iso.empty());
}

TEST(PublishDate, UrlDates) {
  EXPECT_EQ(Find(Page("", "<p>x</p>"), "https://n.test/2020/06/07/story/").iso, "2020-06-07");
  EXPECT_EQ(Find(Page("", "<p>x</p>"), "https://n.test/a/20200607/story").iso, "2020-06-07");
  // The canonical URL counts when the page was fetched through a feed.
  EXPECT_EQ(Find(Page("<link rel='canonical' href='/2019/11/30/story'>", "<p>x</p>"),
                 "https://feeds.test/~r/x/123")
                .iso,
            "2019-11-30");
  // Year and month alone give no day.
  EXPECT_FALSE(Find(Page("", "<p>x</p>"), "https://n.test/2020/06/story").date);
}

TEST(PublishDate, TimeElementsAndDateClasses) {
  EXPECT_EQ(Find(Page("", "<h1>T</h1><time datetime='2020-06-03' pubdate>June 3</time>")).source,
            DateSource::kTime);
  EXPECT_EQ(Find(Page("",
                      "<div class='sidebar'><time datetime='2020-01-01'>x</time></div>"
                      "<h1>T</h1><span class='post-date'>Publié le 7 juin 2020</span>"))
                .iso,
            "2020-06-07");
  // An element whose class names a date but whose text has none: its <time> is read.
  EXPECT_EQ(Find(Page("",
                      "<div class='published'><time datetime='2020-06-22T09:30:00+02:00'>"
                      "28 minutes ago</time></div>"))
                .iso,
            "2020-06-22T09:30:00+02:00");
}

TEST(PublishDate, TextAfterTheHeadlinePrefersAStandaloneDateline) {
  const PublishDate d = Find(Page(
      "<title>Bridge reopens</title>",
      "<h1>Bridge reopens</h1><div>FILE PHOTO: Workers inspect the old span of the bridge "
      "during repairs near the river crossing, January 16, 2020. A reader sent this picture.</div>"
      "<p>January 18, 2020</p><p>The bridge reopened on Friday.</p>"));
  EXPECT_EQ(d.iso, "2020-01-18");
  EXPECT_EQ(d.source, DateSource::kText);
  EXPECT_TRUE(d.guessed);
}

TEST(PublishDate, UpdatedDatesInBylinesAreSkipped) {
  const PublishDate d = Find(Page("",
                                  "<h1>T</h1><div class='byline'>Updated: 9 June 2020 "
                                  "Published: 7 June 2020</div>"));
  EXPECT_EQ(d.iso, "2020-06-07");
}

TEST(PublishDate, UtcTimestampYieldsToThePagesOwnDayNearMidnight) {
  const std::string ld =
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
      "\"datePublished\":\"2020-06-08T02:10:00Z\"}</script>";
  EXPECT_EQ(Find(Page(ld, "<p>x</p>"), "https://n.test/2020/06/07/x").iso, "2020-06-07");
  // At noon UTC no real zone offset explains a different day: the timestamp stands.
  const std::string noon =
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
      "\"datePublished\":\"2020-06-08T12:10:00Z\"}</script>";
  EXPECT_EQ(Find(Page(noon, "<p>x</p>"), "https://n.test/2020/06/07/x").iso,
            "2020-06-08T12:10:00Z");
}

TEST(PublishDate, AUrlMonthConstrainsTextDates) {
  const std::string body =
      "<h1>Fair opens</h1><p>March 2, 2019</p><p>Stalls open on May 27, 2020, said Ana.</p>";
  EXPECT_EQ(Find(Page("", body)).iso, "2019-03-02");
  EXPECT_EQ(Find(Page("", body), "https://n.test/2020/05/fair-opens/").iso, "2020-05-27");
}

TEST(PublishDate, EmptyAndNonAsciiPages) {
  EXPECT_FALSE(Find("").date.has_value());
  EXPECT_FALSE(Find("   ").date.has_value());
  EXPECT_EQ(Find(Page("", "<h1>Заголовок</h1><p>7 червня 2020</p>")).iso, "2020-06-07");
  EXPECT_FALSE(Find(Page("", "<h1>\xC3\x28</h1><p>\xFF\xFE 2020</p>")).date.has_value());
}

TEST(PublishDate, SourceNames) {
  EXPECT_STREQ(DateSourceName(DateSource::kJsonLd), "json-ld");
  EXPECT_STREQ(DateSourceName(DateSource::kNone), "none");
  EXPECT_STREQ(DateSourceName(DateSource::kUrl), "url");
}

Date D(int y, int m, int d) { return Date{y, m, d}; }

std::optional<Date> First(std::string_view text, DayOrder order = DayOrder::kDayFirst) {
  const auto found = FindDatesInText(text, order);
  if (found.empty()) return std::nullopt;
  return found.front().date;
}

TEST(DateText, FindsDatesAcrossLanguagesAndForms) {
  EXPECT_EQ(First("on June 7th, 2020 at noon"), D(2020, 6, 7));
  EXPECT_EQ(First("Jun. 7 2020"), D(2020, 6, 7));
  EXPECT_EQ(First("7 June 2020"), D(2020, 6, 7));
  EXPECT_EQ(First("am 7. Juni 2020"), D(2020, 6, 7));
  EXPECT_EQ(First("7 de junio de 2020"), D(2020, 6, 7));
  EXPECT_EQ(First("1er juin 2020"), D(2020, 6, 1));
  EXPECT_EQ(First("07 Haziran 2020"), D(2020, 6, 7));
  EXPECT_EQ(First("7 июня 2020 г."), D(2020, 6, 7));
  EXPECT_EQ(First("2020年6月7日"), D(2020, 6, 7));
  EXPECT_EQ(First("2020년 6월 7일"), D(2020, 6, 7));
  EXPECT_EQ(First("2020. június 7."), D(2020, 6, 7));
  EXPECT_EQ(
      First("\xD9\xA7 \xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x88 \xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA0"),
      D(2020, 6, 7));  // Arabic-Indic digits and month name
  EXPECT_EQ(First("24 \xD9\x86\xD9\x8A\xD8\xB3\xD8\xA7\xD9\x86 / "
                  "\xD8\xA3\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84 2020"),
            D(2020, 4, 24));  // two names of one month
  EXPECT_EQ(First("07.06.2020 10:30"), D(2020, 6, 7));
  EXPECT_EQ(First("2020/06/07"), D(2020, 6, 7));
  EXPECT_EQ(First("2020-6-7"), D(2020, 6, 7));
}

TEST(DateText, AmbiguousNumbersFollowTheDayOrder) {
  EXPECT_EQ(First("06/07/2020", DayOrder::kMonthFirst), D(2020, 6, 7));
  EXPECT_EQ(First("06/07/2020", DayOrder::kDayFirst), D(2020, 7, 6));
  EXPECT_EQ(First("13/07/2020", DayOrder::kMonthFirst), D(2020, 7, 13));
  EXPECT_EQ(First("07.06.2020", DayOrder::kMonthFirst), D(2020, 6, 7));  // dots: day first
}

TEST(DateText, RejectsNonDates) {
  EXPECT_FALSE(First("3 hours ago"));
  EXPECT_FALSE(First("31/02/2020"));
  EXPECT_FALSE(First("A320/06/2020"));
  EXPECT_FALSE(First("version 1.2.2020.06.07"));
  EXPECT_FALSE(First("June 2020"));
  EXPECT_FALSE(First("© 2020"));
  EXPECT_FALSE(First(""));
  EXPECT_FALSE(First("\xFF\xFE\xC3"));
  EXPECT_EQ(MonthFromAnyName("Sept."), 9);
  EXPECT_EQ(MonthFromAnyName("OKTOBER"), 10);
  EXPECT_EQ(MonthFromAnyName("no"), 0);
}

TEST(DateValue, ParsesMachineValues) {
  auto v = ParseDateValue("2020-06-07T10:30:00.000Z", DayOrder::kDayFirst);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->iso, "2020-06-07T10:30:00Z");
  v = ParseDateValue(" 2020-06-07 10:30+0530 ", DayOrder::kDayFirst);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->iso, "2020-06-07T10:30:00+05:30");
  EXPECT_EQ(ParseDateValue("2020-06-07T10:30:00", DayOrder::kDayFirst)->iso, "2020-06-07");
  EXPECT_EQ(ParseDateValue("20200607", DayOrder::kDayFirst)->date, D(2020, 6, 7));
  EXPECT_EQ(ParseDateValue("Sun, 07 Jun 2020 10:30:00 GMT", DayOrder::kDayFirst)->date,
            D(2020, 6, 7));
  EXPECT_EQ(ParseDateValue("1591525800", DayOrder::kDayFirst, true)->date, D(2020, 6, 7));
  EXPECT_FALSE(ParseDateValue("1591525800", DayOrder::kDayFirst));
  EXPECT_FALSE(ParseDateValue("2020-13-01", DayOrder::kDayFirst));
  EXPECT_FALSE(ParseDateValue("the storm of 7 June 2020 hit", DayOrder::kDayFirst));
  EXPECT_FALSE(ParseDateValue("", DayOrder::kDayFirst));
}

TEST(UrlDate, FindsFullAndPartialDates) {
  auto u = FindUrlDate("https://n.test/news/2020/6/7/x.html", 1995, 2021);
  ASSERT_TRUE(u);
  EXPECT_TRUE(u->has_day);
  EXPECT_EQ(u->date, D(2020, 6, 7));
  u = FindUrlDate("https://n.test/202006071230-story", 1995, 2021);
  ASSERT_TRUE(u);
  EXPECT_TRUE(u->compact);
  EXPECT_EQ(u->date, D(2020, 6, 7));
  u = FindUrlDate("https://n.test/2020/06/story", 1995, 2021);
  ASSERT_TRUE(u);
  EXPECT_FALSE(u->has_day);
  EXPECT_FALSE(FindUrlDate("https://n.test/article/12345678", 1995, 2021));
  EXPECT_FALSE(FindUrlDate("https://2020-06-07.test/", 1995, 2021));  // the host is ignored
  EXPECT_FALSE(FindUrlDate("https://n.test/2030/01/02/x", 1995, 2021));
  EXPECT_FALSE(FindUrlDate("", 1995, 2021));
}

}  // namespace
}  // namespace corroborate::html
