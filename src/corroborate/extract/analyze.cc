#include "corroborate/extract/analyze.h"

#include "corroborate/extract/citations.h"
#include "corroborate/extract/editorial.h"
#include "corroborate/extract/entities.h"
#include "corroborate/extract/lexicon.h"
#include "corroborate/extract/quotes.h"

namespace corroborate::extract {

ArticleAnalysis AnalyzeArticle(const text::Document& doc, std::vector<EmbeddedPost> posts) {
  ArticleAnalysis a;
  a.posts = std::move(posts);
  a.entities = FindEntities(doc);
  a.labels = FindLabels(doc, a.entities);
  a.quotes = FindQuotes(doc, a.posts, a.entities);
  a.citations = FindCitations(doc, a.posts);
  a.editorial = FindEditorial(doc);
  a.loaded = FindLoadedWords(doc);
  return a;
}

}  // namespace corroborate::extract
