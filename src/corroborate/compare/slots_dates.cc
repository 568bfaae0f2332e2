// Date slots: explicit dates ("March 11", "Oct. 18, 2024", "11 March"), weekdays ("on Tuesday",
// "last Sunday") and relative days ("yesterday", "this morning", "last night"), resolved against
// the article's publication date when it is known.
#include <cstdlib>

#include "corroborate/common/date.h"
#include "corroborate/compare/claims.h"

namespace corroborate::compare {
namespace {

using text::Token;

bool IsDaypart(std::string_view w) {
  return w == "morning" || w == "afternoon" || w == "evening" || w == "night" || w == "noon" ||
         w == "overnight";
}

int SmallInt(const Token& t, int lo, int hi) {
  if (!t.Has(text::kNumber)) return -1;
  for (char c : t.norm) {
    if (c < '0' || c > '9') return -1;
  }
  if (t.norm.size() > 4) return -1;
  const int v = std::atoi(t.norm.c_str());
  return (v >= lo && v <= hi) ? v : -1;
}

// The year a month/day without year most likely refers to: the publication year, or the year
// before when that would put the date more than a month after publication.
int GuessYear(int month, int day, const std::optional<Date>& published) {
  if (!published) return 0;
  Date d{published->year, month, day};
  if (IsValidDate(d) && DaysFromCivil(d) > DaysFromCivil(*published) + 31) return published->year - 1;
  return published->year;
}

void Push(std::span<const Token> t, size_t first, size_t last, std::optional<Date> date,
          int weekday, std::vector<DateSlot>* out) {
  DateSlot s;
  s.span = {t[first].span.start, t[last].span.end};
  if (date && !IsValidDate(*date)) date.reset();
  s.date = date;
  s.weekday = date ? Weekday(*date) : weekday;
  s.token = static_cast<uint32_t>(first);
  s.possessive = t[last].Has(text::kPossessive);
  out->push_back(std::move(s));
}

// Pushes the date whose month and day are tokens `first` and `first + 1` (in either order): the
// year is token `first + 2` when that is one, else guessed from `published`. Returns the index of
// the date's last token.
size_t PushMonthDay(std::span<const Token> t, size_t first, int month, int day,
                    const std::optional<Date>& published, std::vector<DateSlot>* out) {
  size_t last = first + 1;
  int year = first + 2 < t.size() ? SmallInt(t[first + 2], 1800, 2100) : -1;
  if (year > 0) {
    last = first + 2;
  } else {
    year = GuessYear(month, day, published);
  }
  std::optional<Date> d;
  if (year > 0) d = Date{year, month, day};
  Push(t, first, last, d, -1, out);
  return last;
}

}  // namespace

void ExtractDates(std::span<const Token> t, const std::optional<Date>& published,
                  std::vector<DateSlot>* out) {
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].norm;
    // "March 11", "Oct. 18, 2024".
    if (const int month = MonthFromName(w);
        month > 0 && t[i].Has(text::kCapitalized) && i + 1 < t.size()) {
      const int day = SmallInt(t[i + 1], 1, 31);
      if (day > 0) {
        i = PushMonthDay(t, i, month, day, published, out);
        continue;
      }
    }
    // "11 March 2025".
    if (const int day = SmallInt(t[i], 1, 31); day > 0 && i + 1 < t.size()) {
      const int month = MonthFromName(t[i + 1].norm);
      if (month > 0 && t[i + 1].Has(text::kCapitalized)) {
        i = PushMonthDay(t, i, month, day, published, out);
        continue;
      }
    }
    const int wd = w.size() >= 6 ? WeekdayFromName(w) : -1;
    if (wd >= 0 && t[i].Has(text::kCapitalized)) {
      const bool last_kw = i > 0 && t[i - 1].norm == "last";
      const bool next_kw = i > 0 && (t[i - 1].norm == "next" || t[i - 1].norm == "this" ||
                                     t[i - 1].norm == "coming");
      // "Monday, March 10": the explicit date that follows carries the day.
      if (i + 2 < t.size() && MonthFromName(t[i + 1].norm) > 0 && SmallInt(t[i + 2], 1, 31) > 0) {
        continue;
      }
      if (next_kw) continue;  // the future: nothing reported yet
      size_t last = i;
      if (i + 1 < t.size() && IsDaypart(t[i + 1].norm) && !t[i].Has(text::kPossessive)) last = i + 1;
      std::optional<Date> d;
      if (published) {
        long back = (Weekday(*published) - wd + 7) % 7;
        if (last_kw && back == 0) back = 7;
        d = AddDays(*published, -back);
      }
      Push(t, last_kw ? i - 1 : i, last, d, wd, out);
      i = last;
      continue;
    }
    if (!published) continue;
    if (w == "yesterday") {
      size_t last = i;
      if (i + 1 < t.size() && IsDaypart(t[i + 1].norm)) last = i + 1;
      Push(t, i, last, AddDays(*published, -1), -1, out);
      i = last;
    } else if (w == "today" || w == "tonight") {
      Push(t, i, i, *published, -1, out);
    } else if (i + 1 < t.size() && (w == "this" || w == "early" || w == "late") &&
               IsDaypart(t[i + 1].norm) && t[i + 1].norm != "night") {
      // "this morning"; "early this morning" is caught at "this".
      Push(t, i, i + 1, *published, -1, out);
      ++i;
    } else if (w == "last" && i + 1 < t.size() && t[i + 1].norm == "night") {
      Push(t, i, i + 1, AddDays(*published, -1), -1, out);
      ++i;
    }
  }
}

}  // namespace corroborate::compare
