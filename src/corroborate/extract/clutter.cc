#include "corroborate/extract/clutter.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cctype>
#include <string>
#include <unordered_map>

#include "corroborate/common/utf8.h"
#include "corroborate/extract/clutter_posts.h"
#include "corroborate/extract/clutter_rules.h"
#include "corroborate/text/analyzer.h"
#include "corroborate/text/document.h"

namespace corroborate::extract {
namespace {

using clutter_rules::LineKind;

struct LineInfo {
  Span span;           // trimmed
  std::string folded;  // FoldForMatch of the trimmed line
  int words = 0;
  bool blank = false;
  bool removed = false;  // already (partly) removed before this stage, or claimed here
};

// Words that may stay lower case in a title-case line.
bool IsSmallWord(std::string_view w) {
  static constexpr std::string_view kSmall[] = {
      "a",  "an",  "the", "and",  "or",   "but", "nor",  "of",   "to", "in",  "on",
      "at", "by",  "for", "with", "from", "as",  "into", "onto", "vs", "via", "per",
      "up", "out", "off", "over", "is",   "are", "be",   "it",   "its"};
  for (std::string_view s : kSmall) {
    if (s == w) return true;
  }
  return false;
}

// A word's key for topic overlap: folded letters, digits, inner '-' and '\'', with a plural or
// possessive "s" dropped so that "Policies"/"policy" and "funds"/"fund" meet.
std::string WordKey(std::string_view w) {
  std::string k;
  for (char c : w) {
    const unsigned char u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80 || c == '-' || c == '\'') {
      k.push_back(c);
    }
  }
  while (!k.empty() && (k.back() == '-' || k.back() == '\'')) k.pop_back();
  while (!k.empty() && (k.front() == '-' || k.front() == '\'')) k.erase(k.begin());
  if (k.ends_with("'s")) k.resize(k.size() - 2);
  if (k.ends_with("ies") && k.size() > 4) {
    k.resize(k.size() - 3);
    k += 'y';
  } else if (k.size() > 3 && k.back() == 's' && k[k.size() - 2] != 's') {
    k.pop_back();
  }
  return k;
}

template <typename F>
void ForEachWord(std::string_view s, F f) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) f(s.substr(i, j - i));
    i = j;
  }
}

bool IsContentKey(std::string_view k) {
  return k.size() >= 3 && !text::IsStopword(k) && !IsSmallWord(k);
}

// Title case: the first word and at least 80% of the other non-small words start upper case.
bool TitleCase(std::string_view line, int* words) {
  int n = 0, big = 0, caps = 0;
  bool first_cap = false;
  ForEachWord(line, [&](std::string_view w) {
    size_t p = 0;
    char32_t c = 0;
    while (p < w.size()) {
      c = utf8::Decode(w, &p);
      if (utf8::IsAlnum(c)) break;
    }
    const bool cap = utf8::IsUpper(c) || (c >= '0' && c <= '9');
    if (n == 0) first_cap = cap;
    ++n;
    std::string lower = utf8::FoldForMatch(w);
    while (!lower.empty() && !std::isalnum(static_cast<unsigned char>(lower.back())))
      lower.pop_back();
    if (IsSmallWord(lower) && !cap) return;
    ++big;
    if (cap) ++caps;
  });
  *words = n;
  return first_cap && big > 0 && caps * 5 >= big * 4;
}

class ClutterFinder {
 public:
  explicit ClutterFinder(const Article& article) : article_(article), text_(article.text) {}

  std::vector<Removed> Run(std::vector<EmbeddedPost>* posts);

 private:
  void ReadLines();
  void Add(size_t line, std::string_view reason);
  void ClassifyLines();
  void ConsumeList(size_t heading, LineKind kind);
  void FindTeasers();
  void FindAttributions();
  void FindPosts(std::vector<EmbeddedPost>* posts);
  size_t NextFilled(size_t i) const;

  const Article& article_;
  std::string_view text_;
  std::vector<LineInfo> lines_;
  bool blank_lines_ = false;
  std::vector<Removed> out_;
  std::vector<EmbeddedPost> found_;  // chrome and account filled; bodies come last
};

void ClutterFinder::ReadLines() {
  std::vector<Span> spans = text::SplitLines(text_);
  lines_.reserve(spans.size());
  int filled = 0, breaks = 0;
  bool prev_blank = false;
  for (Span s : spans) {
    LineInfo li;
    li.span = TrimSpan(text_, s);
    li.blank = li.span.empty();
    if (!li.blank) {
      li.removed = article_.IsRemoved(li.span);
      li.folded = utf8::FoldForMatch(li.span.Of(text_));
      li.words = clutter_rules::CountWords(li.folded);
      ++filled;
    } else if (!prev_blank && filled > 0) {
      ++breaks;
    }
    prev_blank = li.blank;
    lines_.push_back(std::move(li));
  }
  blank_lines_ = filled > 1 && breaks * 2 >= filled;
}

void ClutterFinder::Add(size_t line, std::string_view reason) {
  lines_[line].removed = true;
  out_.push_back({lines_[line].span, std::string(reason)});
}

size_t ClutterFinder::NextFilled(size_t i) const {
  ++i;
  while (i < lines_.size() && lines_[i].blank) ++i;
  return i;
}

// The headlines under "Related Stories" or the tag run under "Topics".
void ClutterFinder::ConsumeList(size_t heading, LineKind kind) {
  const std::string_view reason = clutter_rules::ReasonOf(kind);
  if (kind == LineKind::kTagsHeading) {
    const size_t next = NextFilled(heading);
    if (next < lines_.size() && !lines_[next].removed &&
        clutter_rules::TagRunLike(lines_[next].folded, lines_[next].words)) {
      Add(next, reason);
    }
    return;
  }
  size_t i = heading + 1;
  for (int items = 0; items < 12 && i < lines_.size(); ++items) {
    if (lines_[i].blank) {
      // Headlines are listed line by line; blank lines between them only in texts that put
      // blank lines everywhere.
      if (!blank_lines_) return;
      i = NextFilled(i - 1);
      if (i >= lines_.size()) return;
    }
    const LineInfo& li = lines_[i];
    if (li.removed || !clutter_rules::HeadlineLike(li.folded, li.words)) return;
    if (clutter_rules::Classify(li.folded, li.words) != LineKind::kNone) return;
    Add(i, reason);
    ++i;
  }
}

void ClutterFinder::ClassifyLines() {
  for (size_t i = 0; i < lines_.size(); ++i) {
    const LineInfo& li = lines_[i];
    if (li.blank || li.removed) continue;
    const LineKind kind = clutter_rules::Classify(li.folded, li.words);
    if (kind == LineKind::kNone) continue;
    Add(i, clutter_rules::ReasonOf(kind));
    if (kind == LineKind::kRelatedHeading || kind == LineKind::kTagsHeading) ConsumeList(i, kind);
  }
}

// Ad teasers: title-case lines without a sentence-final period whose words the rest of the
// article never uses. A subheading shares the article's topic; an ad for a kitchen gadget does
// not.
void ClutterFinder::FindTeasers() {
  std::vector<size_t> candidates;
  bool seen_first = false;
  for (size_t i = 0; i < lines_.size(); ++i) {
    const LineInfo& li = lines_[i];
    if (li.blank || li.removed) continue;
    // The first line of the body is the headline or the lede, never an ad.
    if (!seen_first) {
      seen_first = true;
      continue;
    }
    if (li.words < 5 || li.words > 16) continue;
    const char last = li.folded.back();
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '"') continue;
    if (li.folded.find('"') != std::string::npos) continue;
    int words = 0;
    if (!TitleCase(li.span.Of(text_), &words)) continue;
    candidates.push_back(i);
  }
  if (candidates.empty()) return;
  // Count, over the whole article, only the words the candidates use: one pass, with a cheap
  // first-byte filter so that most words are never hashed.
  std::unordered_map<std::string, int> counts;
  std::vector<std::vector<std::string>> keys(candidates.size());  // every word's key, in order
  std::vector<std::vector<std::string>> own(candidates.size());   // unique content keys
  std::bitset<65536> prefix;  // first two bytes of the content keys
  auto prefix_of = [](std::string_view k) {
    return (static_cast<unsigned char>(k[0]) << 8) | static_cast<unsigned char>(k[1]);
  };
  for (size_t c = 0; c < candidates.size(); ++c) {
    ForEachWord(lines_[candidates[c]].folded, [&](std::string_view w) {
      std::string k = WordKey(w);
      keys[c].push_back(k);
      if (!IsContentKey(k) || std::find(own[c].begin(), own[c].end(), k) != own[c].end()) return;
      prefix.set(prefix_of(k));
      counts.emplace(k, 0);
      own[c].push_back(std::move(k));
    });
  }
  for (const LineInfo& li : lines_) {
    if (li.blank || li.removed) continue;
    ForEachWord(li.folded, [&](std::string_view w) {
      size_t i = 0;
      while (i < w.size() && (w[i] == '-' || w[i] == '\'' || w[i] == '"' || w[i] == '(')) ++i;
      if (w.size() - i < 3 || !prefix.test(prefix_of(w.substr(i)))) return;
      auto it = counts.find(WordKey(w));
      if (it != counts.end()) ++it->second;
    });
  }
  for (size_t c = 0; c < candidates.size(); ++c) {
    const LineInfo& li = lines_[candidates[c]];
    const bool opener = clutter_rules::HasClickbaitOpener(li.folded);
    bool bait = opener;
    ForEachWord(li.folded, [&](std::string_view w) { bait |= clutter_rules::IsClickbaitWord(w); });
    if (own[c].size() < 3 && !opener) continue;
    // A word counts as shared when the article uses it outside this line.
    int shared = 0;
    for (const std::string& k : own[c]) {
      const int in_line = static_cast<int>(std::count(keys[c].begin(), keys[c].end(), k));
      if (counts[k] > in_line) ++shared;
    }
    const double ratio = own[c].empty() ? 0.0 : static_cast<double>(shared) / own[c].size();
    const bool ad = opener || shared <= 1 || (shared <= 2 && ratio <= (bait ? 0.4 : 0.25));
    if (ad) Add(candidates[c], "clutter: ad");
  }
}

void ClutterFinder::FindAttributions() {
  for (size_t i = 0; i < lines_.size(); ++i) {
    const LineInfo& li = lines_[i];
    if (li.blank || li.removed) continue;
    EmbeddedPost post;
    if (!ParseAttribution(li.span.Of(text_), &post)) continue;
    post.chrome = li.span;
    Add(i, kPostAttributionReason);
    found_.push_back(std::move(post));
  }
}

void ClutterFinder::FindPosts(std::vector<EmbeddedPost>* posts) {
  // Links are removed wherever they are; post bodies are found against the removed spans known
  // so far (the article's and this stage's).
  std::vector<Span> links;
  for (const LineInfo& li : lines_) {
    if (li.blank || li.removed) continue;
    if (li.folded.find("t.co/") == std::string::npos &&
        li.folded.find("pic.twitter.com/") == std::string::npos) {
      continue;
    }
    FindPostLinks(text_, li.span, &links);
  }
  for (Span s : links) {
    if (!article_.IsRemoved(s)) out_.push_back({s, std::string(kPostLinkReason)});
  }
  if (found_.empty()) return;
  std::vector<Removed> known = article_.removed;
  known.insert(known.end(), out_.begin(), out_.end());
  std::sort(known.begin(), known.end(),
            [](const Removed& a, const Removed& b) { return a.span < b.span; });
  for (EmbeddedPost& post : found_) {
    std::vector<Removed> others;
    others.reserve(known.size());
    for (const Removed& r : known) {
      if (r.span != post.chrome) others.push_back(r);
    }
    post.body = PostBodyBefore(text_, others, post.chrome, blank_lines_);
    if (posts != nullptr) posts->push_back(std::move(post));
  }
}

std::vector<Removed> ClutterFinder::Run(std::vector<EmbeddedPost>* posts) {
  if (text_.empty()) return {};
  ReadLines();
  FindAttributions();
  ClassifyLines();
  FindTeasers();
  FindPosts(posts);
  std::sort(out_.begin(), out_.end(),
            [](const Removed& a, const Removed& b) { return a.span < b.span; });
  return std::move(out_);
}

}  // namespace

std::vector<Removed> FindClutter(const Article& article, std::vector<EmbeddedPost>* posts) {
  return ClutterFinder(article).Run(posts);
}

}  // namespace corroborate::extract
