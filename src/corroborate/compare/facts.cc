#include "corroborate/compare/facts.h"

#include "corroborate/compare/claims.h"
#include "corroborate/compare/disputes.h"
#include "corroborate/compare/event.h"
#include "corroborate/compare/facts_align.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::compare {

FactsResult CompareFacts(std::span<const text::Document> docs,
                         std::span<const extract::ArticleAnalysis> analyses) {
  FactsResult result;
  if (docs.empty()) return result;
  // Only for stemming the parts of hyphenated words; cheap to construct.
  text::Analyzer analyzer;
  static const extract::ArticleAnalysis kEmpty;
  std::vector<Claim> claims;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (!docs[i].article) continue;
    const extract::ArticleAnalysis& a = i < analyses.size() ? analyses[i] : kEmpty;
    std::vector<Claim> part = ExtractClaims(docs[i], a, &analyzer);
    claims.insert(claims.end(), std::make_move_iterator(part.begin()),
                  std::make_move_iterator(part.end()));
  }
  if (claims.empty()) return result;
  const StoryModel model(claims);
  const std::vector<ClaimGroup> groups = AlignClaims(claims, model);
  result.facts = BuildFacts(groups, claims, docs, model);
  result.disputes = FindDisputes(claims, model);
  result.event = BuildEvent(claims, result.facts, result.disputes, docs);
  return result;
}

}  // namespace corroborate::compare
