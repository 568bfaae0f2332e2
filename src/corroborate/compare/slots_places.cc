// Place slots: capitalized names after a locative preposition ("in Fenwick", "at the Calder
// County Courthouse", "near Dunmore"), with a following ", State" recorded as the container.
#include <string>

#include "corroborate/common/date.h"
#include "corroborate/common/utf8.h"
#include "corroborate/compare/claims.h"
#include "corroborate/compare/slots_lexicon.h"

namespace corroborate::compare {
namespace {

using text::Token;

bool IsLocativePreposition(std::string_view w) {
  return w == "in" || w == "at" || w == "near" || w == "outside" || w == "from" || w == "on" ||
         w == "inside" || w == "across";
}

// True when the bytes between two tokens are only a comma and spaces.
bool CommaBetween(std::string_view text, const Token& a, const Token& b) {
  if (b.span.start < a.span.end || b.span.start > text.size()) return false;
  const std::string_view gap = text.substr(a.span.end, b.span.start - a.span.end);
  bool comma = false;
  for (char c : gap) {
    if (c == ',') {
      if (comma) return false;
      comma = true;
    } else if (c != ' ') {
      return false;
    }
  }
  return comma;
}

bool OnlySpacesBetween(std::string_view text, const Token& a, const Token& b) {
  if (b.span.start < a.span.end || b.span.start > text.size()) return false;
  for (char c : text.substr(a.span.end, b.span.start - a.span.end)) {
    if (c != ' ') return false;
  }
  return true;
}

bool IsNameToken(const Token& t) {
  return t.Has(text::kCapitalized) && !t.Has(text::kNumber) && !t.Has(text::kHandle) &&
         MonthFromName(t.norm) == 0 && WeekdayFromName(t.norm) < 0;
}

}  // namespace

void ExtractPlaces(std::string_view text, std::span<const Token> t, std::vector<PlaceSlot>* out) {
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (!IsLocativePreposition(t[i].norm)) continue;
    size_t k = i + 1;
    if (t[k].norm == "the") ++k;
    if (k >= t.size() || !IsNameToken(t[k])) continue;
    size_t end = k;  // exclusive
    while (end < t.size() && end - k < 4 && IsNameToken(t[end]) &&
           (end == k || OnlySpacesBetween(text, t[end - 1], t[end]))) {
      ++end;
      // "Cobb's Ferry" continues; "Smith's house" stops at the owner.
      if (t[end - 1].Has(text::kPossessive) &&
          !(end < t.size() && IsNameToken(t[end]) && !IsOrganizationHead(t[end].norm))) {
        break;
      }
    }
    const Token& last = t[end - 1];
    // Four capitalized words without a facility head are a title, not a place.
    if (end - k >= 4 && !IsFacilityHead(last.norm)) continue;
    // "at the Sheriff's Office", "in the Smith case": an owner, not a place.
    if (last.Has(text::kPossessive)) continue;
    bool org = false;
    for (size_t j = k; j < end; ++j) {
      if (IsOrganizationHead(t[j].norm) || t[j].Has(text::kAllCaps)) org = true;
    }
    if (org) continue;
    // "on" introduces places only with a facility or feature head ("on the Tamsin River").
    const bool facility = IsFacilityHead(last.norm);
    if (t[i].norm == "on" && !facility) continue;
    PlaceSlot p;
    p.span = {t[k].span.start, last.span.end};
    p.name = std::string(p.span.Of(text));
    p.folded = utf8::FoldForMatch(p.name);
    p.level = RegionLevel(p.folded);
    if (facility && p.level == PlaceLevel::kLocality) p.level = PlaceLevel::kFacility;
    p.origin = t[i].norm == "from";
    p.token = static_cast<uint32_t>(k);
    // "Denver, Colorado": a region after a comma is the container.
    if (end < t.size() && CommaBetween(text, last, t[end]) && IsNameToken(t[end])) {
      std::string region = t[end].norm;
      size_t rend = end + 1;
      PlaceLevel level = RegionLevel(region);
      if (level != PlaceLevel::kState && level != PlaceLevel::kCountry && rend < t.size()) {
        region += ' ' + t[rend].norm;
        ++rend;
        level = RegionLevel(region);
      }
      if (level == PlaceLevel::kState || level == PlaceLevel::kCountry) {
        p.container = region;
        end = rend;
      }
    }
    out->push_back(std::move(p));
    i = end - 1;
  }
}

}  // namespace corroborate::compare
