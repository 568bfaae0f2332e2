// Building disputes from slot comparisons: slots linked by alignment form components; each
// component is split into variants of mutually compatible values; a component with a direct
// conflict between two variants becomes a Dispute. Internal to compare/.
#ifndef CORROBORATE_COMPARE_DISPUTES_BUILD_H_
#define CORROBORATE_COMPARE_DISPUTES_BUILD_H_

#include <functional>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "corroborate/compare/claims.h"
#include "corroborate/compare/facts_align.h"
#include "corroborate/core/findings.h"

namespace corroborate::compare {

// One slot of one claim.
struct SlotRef {
  int claim = 0, slot = 0;
  friend auto operator<=>(const SlotRef&, const SlotRef&) = default;
};

class DisputeBuilder {
 public:
  explicit DisputeBuilder(DisputeKind kind) : kind_(kind) {}
  // Records that two aligned slots agree (conflict = false) or disagree.
  void AddEdge(SlotRef a, SlotRef b, bool conflict, const std::string& about);
  // Appends one Dispute per component that holds a direct conflict. `value` names a slot's
  // value, `span` its bytes, `compatible` compares two slots, `rank` orders representatives
  // (lower first: exact values before hedged ones).
  void Build(std::span<const Claim> claims, const std::function<std::string(SlotRef)>& value,
             const std::function<Span(SlotRef)>& span,
             const std::function<bool(SlotRef, SlotRef)>& compatible,
             const std::function<int(SlotRef)>& rank, std::vector<Dispute>* out) const;

 private:
  DisputeKind kind_;
  std::map<SlotRef, int> ids_;
  std::vector<SlotRef> refs_;
  std::vector<std::pair<int, int>> conflicts_, agreements_;
  std::vector<std::string> about_;  // per conflict edge
  int Id(SlotRef r);
};

// Legal and casualty qualifiers about the same subject (a person, or a number of victims) whose
// classes differ across articles ("charged" vs "convicted" vs "unclear").
void FindQualifierDisputes(std::span<const Claim> claims, const StoryModel& model,
                           std::vector<Dispute>* out);

// Merges disputes of the same kind with the same set of values, and drops articles that appear
// in more than one variant of a dispute (they state both values).
void MergeDuplicateDisputes(std::vector<Dispute>* disputes);

}  // namespace corroborate::compare

#endif  // CORROBORATE_COMPARE_DISPUTES_BUILD_H_
