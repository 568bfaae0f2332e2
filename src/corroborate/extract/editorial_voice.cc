#include "corroborate/extract/editorial_voice.h"

#include <algorithm>

#include "corroborate/common/utf8.h"
#include "corroborate/extract/clutter_posts.h"

namespace corroborate::extract {
namespace {

int WordsIn(std::string_view text, Span s) {
  int n = 0;
  bool in_word = false;
  for (size_t p = s.start; p < s.end && p < text.size();) {
    const bool alnum = utf8::IsAlnum(utf8::Decode(text, &p));
    if (alnum && !in_word) ++n;
    in_word = alnum;
  }
  return n;
}

// Appends the quotations of one paragraph, marks included.
void QuotesOf(std::string_view text, Span para, const VoiceOptions& options,
              std::vector<Span>* out) {
  bool open = false;
  char32_t closer = 0;
  uint32_t start = 0;
  auto emit = [&](uint32_t end) {
    const Span q{start, end};
    if (options.scare_quote_words <= 0 || WordsIn(text, q) > options.scare_quote_words) {
      out->push_back(q);
    }
  };
  for (size_t p = para.start; p < para.end && p < text.size();) {
    const uint32_t at = static_cast<uint32_t>(p);
    // Quotation marks are '"' or start with byte 0xE2 (“ ” „) or 0xC2 (« »): skip other bytes
    // without decoding.
    const unsigned char b = static_cast<unsigned char>(text[p]);
    if (b != '"' && b != 0xE2 && b != 0xC2) {
      ++p;
      continue;
    }
    const char32_t c = utf8::Decode(text, &p);
    if (!open) {
      if (c == 0x201C || c == 0x201E) {
        closer = 0x201D;
      } else if (c == 0xAB) {
        closer = 0xBB;
      } else if (c == '"') {
        closer = '"';
      } else {
        continue;
      }
      open = true;
      start = at;
      continue;
    }
    // Inside: the matching closer ends the quotation; a straight quote also closes a curly one
    // (mixed marks are common in copied text).
    if (c == closer || (closer == 0x201D && c == '"')) {
      emit(static_cast<uint32_t>(p));
      open = false;
    }
  }
  if (open) emit(para.end);
}

}  // namespace

VoiceMap::VoiceMap(const text::Document& doc, const VoiceOptions& options) {
  if (doc.article == nullptr) return;
  const std::string_view text = doc.text();
  for (const text::Paragraph& para : doc.paragraphs) QuotesOf(text, para.span, options, &others_);
  for (Span body : PostBodies(*doc.article)) others_.push_back(body);
  std::sort(others_.begin(), others_.end());
  std::vector<Span> merged;
  for (Span s : others_) {
    if (!merged.empty() && s.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  others_ = std::move(merged);
}

bool VoiceMap::InOthers(Span span) const {
  auto it = std::upper_bound(others_.begin(), others_.end(), span.start,
                             [](uint32_t pos, Span s) { return pos < s.end; });
  return it != others_.end() && it->Contains(span);
}

bool VoiceMap::TouchesOthers(Span span) const {
  auto it = std::upper_bound(others_.begin(), others_.end(), span.start,
                             [](uint32_t pos, Span s) { return pos < s.end; });
  return it != others_.end() && it->start < span.end;
}

bool VoiceMap::SentenceIsOthers(const text::Document& doc, const text::Sentence& s) const {
  for (const text::Token& t : doc.TokensOf(s)) {
    if (!InOthers(t.span)) return false;
  }
  return true;
}

}  // namespace corroborate::extract
