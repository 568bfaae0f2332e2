// Sentence-level cues of an outlet speaking in its own voice: calls to action, rhetorical
// questions, second-person address, sarcasm, evaluative density, shouting. The word lists are
// data in editorial_cues.cc; see docs/lexicon.md for where they come from.
#ifndef CORROBORATE_EXTRACT_EDITORIAL_CUES_H_
#define CORROBORATE_EXTRACT_EDITORIAL_CUES_H_

#include <string_view>
#include <vector>

#include "corroborate/core/span.h"
#include "corroborate/extract/editorial_voice.h"
#include "corroborate/text/document.h"

namespace corroborate::extract::editorial_cues {

// The editorial reason of one sentence, or "" when it reads as reporting. `own` are the
// sentence's tokens outside quotations (in order, non-empty); `starts_own` is true when the
// sentence's first token is among them. Reasons: "call to action", "rhetorical question",
// "second person", "sarcasm", "evaluative", "emphasis".
std::string_view SentenceReason(std::string_view text, Span sentence,
                                const std::vector<const text::Token*>& own, bool starts_own,
                                const VoiceMap& voice);

// True for words that judge rather than describe ("stunning", "brazenly", "disturbing").
bool IsEvaluativeWord(std::string_view norm);

}  // namespace corroborate::extract::editorial_cues

#endif  // CORROBORATE_EXTRACT_EDITORIAL_CUES_H_
