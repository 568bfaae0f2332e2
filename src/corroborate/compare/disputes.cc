#include "corroborate/compare/disputes.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <set>

#include "corroborate/compare/disputes_build.h"

namespace corroborate::compare {
namespace {

struct Range {
  double lo, hi;
};

Range RangeOf(const NumberSlot& n) {
  const double half = n.rounding / 2;
  switch (n.approx) {
    case Approx::kExact: return {n.value - half, n.value + half};
    case Approx::kAtLeast: return {n.value - half, std::numeric_limits<double>::infinity()};
    case Approx::kAtMost: return {n.value * 0.85 - half, n.value + half};
    case Approx::kAbout: return {n.value * 0.85 - half, n.value * 1.15 + half};
  }
  return {n.value, n.value};
}

// Stems within `radius` tokens of `token`, split at the spaces of hyphenated parts.
// The distinct stems within `radius` tokens of `token` (a token's stem may hold several,
// space-separated), sorted. Views into `c`.
std::vector<std::string_view> Window(const Claim& c, uint32_t token, uint32_t radius) {
  std::vector<std::string_view> out;
  const size_t lo = token >= radius ? token - radius : 0;
  const size_t hi = std::min<size_t>(c.token_stems.size(), token + radius + 1);
  for (size_t i = lo; i < hi; ++i) {
    const std::string_view all = c.token_stems[i];
    size_t pos = 0;
    while (pos < all.size()) {
      size_t end = all.find(' ', pos);
      if (end == std::string_view::npos) end = all.size();
      if (end > pos) out.push_back(all.substr(pos, end - pos));
      pos = end + 1;
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// How many content words, rare enough in the story to say two slots are about the same thing,
// their local contexts share. `skip` must not count (the unit itself).
int SharedContext(const Claim& a, uint32_t ta, const Claim& b, uint32_t tb,
                  const StoryModel& model, const std::string& skip) {
  const std::vector<std::string_view> wa = Window(a, ta, 12), wb = Window(b, tb, 12);
  int shared = 0;
  size_t i = 0, j = 0;
  while (i < wa.size() && j < wb.size()) {
    if (wa[i] < wb[j]) {
      ++i;
    } else if (wb[j] < wa[i]) {
      ++j;
    } else {
      if (wa[i] != skip && model.IsRare(std::string(wa[i]), 1.0 / 3)) ++shared;
      ++i;
      ++j;
    }
  }
  return shared;
}

// Slots are compared when their sentences align, or when the sentences align loosely and the
// words right around the two slots agree strongly.
bool SlotsAligned(double sim, int shared, const DisputeOptions& o) {
  return shared >= 2 && (sim >= o.align_threshold || (shared >= 3 && sim >= o.loose_threshold));
}

// Currency, percentages and measures are numbers; anything else counted is a count.
bool IsMeasure(const std::string& unit) {
  static constexpr std::string_view kMeasures[] = {
      "$", "€", "£", "%", "feet", "foot", "mile", "inch", "pound", "acr", "degre", "meter",
      "metr", "kilomet", "kilogram", "ton", "tonn", "gallon", "yard", "hour", "minut", "day",
      "week", "month", "year", "second", "night"};
  for (std::string_view m : kMeasures) {
    if (unit == m) return true;
  }
  return false;
}

// True when one of `names` (folded full names) has `surname` as a word.
bool NamesMention(const std::set<std::string>& names, const std::string& surname) {
  if (surname.empty()) return false;
  for (const std::string& n : names) {
    size_t pos = n.find(surname);
    while (pos != std::string::npos) {
      const bool start = pos == 0 || n[pos - 1] == ' ' || n[pos - 1] == '-';
      const size_t end = pos + surname.size();
      if (start && (end == n.size() || n[end] == ' ' || n[end] == '-')) return true;
      pos = n.find(surname, pos + 1);
    }
  }
  return false;
}

// An event class as a noun for a dispute's `about` ("escape", "failure", "injuries").
std::string EventNoun(std::string_view cls) {
  static constexpr std::pair<std::string_view, std::string_view> kNouns[] = {
      {"die", "deaths"},          {"evacuate", "evacuation"}, {"explode", "explosion"},
      {"fail", "failure"},        {"injure", "injuries"},     {"resign", "resignation"},
      {"rob", "robbery"}};
  for (const auto& [c, noun] : kNouns) {
    if (c == cls) return std::string(noun);
  }
  return std::string(cls);
}

// The event class both claims report, as a noun, or "" when they share none.
std::string EventOf(const Claim& a, const Claim& b) {
  for (const std::string& e : a.events) {
    if (std::binary_search(b.events.begin(), b.events.end(), e)) return EventNoun(e);
  }
  return "";
}

std::string DateValue(const DateSlot& d) {
  std::string v = d.weekday >= 0 ? kWeekdayNames[d.weekday] : "";
  if (d.date) v += (v.empty() ? "" : " (") + FormatIsoDate(*d.date) + (v.empty() ? "" : ")");
  return v;
}

}  // namespace

bool NumbersCompatible(const NumberSlot& a, const NumberSlot& b) {
  if (a.unit != b.unit) return true;
  const Range ra = RangeOf(a), rb = RangeOf(b);
  return ra.lo <= rb.hi && rb.lo <= ra.hi;
}

bool PlacesCompatible(const PlaceSlot& a, const PlaceSlot& b) {
  if (a.folded == b.folded) return true;
  if (a.level != b.level) return true;  // a town and a county or state: containment is unknown
  if (a.level != PlaceLevel::kLocality && a.level != PlaceLevel::kCounty) return true;
  if (a.container == b.folded || b.container == a.folded) return true;
  // "Calder" and "Calder Heights": one is part of the other's name.
  auto words_in = [](const std::string& x, const std::string& y) {
    return (" " + y + " ").find(" " + x + " ") != std::string::npos;
  };
  return words_in(a.folded, b.folded) || words_in(b.folded, a.folded);
}

bool DatesCompatible(const DateSlot& a, const DateSlot& b) {
  if (a.date && b.date) return *a.date == *b.date;
  if (a.weekday >= 0 && b.weekday >= 0) return a.weekday == b.weekday;
  return true;
}

std::vector<Dispute> FindDisputes(std::span<const Claim> claims, const StoryModel& model,
                                  const DisputeOptions& options) {
  DisputeBuilder numbers(DisputeKind::kNumber), counts(DisputeKind::kCount),
      places(DisputeKind::kPlace), dates(DisputeKind::kDate), actors(DisputeKind::kActor);
  // Names each article uses anywhere: an article naming both places is not a variant.
  std::map<int, std::set<std::string>> article_places;
  for (const Claim& c : claims) {
    for (const PlaceSlot& p : c.places) article_places[c.article].insert(p.folded);
    for (const std::string& n : c.names) article_places[c.article].insert(n);
  }
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& a = claims[i];
    if (a.numbers.empty() && a.places.empty() && a.dates.empty()) continue;
    if (a.stems.size() < 4) continue;  // fragments ("4 per cent") carry no context
    for (size_t j = i + 1; j < claims.size(); ++j) {
      const Claim& b = claims[j];
      if (b.article == a.article) continue;
      if (b.numbers.empty() && b.places.empty() && b.dates.empty()) continue;
      if (b.stems.size() < 4) continue;
      const double sim = model.Similarity(a, b);
      if (sim < options.loose_threshold) continue;
      for (size_t x = 0; x < a.numbers.size(); ++x) {
        for (size_t y = 0; y < b.numbers.size(); ++y) {
          const NumberSlot& na = a.numbers[x];
          const NumberSlot& nb = b.numbers[y];
          if (na.unit != nb.unit) continue;
          // Orders of magnitude apart: two different quantities, not a misreport.
          const double ratio = std::max(na.value, nb.value) / std::max(1e-9, std::min(na.value, nb.value));
          if (ratio > 5) continue;
          if (!SlotsAligned(sim, SharedContext(a, na.token, b, nb.token, model, na.unit), options)) {
            continue;
          }
          std::string about = na.unit == "$" || na.unit == "€" || na.unit == "£"
                                  ? "amount (" + na.unit + ")"
                              : na.unit == "%" ? "percentage"
                                               : "number of " + na.display.substr(na.display.rfind(' ') + 1);
          const std::string ev = EventOf(a, b);
          if (!ev.empty()) about += " (" + ev + ")";
          (IsMeasure(na.unit) ? numbers : counts).AddEdge({static_cast<int>(i), static_cast<int>(x)},
                          {static_cast<int>(j), static_cast<int>(y)},
                          !NumbersCompatible(na, nb), about);
        }
      }
      for (size_t x = 0; x < a.places.size(); ++x) {
        for (size_t y = 0; y < b.places.size(); ++y) {
          const PlaceSlot& pa = a.places[x];
          const PlaceSlot& pb = b.places[y];
          if (pa.origin || pb.origin || pa.level != pb.level) continue;
          if (pa.level != PlaceLevel::kLocality && pa.level != PlaceLevel::kCounty) continue;
          // Town names are the least certain slot (no full gazetteer): sentences must align.
          if (sim < options.align_threshold ||
              !SlotsAligned(sim, SharedContext(a, pa.token, b, pb.token, model, ""), options)) {
            continue;
          }
          const bool conflict = !PlacesCompatible(pa, pb);
          if (conflict && (article_places[a.article].count(pb.folded) ||
                           article_places[b.article].count(pa.folded))) {
            continue;
          }
          const std::string ev = EventOf(a, b);
          places.AddEdge({static_cast<int>(i), static_cast<int>(x)},
                         {static_cast<int>(j), static_cast<int>(y)}, conflict,
                         ev.empty() ? "place" : "place of the " + ev);
        }
      }
      // Actor: two aligned sentences that open with different people doing the same thing.
      // An article that names the other person anywhere is no witness (both may have acted).
      if (!a.actor_event.empty() && a.actor_event == b.actor_event && !a.quoted && !b.quoted &&
          sim >= options.align_threshold &&
          SharedContext(a, 0, b, 0, model, "") >= 2) {
        const bool conflict = a.actor != b.actor;
        if (!conflict || (!article_places[a.article].count(b.actor) &&
                          !NamesMention(article_places[a.article], b.actor) &&
                          !NamesMention(article_places[b.article], a.actor))) {
          actors.AddEdge({static_cast<int>(i), 0}, {static_cast<int>(j), 0}, conflict,
                         "who did the " + EventNoun(a.actor_event));
        }
      }
      for (size_t x = 0; x < a.dates.size(); ++x) {
        for (size_t y = 0; y < b.dates.size(); ++y) {
          const DateSlot& da = a.dates[x];
          const DateSlot& db = b.dates[y];
          if (da.event.empty() || da.event != db.event || sim < options.align_threshold) continue;
          dates.AddEdge({static_cast<int>(i), static_cast<int>(x)},
                        {static_cast<int>(j), static_cast<int>(y)}, !DatesCompatible(da, db),
                        "day of the " + EventNoun(da.event));
        }
      }
    }
  }
  std::vector<Dispute> out;
  for (const DisputeBuilder* builder : {&numbers, &counts}) {
    builder->Build(
        claims,
        [&](SlotRef r) { return claims[r.claim].numbers[r.slot].display; },
        [&](SlotRef r) { return claims[r.claim].numbers[r.slot].span; },
        [&](SlotRef r, SlotRef s) {
          return NumbersCompatible(claims[r.claim].numbers[r.slot], claims[s.claim].numbers[s.slot]);
        },
        [&](SlotRef r) { return claims[r.claim].numbers[r.slot].approx == Approx::kExact ? 0 : 1; },
        &out);
  }
  places.Build(
      claims,
      [&](SlotRef r) {
        const PlaceSlot& p = claims[r.claim].places[r.slot];
        return p.name;
      },
      [&](SlotRef r) { return claims[r.claim].places[r.slot].span; },
      [&](SlotRef r, SlotRef s) {
        return PlacesCompatible(claims[r.claim].places[r.slot], claims[s.claim].places[s.slot]);
      },
      [&](SlotRef) { return 0; }, &out);
  dates.Build(
      claims, [&](SlotRef r) { return DateValue(claims[r.claim].dates[r.slot]); },
      [&](SlotRef r) { return claims[r.claim].dates[r.slot].span; },
      [&](SlotRef r, SlotRef s) {
        return DatesCompatible(claims[r.claim].dates[r.slot], claims[s.claim].dates[s.slot]);
      },
      [&](SlotRef r) { return claims[r.claim].dates[r.slot].date ? 0 : 1; }, &out);
  actors.Build(
      claims, [&](SlotRef r) { return claims[r.claim].actor_name; },
      [&](SlotRef r) { return claims[r.claim].actor_span; },
      [&](SlotRef r, SlotRef s) { return claims[r.claim].actor == claims[s.claim].actor; },
      [&](SlotRef) { return 0; }, &out);
  FindQualifierDisputes(claims, model, &out);
  MergeDuplicateDisputes(&out);
  return out;
}

}  // namespace corroborate::compare
