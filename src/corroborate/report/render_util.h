// Helpers shared by the text, Markdown and HTML writers: reading the report JSON document
// (docs/report-schema.md) without throwing on a missing or mistyped key, naming its articles, and
// making any string from it safe to print. All accept any bytes and any JSON value.
#ifndef CORROBORATE_REPORT_RENDER_UTIL_H_
#define CORROBORATE_REPORT_RENDER_UTIL_H_

#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace corroborate::report {

// Returns `bytes` as valid UTF-8: each byte that does not start a valid sequence (overlong forms,
// surrogates and code points past U+10FFFF included) becomes U+FFFD.
std::string SanitizeUtf8(std::string_view bytes);

// Returns `bytes` fit for one line of output: valid UTF-8, every run of whitespace (line breaks
// and Unicode spaces included) collapsed to one space, control characters (C0, DEL, C1) and bidi
// embedding/override/isolate characters dropped, leading and trailing spaces trimmed.
std::string OneLine(std::string_view bytes);

// Returns at most `max_chars` code points of the valid UTF-8 `text`, ending in "…" when cut.
// Never splits a code point. REQUIRES: max_chars >= 1.
std::string Truncate(std::string_view text, size_t max_chars);

// Returns object[key] when `object` is an object and that value is a string, else "".
std::string StringField(const nlohmann::json& object, const std::string& key);

// Returns object[key] when `object` is an object holding `key`, else a reference to a static null
// (valid for the life of the program).
const nlohmann::json& Field(const nlohmann::json& object, const std::string& key);

// Returns object[key] when `object` is an object and that value is an array, else a reference to
// a static empty array (valid for the life of the program).
const nlohmann::json& ArrayField(const nlohmann::json& object, const std::string& key);

// Returns the article ids a finding refers to: finding["articles"] when it is a non-empty array,
// else the `article` of each object in the `evidence` array (in order, duplicates kept).
nlohmann::json ArticlesOf(const nlohmann::json& finding, const nlohmann::json& evidence);

// Returns a lookup key for an article id as it appears in the document: the string itself, or
// the compact JSON text of any other value ("3" for the number 3). Never throws.
std::string IdKey(const nlohmann::json& id);

// The report's articles as findings refer to them: by `id`, or (when a number matches no id) by
// index into `articles`. Display names are the outlet when known and non-empty, else the id;
// when several articles share an outlet each becomes "Outlet (id)".
class ArticleNames {
 public:
  explicit ArticleNames(const nlohmann::json& report);

  // Returns the index in `articles` of the article `id` refers to, or -1.
  int Index(const nlohmann::json& id) const;
  // Returns the display name of article `index` (one line, valid UTF-8), or "" when out of range.
  const std::string& NameAt(int index) const;
  // Returns the display name for `id`; an id that names no article displays as itself.
  std::string Name(const nlohmann::json& id) const;
  // Returns the names of `ids` (an array; anything else gives "") joined with ", ", each once.
  std::string Names(const nlohmann::json& ids) const;
  int size() const { return static_cast<int>(names_.size()); }

 private:
  std::vector<std::string> names_;          // by index in `articles`
  std::map<std::string, int> index_by_id_;  // IdKey(id) -> index
};

// The slots of the report's `event` object in display order: key and label.
inline constexpr std::pair<const char*, const char*> kEventSlots[] = {
    {"who", "Who"},     {"what", "What"}, {"when", "When"},
    {"where", "Where"}, {"why", "Why"},   {"how", "How"}};

// The distinct outlets of `articles` (one line each, non-empty, in order of first appearance)
// and how many articles name no outlet.
struct OutletList {
  std::vector<std::string> outlets;
  size_t without_outlet = 0;
};
OutletList ListOutlets(const nlohmann::json& articles);

// How many of `facts` have each known status.
struct FactCounts {
  size_t agreed = 0;
  size_t partial = 0;
  size_t single = 0;
};
FactCounts CountFacts(const nlohmann::json& facts);

// Returns whether `status` is one of "agreed", "partial" and "single".
bool IsKnownFactStatus(std::string_view status);

// Returns the objects of `facts` (an array) ordered by status: agreed, partial, single, then any
// other status, keeping the document's order within each. The pointers borrow from `facts`.
std::vector<const nlohmann::json*> FactsByStatus(const nlohmann::json& facts);

// Returns the bytes covered by the `removed` spans (objects with integer `start` < `end`),
// overlaps counted twice.
long long RemovedBytes(const nlohmann::json& removed);

}  // namespace corroborate::report

#endif  // CORROBORATE_REPORT_RENDER_UTIL_H_
