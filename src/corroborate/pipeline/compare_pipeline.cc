#include "corroborate/pipeline/compare_pipeline.h"

#include <algorithm>

#include "corroborate/common/utf8.h"
#include "corroborate/compare/actors.h"
#include "corroborate/compare/facts.h"
#include "corroborate/compare/quotes.h"
#include "corroborate/extract/analyze.h"
#include "corroborate/extract/clutter.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::pipeline {
namespace {

// Reuse direction from citations: when one article cites the other's outlet, the cited one is
// the source. Overrides the date-based guess.
void DirectReuseByCitations(Report* r) {
  auto cites_outlet_of = [&](int citing, int cited) {
    const auto& outlet = r->articles[static_cast<size_t>(cited)].outlet;
    if (!outlet) return false;
    const std::string want = utf8::FoldForMatch(*outlet);
    for (const Citation& c : r->citations) {
      if (c.article != citing) continue;
      const std::string got = utf8::FoldForMatch(c.cites);
      if (!got.empty() && (want.find(got) != std::string::npos ||
                           got.find(want) != std::string::npos)) {
        return true;
      }
    }
    return false;
  };
  for (Reuse& u : r->reuse) {
    if (cites_outlet_of(u.b, u.a)) {
      u.direction = 1;
      u.direction_reason = "citation";
    } else if (cites_outlet_of(u.a, u.b)) {
      u.direction = -1;
      u.direction_reason = "citation";
    }
  }
}

// The last line of defence for "nothing removed may appear in any finding".
template <typename T, typename F>
void DropRemoved(const Report& r, std::vector<T>* items, F evidence_of) {
  items->erase(std::remove_if(items->begin(), items->end(),
                              [&](const T& item) {
                                const Evidence& e = evidence_of(item);
                                return r.articles[static_cast<size_t>(e.article)].IsRemoved(e.span);
                              }),
               items->end());
}

void DropRemovedMentions(const Report& r, std::vector<Evidence>* list) {
  DropRemoved(r, list, [](const Evidence& e) -> const Evidence& { return e; });
}

void EnforceRemoved(Report* r) {
  for (Fact& f : r->facts) DropRemovedMentions(*r, &f.mentions);
  for (Dispute& d : r->disputes) {
    for (DisputeVariant& v : d.variants) DropRemovedMentions(*r, &v.mentions);
  }
  for (Quote& q : r->quotes) {
    DropRemovedMentions(*r, &q.mentions);
    DropRemovedMentions(*r, &q.speaker_mentions);
  }
  DropRemoved(*r, &r->citations, [](const Citation& c) -> const Evidence& { return c.cue; });
  DropRemoved(*r, &r->reuse, [](const Reuse& u) -> const Evidence& { return u.a_span; });
  DropRemoved(*r, &r->reuse, [](const Reuse& u) -> const Evidence& { return u.b_span; });
  for (Actor& a : r->actors) {
    DropRemovedMentions(*r, &a.mentions);
    DropRemoved(*r, &a.labels, [](const Label& l) -> const Evidence& { return l.evidence; });
  }
  DropRemoved(*r, &r->editorial, [](const Editorial& e) -> const Evidence& { return e.evidence; });
  DropRemoved(*r, &r->loaded_words,
              [](const LoadedWord& w) -> const Evidence& { return w.evidence; });
  for (auto* slot : {&r->event.who, &r->event.what, &r->event.when, &r->event.where,
                     &r->event.why, &r->event.how}) {
    if (*slot) DropRemovedMentions(*r, &(*slot)->evidence);
  }
}

}  // namespace

Report CompareArticles(std::vector<Article> articles, const CompareOptions& options) {
  Report r;
  r.articles = std::move(articles);
  const size_t n = r.articles.size();
  // Clutter first, so that no later stage ever sees it.
  std::vector<std::vector<extract::EmbeddedPost>> posts(n);
  for (size_t i = 0; i < n; ++i) {
    Article& a = r.articles[i];
    a.NormalizeRemoved();
    for (Removed& rm : extract::FindClutter(a, &posts[i])) a.removed.push_back(std::move(rm));
    a.NormalizeRemoved();
  }
  text::Analyzer analyzer;
  std::vector<text::Document> docs;
  std::vector<extract::ArticleAnalysis> analyses;
  docs.reserve(n);
  analyses.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    docs.push_back(analyzer.Analyze(r.articles[i], static_cast<int>(i)));
    analyses.push_back(extract::AnalyzeArticle(docs.back(), std::move(posts[i])));
    if (options.progress) options.progress(i + 1, n, "analysed");
  }
  for (size_t i = 0; i < n; ++i) {
    const int idx = static_cast<int>(i);
    for (const auto& c : analyses[i].citations) r.citations.push_back({idx, c.cites, c.kind, {idx, c.cue}});
    for (const auto& e : analyses[i].editorial) r.editorial.push_back({{idx, e.span}, e.reason});
    for (const auto& w : analyses[i].loaded) {
      r.loaded_words.push_back({{idx, w.span}, w.word, w.category});
    }
  }
  compare::FactsResult facts = compare::CompareFacts(docs, analyses);
  r.facts = std::move(facts.facts);
  r.disputes = std::move(facts.disputes);
  r.event = std::move(facts.event);
  r.quotes = compare::AlignQuotes(docs, analyses);
  r.actors = compare::ResolveActors(docs, analyses);
  r.reuse = dedup::FindReuse(docs, options.reuse);
  DirectReuseByCitations(&r);
  EnforceRemoved(&r);
  return r;
}

CompareRun RunCompare(const std::vector<std::string>& inputs, const CompareOptions& options) {
  ingest::ReadResult read = ingest::ReadInputs(inputs, options.read);
  CompareRun run;
  run.inputs_failed = read.inputs_failed;
  run.report = CompareArticles(std::move(read.articles), options);
  run.report.diagnostics = std::move(read.diagnostics);
  return run;
}

}  // namespace corroborate::pipeline
