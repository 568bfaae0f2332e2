#include "corroborate/ingest/language.h"

#include <cld2/public/compact_lang_det.h>

#include "corroborate/common/utf8.h"

namespace corroborate::ingest {
namespace {

// The primary subtag of a BCP 47 tag, lower case: "en-US" -> "en", "zh_Hant" -> "zh".
std::string Primary(std::string_view tag) {
  const size_t end = tag.find_first_of("-_");
  std::string p = utf8::AsciiLower(tag.substr(0, end));
  for (char c : p) {
    if (c < 'a' || c > 'z') return {};
  }
  return p.size() >= 2 && p.size() <= 3 ? p : std::string();
}

}  // namespace

LanguageGuess DetectLanguage(std::string_view text, std::string_view hint) {
  constexpr size_t kMaxBytes = 64 << 10;
  std::string sample = utf8::Sanitize(text.substr(0, kMaxBytes));
  bool reliable = false;
  const CLD2::Language lang = CLD2::DetectLanguage(sample.data(), static_cast<int>(sample.size()),
                                                   /*is_plain_text=*/true, &reliable);
  LanguageGuess g;
  const std::string declared = Primary(hint);
  if (lang != CLD2::UNKNOWN_LANGUAGE && (reliable || declared.empty())) {
    g.code = Primary(CLD2::LanguageCode(lang));
    g.reliable = reliable;
  }
  if (g.code.empty() || (!reliable && !declared.empty())) g.code = declared;
  return g;
}

}  // namespace corroborate::ingest
