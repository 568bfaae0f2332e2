// Qualifier slots: legal status ("accused of", "was convicted", "wanted for", "charged with"),
// hedged status ("it is unclear whether X is accused or convicted") and casualty status with its
// count ("four people were confirmed dead", "four feared dead", "four residents are missing").
#include <algorithm>
#include <string>

#include "corroborate/compare/claims.h"
#include "corroborate/compare/slots_lexicon.h"

namespace corroborate::compare {
namespace {

using text::Token;

// The legal words and the value each reports.
std::string_view LegalValue(std::string_view norm) {
  if (norm == "accused") return "accused";
  if (norm == "alleged") return "alleged";
  if (norm == "suspected") return "suspected";
  if (norm == "wanted") return "wanted";
  if (norm == "charged") return "charged";
  if (norm == "indicted") return "indicted";
  if (norm == "convicted") return "convicted";
  if (norm == "sentenced") return "sentenced";
  if (norm == "acquitted") return "acquitted";
  return {};
}

bool IsBe(std::string_view w) {
  return w == "is" || w == "was" || w == "were" || w == "are" || w == "been" || w == "be" ||
         w == "being" || w == "remains" || w == "remain" || w == "still";
}

bool IsComplementPreposition(std::string_view w) {
  return w == "of" || w == "with" || w == "in" || w == "for" || w == "over";
}

bool IsNegation(std::string_view w) {
  return w == "not" || w == "never" || w == "n't" || w == "no" || w == "without" ||
         w == "nor";
}

bool IsPersonNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "people",    "persons",     "residents", "victims",  "men",       "women",  "children",
      "workers",   "students",    "passengers", "officers", "soldiers", "civilians", "migrants",
      "firefighters", "miners",   "tourists",  "others",   "villagers", "patients", "adults",
      "teenagers", "crew",        "climbers",  "fishermen", "hikers",   "guests",   "dead"};
  for (std::string_view n : kNouns) {
    if (w == n) return true;
  }
  return false;
}

// How many people a casualty word at `i` is about: the nearest "<number> <people-noun>" within a
// short window (before for "four people were confirmed dead", after for "killed four people").
double CasualtyCount(std::span<const Token> t, size_t i) {
  auto count_at = [&](size_t k) -> double {
    double v = -1;
    if (t[k].Has(text::kNumber)) {
      bool ok = !t[k].norm.empty();
      for (char c : t[k].norm) ok = ok && ((c >= '0' && c <= '9') || c == ',');
      if (!ok) return -1;
      std::string d;
      for (char c : t[k].norm) {
        if (c != ',') d += c;
      }
      v = std::stod(d);
    } else {
      v = NumberWord(t[k].norm);
      if (v < 0 && t[k].norm == "one") v = 1;
    }
    if (v <= 0) return -1;
    if (k + 1 < t.size() && (IsPersonNoun(t[k + 1].norm) || k + 1 == i)) return v;
    return -1;
  };
  for (size_t d = 1; d <= 6 && d <= i; ++d) {
    if (const double v = count_at(i - d); v > 0) return v;
  }
  for (size_t k = i + 1; k < t.size() && k <= i + 3; ++k) {
    if (const double v = count_at(k); v > 0) return v;
  }
  return -1;
}

}  // namespace

void ExtractQualifiers(std::span<const Token> t, std::vector<QualifierSlot>* out) {
  // "It is unclear whether X is accused or convicted": one hedged value for the sentence.
  size_t unclear_at = t.size();
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    const std::string& w = t[i].norm;
    const bool hedge = w == "unclear" || w == "unknown" || w == "uncertain" ||
                       (w == "clear" && i > 0 && t[i - 1].norm == "not");
    if (hedge && (t[i + 1].norm == "whether" || t[i + 1].norm == "if")) {
      unclear_at = i;
      break;
    }
  }
  bool unclear_emitted = false;
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].norm;
    const std::string_view legal = LegalValue(w);
    if (!legal.empty()) {
      bool negated = false;
      for (size_t d = 1; d <= 3 && d <= i; ++d) negated = negated || IsNegation(t[i - d].norm);
      if (negated) continue;
      const std::string* next = i + 1 < t.size() ? &t[i + 1].norm : nullptr;
      const std::string* prev = i > 0 ? &t[i - 1].norm : nullptr;
      const bool passive = (prev && IsBe(*prev)) || (next && IsComplementPreposition(*next)) ||
                           (w == "sentenced" && next && *next == "to");
      // "convicted armed robber", "a convicted rapist", "the accused man".
      const bool adjectival = next && !IsComplementPreposition(*next) &&
                              (t[i].Has(text::kSentenceStart) ||
                               (prev && (*prev == "a" || *prev == "an" || *prev == "the")));
      // "charged with or convicted of": together they assert neither.
      bool either = false;
      for (size_t j = i >= 4 ? i - 4 : 0; j < t.size() && j <= i + 4 && !either; ++j) {
        if (j == i || LegalValue(t[j].norm).empty()) continue;
        for (size_t k = std::min(i, j) + 1; k < std::max(i, j); ++k) {
          if (t[k].norm == "or") either = true;
        }
      }
      if (!passive && !adjectival) continue;
      QualifierSlot q;
      q.span = t[i].span;
      q.token = static_cast<uint32_t>(i);
      if (unclear_at < i) {
        if (unclear_emitted) continue;
        unclear_emitted = true;
        q.span = {t[unclear_at].span.start, t[i].span.end};
        q.value = "unclear";
        out->push_back(std::move(q));
        continue;
      }
      if (either) continue;
      q.value = std::string(legal);
      out->push_back(std::move(q));
      continue;
    }
    // Casualty status.
    std::string value;
    size_t last = i;
    if ((w == "confirmed" || w == "feared" || w == "presumed") && i + 1 < t.size() &&
        t[i + 1].norm == "dead") {
      value = w + " dead";
      last = i + 1;
    } else if (w == "missing" && i > 0 && IsBe(t[i - 1].norm)) {
      value = "missing";
    } else if (w == "unaccounted" && i + 1 < t.size() && t[i + 1].norm == "for") {
      value = "unaccounted for";
      last = i + 1;
    } else if (w == "killed" || w == "killing" || w == "died" || w == "dead") {
      if (w == "dead" && i > 0 && (t[i - 1].norm == "the" || t[i - 1].norm == "confirmed" ||
                                   t[i - 1].norm == "feared" || t[i - 1].norm == "presumed")) {
        continue;
      }
      value = w == "killing" ? "killed" : w;
    } else {
      continue;
    }
    bool negated = false;
    for (size_t d = 1; d <= 3 && d <= i; ++d) negated = negated || IsNegation(t[i - d].norm);
    if (negated) continue;
    const double count = CasualtyCount(t, i);
    if (count <= 0) continue;
    QualifierSlot q;
    q.span = {t[i].span.start, t[last].span.end};
    q.token = static_cast<uint32_t>(i);
    q.value = value;
    q.count = count;
    out->push_back(std::move(q));
    i = last;
  }
}

}  // namespace corroborate::compare
