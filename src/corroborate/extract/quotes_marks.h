// Quotation marks: pairs of opening and closing marks in a Document's paragraphs, including the
// classic multi-paragraph convention (a paragraph that opens a quote without closing it continues
// into the next paragraph, which opens with a quotation mark again). Internal to extract.
#ifndef CORROBORATE_EXTRACT_QUOTES_MARKS_H_
#define CORROBORATE_EXTRACT_QUOTES_MARKS_H_

#include <cstdint>
#include <vector>

#include "corroborate/core/span.h"
#include "corroborate/text/document.h"

namespace corroborate::extract {

// One quoted piece within one paragraph.
struct MarkedQuote {
  Span outer;    // from the opening mark to just past the closing mark (or paragraph end)
  Span content;  // inside the marks, trimmed of spaces and a trailing comma
  uint32_t paragraph = 0;
  int group = 0;       // pieces of one multi-paragraph quote share a group; otherwise unique
  bool closed = true;  // false for a piece that continues into the next paragraph
  bool ends_with_period = false;  // the content's last character is '.' (a finished sentence)
};

// Recognised marks: “ ” (U+201C/D), „ (U+201E) as an opener, « » and the straight ". Single
// quotes (‘ ’) are only nested quotes and stay inside the content. A straight quote right after a
// digit is an inch mark. An unclosed piece is kept only when the next paragraph opens with a mark
// (it then continues there); otherwise it is dropped. Pieces are in text order.
std::vector<MarkedQuote> FindMarkedQuotes(const text::Document& doc);

}  // namespace corroborate::extract

#endif  // CORROBORATE_EXTRACT_QUOTES_MARKS_H_
