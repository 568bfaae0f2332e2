#include "corroborate/ingest/language.h"

#include <cld2/public/compact_lang_det.h>

#include "corroborate/common/utf8.h"

namespace corroborate::ingest {

std::string PrimaryLanguage(std::string_view tag) {
  const size_t end = tag.find_first_of("-_");
  std::string p = utf8::AsciiLower(tag.substr(0, end));
  for (char c : p) {
    if (c < 'a' || c > 'z') return {};
  }
  return p.size() >= 2 && p.size() <= 3 ? p : std::string();
}

LanguageGuess DetectLanguage(std::string_view text, std::string_view hint) {
  // CLD2 is as sure of a language after a few hundred letters as after a whole book; past 4 KiB
  // more text only costs time (on the 181 AEB pages, 4 KiB gives the same languages as 64 KiB).
  constexpr size_t kMaxBytes = 4 << 10;
  std::string sample = utf8::Sanitize(text.substr(0, kMaxBytes));
  bool reliable = false;
  const CLD2::Language lang = CLD2::DetectLanguage(sample.data(), static_cast<int>(sample.size()),
                                                   /*is_plain_text=*/true, &reliable);
  LanguageGuess g;
  const std::string declared = PrimaryLanguage(hint);
  if (lang != CLD2::UNKNOWN_LANGUAGE && (reliable || declared.empty())) {
    g.code = PrimaryLanguage(CLD2::LanguageCode(lang));
    g.reliable = reliable;
  }
  if (g.code.empty() || (!reliable && !declared.empty())) g.code = declared;
  return g;
}

}  // namespace corroborate::ingest
