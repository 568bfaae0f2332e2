// Line rules for clutter: the phrase lists (data) and the per-line tests FindClutter combines.
// Every test takes a line already folded with utf8::FoldForMatch and trimmed, so that curly
// apostrophes, dashes and case never matter.
#ifndef CORROBORATE_EXTRACT_CLUTTER_RULES_H_
#define CORROBORATE_EXTRACT_CLUTTER_RULES_H_

#include <string_view>

namespace corroborate::extract::clutter_rules {

// What a line is, judged on its own words. kNone: body text (or undecided).
enum class LineKind {
  kNone,
  kAd,              // "Advertisement", "Story continues below advertisement"
  kShare,           // "Like this article? Share it with your friends!"
  kNewsletter,      // "Sign up for our newsletter."
  kPromo,           // "Download the ... app", "Support independent journalism. Donate today."
  kDisclaimer,      // "The opinions expressed ... do not necessarily reflect ..."
  kReadMore,        // "READ THE FULL ARTICLE AT ...", "Read the full story at ..."
  kSyndication,     // "This story originally appeared in ..."
  kRelatedLine,     // "Related: <headline>", "Read more: <headline>"
  kRelatedHeading,  // "Related Stories", "You May Also Like": the lines after it are headlines
  kTagsLine,        // "Tags: a, b, c"
  kTagsHeading,     // "Topics": the line after it is a run of tags
};

// The reason FindClutter reports for `kind` ("clutter: share prompt"); "" for kNone.
std::string_view ReasonOf(LineKind kind);

// Returns the number of words of `line`, words being separated by runs of spaces and tabs: the
// `words` the tests below take.
int CountWords(std::string_view line);

// Classifies one folded, trimmed line with `words` whitespace-separated words.
LineKind Classify(std::string_view folded, int words);

// True for a line that reads like a headline in a list: short, no sentence-final period.
bool HeadlineLike(std::string_view folded, int words);

// True when the line is a run of tags: no sentence punctuation inside or at the end.
bool TagRunLike(std::string_view folded, int words);

// True when the line starts with a click-bait opener ("click here", "you won't believe").
bool HasClickbaitOpener(std::string_view folded);

// True for words typical of ad teasers ("trick", "weird", "doctors", "your").
bool IsClickbaitWord(std::string_view folded_word);

}  // namespace corroborate::extract::clutter_rules

#endif  // CORROBORATE_EXTRACT_CLUTTER_RULES_H_
