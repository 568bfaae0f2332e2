// Analyzer: builds a Document from an Article — paragraphs (lines), sentences (ICU sentence
// breaks with abbreviation suppression, on UTF-8 directly so offsets stay byte offsets) and
// tokens (words, numbers, handles, with case-folded norms and Snowball stems).
#ifndef CORROBORATE_TEXT_ANALYZER_H_
#define CORROBORATE_TEXT_ANALYZER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "corroborate/core/article.h"
#include "corroborate/text/document.h"

namespace corroborate::text {

// Not thread-safe: use one Analyzer per thread. Construction loads ICU data (~1 ms).
class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Analyzes `article`'s body: its text minus `article.removed`.
  // REQUIRES: article.NormalizeRemoved() was called. `article` must outlive the result.
  Document Analyze(const Article& article, int index);

  // Sentence spans (trimmed, non-empty) of `span` within `text`.
  std::vector<Span> Sentences(std::string_view text, Span span);

  // Tokens of `span` within `text`, appended to `out`.
  void Tokenize(std::string_view text, Span span, std::vector<Token>* out);

  // The Snowball English stem of a case-folded word (cached).
  const std::string& Stem(const std::string& norm);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True for English function words ("the", "of", "said" is not one).
bool IsStopword(std::string_view norm);

}  // namespace corroborate::text

#endif  // CORROBORATE_TEXT_ANALYZER_H_
