#include "corroborate/common/date.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

TEST(DateTest, ParseForms) {
  EXPECT_EQ(ParseDate("2025-06-21"), (Date{2025, 6, 21}));
  EXPECT_EQ(ParseDate("2025-06-21T10:00:00Z"), (Date{2025, 6, 21}));
  EXPECT_EQ(ParseDate("June 21, 2025"), (Date{2025, 6, 21}));
  EXPECT_EQ(ParseDate("Jun. 21, 2025 10:30 AM"), (Date{2025, 6, 21}));
  EXPECT_EQ(ParseDate("21 June 2025"), (Date{2025, 6, 21}));
  EXPECT_EQ(ParseDate("Saturday, June 21, 2025"), (Date{2025, 6, 21}));
  EXPECT_EQ(ParseDate("06/21/2025"), (Date{2025, 6, 21}));
  EXPECT_FALSE(ParseDate("June 21, 2025 police said").has_value());
  EXPECT_FALSE(ParseDate("2025-02-30").has_value());
  EXPECT_FALSE(ParseDate("").has_value());
  EXPECT_FALSE(ParseDate("Sarah Johnson").has_value());
}

TEST(DateTest, Weekdays) {
  EXPECT_EQ(Weekday({2025, 6, 21}), 5);  // Saturday
  EXPECT_EQ(Weekday({1970, 1, 1}), 3);   // Thursday
  EXPECT_EQ(AddDays({2025, 3, 1}, -1), (Date{2025, 2, 28}));
  EXPECT_EQ(AddDays({2024, 12, 31}, 1), (Date{2025, 1, 1}));
  EXPECT_EQ(WeekdayFromName("Tuesday"), 1);
  EXPECT_EQ(WeekdayFromName("tue"), 1);
  EXPECT_EQ(WeekdayFromName("Tuesdays"), -1);
  EXPECT_EQ(MonthFromName("Sept."), 9);
  EXPECT_EQ(MonthFromName("may"), 5);
  EXPECT_EQ(MonthFromName("mayor"), 0);
  EXPECT_EQ(FormatIsoDate({2025, 6, 1}), "2025-06-01");
}

}  // namespace
}  // namespace corroborate
