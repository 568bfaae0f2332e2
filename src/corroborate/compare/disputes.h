// Disputes: aligned claims of different articles whose same-typed slots disagree. Numbers of the
// same unit beyond approximators and rounding, towns that do not contain each other, days that
// differ once resolved, and legal or casualty qualifiers of different classes. Precision first:
// slots are compared only between claims that align and whose local contexts share words, and an
// article that states both values is left out of the dispute.
#ifndef CORROBORATE_COMPARE_DISPUTES_H_
#define CORROBORATE_COMPARE_DISPUTES_H_

#include <span>
#include <vector>

#include "corroborate/compare/claims.h"
#include "corroborate/compare/facts_align.h"
#include "corroborate/core/findings.h"

namespace corroborate::compare {

struct DisputeOptions {
  double align_threshold = 0.22;  // least claim similarity for slots to be compared
  double loose_threshold = 0.15;  // ... when the slots' local contexts share 3+ rare words
};

std::vector<Dispute> FindDisputes(std::span<const Claim> claims, const StoryModel& model,
                                  const DisputeOptions& options = {});

// True when two numbers of the same unit can describe the same quantity ("more than 40" and
// "42", "$356 million" and "over $356 million", "40" and "42" as rounding).
bool NumbersCompatible(const NumberSlot& a, const NumberSlot& b);
// True when two place slots can name the same place (equal, one inside the other's name, a city
// and its state, or levels that cannot be compared).
bool PlacesCompatible(const PlaceSlot& a, const PlaceSlot& b);
// True when two dates can be the same day.
bool DatesCompatible(const DateSlot& a, const DateSlot& b);

}  // namespace corroborate::compare

#endif  // CORROBORATE_COMPARE_DISPUTES_H_
