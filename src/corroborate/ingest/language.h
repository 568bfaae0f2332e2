// Language identification of article text (CLD2, as packaged by Debian).
#ifndef CORROBORATE_INGEST_LANGUAGE_H_
#define CORROBORATE_INGEST_LANGUAGE_H_

#include <string>
#include <string_view>

namespace corroborate::ingest {

struct LanguageGuess {
  std::string code;       // ISO 639-1 ("en", "de"; ISO 639-2/3 where 639-1 has none), or ""
  bool reliable = false;  // CLD2's own reliability flag
};

// The primary subtag of a BCP 47 language tag, lower case ("en-US" -> "en", "zh_Hant" -> "zh"),
// or "" when `tag` does not start with a 2-3 letter subtag.
std::string PrimaryLanguage(std::string_view tag);

// Detects the language of UTF-8 `text` (invalid bytes are tolerated; at most the first 4 KiB
// are read). `hint` is a declared language ("en-US", "de"), or "": when CLD2 is not reliable, a
// declared language wins. Thread-safe.
LanguageGuess DetectLanguage(std::string_view text, std::string_view hint = {});

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_LANGUAGE_H_
