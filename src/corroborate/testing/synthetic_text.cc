#include "corroborate/testing/synthetic_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace corroborate::testing {
namespace {

constexpr int kVocabularySize = 20000;

// Upper-cases the first byte: words and names here are ASCII.
void Capitalize(std::string* word) { (*word)[0] = static_cast<char>(std::toupper((*word)[0])); }

}  // namespace

SyntheticText::SyntheticText(uint64_t seed, const SyntheticTextOptions& options) : rng_(seed) {
  static const char* kSyllables[] = {"ka", "lo",  "mi", "ter", "san", "do", "re", "vi",  "nu",
                                     "pa", "gor", "el", "in",  "ost", "ba", "ru", "the", "ma"};
  std::mt19937_64 vocabulary_rng(options.vocabulary_seed);
  vocabulary_.reserve(kVocabularySize);
  for (int i = 0; i < kVocabularySize; ++i) {
    std::string w;
    const int syllables = 1 + (i > 50) + (i > 2000) + static_cast<int>(vocabulary_rng() % 2);
    for (int s = 0; s < syllables; ++s) w += kSyllables[vocabulary_rng() % 18];
    if (options.numbered_words && i > 50) w += std::to_string(i % 97);
    vocabulary_.push_back(std::move(w));
  }
}

std::string SyntheticText::Word() {
  // Zipf(1) by inverse transform over ranks: rank ~ exp(U * ln N).
  const double u = std::uniform_real_distribution<double>(0, 1)(rng_);
  const auto rank = static_cast<size_t>(std::exp(u * std::log(double{kVocabularySize}))) - 1;
  return vocabulary_[std::min<size_t>(rank, vocabulary_.size() - 1)];
}

std::string SyntheticText::Sentence(const std::vector<std::string>& names) {
  const int n = 12 + static_cast<int>(rng_() % 19);
  std::string s;
  for (int i = 0; i < n; ++i) {
    const bool name = !names.empty() && rng_() % 6 == 0;
    std::string w = name ? names[rng_() % names.size()] : Word();
    if (i == 0) Capitalize(&w);
    s += w + (i + 1 == n ? ". " : (rng_() % 9 == 0 ? ", " : " "));
  }
  return s;
}

std::string SyntheticText::Paragraph(const std::vector<std::string>& names) {
  std::string p;
  for (int i = 0, n = 2 + static_cast<int>(rng_() % 3); i < n; ++i) p += Sentence(names);
  return p;
}

std::vector<std::string> SyntheticText::Article(int words, const std::vector<std::string>& names) {
  std::vector<std::string> paras;
  int count = 0;
  while (count < words) {
    paras.push_back(Paragraph(names));
    count += static_cast<int>(std::count(paras.back().begin(), paras.back().end(), ' '));
  }
  return paras;
}

std::string SyntheticText::Line(int words) {
  std::string s;
  int in_sentence = 0, sentence_length = 12;
  for (int i = 0; i < words; ++i) {
    std::string w = Word();
    if (in_sentence == 0) {
      Capitalize(&w);
      sentence_length = 12 + static_cast<int>(rng_() % 19);
    }
    s += w;
    if (++in_sentence == sentence_length) {
      s += ". ";
      in_sentence = 0;
    } else {
      s += rng_() % 9 == 0 ? ", " : " ";
    }
  }
  return s;
}

}  // namespace corroborate::testing
