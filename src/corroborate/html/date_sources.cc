// Trust table (DateCandidate::strength), strongest first; JSON-LD and URLs are scored in date.cc:
//   98 JSON-LD datePublished of the page's article (90 dateCreated)
//   96 meta whose name says publication (article:published_time, pubdate, DC.date.issued)
//   92 itemprop=datePublished markup; <time pubdate>
//   88 a URL date with separators (/2020/06/07/); 70 a compact one (20200607)
//   85 <time>/<abbr> whose class or container says published / posted / entry-date
//   80 generic meta (date, DC.date, sailthru.date); 75 meta timestamps (Unix seconds)
//   60 the first other <time> of the body; 50 short elements with a date-like class
//   42 a dateline right after the headline (30 a date inside a sentence there, 25 and 22 for
//      later ones); 35 just before the headline
//   20 the most frequent date of the page's text
// Modified dates keep their source's strength but are only a last resort (date.cc).
#include "corroborate/html/date_sources.h"

#include <algorithm>
#include <array>

#include "corroborate/common/utf8.h"

namespace corroborate::html {
namespace {

bool Has(std::string_view s, std::string_view part) { return s.find(part) != s.npos; }

template <size_t N>
bool HasAny(std::string_view s, const std::array<std::string_view, N>& parts) {
  return std::any_of(parts.begin(), parts.end(), [&](std::string_view p) { return Has(s, p); });
}

constexpr std::array<std::string_view, 7> kModifiedKeys = {
    "modif", "updat", "revis", "lastmod", "last-mod", "edited", "changed"};
constexpr std::array<std::string_view, 6> kPublishedKeys = {"publish",  "pubdate", "pub-date",
                                                            "pub_date", "created", "issued"};

// Words that, just before a date in running text, mark it as a modification date.
constexpr std::array<std::string_view, 20> kModifiedWords = {
    "updated",       "update:",    "modified",   "aktualisiert", "geändert",
    "actualizado",   "actualiza",  "mis à jour", "modifié",      "atualizad",
    "aggiornat",     "bijgewerkt", "обновл",     "оновлен",      "güncelle",
    "zaktualizowan", "aktualizov", "ažurira",    "diperbarui",   "更新"};

std::string ClassAndId(const Node* n) {
  std::string s;
  AppendClassAndId(n, &s);
  return s;
}

// True when the words just before text[pos] (after `floor`, the end of the previous date)
// introduce an update.
bool ModifiedBefore(std::string_view text, size_t pos, size_t floor = 0) {
  size_t from = pos > 48 ? utf8::FloorBoundary(text, pos - 48) : 0;
  from = std::max(from, std::min(floor, pos));
  const std::string before = utf8::FoldForMatch(text.substr(from, pos - from));
  return HasAny(before, kModifiedWords);
}

void Add(const DateValue& v, DateSource source, DateKind kind, int strength,
         std::vector<DateCandidate>* out) {
  out->push_back({v.date, v.iso, source, kind, strength});
}

// The first date of a short text, skipping ones introduced as updates. Returns whether any
// date was found.
bool AddFromText(std::string_view text, DayOrder order, DateSource source, int strength,
                 std::vector<DateCandidate>* out) {
  bool found = false;
  size_t previous_end = 0;
  for (const TextDate& t : FindDatesInText(text, order)) {
    const bool modified = ModifiedBefore(text, t.begin, previous_end);
    previous_end = t.end;
    out->push_back({t.date, FormatIsoDate(t.date), source,
                    modified ? DateKind::kModified : DateKind::kPublished, strength});
    found = true;
    if (!modified) break;
  }
  return found;
}

bool DateLikeClass(std::string_view cls) {
  static constexpr std::array<std::string_view, 12> kHints = {
      "date",  "time",  "publish", "posted", "byline", "dateline",
      "datum", "fecha", "tarih",   "meta",   "author", "data"};
  if (Has(cls, "update") || Has(cls, "modif")) return false;
  return HasAny(cls, kHints);
}

}  // namespace

void CollectMetaDates(const Dom& dom, DayOrder order, std::vector<DateCandidate>* out) {
  ForEachElement(dom.root(), [&](const Node* n) {
    if (Name(n) != "meta") return true;
    std::string key;
    for (const char* attr : {"property", "name", "itemprop", "http-equiv"}) {
      key = utf8::AsciiLower(Attr(n, attr));
      if (!key.empty()) break;
    }
    if (key.empty() || Has(key, "expir") || Has(key, "valid")) return false;
    const bool timestamp = Has(key, "timestamp");
    if (!Has(key, "date") && !Has(key, "time") && !Has(key, "publish") && !Has(key, "created") &&
        !Has(key, "issued") && !Has(key, "modified")) {
      return false;
    }
    std::string_view value = Attr(n, "content");
    if (value.empty()) value = Attr(n, "datetime");
    auto v = ParseDateValue(value, order, timestamp);
    if (!v) return false;
    if (HasAny(key, kModifiedKeys)) {
      Add(*v, DateSource::kMeta, DateKind::kModified, 80, out);
    } else if (HasAny(key, kPublishedKeys)) {
      Add(*v, DateSource::kMeta, DateKind::kPublished, key == "datepublished" ? 92 : 96, out);
    } else if (timestamp) {
      Add(*v, DateSource::kMeta, DateKind::kUnknown, 75, out);
    } else if (Has(key, "date")) {
      Add(*v, DateSource::kMeta, DateKind::kUnknown, 80, out);
    }
    return false;
  });
}

void CollectMarkupDates(const Dom& dom, DayOrder order, OtherRegions* regions,
                        std::vector<DateCandidate>* out) {
  bool first_time = true;
  std::string cls;  // reused: most elements have a class to look at
  ForEachElement(dom.body(), [&](const Node* n) {
    const std::string_view name = Name(n);
    if (name == "script" || name == "style" || name == "meta") return false;
    const bool is_time = name == "time" || name == "abbr";
    if (!is_time && Attr(n, "class").empty() && Attr(n, "id").empty() &&
        Attr(n, "itemprop").empty()) {
      return true;  // the common case, without allocating
    }
    const std::string itemprop = utf8::AsciiLower(Attr(n, "itemprop"));
    const bool date_prop =
        itemprop == "datepublished" || itemprop == "datecreated" || itemprop == "datemodified";
    cls.clear();
    AppendClassAndId(n, &cls);
    if (!is_time && !date_prop && !DateLikeClass(cls)) return true;
    if (regions->Contains(n)) return false;
    std::string_view attr_value = Attr(n, "datetime");
    if (attr_value.empty()) attr_value = Attr(n, "content");
    if (attr_value.empty() && name == "abbr") attr_value = Attr(n, "title");
    // Only short texts are read for a date (below), so a long container is not read whole.
    const std::string text = attr_value.empty() ? TextOf(n, 400) : std::string();
    const std::string_view value = attr_value.empty() ? std::string_view(text) : attr_value;
    if (date_prop) {
      if (auto v = ParseDateValue(value, order)) {
        const DateKind kind =
            itemprop == "datemodified" ? DateKind::kModified : DateKind::kPublished;
        Add(*v, DateSource::kMarkup, kind, 92, out);
      }
      return false;
    }
    if (is_time) {
      auto v = ParseDateValue(value, order);
      if (!v) return false;
      bool pubdate = false;
      Attr(n, "pubdate", &pubdate);
      const std::string context = cls + " " + ClassAndId(n->parent);
      if (Has(context, "update") || Has(context, "modif")) {
        Add(*v, DateSource::kTime, DateKind::kModified, 85, out);
      } else if (pubdate) {
        Add(*v, DateSource::kTime, DateKind::kPublished, 92, out);
      } else if (Has(context, "publish") || Has(context, "posted") || Has(context, "entry-date") ||
                 Has(context, "created")) {
        Add(*v, DateSource::kTime, DateKind::kPublished, 85, out);
      } else if (first_time) {
        Add(*v, DateSource::kTime, DateKind::kUnknown, 60, out);
      }
      first_time = false;
      return false;
    }
    // A long container, or a short one whose date sits in an attribute below: look inside.
    if (text.size() > 300) return true;
    return !AddFromText(text, order, DateSource::kMarkup, 50, out);
  });
}

namespace {

// The node after `n` in document order, past n's children.
const Node* NextSkipping(const Node* n) {
  while (n != nullptr && n->next == nullptr) n = n->parent;
  return n == nullptr ? nullptr : n->next;
}

const Node* NextNode(const Node* n) {
  return n->children != nullptr ? n->children : NextSkipping(n);
}

}  // namespace

void CollectHeadlineDates(const Dom& dom, DayOrder order, OtherRegions* regions,
                          std::vector<DateCandidate>* out) {
  const Node* h1 = FindHeadline(dom, regions);
  if (h1 == nullptr) return;
  // Text after the headline, in document order, up to a few paragraphs. A date standing alone
  // in a short block is a dateline; one inside a sentence is more often an event in the story
  // or a photo caption.
  size_t chars = 0;
  bool short_found = false, long_found = false;
  const Node* cur = NextSkipping(h1);
  while (cur != nullptr && chars < 1500) {
    if (IsElement(cur)) {
      const std::string_view name = Name(cur);
      const bool skip = name == "script" || name == "style" || name == "noscript" ||
                        name == "template" || regions->Contains(cur);
      cur = skip ? NextSkipping(cur) : NextNode(cur);
      continue;
    }
    if (IsText(cur)) {
      const std::string_view text = Content(cur);
      chars += text.size();
      for (const TextDate& t : FindDatesInText(text, order)) {
        if (ModifiedBefore(text, t.begin)) continue;
        const bool standalone = TextOf(cur->parent, 200).size() <= 120;
        bool& found = standalone ? short_found : long_found;
        // Later dates are kept, weaker, for the URL-month check in date.cc.
        const int strength = found ? (standalone ? 25 : 22) : (standalone ? 42 : 30);
        out->push_back(
            {t.date, FormatIsoDate(t.date), DateSource::kText, DateKind::kPublished, strength});
        found = true;
      }
    }
    cur = NextNode(cur);
  }
  // Text just before it within its container (datelines set above titles).
  std::string before;
  for (const Node* p = h1->prev; p != nullptr && before.size() < 400; p = p->prev) {
    std::string t;
    AppendText(p, &t);
    before = t + " " + before;
  }
  const std::vector<TextDate> dates = FindDatesInText(before, order);
  if (!dates.empty() && !ModifiedBefore(before, dates.back().begin)) {
    out->push_back({dates.back().date, FormatIsoDate(dates.back().date), DateSource::kText,
                    DateKind::kPublished, 35});
  }
}

void CollectPageDates(const Dom& dom, DayOrder order, OtherRegions* regions,
                      std::vector<DateCandidate>* out) {
  std::vector<std::pair<Date, int>> counts;  // in order of first appearance
  ForEachElement(dom.body(), [&](const Node* n) {
    const std::string_view name = Name(n);
    if (name == "script" || name == "style" || name == "noscript" || name == "template") {
      return false;
    }
    if (regions->IsOther(n)) return false;  // ancestors were checked on the way down
    for (const Node* c = n->children; c != nullptr; c = c->next) {
      if (!IsText(c)) continue;
      const std::string_view text = Content(c);
      for (const TextDate& t : FindDatesInText(text, order)) {
        if (ModifiedBefore(text, t.begin)) continue;
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&](const auto& e) { return e.first == t.date; });
        if (it == counts.end()) {
          counts.push_back({t.date, 1});
        } else {
          ++it->second;
        }
      }
    }
    return true;
  });
  const auto best =
      std::max_element(counts.begin(), counts.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  if (best != counts.end()) {
    out->push_back(
        {best->first, FormatIsoDate(best->first), DateSource::kText, DateKind::kUnknown, 20});
  }
}

}  // namespace corroborate::html
