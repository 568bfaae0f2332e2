// ArticleAnalysis: what the per-article extractors find in one Document. Every span indexes the
// article's text and lies outside its removed spans. The compare stage aligns these across
// articles.
#ifndef CORROBORATE_EXTRACT_ANALYSIS_H_
#define CORROBORATE_EXTRACT_ANALYSIS_H_

#include <optional>
#include <string>
#include <vector>

#include "corroborate/common/date.h"
#include "corroborate/core/findings.h"
#include "corroborate/core/span.h"

namespace corroborate::extract {

// A social-media post embedded in the article: its body stays in the text as a statement by its
// account; its chrome ("— Name (@handle) June 21, 2025", "pic.twitter.com/...") is clutter.
struct EmbeddedPost {
  Span body;                        // the post's own words
  Span chrome;                      // the attribution line (removed as clutter)
  std::string account;              // display name ("County Sheriff")
  std::string handle;               // "@CountySheriff", or "" when absent
  std::optional<Date> date;
};

// A direct quote in one article (PARC-style source–cue–content).
struct QuoteMention {
  Span content;            // inside the quotation marks, or the post body
  std::string speaker;     // resolved name ("ICE Colorado", "Maria Lopez"), "" when unknown
  Span speaker_span;       // where the speaker is named (empty when unknown)
  std::string cue;         // "said", "according to", "colon", "post", "pronoun", ...
  bool from_post = false;  // the content is an embedded post's body
};

// An article citing another outlet, agency, account, person or pollster.
struct CitationMention {
  std::string cites;  // "Metro Wire", "@CountySheriff", "Pew Research Center"
  CitationKind kind = CitationKind::kOutlet;
  Span cue;           // "via Metro Wire", "Metro Wire reported", "told the Herald"
};

// A named entity mention.
struct EntityMention {
  Span span;
  std::string name;  // the surface form, normalized spacing
  ActorKind kind = ActorKind::kPerson;
};

// A descriptive noun phrase naming an entity: "the fugitive", "a 34-year-old Riverton man",
// "an illegal alien from El Salvador", "the Salvadoran national".
struct LabelMention {
  Span span;
  std::string label;  // normalized phrase (lowercase, typographic marks folded)
  int entity = -1;    // index into ArticleAnalysis::entities when tied (apposition, coreference)
};

struct EditorialMention {
  Span span;
  std::string reason;
};

struct LoadedMention {
  Span span;
  std::string word;      // the lexicon entry matched
  std::string category;  // "pejorative", "dehumanizing", "intensifier", "euphemism", ...
};

struct ArticleAnalysis {
  std::vector<EmbeddedPost> posts;
  std::vector<QuoteMention> quotes;
  std::vector<CitationMention> citations;
  std::vector<EntityMention> entities;
  std::vector<LabelMention> labels;
  std::vector<EditorialMention> editorial;
  std::vector<LoadedMention> loaded;
};

}  // namespace corroborate::extract

#endif  // CORROBORATE_EXTRACT_ANALYSIS_H_
