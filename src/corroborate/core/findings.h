// The findings of a comparison: what the outlets agree on, where they differ, who is quoted,
// who copied and cited whom, how actors are labelled. Plain data, filled by the extract, dedup
// and compare stages and serialized by report. Articles are referred to by index in
// Report::articles; every finding carries Evidence.
#ifndef CORROBORATE_CORE_FINDINGS_H_
#define CORROBORATE_CORE_FINDINGS_H_

#include <optional>
#include <string>
#include <vector>

#include "corroborate/core/article.h"
#include "corroborate/core/span.h"

namespace corroborate {

enum class FactStatus { kAgreed, kPartial, kSingle };
const char* FactStatusName(FactStatus s);

// A proposition stated by one or more articles, aligned across wordings.
struct Fact {
  std::string summary;            // a short readable statement (from the best mention)
  FactStatus status = FactStatus::kSingle;
  std::vector<int> articles;      // sorted, unique
  std::vector<Evidence> mentions;  // one or more per article
};

enum class DisputeKind { kQualifier, kPlace, kDate, kNumber, kCount, kActor };
const char* DisputeKindName(DisputeKind k);

struct DisputeVariant {
  std::string value;              // normalized value, e.g. "convicted", "Tuesday", "12"
  std::vector<int> articles;      // sorted, unique
  std::vector<Evidence> mentions;  // the value's spans (and its sentence when useful)
};

// Aligned statements that differ in one slot.
struct Dispute {
  std::string about;  // what the statements are about ("legal status of X", "injured count")
  DisputeKind kind = DisputeKind::kQualifier;
  std::vector<DisputeVariant> variants;  // two or more
};

enum class QuoteDifference { kSame, kTrimmed, kAltered };
const char* QuoteDifferenceName(QuoteDifference d);

struct QuoteVersion {
  std::string text;
  std::vector<int> articles;
  QuoteDifference difference = QuoteDifference::kSame;  // relative to the longest version
};

// One direct quote, carried by one or more articles.
struct Quote {
  std::string text;     // the longest version
  std::string speaker;  // resolved name, or "" when unknown
  std::vector<int> articles;
  std::vector<Evidence> mentions;          // the quoted content in each article
  std::vector<Evidence> speaker_mentions;  // where the speaker is named/cued
  bool altered = false;                    // some version differs in words, not only length
  std::vector<QuoteVersion> versions;
};

enum class CitationKind { kOutlet, kAgency, kAccount, kPollster, kPerson, kOrganization };
const char* CitationKindName(CitationKind k);

struct Citation {
  int article = 0;
  std::string cites;  // the cited outlet, agency, account (@handle) or pollster
  CitationKind kind = CitationKind::kOutlet;
  Evidence cue;  // e.g. the span "via The Courier" or "Metro Wire reported"
};

// A passage shared verbatim or near-verbatim by two articles.
struct Reuse {
  int a = 0, b = 0;
  Evidence a_span, b_span;
  double score = 0;       // aligned similarity in [0, 1]
  int direction = 0;      // +1: a copied from b is unlikely, b from a ("a->b"); -1: "b->a"; 0
  std::string direction_reason;  // "earlier publication", "citation", ""
};

struct Label {
  Evidence evidence;
  std::string label;      // the naming phrase as normalized text ("the fugitive")
  bool loaded = false;
  std::string category;   // lexicon category when loaded ("pejorative", "dehumanizing", ...)
};

enum class ActorKind { kPerson, kOrganization, kPlace, kGroup };
const char* ActorKindName(ActorKind k);

// A person, organisation, group or place, resolved across articles.
struct Actor {
  std::string name;  // canonical (longest full) name
  ActorKind kind = ActorKind::kPerson;
  std::vector<Evidence> mentions;
  std::vector<Label> labels;
};

// An opinion, satire or commentary passage.
struct Editorial {
  Evidence evidence;
  std::string reason;  // "editor's comment", "rhetorical question", "second person", ...
};

// A word from the loaded-language lexicon used in an article's body.
struct LoadedWord {
  Evidence evidence;
  std::string word;
  std::string category;
};

struct EventSlot {
  std::string value;
  std::vector<Evidence> evidence;
};

// Who / what / when / where / why / how, from the best-supported facts.
struct Event {
  std::optional<EventSlot> who, what, when, where, why, how;
};

// A problem with one input, reported without stopping the run.
struct Diagnostic {
  std::string input;
  std::string severity;  // "error" (input skipped) or "warning"
  std::string message;
};

struct Report {
  std::vector<Article> articles;
  std::vector<Fact> facts;
  std::vector<Dispute> disputes;
  std::vector<Quote> quotes;
  std::vector<Citation> citations;
  std::vector<Reuse> reuse;
  std::vector<Actor> actors;
  std::vector<Editorial> editorial;
  std::vector<LoadedWord> loaded_words;
  Event event;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace corroborate

#endif  // CORROBORATE_CORE_FINDINGS_H_
