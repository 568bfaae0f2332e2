#include "corroborate/extract/editorial.h"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>

#include "corroborate/common/utf8.h"
#include "corroborate/extract/editorial_cues.h"
#include "corroborate/extract/editorial_voice.h"

namespace corroborate::extract {
namespace {

using text::Document;
using text::Sentence;
using text::Token;

// Headings after which the outlet speaks for itself.
constexpr std::string_view kCommentHeadings[] = {"editor's comments",
                                                 "editor's comment",
                                                 "editors comments",
                                                 "editors' comments",
                                                 "editor's note",
                                                 "editor's take",
                                                 "editor's view",
                                                 "our take",
                                                 "our view",
                                                 "our opinion",
                                                 "opinion",
                                                 "commentary",
                                                 "my take",
                                                 "the bottom line",
                                                 "bottom line",
                                                 "editorial",
                                                 "the editorial board's view"};

std::string HeadingKey(std::string_view raw) {
  std::string k = utf8::FoldForMatch(raw);
  while (!k.empty() && (k.back() == ':' || k.back() == '.' || k.back() == ' ')) k.pop_back();
  return k;
}

bool IsCommentHeading(std::string_view raw) {
  if (raw.size() > 40) return false;
  const std::string k = HeadingKey(raw);
  for (std::string_view h : kCommentHeadings) {
    if (k == h) return true;
  }
  return false;
}

// A paragraph that reads as a heading: short, without sentence-final punctuation.
bool HeadingLike(const Document& doc, const text::Paragraph& p) {
  const std::string_view s = doc.Of(p.span);
  if (s.empty()) return false;
  const char last = s.back();
  if (last == '.' || last == '?' || last == '!' || last == '"' || last == ':') return false;
  int words = 1;
  for (char c : s) words += c == ' ';
  return words <= 8;
}

class EditorialFinder {
 public:
  explicit EditorialFinder(const Document& doc)
      : doc_(doc), voice_(doc, VoiceOptions{}), in_comment_(doc.paragraphs.size(), false) {}

  std::vector<EditorialMention> Run();

 private:
  void FindComments();
  void ScanSentence(const Sentence& s);

  const Document& doc_;
  VoiceMap voice_;
  std::vector<bool> in_comment_;
  std::vector<EditorialMention> out_;
  int last_sentence_ = -1;  // the sentence of out_.back() when it is one sentence
};

void EditorialFinder::FindComments() {
  const size_t n = doc_.paragraphs.size();
  for (size_t i = 0; i < n; ++i) {
    if (!IsCommentHeading(doc_.Of(doc_.paragraphs[i].span))) continue;
    for (size_t j = i + 1, taken = 0; j < n && taken < 8; ++j, ++taken) {
      if (HeadingLike(doc_, doc_.paragraphs[j])) break;
      in_comment_[j] = true;
      out_.push_back({doc_.paragraphs[j].span, "editor's comment"});
    }
  }
}

void EditorialFinder::ScanSentence(const Sentence& s) {
  if (s.end_token <= s.first_token || voice_.SentenceIsOthers(doc_, s)) return;
  const std::span<const Token> all = doc_.TokensOf(s);
  // The outlet's own tokens, in order; quoted words are someone else's.
  std::vector<const Token*> own;
  own.reserve(all.size());
  for (const Token& t : all) {
    if (!voice_.InOthers(t.span)) own.push_back(&t);
  }
  if (own.empty()) return;
  const bool starts_own = own.front() == &all.front();
  const std::string_view reason =
      editorial_cues::SentenceReason(doc_.text(), s.span, own, starts_own, voice_);
  if (reason.empty()) return;
  // The first paragraph may be the headline, whose capitals are its style, not shouting.
  if (reason == "emphasis" && s.paragraph == 0) return;
  Span span = s.span;
  if (reason == "emphasis") {
    // A shouted fragment usually comes with its punch line: report the short paragraph.
    const text::Paragraph& p = doc_.paragraphs[s.paragraph];
    if (p.end_sentence - p.first_sentence <= 3) span = p.span;
  }
  // Consecutive sentences of one paragraph with the same reason are one passage ("X is nice.
  // Y would be nicer.").
  const int index = static_cast<int>(&s - doc_.sentences.data());
  if (span == s.span && last_sentence_ == index - 1 && !out_.empty() &&
      out_.back().reason == reason && doc_.sentences[index - 1].paragraph == s.paragraph) {
    out_.back().span.end = s.span.end;
  } else {
    out_.push_back({span, std::string(reason)});
  }
  last_sentence_ = span == s.span ? index : -1;
}

std::vector<EditorialMention> EditorialFinder::Run() {
  FindComments();
  for (const Sentence& s : doc_.sentences) {
    if (!in_comment_[s.paragraph]) ScanSentence(s);
  }
  std::sort(out_.begin(), out_.end(), [](const EditorialMention& a, const EditorialMention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
  });
  // One finding per passage: drop those inside an earlier, larger one.
  std::vector<EditorialMention> kept;
  for (auto& m : out_) {
    if (!kept.empty() && kept.back().span.Contains(m.span)) continue;
    kept.push_back(std::move(m));
  }
  return kept;
}

}  // namespace

std::vector<EditorialMention> FindEditorial(const text::Document& doc) {
  if (doc.article == nullptr || doc.paragraphs.empty()) return {};
  return EditorialFinder(doc).Run();
}

}  // namespace corroborate::extract
