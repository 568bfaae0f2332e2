// Bylines are free text written for readers, so cleaning is a chain of conservative cuts: a
// name survives only if it still looks like a person's name afterwards. Lists of roles,
// agencies and prefixes are data below, in many languages, none tied to a site.
#include "corroborate/html/metadata_authors.h"

#include <algorithm>
#include <array>

#include "corroborate/common/utf8.h"
#include "corroborate/html/date_text.h"
#include "corroborate/html/metadata_author_words.h"
#include "corroborate/html/metadata_fields.h"

namespace corroborate::html {
namespace {

// Whole strings that name a role or an agency rather than a person (as NameKey makes them).
constexpr std::array<std::string_view, 18> kNotPersons = {"staff",
                                                          "staffwriter",
                                                          "admin",
                                                          "editor",
                                                          "editors",
                                                          "theeditors",
                                                          "ap",
                                                          "afp",
                                                          "dpa",
                                                          "ansa",
                                                          "efe",
                                                          "pti",
                                                          "ians",
                                                          "ani",
                                                          "xinhua",
                                                          "tass",
                                                          "associatedpress",
                                                          "unknown"};

// Words that join names in a list.
constexpr std::array<std::string_view, 16> kConjunctions = {
    "and", "&", "und", "et", "y", "e", "i", "og", "en", "och", "ve", "и", "і", "та", "și", "és"};

std::string_view TrimPunct(std::string_view s) {
  auto junk = [](char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '.' || c == '-' || c == '|' ||
           c == '*' || c == '"' || c == '\'' || c == '(' || c == ')' || c == '[' || c == ']';
  };
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back()) && s.back() != '.') s.remove_suffix(1);
  // A final dot stays only after an initial ("John Q."), never after a full word.
  if (s.size() >= 3 && s.back() == '.' && s[s.size() - 3] != ' ') s.remove_suffix(1);
  return s;
}

// Splits on separators that never occur inside a name.
std::vector<std::string> SplitHard(const std::string& s) {
  static constexpr std::array<std::string_view, 15> kSeparators = {
      "|",  "\xE2\x80\xA2", "\xC2\xB7",     "/",   "\xEF\xBC\x8F",   ";",
      ",",  "\xEF\xBC\x8C", "\xE3\x80\x81", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
      "\n", "\t",           "\xC2\xA0|"};
  std::vector<std::string> parts = {s};
  for (std::string_view sep : kSeparators) {
    std::vector<std::string> next;
    for (const std::string& p : parts) {
      size_t start = 0;
      while (true) {
        const size_t at = p.find(sep, start);
        next.push_back(p.substr(start, at == std::string::npos ? std::string::npos : at - start));
        if (at == std::string::npos) break;
        start = at + sep.size();
      }
    }
    parts = std::move(next);
  }
  return parts;
}

// Splits "Jane Doe and John Roe" on conjunction words.
std::vector<std::string> SplitConjunctions(std::string_view s) {
  std::vector<std::string> out(1);
  size_t i = 0;
  while (i < s.size()) {
    const size_t end = std::min(s.find(' ', i), s.size());
    const std::string_view word = s.substr(i, end - i);
    // Case-sensitive: "Jane E Doe" has an initial, not a conjunction.
    if (std::find(kConjunctions.begin(), kConjunctions.end(), word) != kConjunctions.end()) {
      out.emplace_back();
    } else if (!word.empty()) {
      if (!out.back().empty()) out.back() += ' ';
      out.back() += word;
    }
    i = end + 1;
  }
  return out;
}

std::string_view StripPrefixes(std::string_view s) {
  for (bool again = true; again;) {
    again = false;
    s = TrimPunct(s);
    const size_t n = BylinePrefixLength(utf8::FoldForMatch(s.substr(0, 24)));
    if (n > 0) {
      s.remove_prefix(n);
      again = true;
    }
  }
  return s;
}

// Splits "Jane Doe. Example International" after a full word, never after an initial.
std::vector<std::string> SplitSentences(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != '.' || s[i + 1] != ' ') continue;
    const size_t word = s.rfind(' ', i);
    const size_t word_len = i - (word == std::string::npos ? start : word + 1);
    if (word_len <= 2) continue;  // "J. Doe", "Jr. "
    out.push_back(s.substr(start, i - start));
    start = i + 2;
  }
  out.push_back(s.substr(start));
  return out;
}

bool HasAsciiLetter(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

// "JANE DOE" -> "Jane Doe"; other capitalizations are kept as written.
std::string FixAllCaps(std::string_view s) {
  if (std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return std::string(s);
  }
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z' && !start) c = static_cast<char>(c + 32);
    start = c == ' ' || c == '-' || c == '\'';
  }
  return out;
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    const size_t end = std::min(s.find(' ', i), s.size());
    if (end > i) words.push_back(s.substr(i, end - i));
    i = end + 1;
  }
  return words;
}

// True when the word opens with a lower-case Latin letter. Other scripts are never "lower":
// many have no case at all.
bool StartsLower(std::string_view word) {
  size_t i = 0;
  const char32_t c = utf8::Decode(word, &i);
  if (c >= 'a' && c <= 'z') return true;
  return c >= 0xC0 && c < 0x250 && utf8::IsAlnum(c) && !utf8::IsUpper(c);
}

// One candidate name, cleaned; "" when it is not a person's name.
std::string CleanName(std::string_view part, std::string_view site_key, std::string_view host_key) {
  // "Foto: Jane Doe" is a photo credit; "Questioner: X" keeps X.
  for (std::string_view colon : {std::string_view(":"), std::string_view("\xEF\xBC\x9A")}) {
    const size_t at = part.find(colon);
    if (at == std::string_view::npos || at > 24) continue;
    if (IsPhotoLabel(utf8::FoldForMatch(TrimPunct(part.substr(0, at))))) return {};
    if (BylinePrefixLength(utf8::FoldForMatch(part.substr(0, at + colon.size()))) == 0 &&
        SplitWords(part.substr(0, at)).size() <= 2) {
      part.remove_prefix(at + colon.size());
    }
  }
  std::string kept;
  for (size_t i = 0; i < part.size();) {  // drop e-mail addresses, handles and "(Reuters)"
    size_t end = std::min(part.find(' ', i), part.size());
    std::string_view word = part.substr(i, end - i);
    if (!word.empty() && word.front() == '(') {
      const size_t close = part.find(')', i);
      end = close == std::string_view::npos ? part.size() : close + 1;
      word = {};
    }
    if (!word.empty() && word.find('@') == std::string_view::npos) {
      if (!kept.empty()) kept += ' ';
      kept += word;
    }
    i = end + 1;
  }
  std::string_view name = StripCjkRole(StripPrefixes(kept));
  std::vector<std::string_view> words = SplitWords(name);
  // Latin names are capitalized: trailing lower-case words ("publié le") are not part of them,
  // nor is a weekday that opens the date after them ("Jane Doe Monday").
  while (!words.empty() && (StartsLower(words.back()) || WeekdayFromName(words.back()) >= 0)) {
    words.pop_back();
  }
  if (words.empty() || words.size() > 5) return {};
  name = std::string_view(words.front().data(),
                          words.back().data() + words.back().size() - words.front().data());
  name = TrimPunct(name);
  if (name.empty() || name.size() > 60) return {};
  if (name.find_first_of("0123456789") != std::string_view::npos) return {};
  const std::string key = NameKey(name);
  if (key.size() < 2 || HasOrganizationMarker(name)) return {};
  if (std::find(kNotPersons.begin(), kNotPersons.end(), key) != kNotPersons.end()) return {};
  for (std::string_view other : {site_key, host_key}) {
    if (other.empty()) continue;
    if (key == other || (other.size() >= 4 && key.find(other) != std::string::npos)) return {};
  }
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string folded = utf8::FoldForMatch(TrimPunct(words[i]));
    const std::string word_key = NameKey(words[i]);
    if (IsNotPersonWord(folded) || word_key == site_key || word_key == host_key) return {};
    if (i == 0 && IsArticleWord(folded)) return {};
    if (i > 0 && StartsLower(words[i]) && !IsNameParticle(folded)) return {};
  }
  if (HasAsciiLetter(name)) {
    // Latin-script bylines: a person has a given name and a surname, written capitalized.
    if (words.size() < 2 || StartsLower(words.front())) return {};
  }
  return FixAllCaps(name);
}

}  // namespace

std::vector<std::string> CleanAuthorNames(const std::vector<std::string>& bylines,
                                          std::string_view site_name, std::string_view page_url,
                                          size_t max_names) {
  const std::string site_key = NameKey(site_name);
  const std::string host_key = NameKey(HostLabel(page_url));
  std::vector<std::string> names, keys;
  for (const std::string& raw : bylines) {
    std::string s = CleanText(raw);
    if (s.find("://") != std::string::npos || s.rfind("www.", 0) == 0 || s.rfind("/", 0) == 0 ||
        IsSiteCredit(utf8::FoldForMatch(s))) {
      continue;
    }
    // "Outlet=Name" (a Korean and Japanese wire convention): the name is the last part.
    if (const size_t eq = s.rfind('='); eq != std::string::npos) s.erase(0, eq + 1);
    // A byline that runs into its date keeps only what precedes it.
    if (auto dates = FindDatesInText(s, DayOrder::kDayFirst); !dates.empty()) {
      s.resize(dates.front().begin);
    }
    std::vector<std::string> pieces;
    for (const std::string& hard : SplitHard(s)) {
      for (std::string& sentence : SplitSentences(hard)) pieces.push_back(std::move(sentence));
    }
    for (const std::string& piece : pieces) {
      for (const std::string& part : SplitConjunctions(piece)) {
        std::string name = CleanName(part, site_key, host_key);
        if (name.empty()) continue;
        std::string key = NameKey(name);
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
        keys.push_back(std::move(key));
        names.push_back(std::move(name));
        if (names.size() >= max_names) return names;
      }
    }
  }
  return names;
}

}  // namespace corroborate::html
