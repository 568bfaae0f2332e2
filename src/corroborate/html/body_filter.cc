#include "corroborate/html/body_filter.h"

#include <string>

#include "corroborate/common/utf8.h"

namespace corroborate::html::body_internal {
namespace {

// Lines that are furniture when they are the whole line.
constexpr std::string_view kWholeLines[] = {
    "comments",
    "comment",
    "tags",
    "tag",
    "advertisement",
    "share",
    "share this",
    "share this article",
    "share this story",
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related content",
    "read more",
    "more",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "sharing is caring",
    "don't miss",
    "see also",
    "leave a comment",
    "leave a reply",
    "continue reading",
    "story continues below",
    "advertisement continue reading below",
    "follow us",
    "print",
    "subscribe",
    "subscribe now",
};
// Furniture when followed by a colon: "Related: <teaser headline>".
constexpr std::string_view kColonPrefixes[] = {
    "related", "read more",  "read also",   "also read", "see more",  "see also", "more",
    "also",    "don't miss", "recommended", "more from", "watch",     "listen",   "trending",
    "sign up", "tags",       "filed under", "read",      "most read", "popular",
};
// Furniture when a line starts with them.
constexpr std::string_view kPrefixes[] = {
    "you may also like",       "you might also like", "sharing is caring", "like this story",
    "click here to",           "subscribe to",        "follow us on",      "reporting by",
    "additional reporting by", "editing by",          "sign up for our",   "get the latest",
};
// Words of a date line ("Nov. 20, 2019 5:52 AM EST"), besides numbers.
constexpr std::string_view kDateWords[] = {
    "jan",  "january",   "feb",  "february", "mar",  "march",     "apr",    "april",
    "may",  "jun",       "june", "jul",      "july", "aug",       "august", "sep",
    "sept", "september", "oct",  "october",  "nov",  "november",  "dec",    "december",
    "mon",  "monday",    "tue",  "tuesday",  "wed",  "wednesday", "thu",    "thursday",
    "fri",  "friday",    "sat",  "saturday", "sun",  "sunday",    "am",     "pm",
    "a",    "m",         "p",    "utc",      "gmt",  "est",       "edt",    "cst",
    "cdt",  "pst",       "pdt",  "bst",      "cet",  "et",        "pt",     "at",
};
// Credit lines (wire stories end with them and article bodies do not include them) and
// newsletter pitches.
constexpr std::string_view kInfixes[] = {
    "contributed to this report", "contributed reporting",       "contributed to this story",
    "sign up for our newsletter", "subscribe to our newsletter", "sign up for the newsletter",
};

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool IsWordByte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// "http://x.y/z" or "www.x.y" alone on the line: a source the author cites, kept even though
// it is all link.
bool IsBareUrl(std::string_view t) {
  while (!t.empty() && !IsWordByte(static_cast<unsigned char>(t.front() | 0x20))) {
    t.remove_prefix(1);
  }
  const std::string lower = utf8::AsciiLower(t.substr(0, 8));
  if (!StartsWith(lower, "http://") && !StartsWith(lower, "https://") &&
      !StartsWith(lower, "www.")) {
    return false;
  }
  return t.find(' ') == std::string_view::npos;
}

bool IsDigits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "Image 3 of 12", "Photo 1 of 5": slideshow counters.
bool IsSlideCounter(std::string_view s) {
  for (std::string_view p : {std::string_view("image "), std::string_view("photo ")}) {
    if (!StartsWith(s, p)) continue;
    const size_t of = s.find(" of ", p.size());
    return of != std::string_view::npos && IsDigits(s.substr(p.size(), of - p.size())) &&
           IsDigits(s.substr(of + 4));
  }
  return false;
}

// A line that is a date (and time), perhaps with a name: the dateline above an article.
// `words` as WordsOf gives them.
bool IsDateLine(std::string_view words) {
  size_t count = 0, datey = 0;
  bool year = false;
  for (size_t i = 0; i < words.size();) {
    size_t j = words.find(' ', i);
    if (j == std::string_view::npos) j = words.size();
    const std::string_view w = words.substr(i, j - i);
    ++count;
    if (IsDigits(w)) {
      ++datey;
      year |= w.size() == 4 && (StartsWith(w, "19") || StartsWith(w, "20"));
    } else {
      for (std::string_view d : kDateWords) {
        if (w == d) {
          ++datey;
          break;
        }
      }
    }
    i = j + 1;
  }
  return year && count <= 9 && datey >= 2 && 2 * datey >= count;
}

bool IsTitle(std::string_view words, const std::string& title) {
  if (words.empty() || title.empty()) return false;
  if (words == title) return true;
  // "<headline> | <site>": the title starts with the whole line.
  size_t spaces = 0;
  for (char c : words) spaces += c == ' ' ? 1 : 0;
  return spaces >= 3 && title.size() > words.size() && StartsWith(title, words) &&
         title[words.size()] == ' ';
}

// ASCII letters lowered and the typographic apostrophe (U+2019) made ASCII: enough for
// matching the English phrases above, and much cheaper than full case folding.
std::string LightFold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c + 32);
    } else if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x99') {
      c = '\'';
      i += 2;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::string WordsOf(std::string_view text) {
  const std::string folded = utf8::FoldForMatch(text);
  std::string out;
  size_t pos = 0;
  bool gap = false;
  while (pos < folded.size()) {
    const size_t start = pos;
    const char32_t c = utf8::Decode(folded, &pos);
    if (pos <= start) pos = start + 1;
    if (utf8::IsAlnum(c)) {
      if (gap && !out.empty()) out += ' ';
      gap = false;
      out.append(folded, start, pos - start);
    } else {
      gap = true;
    }
  }
  return out;
}

bool IsBoilerplateLine(std::string_view line) {
  if (line.size() > 400) return false;
  // Cheap tests before folding.
  if (line.find("ontribut") != std::string_view::npos ||
      line.find("ewsletter") != std::string_view::npos) {
    const std::string folded = LightFold(line);
    for (std::string_view p : kInfixes) {
      if (folded.find(p) != std::string::npos) return true;
    }
  }
  // The phrases are short: the head of the line decides, and whole-line matches need a short
  // line. Lowered; leading brackets and trailing punctuation cut.
  constexpr size_t kHead = 64;
  std::string t = LightFold(line.substr(0, kHead));
  const bool whole = line.size() <= kHead;
  if (whole) {
    while (!t.empty() && !IsWordByte(static_cast<unsigned char>(t.back())) &&
           static_cast<unsigned char>(t.back()) < 0x80) {
      t.pop_back();
    }
  }
  size_t lead = 0;
  while (lead < t.size() && (t[lead] == ' ' || t[lead] == '(' || t[lead] == '[')) ++lead;
  const std::string_view s = std::string_view(t).substr(lead);
  if (whole) {
    for (std::string_view w : kWholeLines) {
      if (s == w) return true;
    }
    if (IsSlideCounter(s)) return true;
  }
  for (std::string_view p : kColonPrefixes) {
    if (!StartsWith(s, p)) continue;
    size_t i = p.size();
    while (i < s.size() && s[i] == ' ') ++i;
    if (i < s.size() && s[i] == ':') return true;
  }
  for (std::string_view p : kPrefixes) {
    if (StartsWith(s, p)) return true;
  }
  return false;
}

std::vector<bool> FilterBlocks(const std::vector<Block>& blocks, const PageTitles& titles) {
  std::vector<bool> keep(blocks.size(), true);
  const std::string title = WordsOf(titles.title);
  const std::string og_title = WordsOf(titles.og_title);
  bool text_started = false;  // a long paragraph, or several, of real text has been seen
  uint32_t text_chars = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    const double ld = b.LinkDensity();
    if (!b.in_quote && (ld > 0.7 || (ld > 0.5 && b.chars < 100)) && !IsBareUrl(b.text)) {
      keep[i] = false;
    } else if (b.chars <= 200 && IsBoilerplateLine(b.text)) {
      keep[i] = false;
    } else if (!text_started && !b.in_quote && b.chars < 200) {
      const std::string words = WordsOf(b.text);
      // The headline repeated in the body, or a byline or dateline above the text.
      if (IsTitle(words, og_title) || IsTitle(words, title) ||
          (b.chars < 80 &&
           (StartsWith(words, "by ") || StartsWith(words, "posted on ") || IsDateLine(words)))) {
        keep[i] = false;
      }
    }
    if (keep[i] && ld < 0.3) {
      text_chars += b.chars;
      text_started |= b.chars >= 150 || text_chars >= 300;
    }
  }
  return keep;
}

}  // namespace corroborate::html::body_internal
