#include "corroborate/eval/extraction_score.h"

#include <unicode/uchar.h>

#include <string>
#include <unordered_map>

#include "corroborate/common/utf8.h"

namespace corroborate::eval {
namespace {

// Python's \w under re.UNICODE: letters, numbers (Nd, Nl, No) and the underscore; combining
// marks are not word characters.
bool IsWordChar(char32_t c) {
  if (c == U'_') return true;
  if (c < 0x80) {
    return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  }
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER: case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

std::unordered_map<std::string, int> Shingles(std::string_view text) {
  const std::vector<std::string_view> tokens = WordTokens(text);
  std::unordered_map<std::string, int> out;
  constexpr size_t kN = 4;
  const size_t count = tokens.size() >= kN ? tokens.size() - kN + 1 : 1;
  for (size_t i = 0; i < count; ++i) {
    std::string s;
    for (size_t j = i; j < i + kN && j < tokens.size(); ++j) {
      if (!s.empty()) s += ' ';
      s += tokens[j];
    }
    if (!s.empty()) ++out[s];
  }
  return out;
}

}  // namespace

std::vector<std::string_view> WordTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t i = 0, start = std::string_view::npos;
  while (i < text.size()) {
    size_t next = i;
    const char32_t c = utf8::Decode(text, &next);
    const bool word = IsWordChar(c);
    if (word && start == std::string_view::npos) start = i;
    if (!word && start != std::string_view::npos) {
      tokens.push_back(text.substr(start, i - start));
      start = std::string_view::npos;
    }
    i = next > i ? next : i + 1;
  }
  if (start != std::string_view::npos) tokens.push_back(text.substr(start));
  return tokens;
}

PageCounts ScoreBody(std::string_view truth, std::string_view predicted) {
  const auto t = Shingles(truth);
  const auto p = Shingles(predicted);
  PageCounts c;
  for (const auto& [k, n] : t) {
    auto it = p.find(k);
    const int m = it == p.end() ? 0 : it->second;
    c.tp += std::min(n, m);
    c.fn += std::max(0, n - m);
  }
  for (const auto& [k, m] : p) {
    auto it = t.find(k);
    const int n = it == t.end() ? 0 : it->second;
    c.fp += std::max(0, m - n);
  }
  const double sum = c.tp + c.fp + c.fn;
  if (sum > 0) {
    c.tp /= sum;
    c.fp /= sum;
    c.fn /= sum;
  }
  return c;
}

Scores Aggregate(const std::vector<PageCounts>& pages) {
  PageCounts total;
  for (const PageCounts& p : pages) {
    total.tp += p.tp;
    total.fp += p.fp;
    total.fn += p.fn;
  }
  Scores s;
  s.pages = pages.size();
  s.precision = total.tp + total.fp > 0 ? total.tp / (total.tp + total.fp) : 0;
  s.recall = total.tp + total.fn > 0 ? total.tp / (total.tp + total.fn) : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

void DateTally::Add(std::string_view gold, std::string_view predicted) {
  if (gold.empty()) {  // no date to find: saying none is right and counts nowhere
    if (!predicted.empty()) ++output;
    return;
  }
  ++pages;
  if (predicted.empty()) return;
  ++output;
  if (predicted.substr(0, 10) == gold.substr(0, 10)) ++correct;
}

Scores DateTally::Get() const {
  Scores s;
  s.pages = pages;
  s.precision = output > 0 ? static_cast<double>(correct) / output : 0;
  s.recall = pages > 0 ? static_cast<double>(correct) / pages : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

}  // namespace corroborate::eval
