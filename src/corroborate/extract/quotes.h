// Direct quotes and their speakers: "X said", "according to X", "X said in a post", a colon
// lead-in, an embedded post, pronouns resolved within the paragraph; multi-paragraph quotes.
#ifndef CORROBORATE_EXTRACT_QUOTES_H_
#define CORROBORATE_EXTRACT_QUOTES_H_

#include <vector>

#include "corroborate/extract/analysis.h"
#include "corroborate/text/document.h"

namespace corroborate::extract {

// Returns the quotes of `doc`; `posts` are the article's embedded posts (each becomes a quote by
// its account) and `entities` its entity mentions (for pronoun resolution).
std::vector<QuoteMention> FindQuotes(const text::Document& doc,
                                     const std::vector<EmbeddedPost>& posts,
                                     const std::vector<EntityMention>& entities);

}  // namespace corroborate::extract

#endif  // CORROBORATE_EXTRACT_QUOTES_H_
