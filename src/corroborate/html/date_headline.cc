#include "corroborate/html/date_headline.h"

#include <algorithm>
#include <string>
#include <vector>

#include "corroborate/common/utf8.h"

namespace corroborate::html {
namespace {

// Words of a heading or title, folded, for comparing the two.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  const std::string folded = utf8::FoldForMatch(text);
  for (size_t i = 0; i < folded.size();) {
    const size_t start = i;
    const char32_t c = utf8::Decode(folded, &i);
    if (utf8::IsAlnum(c)) {
      cur.append(folded, start, i - start);
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Share of the heading's words that the page title also has.
double TitleOverlap(const std::vector<std::string>& title, std::string_view heading) {
  const std::vector<std::string> words = Words(heading);
  if (words.empty()) return 0;
  size_t hits = 0;
  for (const std::string& w : words) {
    if (std::find(title.begin(), title.end(), w) != title.end()) ++hits;
  }
  return static_cast<double>(hits) / static_cast<double>(words.size());
}

}  // namespace

const Node* FindHeadline(const Dom& dom, OtherRegions* regions) {
  std::string title;
  ForEachElement(dom.head(), [&](const Node* n) {
    if (Name(n) == "meta" && Attr(n, "property") == "og:title") title = Attr(n, "content");
    return true;
  });
  if (title.empty()) title = TextOf(FindFirst(dom.root(), "title"));
  const std::vector<std::string> title_words = Words(title);
  const Node* best = nullptr;
  const Node* first_h1 = nullptr;
  double best_overlap = 0.5;
  ForEachElement(dom.body(), [&](const Node* n) {
    const std::string_view name = Name(n);
    if (name != "h1" && name != "h2") return true;
    if (regions->Contains(n)) return false;
    if (name == "h1" && first_h1 == nullptr) first_h1 = n;
    const double overlap = TitleOverlap(title_words, TextOf(n));
    if (overlap > best_overlap + (name == "h2" ? 0.1 : 0.0)) {
      best_overlap = overlap;
      best = n;
    }
    return false;
  });
  return best != nullptr ? best : first_h1;
}

}  // namespace corroborate::html
