#include "corroborate/extract/quotes_marks.h"

#include "corroborate/common/utf8.h"

namespace corroborate::extract {
namespace {

enum class Mark {
  kNone,
  kOpenCurly,
  kOpenLow,
  kOpenGuillemet,
  kCloseCurly,
  kCloseGuillemet,
  kStraight
};

Mark Classify(char32_t c) {
  switch (c) {
    case 0x201C:
      return Mark::kOpenCurly;
    case 0x201E:
      return Mark::kOpenLow;
    case 0x00AB:
      return Mark::kOpenGuillemet;
    case 0x201D:
      return Mark::kCloseCurly;
    case 0x00BB:
      return Mark::kCloseGuillemet;
    case '"':
      return Mark::kStraight;
    default:
      return Mark::kNone;
  }
}

bool IsOpener(Mark m) {
  return m == Mark::kOpenCurly || m == Mark::kOpenLow || m == Mark::kOpenGuillemet ||
         m == Mark::kStraight;
}

// Whether `m` closes a quote opened by `open`. A straight quote inside a curly quote is nested;
// German „...“ closes with U+201C.
bool Closes(Mark open, Mark m) {
  switch (open) {
    case Mark::kStraight:
      return m == Mark::kStraight || m == Mark::kCloseCurly;
    case Mark::kOpenCurly:
      return m == Mark::kCloseCurly;
    case Mark::kOpenLow:
      return m == Mark::kCloseCurly || m == Mark::kOpenCurly;
    case Mark::kOpenGuillemet:
      return m == Mark::kCloseGuillemet;
    default:
      return false;
  }
}

bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

MarkedQuote MakePiece(std::string_view text, uint32_t open, uint32_t content_start,
                      uint32_t content_end, uint32_t outer_end, uint32_t paragraph, bool closed) {
  MarkedQuote q;
  q.outer = {open, outer_end};
  Span c = TrimSpan(text, {content_start, content_end});
  // The comma before a closing mark ("...,” she said) is punctuation of the report, not speech.
  while (!c.empty() && (text[c.end - 1] == ',' || text[c.end - 1] == ' ')) --c.end;
  c = TrimSpan(text, c);
  q.content = c;
  q.paragraph = paragraph;
  q.closed = closed;
  q.ends_with_period = !c.empty() && text[c.end - 1] == '.';
  return q;
}

}  // namespace

std::vector<MarkedQuote> FindMarkedQuotes(const text::Document& doc) {
  std::vector<MarkedQuote> out;
  const std::string_view text = doc.text();
  int next_group = 0;
  bool pending = false;  // out.back() is an unclosed piece awaiting a continuation
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Span span = doc.paragraphs[p].span;
    if (span.empty()) continue;
    int group = -1;  // >= 0: the first piece of this paragraph continues that group
    if (pending) {
      size_t first = span.start;
      if (IsOpener(Classify(utf8::Decode(text, &first)))) {
        group = out.back().group;
      } else if (out.size() < 2 || out[out.size() - 2].group != out.back().group) {
        out.pop_back();  // an unclosed quote nothing continues: its closing mark is lost
      }
      pending = false;
    }
    bool inside = false;
    Mark open_mark = Mark::kNone;
    uint32_t open = 0, content_start = 0;
    char32_t prev = 0;
    for (size_t pos = span.start; pos < span.end;) {
      const size_t at = pos;
      const char32_t c = utf8::Decode(text, &pos);
      const Mark m = Classify(c);
      if (m != Mark::kNone) {
        if (inside && Closes(open_mark, m)) {
          out.push_back(MakePiece(text, open, content_start, static_cast<uint32_t>(at),
                                  static_cast<uint32_t>(pos), p, true));
          out.back().group = group >= 0 ? group : next_group++;
          group = -1;
          inside = false;
        } else if (IsOpener(m) && (!inside || m == open_mark) && m != Mark::kStraight) {
          // A second opener of the same kind means the first one lost its closing mark.
          inside = true;
          open_mark = m;
          open = static_cast<uint32_t>(at);
          content_start = static_cast<uint32_t>(pos);
        } else if (!inside && m == Mark::kStraight && !IsAsciiDigit(prev)) {
          size_t q = pos;
          const char32_t after = pos < span.end ? utf8::Decode(text, &q) : 0;
          if (after != 0 && !utf8::IsSpace(after)) {
            inside = true;
            open_mark = m;
            open = static_cast<uint32_t>(at);
            content_start = static_cast<uint32_t>(pos);
          }
        }
      }
      prev = c;
    }
    if (inside) {
      out.push_back(MakePiece(text, open, content_start, span.end, span.end, p, false));
      out.back().group = group >= 0 ? group : next_group++;
      pending = true;
    }
  }
  if (pending && (out.size() < 2 || out[out.size() - 2].group != out.back().group)) {
    out.pop_back();
  }
  // Pieces with nothing inside ("" or “ ”) are not quotes.
  std::erase_if(out, [](const MarkedQuote& q) { return q.content.empty(); });
  return out;
}

}  // namespace corroborate::extract
