#include <algorithm>
#include <array>
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
  return std::binary_search(kStopwords.begin(), kStopwords.end(), norm);
}

}  // namespace corroborate::text
