// SyntheticText: news-like text from a fixed seed, for tests and benchmarks only (the library
// corroborate_testing is never linked into corroborate itself). Pseudo-words are drawn by a
// Zipf(1) law from a 20,000-word vocabulary whose frequent words are short, as in English, and
// set in sentences of 12-30 words; nothing comes from real data. The sequences a seed gives are
// part of the contract: tests assert on them, so changing a draw changes their expectations.
#ifndef CORROBORATE_TESTING_SYNTHETIC_TEXT_H_
#define CORROBORATE_TESTING_SYNTHETIC_TEXT_H_

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace corroborate::testing {

struct SyntheticTextOptions {
  // Seed of the vocabulary, independent of the text's seed so that generators with different
  // seeds share one vocabulary. Default 99.
  uint64_t vocabulary_seed = 99;
  // Words past the 50 most frequent end in a number (rank % 97), which makes rare words more
  // distinct from one another. Default true.
  bool numbered_words = true;
};

class SyntheticText {
 public:
  // The same `seed` and options give the same text, call for call.
  explicit SyntheticText(uint64_t seed, const SyntheticTextOptions& options = {});

  // Returns one word of the vocabulary, in lower case.
  std::string Word();

  // Returns a sentence of 12-30 words: the first capitalized, ", " after about one word in
  // nine, ". " at the end. When `names` is not empty about one word in six is one of them.
  std::string Sentence(const std::vector<std::string>& names = {});

  // Returns a paragraph of 2-4 Sentence(names).
  std::string Paragraph(const std::vector<std::string>& names = {});

  // Returns paragraphs (Paragraph(names)) until they hold at least `words` words.
  std::vector<std::string> Article(int words, const std::vector<std::string>& names = {});

  // Returns exactly `words` words on one line in sentences of 12-30 words (the last one cut
  // where the count ends), each word followed by " ", ", " or ". ". A different sequence of
  // draws from Sentence(): the sentence's length is drawn after its first word.
  std::string Line(int words);

 private:
  std::mt19937_64 rng_;
  std::vector<std::string> vocabulary_;  // by rank, most frequent first
};

}  // namespace corroborate::testing

#endif  // CORROBORATE_TESTING_SYNTHETIC_TEXT_H_
