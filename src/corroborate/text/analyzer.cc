#include "corroborate/text/analyzer.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <unordered_map>

#include "corroborate/common/utf8.h"

namespace corroborate::text {

struct Analyzer::Impl {
  std::unique_ptr<icu::BreakIterator> sentences;
  sb_stemmer* stemmer = nullptr;
  std::unordered_map<std::string, std::string> stem_cache;

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" suppresses breaks after common abbreviations (Mr., U.S., Gen.).
    sentences.reset(icu::BreakIterator::createSentenceInstance(
        icu::Locale("en_US@ss=standard"), status));
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en_US"), status));
    }
    stemmer = sb_stemmer_new("english", nullptr);
  }
  ~Impl() {
    if (stemmer != nullptr) sb_stemmer_delete(stemmer);
  }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;

const std::string& Analyzer::Stem(const std::string& norm) {
  auto it = impl_->stem_cache.find(norm);
  if (it != impl_->stem_cache.end()) return it->second;
  std::string stem = norm;
  if (impl_->stemmer != nullptr && !norm.empty() && norm.size() < 64) {
    const sb_symbol* s = sb_stemmer_stem(
        impl_->stemmer, reinterpret_cast<const sb_symbol*>(norm.data()),
        static_cast<int>(norm.size()));
    if (s != nullptr) {
      stem.assign(reinterpret_cast<const char*>(s),
                  static_cast<size_t>(sb_stemmer_length(impl_->stemmer)));
    }
  }
  if (impl_->stem_cache.size() > 200000) impl_->stem_cache.clear();  // bound memory
  return impl_->stem_cache.emplace(norm, std::move(stem)).first->second;
}

std::vector<Span> Analyzer::Sentences(std::string_view text, Span span) {
  std::vector<Span> out;
  if (span.empty()) return out;
  if (impl_->sentences == nullptr) {
    Span t = TrimSpan(text, span);
    if (!t.empty()) out.push_back(t);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data() + span.start,
                             static_cast<int64_t>(span.size()), &status);
  if (U_FAILURE(status)) return {TrimSpan(text, span)};
  impl_->sentences->setText(ut, status);
  int32_t prev = impl_->sentences->first();
  for (int32_t pos = impl_->sentences->next(); pos != icu::BreakIterator::DONE;
       pos = impl_->sentences->next()) {
    Span s = TrimSpan(text, {span.start + static_cast<uint32_t>(prev),
                             span.start + static_cast<uint32_t>(pos)});
    if (!s.empty()) out.push_back(s);
    prev = pos;
  }
  utext_close(ut);
  return out;
}

namespace {

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsCurrency(char32_t c) { return c == '$' || c == 0x20AC || c == 0xA3 || c == 0xA5; }

char32_t PeekAt(std::string_view text, size_t pos, size_t end) {
  if (pos >= end) return 0;
  size_t p = pos;
  return utf8::Decode(text, &p);
}

}  // namespace

void Analyzer::Tokenize(std::string_view text, Span span, std::vector<Token>* out) {
  size_t pos = span.start;
  const size_t end = std::min<size_t>(span.end, text.size());
  while (pos < end) {
    const size_t start = pos;
    size_t next = pos;
    const char32_t c = utf8::Decode(text, &next);
    if (IsCurrency(c) || c == '%') {
      Token t;
      t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(next)};
      t.norm = std::string(text.substr(start, next - start));
      t.stem = t.norm;
      t.flags = kSymbol;
      out->push_back(std::move(t));
      pos = next;
      continue;
    }
    const bool handle = c == '@' && utf8::IsAlnum(PeekAt(text, next, end));
    if (!handle && !utf8::IsAlnum(c)) {
      pos = next;
      continue;
    }
    // Scan a word: alnum runs joined by internal hyphens, apostrophes, and for numbers and
    // abbreviations by '.' or ',' followed by an alnum ("3.5", "1,200", "U.S").
    const bool number = IsDigit(c);
    size_t p = next;
    size_t possessive_end = 0;
    while (p < end) {
      size_t q = p;
      const char32_t d = utf8::Decode(text, &q);
      if (utf8::IsAlnum(d) || (handle && d == '_')) {
        p = q;
        continue;
      }
      const char32_t after = PeekAt(text, q, end);
      if (IsApostrophe(d) && utf8::IsAlnum(after)) {
        // "ICE's" -> "ICE" + possessive; "don't" stays whole.
        size_t r = q;
        utf8::Decode(text, &r);
        const char32_t after2 = PeekAt(text, r, end);
        if ((after == 's' || after == 'S') && !utf8::IsAlnum(after2)) {
          possessive_end = r;
          break;
        }
        p = q;
        continue;
      }
      if (IsHyphen(d) && utf8::IsAlnum(after)) {
        p = q;
        continue;
      }
      if ((d == '.' || d == ',') && utf8::IsAlnum(after)) {
        if (number && d == ',' && IsDigit(after)) { p = q; continue; }
        if (d == '.' && (number ? IsDigit(after) : true)) {
          // "U.S" but not "end.Next": only when the segment before is one letter.
          size_t seg_start = 0;
          utf8::DecodeBefore(text, p, &seg_start);
          const bool one_letter = seg_start == start ||
              !utf8::IsAlnum(utf8::DecodeBefore(text, seg_start, &seg_start));
          if (number || one_letter) { p = q; continue; }
        }
      }
      break;
    }
    // Trailing '.' of an abbreviation like "U.S." belongs to the token.
    if (!number && p < end && text[p] == '.' && p - start >= 3 && text[p - 2] == '.') ++p;
    Token t;
    t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(p)};
    const std::string_view raw = text.substr(start, p - start);
    t.norm = utf8::FoldForMatch(raw);
    if (number) t.flags |= kNumber;
    if (handle) t.flags |= kHandle;
    if (possessive_end != 0) t.flags |= kPossessive;
    size_t first = handle ? start + 1 : start;
    if (utf8::IsUpper(utf8::Decode(text, &first))) t.flags |= kCapitalized;
    int letters = 0, uppers = 0;
    for (size_t k = start; k < p;) {
      const char32_t e = utf8::Decode(text, &k);
      if (utf8::IsAlnum(e) && !IsDigit(e)) {
        ++letters;
        if (utf8::IsUpper(e)) ++uppers;
      }
    }
    if (letters >= 2 && uppers == letters) t.flags |= kAllCaps;
    t.stem = (number || handle) ? t.norm : Stem(t.norm);
    out->push_back(std::move(t));
    pos = possessive_end != 0 ? possessive_end : p;
  }
}

Document Analyzer::Analyze(const Article& article, int index) {
  Document doc;
  doc.article = &article;
  doc.index = index;
  const std::string_view text = article.text;
  doc.tokens.reserve(text.size() / 5);
  auto removed = article.removed.begin();
  for (Span line : SplitLines(text)) {
    // Cut the line at removed ranges; each remaining piece is a paragraph.
    uint32_t pos = line.start;
    while (pos < line.end) {
      while (removed != article.removed.end() && removed->span.end <= pos) ++removed;
      uint32_t piece_end = line.end;
      uint32_t resume = line.end;
      if (removed != article.removed.end() && removed->span.start < line.end) {
        piece_end = std::max(pos, removed->span.start);
        resume = std::min(line.end, std::max(pos, removed->span.end));
      }
      Span piece = TrimSpan(text, {pos, piece_end});
      if (!piece.empty()) {
        Paragraph para;
        para.span = piece;
        para.first_sentence = static_cast<uint32_t>(doc.sentences.size());
        for (Span s : Sentences(text, piece)) {
          Sentence sent;
          sent.span = s;
          sent.paragraph = static_cast<uint32_t>(doc.paragraphs.size());
          sent.first_token = static_cast<uint32_t>(doc.tokens.size());
          Tokenize(text, s, &doc.tokens);
          sent.end_token = static_cast<uint32_t>(doc.tokens.size());
          if (sent.end_token > sent.first_token) doc.tokens[sent.first_token].flags |= kSentenceStart;
          doc.sentences.push_back(sent);
        }
        para.end_sentence = static_cast<uint32_t>(doc.sentences.size());
        doc.paragraphs.push_back(para);
      }
      if (resume <= pos) break;
      pos = resume;
    }
  }
  return doc;
}

}  // namespace corroborate::text
