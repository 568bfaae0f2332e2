#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "corroborate/text/analyzer.h"

namespace corroborate::text {
namespace {

// A compact English function-word list (sorted for binary search).
constexpr std::array<std::string_view, 128> kStopwords = {
    "a",       "about",  "after",   "again",  "against", "all",   "also",    "am",
    "among",   "an",     "and",     "any",    "are",     "as",    "at",      "be",
    "because", "been",   "before",  "being",  "between", "both",  "but",     "by",
    "can",     "could",  "did",     "do",     "does",    "doing", "down",    "during",
    "each",    "even",   "few",     "for",    "from",    "further", "had",   "has",
    "have",    "having", "he",      "her",    "here",    "hers",  "herself", "him",
    "himself", "his",    "how",     "i",      "if",      "in",    "into",    "is",
    "it",      "its",    "itself",  "just",   "may",     "me",    "might",   "more",
    "most",    "must",   "my",      "myself", "no",      "nor",   "not",     "now",
    "of",      "off",    "on",      "once",   "only",    "or",    "other",   "our",
    "ours",    "out",    "over",    "own",    "same",    "shall", "she",     "should",
    "so",      "some",   "such",    "than",   "that",    "the",   "their",   "theirs",
    "them",    "then",   "there",   "these",  "they",    "this",  "those",   "through",
    "to",      "too",    "under",   "until",  "up",      "upon",  "us",      "very",
    "was",     "we",     "were",    "what",   "when",    "where", "which",   "while",
    "who",     "whom",   "why",     "will",   "with",    "would", "you",     "your",
};

}  // namespace

bool IsStopword(std::string_view norm) {
  // Runs several times per token: reject by length, then search only the words of the same
  // first letter (at most 17 of them).
  static constexpr size_t kLongest = [] {
    size_t n = 0;
    for (std::string_view w : kStopwords) n = std::max(n, w.size());
    return n;
  }();
  if (norm.empty() || norm.size() > kLongest) return false;
  static const auto kByLetter = [] {
    std::array<std::pair<uint8_t, uint8_t>, 256> ranges{};
    for (size_t i = 0; i < kStopwords.size(); ++i) {
      auto& r = ranges[static_cast<unsigned char>(kStopwords[i][0])];
      if (r.second == 0) r.first = static_cast<uint8_t>(i);
      r.second = static_cast<uint8_t>(i + 1);
    }
    return ranges;
  }();
  const auto [first, last] = kByLetter[static_cast<unsigned char>(norm[0])];
  return std::binary_search(kStopwords.begin() + first, kStopwords.begin() + last, norm);
}

}  // namespace corroborate::text
