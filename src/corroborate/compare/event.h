// The 5W1H event summary of a story: who (the person most articles name as an actor), what (the
// best-supported fact, lead-most first), when (the resolved day most articles give for that
// fact's event), where (the most supported place not disputed away), why (a causal clause of an
// agreed fact). Slots stay empty when nothing supports them.
#ifndef CORROBORATE_COMPARE_EVENT_H_
#define CORROBORATE_COMPARE_EVENT_H_

#include <span>

#include "corroborate/compare/claims.h"
#include "corroborate/compare/facts_align.h"
#include "corroborate/core/findings.h"
#include "corroborate/text/document.h"

namespace corroborate::compare {

// `facts` sorted as BuildFacts returns them; `groups` the groups they were built from, in the
// order AlignClaims returned them (matched to facts through mentions).
Event BuildEvent(std::span<const Claim> claims, std::span<const Fact> facts,
                 std::span<const Dispute> disputes, std::span<const text::Document> docs);

}  // namespace corroborate::compare

#endif  // CORROBORATE_COMPARE_EVENT_H_
