// Quote cues (PARC's source–cue–content): the reporting verb, "according to" or colon lead-in
// next to a quote, and the source it names — a name ("Ana Ortiz"), or a pronoun or descriptor
// ("she", "the agency") that the caller resolves. Internal to extract.
#ifndef CORROBORATE_EXTRACT_QUOTES_CUES_H_
#define CORROBORATE_EXTRACT_QUOTES_CUES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "corroborate/core/span.h"
#include "corroborate/extract/quotes_marks.h"
#include "corroborate/extract/quotes_names.h"
#include "corroborate/text/document.h"

namespace corroborate::extract {

// Who a pronoun or a descriptor ("the agency") may refer to.
enum class Want { kPerson, kOrganization, kAny };

struct Cue {
  bool found = false;  // an explicit cue (reporting verb, "according to", colon lead-in)
  bool tight = false;  // the cue touches the quotation marks
  bool after = false;  // the cue follows the quote
  std::string speaker;
  Span span;        // the name, or the pronoun/descriptor while unresolved
  std::string cue;  // "said", "according to", "colon", ...
  // Set when the source is a pronoun or descriptor to resolve against earlier names.
  bool resolve = false;
  Want want = Want::kAny;
  std::string title;  // a descriptor that is also a title ("the sheriff"): prefer its bearer
};

// Finds cues around quotation marks in one Document. Borrows `doc`. Thread-compatible.
class CueFinder {
 public:
  explicit CueFinder(const text::Document& doc) : doc_(doc), tk_(doc.tokens) {}

  // “...,” X said / said X / according to X / he said. Never for a quote ending with a period
  // (what follows is a new sentence) or an unclosed piece.
  Cue After(const MarkedQuote& q) const;
  // X said: “...” / X said that “...” / According to X, “...” / X: “...” / a lead-in paragraph
  // ending with a colon. Looks no further back than byte `floor` (the previous quote's end).
  Cue Before(const MarkedQuote& q, uint32_t floor) const;

  // [first, end) token range of paragraph p.
  std::pair<uint32_t, uint32_t> ParaTokens(uint32_t p) const;
  // Index of the first token starting at or after byte `pos` (tokens.size() when none).
  uint32_t FirstTokenAtOrAfter(uint32_t pos) const;

 private:
  Cue FromRun(names::Run r, std::string_view cue_word, bool tight) const;
  Cue SubjectBefore(uint32_t lo, uint32_t v, bool tight) const;
  Cue ForwardName(uint32_t k, uint32_t hi, std::string_view cue_word) const;

  const text::Document& doc_;
  const std::vector<text::Token>& tk_;
};

}  // namespace corroborate::extract

#endif  // CORROBORATE_EXTRACT_QUOTES_CUES_H_
