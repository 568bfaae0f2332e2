// Claims: one per body sentence, with typed slots (legal/casualty qualifiers, places, dates,
// numbers) each carrying its byte span, plus the features used to align claims across articles
// (content stems, names, event classes). Extraction works on text::Document tokens alone; the
// entities found by extract/ are used when present and are optional.
#ifndef CORROBORATE_COMPARE_CLAIMS_H_
#define CORROBORATE_COMPARE_CLAIMS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/common/date.h"
#include "corroborate/compare/slots_lexicon.h"
#include "corroborate/core/span.h"
#include "corroborate/extract/analysis.h"
#include "corroborate/text/analyzer.h"
#include "corroborate/text/document.h"

namespace corroborate::compare {

// The subject of a qualifier that follows a person-role noun but no name: "a fugitive accused
// of ...", "the suspect, who was convicted". Disputes resolve it to the story's main person.
inline constexpr const char* kRoleSubject = "@role";

// A legal or casualty status: "accused", "convicted", "unclear", "confirmed dead", "missing".
struct QualifierSlot {
  Span span;
  std::string value;     // normalized ("charged", "feared dead")
  uint32_t token = 0;    // index of the qualifier word within the sentence
  std::string subject;   // folded surname of the person it is about, "" when unknown, or
                         // kRoleSubject for an unnamed role noun ("a fugitive accused of")
  double count = -1;     // casualty qualifiers: how many people ("four people feared dead")
};

struct PlaceSlot {
  Span span;
  std::string name;     // as written, spacing normalized ("Harlan Mills")
  std::string folded;   // case-folded name
  PlaceLevel level = PlaceLevel::kLocality;
  std::string container;  // folded state/country written after it ("Brennock, Ohio"), or ""
  bool origin = false;    // introduced by "from": where someone comes from, not where it happened
  uint32_t token = 0;     // index of its first token within the sentence
};

struct DateSlot {
  Span span;
  std::optional<Date> date;  // resolved against the publication date, or explicit
  int weekday = -1;          // 0 = Monday; -1 when unknown
  std::string event;         // event class of the nearest event word, "" when none
  uint32_t token = 0;        // index of its first token within the sentence
  bool possessive = false;   // "Tuesday's escape": the event follows the date
};

// How a number is hedged: "more than 40" is a lower bound, "about 40" an estimate.
enum class Approx { kExact, kAtLeast, kAtMost, kAbout };

struct NumberSlot {
  Span span;          // the number with its approximator, currency and scale ("more than $2 million")
  double value = 0;
  Approx approx = Approx::kExact;
  double rounding = 1;  // the unit of the last significant digit as written (40 -> 10, 1.4m -> 1e5)
  std::string unit;     // "$", "%", or the stem of the head noun ("peopl", "home")
  std::string display;  // "$1.4 million", "12 people"
  uint32_t token = 0;   // index of the number token within the sentence
};

struct Claim {
  int article = 0;
  int sentence = 0;  // index in the Document
  int order = 0;     // position among the article's body sentences (0 = lead)
  Span span;
  std::vector<std::string> stems;   // sorted, unique content stems, names and event classes
  std::vector<std::string> names;   // sorted, unique folded capitalized names ("tobia venner")
  std::vector<std::string> events;  // sorted, unique event classes ("escape")
  // Per token of the sentence: its content stem (hyphenated words: their parts joined by ' '),
  // or "" for function words, numbers and symbols. Local context around slots.
  std::vector<std::string> token_stems;
  bool quoted = false;              // holds a direct quote: reported speech, not narration
  bool hedged = false;              // "reportedly", "may have", "it is unclear whether"
  std::vector<QualifierSlot> qualifiers;
  std::vector<PlaceSlot> places;
  std::vector<DateSlot> dates;
  std::vector<NumberSlot> numbers;
  std::string actor;       // folded surname of the first person named, "" when none
  std::string actor_name;  // that name as written ("Tobias Venner")
  Span actor_span;         // its bytes
  // The event class the actor is the agent of, when the sentence opens with the actor's name
  // followed closely by an event word ("Deputy Ray Cole shot the dog"), else "".
  std::string actor_event;
};

// The claims of one article, one per sentence of `doc` (sentences without content are skipped).
// `analyzer` stems sub-words of hyphenated tokens. REQUIRES: doc.article is set.
std::vector<Claim> ExtractClaims(const text::Document& doc,
                                 const extract::ArticleAnalysis& analysis,
                                 text::Analyzer* analyzer);

// Slot extractors over one sentence's tokens, exposed for tests. `published` resolves relative
// dates; a weekday resolves to the latest such day on or before it.
// `text` is the article text the tokens index (for punctuation between tokens).
void ExtractNumbers(std::string_view text, std::span<const text::Token> tokens,
                    std::vector<NumberSlot>* out);
void ExtractDates(std::span<const text::Token> tokens, const std::optional<Date>& published,
                  std::vector<DateSlot>* out);
void ExtractPlaces(std::string_view text, std::span<const text::Token> tokens,
                   std::vector<PlaceSlot>* out);
// Subjects are left empty; ExtractClaims fills them from the names around each qualifier.
void ExtractQualifiers(std::span<const text::Token> tokens, std::vector<QualifierSlot>* out);

}  // namespace corroborate::compare

#endif  // CORROBORATE_COMPARE_CLAIMS_H_
