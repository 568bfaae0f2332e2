#include "corroborate/cluster/features.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <span>
#include <unordered_map>

#include "corroborate/common/utf8.h"
#include "corroborate/compare/claims.h"
#include "corroborate/extract/entities.h"

namespace corroborate::cluster {
namespace {

using text::Token;

bool HasLetter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  });
}

bool IsContentWord(const Token& t) {
  if (t.Has(text::kNumber) || t.Has(text::kSymbol) || t.Has(text::kHandle)) return false;
  if (t.stem.size() < 2 || !HasLetter(t.stem)) return false;
  return !text::IsStopword(t.norm);
}

// A 4-digit number that reads as a year of news ("2013"), or 0.
int YearOf(const Token& t) {
  if (!t.Has(text::kNumber) || t.norm.size() != 4) return 0;
  if (!std::all_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  const int y = std::atoi(t.norm.c_str());
  return y >= 1900 && y <= 2100 ? y : 0;
}

std::string NumberKey(const compare::NumberSlot& n) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "n:%g ", n.value);
  return buf + n.unit;
}

bool IsName(const Token& t) {
  return t.Has(text::kCapitalized) && !t.Has(text::kNumber) && !t.Has(text::kHandle) &&
         t.norm.size() > 1 && HasLetter(t.norm) && !text::IsStopword(t.norm) &&
         MonthFromName(t.norm) == 0 && WeekdayFromName(t.norm) < 0;
}

// Bags are built in hash maps (most words of an article are new to its bag) and handed out
// sorted by key, as the clusterer and the tests expect.
using BagBuilder = std::unordered_map<std::string, float>;

Bag ToBag(BagBuilder&& m) {
  Bag bag;
  bag.reserve(m.size());
  while (!m.empty()) {
    auto node = m.extract(m.begin());
    bag.emplace_back(std::move(node.key()), node.mapped());
  }
  std::sort(bag.begin(), bag.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return bag;
}

}  // namespace

ArticleFeatures BuildFeatures(const Article& article, text::Analyzer* analyzer,
                              const FeatureOptions& options) {
  ArticleFeatures f;
  f.id = article.id;
  if (article.published) f.published = ParseDate(*article.published);
  if (article.outlet) f.outlet = *article.outlet;

  BagBuilder bags[kSpaceCount];
  auto& words = bags[static_cast<int>(Space::kText)];
  auto& names = bags[static_cast<int>(Space::kEntity)];
  auto& places = bags[static_cast<int>(Space::kPlace)];
  auto& when = bags[static_cast<int>(Space::kWhen)];

  if (!article.title.empty()) {
    std::vector<Token> title;
    analyzer->Tokenize(article.title, Span{0, static_cast<uint32_t>(article.title.size())}, &title);
    for (const Token& t : title) {
      if (IsContentWord(t)) words[t.stem] += options.title_weight;
    }
  }

  const text::Document doc = analyzer->Analyze(article, 0);
  const size_t limit = std::min(doc.tokens.size(), options.max_tokens);
  // Proper nouns: capitalized words inside a sentence, and at its start when the same word is
  // capitalized inside a sentence elsewhere; two in a row also count as a pair. This catches the
  // names the rule-based entity finder below misses.
  BagBuilder opening;
  const size_t lead_end = doc.sentences.size() > options.lead_sentences
                              ? doc.sentences[options.lead_sentences].first_token
                              : doc.tokens.size();
  for (size_t i = 0; i < limit; ++i) {
    const Token& t = doc.tokens[i];
    if (IsContentWord(t)) words[t.stem] += i < lead_end ? options.lead_weight : 1.0f;
    if (const int y = YearOf(t)) when["y:" + std::to_string(y)] += 1;
    if (!IsName(t)) continue;
    if (t.Has(text::kSentenceStart)) {
      opening[t.norm] += 1;
      continue;
    }
    names[t.norm] += options.name_weight;
    if (i > 0 && IsName(doc.tokens[i - 1]) && !doc.tokens[i - 1].Has(text::kSentenceStart)) {
      names[doc.tokens[i - 1].norm + " " + t.norm] += options.name_weight;
    }
  }
  for (const auto& [norm, n] : opening) {
    if (auto it = names.find(norm); it != names.end()) it->second += n * options.name_weight;
  }

  // Names: the whole folded name and each of its words, so partial mentions still match.
  for (const extract::EntityMention& e : extract::FindEntities(doc)) {
    if (e.span.start >= (limit > 0 ? doc.tokens[limit - 1].span.end : 0)) continue;
    const std::string folded = utf8::FoldForMatch(e.name);
    auto& bag = e.kind == ActorKind::kPlace ? places : names;
    bag[folded] += 1;
    if (folded.find(' ') == std::string::npos) continue;
    size_t start = 0;
    while (start < folded.size()) {
      size_t end = folded.find(' ', start);
      if (end == std::string::npos) end = folded.size();
      const std::string part = folded.substr(start, end - start);
      if (part.size() > 2 && !text::IsStopword(part)) bag[part] += 0.5f;
      start = end + 1;
    }
  }

  // Places, dates and quantities, read sentence by sentence with the compare stage's slot
  // extractors.
  std::vector<compare::PlaceSlot> place_slots;
  std::vector<compare::DateSlot> date_slots;
  std::vector<compare::NumberSlot> number_slots;
  for (const text::Sentence& s : doc.sentences) {
    if (s.first_token >= limit) break;
    const std::span<const Token> tokens = doc.TokensOf(s);
    compare::ExtractPlaces(doc.text(), tokens, &place_slots);
    compare::ExtractDates(tokens, f.published, &date_slots);
    if (options.numbers) compare::ExtractNumbers(doc.text(), tokens, &number_slots);
  }
  for (const compare::PlaceSlot& p : place_slots) {
    if (p.origin) continue;
    places[p.folded] += 1;
    if (!p.container.empty()) places[p.container] += 0.5f;
  }
  for (const compare::DateSlot& d : date_slots) {
    if (!d.date || d.date->year == 0) continue;
    when["d:" + FormatIsoDate(*d.date)] += 1;
    when["m:" + FormatIsoDate(*d.date).substr(0, 7)] += 0.5f;
  }
  for (const compare::NumberSlot& n : number_slots) {
    if (n.unit.empty()) continue;  // bare numbers are mostly years and ordinals
    when[NumberKey(n)] += 1;
  }
  for (int s = 0; s < kSpaceCount; ++s) f.spaces[s] = ToBag(std::move(bags[s]));
  return f;
}

}  // namespace corroborate::cluster
