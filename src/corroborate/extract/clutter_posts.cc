#include "corroborate/extract/clutter_posts.h"

#include <algorithm>
#include <optional>
#include <string>

#include "corroborate/common/date.h"
#include "corroborate/common/utf8.h"
#include "corroborate/extract/clutter_rules.h"

namespace corroborate::extract {
namespace {

bool IsDash(char32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015; }

std::string_view Trim(std::string_view s) {
  const Span t = TrimSpan(s, {0, static_cast<uint32_t>(s.size())});
  return t.Of(s);
}

bool IsHandleChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A display name: a few words, starting with a letter or digit, not a sentence.
bool PlausibleAccount(std::string_view account, int max_words) {
  if (account.empty() || account.size() > 80) return false;
  const int words = clutter_rules::CountWords(account);
  if (words > max_words) return false;
  size_t p = 0;
  const char32_t first = utf8::Decode(account, &p);
  if (!utf8::IsAlnum(first)) return false;
  // Sentences end in '.', '!' or '?'; names rarely do (initials like "Jr." aside).
  const char last = account.back();
  if (last == '!' || last == '?' || last == ':' || last == ';') return false;
  if (last == '.' && words > 3) return false;
  return true;
}

// Finds the longest suffix of `s` (starting at a word boundary, within its last five words) that
// parses as a date. Returns its offset, or npos.
size_t DateSuffix(std::string_view s, std::optional<Date>* date) {
  size_t best = std::string_view::npos;
  size_t pos = s.size();
  for (int words = 0; words < 5 && pos > 0; ++words) {
    const size_t space = s.find_last_of(' ', pos - 1);
    const size_t start = space == std::string_view::npos ? 0 : space + 1;
    if (auto d = ParseDate(Trim(s.substr(start)))) {
      best = start;
      *date = d;
    }
    if (space == std::string_view::npos) break;
    pos = space;
  }
  return best;
}

bool IsLinkAt(std::string_view s, size_t pos) {
  const std::string_view rest = s.substr(pos);
  return rest.starts_with("pic.twitter.com/") || rest.starts_with("https://t.co/") ||
         rest.starts_with("http://t.co/");
}

size_t LinkEnd(std::string_view s, size_t pos) {
  size_t e = pos;
  while (e < s.size() && s[e] != ' ' && s[e] != '\t' && s[e] != '\n' && s[e] != '\r') ++e;
  while (e > pos) {
    const char c = s[e - 1];
    if (c == '.' || c == ',' || c == ';' || c == ')' || c == ']' || c == '"') {
      --e;
    } else {
      break;
    }
  }
  return e;
}

struct Line {
  uint32_t start, end;  // without the terminator
};

// The line that ends just before `pos` (the start of a line), or nullopt at the top of the text.
std::optional<Line> LineBefore(std::string_view text, uint32_t line_start) {
  if (line_start == 0) return std::nullopt;
  uint32_t end = line_start - 1;  // at '\n' (or '\r')
  if (end > 0 && text[end] == '\n' && text[end - 1] == '\r') --end;
  uint32_t start = end;
  while (start > 0 && text[start - 1] != '\n' && text[start - 1] != '\r') --start;
  return Line{start, end};
}

uint32_t LineStartOf(std::string_view text, uint32_t pos) {
  while (pos > 0 && text[pos - 1] != '\n' && text[pos - 1] != '\r') --pos;
  return pos;
}

bool OverlapsRemoved(const std::vector<Removed>& removed, Span span, bool ignore_links) {
  for (const Removed& r : removed) {
    if (r.span.start >= span.end) break;
    if (!r.span.Overlaps(span)) continue;
    if (ignore_links && r.reason == kPostLinkReason) continue;
    return true;
  }
  return false;
}

}  // namespace

bool ParseAttribution(std::string_view line, EmbeddedPost* post) {
  line = Trim(line);
  if (line.empty()) return false;
  size_t p = 0;
  if (!IsDash(utf8::Decode(line, &p))) return false;
  const std::string_view rest = Trim(line.substr(p));
  if (rest.empty() || rest.size() > 160) return false;
  std::optional<Date> date;
  std::string handle;
  std::string_view account;
  const size_t open = rest.find("(@");
  if (open != std::string_view::npos) {
    const size_t close = rest.find(')', open);
    if (close == std::string_view::npos || close == open + 2) return false;
    for (size_t i = open + 2; i < close; ++i) {
      if (!IsHandleChar(rest[i])) return false;
    }
    if (close - open - 2 > 30) return false;
    handle = std::string(rest.substr(open + 1, close - open - 1));
    account = Trim(rest.substr(0, open));
    const std::string_view after = Trim(rest.substr(close + 1));
    if (!after.empty()) {
      date = ParseDate(after);
      if (!date) return false;
    }
    if (!PlausibleAccount(account, 8)) return false;
  } else {
    const size_t at = DateSuffix(rest, &date);
    if (at == std::string_view::npos || at == 0) return false;
    account = Trim(rest.substr(0, at));
    while (!account.empty() && account.back() == ',')
      account = Trim(account.substr(0, account.size() - 1));
    if (!PlausibleAccount(account, 6)) return false;
    size_t q = 0;
    if (!utf8::IsUpper(utf8::Decode(account, &q)) && !(account[0] >= '0' && account[0] <= '9')) {
      return false;
    }
  }
  post->account = std::string(account);
  post->handle = std::move(handle);
  post->date = date;
  return true;
}

void FindPostLinks(std::string_view text, Span span, std::vector<Span>* out) {
  const std::string_view s = span.Of(text);
  size_t pos = 0;
  while (pos < s.size()) {
    const size_t a = s.find("pic.twitter.com/", pos);
    const size_t b = s.find("t.co/", pos);
    size_t hit = std::string_view::npos;
    if (a != std::string_view::npos) hit = a;
    if (b != std::string_view::npos) {
      // "t.co/" must be the host of an http(s) URL.
      size_t start = std::string_view::npos;
      if (b >= 8 && s.substr(b - 8, 8) == "https://") start = b - 8;
      if (b >= 7 && s.substr(b - 7, 7) == "http://") start = b - 7;
      if (start != std::string_view::npos && start < hit) hit = start;
      if (start == std::string_view::npos && hit == std::string_view::npos) {
        pos = b + 5;
        continue;
      }
    }
    if (hit == std::string_view::npos) break;
    const size_t end = LinkEnd(s, hit);
    const bool at_boundary = hit == 0 || s[hit - 1] == ' ' || s[hit - 1] == '\t' ||
                             static_cast<unsigned char>(s[hit - 1]) >= 0x80 || s[hit - 1] == '(';
    if (IsLinkAt(s, hit) && at_boundary && end > hit + 16) {
      out->push_back(
          {span.start + static_cast<uint32_t>(hit), span.start + static_cast<uint32_t>(end)});
    }
    pos = std::max(end, hit + 1);
  }
}

bool UsesBlankLines(std::string_view text) {
  int filled = 0, breaks = 0;
  bool prev_blank = false;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const bool blank = Trim(text.substr(start, end - start)).empty();
    if (blank) {
      if (!prev_blank && filled > 0) ++breaks;
    } else {
      ++filled;
    }
    prev_blank = blank;
    start = end + 1;
  }
  return filled > 1 && breaks * 2 >= filled;
}

Span PostBodyBefore(std::string_view text, const std::vector<Removed>& removed, Span attribution,
                    bool blank_lines) {
  std::optional<Line> line = LineBefore(text, LineStartOf(text, attribution.start));
  // Tolerate blank lines between the post's words and its attribution.
  while (line && TrimSpan(text, {line->start, line->end}).empty())
    line = LineBefore(text, line->start);
  if (!line) return {};
  Span body = TrimSpan(text, {line->start, line->end});
  if (blank_lines) {
    // A multi-line post: the whole block back to the previous blank line (bounded).
    for (int extra = 0; extra < 5; ++extra) {
      std::optional<Line> up = LineBefore(text, line->start);
      if (!up) break;
      const Span t = TrimSpan(text, {up->start, up->end});
      if (t.empty() || OverlapsRemoved(removed, t, false)) break;
      EmbeddedPost other;
      if (ParseAttribution(t.Of(text), &other)) break;
      body.start = t.start;
      line = up;
    }
  }
  // Cut trailing short links (and the ellipsis-free remainder after them).
  for (;;) {
    const std::string_view s = body.Of(text);
    const size_t space = s.find_last_of(" \t");
    const size_t word = space == std::string_view::npos ? 0 : space + 1;
    if (!IsLinkAt(s, word)) break;
    body = TrimSpan(text, {body.start, body.start + static_cast<uint32_t>(word)});
    if (body.empty()) return {};
  }
  if (body.empty() || OverlapsRemoved(removed, body, true)) return {};
  return body;
}

std::vector<Span> PostBodies(const Article& article) {
  std::vector<Span> out;
  bool blank_lines = false;
  bool computed = false;
  for (const Removed& r : article.removed) {
    if (r.reason != kPostAttributionReason) continue;
    if (!computed) {
      blank_lines = UsesBlankLines(article.text);
      computed = true;
    }
    const Span body = PostBodyBefore(article.text, article.removed, r.span, blank_lines);
    if (!body.empty()) out.push_back(body);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace corroborate::extract
