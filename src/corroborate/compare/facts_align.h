// Alignment of claims across articles: an IDF model over the story's sentences (rare shared words
// count most), a weighted cosine similarity between claims, and greedy grouping of claims that
// state the same thing into facts (agreed, partial, single).
#ifndef CORROBORATE_COMPARE_FACTS_ALIGN_H_
#define CORROBORATE_COMPARE_FACTS_ALIGN_H_

#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "corroborate/compare/claims.h"
#include "corroborate/core/findings.h"
#include "corroborate/text/document.h"

namespace corroborate::compare {

struct AlignOptions {
  double join_threshold = 0.30;  // least similarity for a claim to join a group
  size_t max_summary_bytes = 200;
};

class StoryModel {
 public:
  // `claims` must outlive the model: similarity between two of them uses vectors cached here.
  explicit StoryModel(std::span<const Claim> claims);
  // log(1 + N / df); unknown features weigh as the rarest.
  double Idf(const std::string& feature) const;
  // Weighted cosine of the claims' feature sets, in [0, 1].
  double Similarity(const Claim& a, const Claim& b) const;
  size_t num_claims() const { return n_; }
  // In how many claims the feature occurs.
  int Df(const std::string& feature) const;
  // True when the feature is in at most `share` of the claims (and always when in <= 3): rare
  // enough that sharing it says two claims may be about the same thing.
  bool IsRare(const std::string& feature, double share) const;

 private:
  // A claim's features as (feature id, idf weight), sorted by id, with the squared norm.
  struct Vector {
    std::vector<std::pair<int, double>> terms;
    double norm2 = 0;
  };
  const Vector* CachedVector(const Claim& c) const;
  static double Cosine(const Vector& a, const Vector& b);

  std::unordered_map<std::string, int> df_;
  std::unordered_map<std::string, int> ids_;
  std::vector<Vector> vectors_;  // one per claim of the span given at construction
  const Claim* base_ = nullptr;
  size_t n_ = 0;
};

struct ClaimGroup {
  std::vector<int> members;  // indices into the claims, lead-most first
  std::vector<int> articles;  // sorted, unique
};

// Groups claims of different articles that state the same thing; every claim ends in exactly
// one group (most are singletons). At most one mention per article per group.
std::vector<ClaimGroup> AlignClaims(std::span<const Claim> claims, const StoryModel& model,
                                    const AlignOptions& options = {});

// Facts from groups, sorted agreed, partial, single, then by article count.
std::vector<Fact> BuildFacts(std::span<const ClaimGroup> groups, std::span<const Claim> claims,
                             std::span<const text::Document> docs, const StoryModel& model,
                             const AlignOptions& options = {});

// The sentence text of `span`, whitespace collapsed, cut at a word boundary to <= `max_bytes`.
std::string SummaryText(std::string_view text, Span span, size_t max_bytes);

}  // namespace corroborate::compare

#endif  // CORROBORATE_COMPARE_FACTS_ALIGN_H_
