#include "corroborate/html/date.h"

#include <algorithm>
#include <chrono>
#include <vector>

#include "corroborate/common/utf8.h"
#include "corroborate/html/date_sources.h"
#include "corroborate/html/date_text.h"
#include "corroborate/html/date_url.h"
#include "corroborate/html/json_ld.h"

namespace corroborate::html {
namespace {

Date Today() {
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  return CivilFromDays(
      static_cast<long>(std::chrono::duration_cast<std::chrono::hours>(now).count() / 24));
}

// US pages write 06/07/2020 month first; nearly everyone else day first.
DayOrder OrderFor(const Dom& dom) {
  const std::string lang = utf8::AsciiLower(Attr(dom.root(), "lang"));
  if (lang == "en-us" || lang == "en_us" || lang == "en") return DayOrder::kMonthFirst;
  return DayOrder::kDayFirst;
}

void CollectJsonLd(const Dom& dom, std::string_view url, DayOrder order,
                   std::vector<DateCandidate>* out) {
  const std::vector<JsonLdItem> items = ReadJsonLd(dom);
  const JsonLdItem* main = MainJsonLdItem(items, url);
  if (main == nullptr) return;
  if (auto v = ParseDateValue(main->date_published, order)) {
    out->push_back({v->date, v->iso, DateSource::kJsonLd, DateKind::kPublished, 98});
  }
  if (auto v = ParseDateValue(main->date_created, order)) {
    out->push_back({v->date, v->iso, DateSource::kJsonLd, DateKind::kPublished, 90});
  }
  if (auto v = ParseDateValue(main->date_modified, order)) {
    out->push_back({v->date, v->iso, DateSource::kJsonLd, DateKind::kModified, 90});
  }
}

void CollectUrl(std::string_view url, int min_year, int max_year, std::vector<DateCandidate>* out) {
  auto u = FindUrlDate(url, min_year, max_year);
  if (!u || !u->has_day) return;
  out->push_back({u->date, FormatIsoDate(u->date), DateSource::kUrl, DateKind::kPublished,
                  u->compact ? 70 : 88});
}

// The URLs the page declares for itself (<link rel=canonical>, og:url): feeds and syndication
// often fetch a page under another address.
std::vector<std::string_view> DeclaredUrls(const Dom& dom) {
  std::vector<std::string_view> urls;
  ForEachElement(dom.head(), [&](const Node* n) {
    if (Name(n) == "link" && utf8::AsciiLower(Attr(n, "rel")) == "canonical") {
      urls.push_back(Attr(n, "href"));
    } else if (Name(n) == "meta" && Attr(n, "property") == "og:url") {
      urls.push_back(Attr(n, "content"));
    }
    return true;
  });
  return urls;
}

// A UTC timestamp's calendar day is not the one the publisher's readers saw. When the page
// itself shows the neighbouring day (in its URL or its dated markup) and the time is close
// enough to midnight for a real zone offset to explain it, the page's day wins.
const DateCandidate* LocalDay(const DateCandidate& best, const std::vector<DateCandidate>& ok) {
  const std::string& iso = best.iso;
  if (iso.size() < 20 || !(iso.back() == 'Z' || iso.ends_with("+00:00"))) return nullptr;
  const int hour = (iso[11] - '0') * 10 + (iso[12] - '0');
  for (const DateCandidate& c : ok) {
    if (c.iso.size() != 10 || c.kind == DateKind::kModified || c.strength < 85) continue;
    if (c.source == DateSource::kJsonLd || c.source == DateSource::kMeta) continue;
    if ((c.date == AddDays(best.date, -1) && hour < 10) ||
        (c.date == AddDays(best.date, 1) && hour >= 14)) {
      return &c;
    }
  }
  return nullptr;
}

// `best`, or when it falls outside the month the URL names, the strongest candidate inside it.
const DateCandidate* InMonth(const DateCandidate& best, const std::vector<DateCandidate>& ok,
                             const Date& month) {
  if (best.date.year == month.year && best.date.month == month.month) return &best;
  const DateCandidate* in = nullptr;
  for (const DateCandidate& c : ok) {
    if (c.kind == DateKind::kModified || c.date.year != month.year || c.date.month != month.month) {
      continue;
    }
    if (in == nullptr || c.strength > in->strength) in = &c;
  }
  return in != nullptr ? in : &best;
}

// True when a usable, non-modification candidate of at least `strength` is known.
bool HasPublished(const std::vector<DateCandidate>& all, const Date& today, const Date& earliest,
                  int strength) {
  return std::any_of(all.begin(), all.end(), [&](const DateCandidate& c) {
    return c.kind != DateKind::kModified && c.strength >= strength && c.date <= today &&
           c.date >= earliest;
  });
}

}  // namespace

const char* DateSourceName(DateSource s) {
  switch (s) {
    case DateSource::kNone:
      return "none";
    case DateSource::kJsonLd:
      return "json-ld";
    case DateSource::kMeta:
      return "meta";
    case DateSource::kTime:
      return "time";
    case DateSource::kMarkup:
      return "markup";
    case DateSource::kUrl:
      return "url";
    case DateSource::kText:
      return "text";
  }
  return "none";
}

PublishDate FindPublishDate(const Dom& dom, std::string_view page_url, const DateOptions& options) {
  // The system clock's UTC day may trail the publisher's by one (zones east of UTC).
  const Date today = options.today ? *options.today : AddDays(Today(), 1);
  const DayOrder order = OrderFor(dom);
  std::vector<DateCandidate> all;
  CollectJsonLd(dom, page_url, order, &all);
  CollectMetaDates(dom, order, &all);
  CollectUrl(page_url, options.earliest.year, today.year, &all);
  for (std::string_view url : DeclaredUrls(dom)) {
    CollectUrl(url, options.earliest.year, today.year, &all);
  }
  // A URL with only a year and month (/2020/06/slug) constrains the weaker sources.
  std::optional<UrlDate> month = FindUrlDate(page_url, options.earliest.year, today.year);
  if (month && month->has_day) month.reset();
  OtherRegions regions(dom);
  CollectMarkupDates(dom, order, &regions, &all);
  // The weaker text sources cannot beat any of the above, so they are read only when needed.
  if (month || !HasPublished(all, today, options.earliest, 50)) {
    CollectHeadlineDates(dom, order, &regions, &all);
    if (month || !HasPublished(all, today, options.earliest, 1)) {
      CollectPageDates(dom, order, &regions, &all);
    }
  }

  std::vector<DateCandidate> ok;
  for (DateCandidate& c : all) {
    if (c.date > today || c.date < options.earliest) continue;
    ok.push_back(std::move(c));
  }
  const DateCandidate* best = nullptr;
  for (const DateCandidate& c : ok) {
    if (c.kind == DateKind::kModified) continue;
    if (best == nullptr || c.strength > best->strength) best = &c;
  }
  if (best != nullptr) {
    if (const DateCandidate* local = LocalDay(*best, ok)) best = local;
    if (month && best->strength < 85) best = InMonth(*best, ok, month->date);
  } else {
    for (const DateCandidate& c : ok) {
      if (best == nullptr || c.strength > best->strength) best = &c;
    }
  }
  PublishDate out;
  if (best == nullptr) return out;
  out.date = best->date;
  out.iso = best->iso;
  out.source = best->source;
  out.guessed = best->strength < 60 || best->kind == DateKind::kModified;
  return out;
}

}  // namespace corroborate::html
