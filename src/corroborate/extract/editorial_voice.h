// Whose words: the parts of an article body that are not the outlet's own voice — text inside
// quotation marks (the speaker's words) and embedded social posts (the account's words). Editorial
// and loaded-language findings skip them, so that an outlet is never blamed for words it quotes.
#ifndef CORROBORATE_EXTRACT_EDITORIAL_VOICE_H_
#define CORROBORATE_EXTRACT_EDITORIAL_VOICE_H_

#include <vector>

#include "corroborate/core/span.h"
#include "corroborate/text/document.h"

namespace corroborate::extract {

struct VoiceOptions {
  // Quotations of at most this many words stay in the outlet's voice: `holding a “vigil”` is the
  // outlet's framing (scare quotes), not reported speech. 0: every quotation is someone else's.
  int scare_quote_words = 0;
};

// The quoted and embedded-post byte ranges of a Document (sorted, disjoint). Quotation marks are
// “…”, «…» and ASCII "…" within one paragraph; a quotation left open runs to the paragraph's end
// (the press convention for quotes that continue into the next paragraph).
class VoiceMap {
 public:
  VoiceMap(const text::Document& doc, const VoiceOptions& options);

  // True when `span` lies inside quoted or post text.
  bool InOthers(Span span) const;
  // True when any byte of `span` is quoted or post text.
  bool TouchesOthers(Span span) const;
  // True when every token of the sentence is quoted or post text (or it has none).
  bool SentenceIsOthers(const text::Document& doc, const text::Sentence& s) const;

  const std::vector<Span>& others() const { return others_; }

 private:
  std::vector<Span> others_;
};

}  // namespace corroborate::extract

#endif  // CORROBORATE_EXTRACT_EDITORIAL_VOICE_H_
