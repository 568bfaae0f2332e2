// Document: an article's body cut into paragraphs, sentences and tokens, each with byte spans
// into Article::text. Removed spans (metadata, clutter) are never part of a Document, so no stage
// that works on Documents can cite them.
#ifndef CORROBORATE_TEXT_DOCUMENT_H_
#define CORROBORATE_TEXT_DOCUMENT_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/core/article.h"
#include "corroborate/core/span.h"

namespace corroborate::text {

enum TokenFlag : uint8_t {
  kCapitalized = 1,  // first letter is upper case ("Denver", "ICE")
  kAllCaps = 2,      // two or more letters, all upper case ("ICE", "FBI")
  kNumber = 4,       // starts with a digit ("12", "3.5", "1,200", "2017")
  kSymbol = 8,       // a lone "$", "%", "€", "£"
  kHandle = 16,      // "@name"
  kPossessive = 32,  // followed by "'s" / "’s", which is not part of the span
  kSentenceStart = 64,  // first token of its sentence
};

struct Token {
  Span span;          // bytes of the token in the article text
  std::string norm;   // case-folded, typographic quotes/dashes mapped to ASCII
  std::string stem;   // Snowball English stem of `norm` (numbers and symbols: `norm`)
  uint8_t flags = 0;
  bool Has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  Span span;                // trimmed
  uint32_t paragraph = 0;   // index into Document::paragraphs
  uint32_t first_token = 0;  // [first_token, end_token) into Document::tokens
  uint32_t end_token = 0;
};

struct Paragraph {
  Span span;  // trimmed; one line of the input text (minus removed parts)
  uint32_t first_sentence = 0, end_sentence = 0;
};

struct Document {
  const Article* article = nullptr;  // borrowed: must outlive the Document
  int index = 0;                     // the article's index in the run
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  std::string_view text() const { return article->text; }
  std::string_view Of(Span s) const { return s.Of(article->text); }
  std::span<const Token> TokensOf(const Sentence& s) const {
    return std::span<const Token>(tokens).subspan(s.first_token, s.end_token - s.first_token);
  }
  // Index of the sentence containing byte `pos`, or -1.
  int SentenceAt(uint32_t pos) const;
};

// Splits `text` into lines, without the line terminators ("\n", "\r\n", "\r"). Empty lines are
// kept (as empty spans) so that callers can see paragraph breaks.
std::vector<Span> SplitLines(std::string_view text);

}  // namespace corroborate::text

#endif  // CORROBORATE_TEXT_DOCUMENT_H_
