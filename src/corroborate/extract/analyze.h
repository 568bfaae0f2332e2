// The per-article extraction pass: runs every extractor on one Document.
#ifndef CORROBORATE_EXTRACT_ANALYZE_H_
#define CORROBORATE_EXTRACT_ANALYZE_H_

#include "corroborate/extract/analysis.h"
#include "corroborate/text/document.h"

namespace corroborate::extract {

// REQUIRES: `posts` came from FindClutter on the same article. Thread-safe.
ArticleAnalysis AnalyzeArticle(const text::Document& doc, std::vector<EmbeddedPost> posts);

}  // namespace corroborate::extract

#endif  // CORROBORATE_EXTRACT_ANALYZE_H_
