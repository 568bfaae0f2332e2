#include "corroborate/ingest/outlet.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <vector>

#include "corroborate/common/utf8.h"

namespace corroborate::ingest {

std::string HostOfUrl(std::string_view url) {
  size_t p = url.find("://");
  std::string_view rest = p == std::string_view::npos ? url : url.substr(p + 3);
  if (p == std::string_view::npos && rest.find('.') == std::string_view::npos) return "";
  size_t end = rest.find_first_of("/?#:");
  std::string host = utf8::AsciiLower(rest.substr(0, end));
  if (size_t at = host.find('@'); at != std::string::npos) host = host.substr(at + 1);
  return host;
}

std::string OutletFromDomain(std::string_view domain) {
  std::string host = HostOfUrl(domain);
  if (host.empty()) host = std::string(domain);
  for (const char* prefix : {"www.", "m.", "amp.", "mobile."}) {
    const std::string_view p(prefix);
    if (host.size() > p.size() && host.compare(0, p.size(), p) == 0) host = host.substr(p.size());
  }
  return host;
}

std::string NormalizeOutletName(std::string_view name) {
  std::string s(name);
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) || s.back() == '.' ||
                        s.back() == '!' || s.back() == ':')) {
    s.pop_back();
  }
  bool any_lower = std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::islower(c); });
  if (any_lower) return s;
  // All caps: title-case each word, keeping short all-caps acronyms (ABC, NPR) as they are.
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    std::string word = s.substr(i, j - i);
    if (word.size() > 3) {
      for (size_t k = 1; k < word.size(); ++k) {
        word[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[k])));
      }
    } else if (word == "THE" || word == "OF" || word == "AND") {
      for (size_t k = (out.empty() ? 1 : 0); k < word.size(); ++k) {
        word[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[k])));
      }
    }
    if (!out.empty()) out += ' ';
    out += word;
    i = j + 1;
  }
  return out;
}

std::optional<OutletCue> FindOutletCue(std::string_view text) {
  // Only the tail of an article carries sign-offs and disclaimers.
  const size_t tail_start = text.size() > 3000 ? text.size() - 3000 : 0;
  static const std::vector<std::regex> kCues = [] {
    const auto flags = std::regex::icase | std::regex::ECMAScript | std::regex::optimize;
    return std::vector<std::regex>{
        std::regex(R"((?:read|see|view) (?:the )?(?:full|whole|complete|rest of the) )"
                   R"((?:article|story|report) (?:at|on|in) ([^\n.]{2,60}))", flags),
        std::regex(R"(this (?:article|story|report) (?:was )?(?:originally |first )?)"
                   R"((?:appeared|published) (?:on|in|at|by) ([^\n.,]{2,60}))", flags),
        std::regex(R"(originally published (?:by|in|on|at) ([^\n.,]{2,60}))", flags),
        std::regex(R"(reflect the (?:views|opinions?) of ([^\n.,]{2,60}))", flags),
    };
  }();
  std::string tail(text.substr(tail_start));
  // std::regex is slow; run it only when a cue's key word is present at all.
  const std::string lower = utf8::AsciiLower(tail);
  bool any = false;
  for (const char* key : {"article", "story", "report", "published", "views of", "opinion"}) {
    any = any || lower.find(key) != std::string::npos;
  }
  if (!any) return std::nullopt;
  std::optional<OutletCue> best;
  for (const auto& re : kCues) {
    for (auto it = std::sregex_iterator(tail.begin(), tail.end(), re); it != std::sregex_iterator();
         ++it) {
      const auto& m = *it;
      std::string name = NormalizeOutletName(m.str(1));
      if (name.empty() || name.size() < 2) continue;
      OutletCue cue{name, {static_cast<uint32_t>(tail_start + m.position(0)),
                           static_cast<uint32_t>(tail_start + m.position(0) + m.length(0))}};
      if (!best || cue.cue.start > best->cue.start) best = cue;  // the last cue wins
    }
    if (best) return best;
  }
  return best;
}

}  // namespace corroborate::ingest
