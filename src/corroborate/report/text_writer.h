// Plain-text rendering of a report: the one-screen summary an editor reads in a terminal.
//
// The text, Markdown and HTML writers render the report *JSON document* described in
// docs/report-schema.md (schema "corroborate.report/1"), not the engine's C++ types, so they
// depend only on that contract. None of them throws on a missing or mistyped key: a partially
// filled report renders what it has. All are deterministic (the same document gives the same
// bytes) and always return valid UTF-8, whatever bytes the document's strings hold.
#ifndef CORROBORATE_REPORT_TEXT_WRITER_H_
#define CORROBORATE_REPORT_TEXT_WRITER_H_

#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate::report {

struct TextOptions {
  // Emit ANSI color escapes. Set it when stdout is a terminal; when false the output holds no
  // escape or other control character except '\n'.
  bool color = false;
  // Wrap lines at this many terminal columns (wide CJK characters count as two). Values below
  // 40 act as 40.
  int width = 100;
};

// Returns the terminal summary of `report`: a header line (articles and outlets), the event
// (who/what/when/where/why/how), disputes first, then fact counts and the agreed facts, quotes,
// citations, reuse, actor labels per outlet, editorial passages, loaded words, removed clutter
// and diagnostics. Long lists are capped ("… N more"); empty sections are left out. Articles are
// named by outlet when known, else by id. Never throws; thread-safe.
std::string RenderText(const nlohmann::json& report, const TextOptions& options = {});

// ---------------------------------------------------------------------------------------------
// Helpers shared by the three writers. All accept any bytes and any JSON value.

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

}  // namespace corroborate::report

#endif  // CORROBORATE_REPORT_TEXT_WRITER_H_
