#include "corroborate/extract/lexicon.h"

#include <algorithm>
#include <bitset>
#include <initializer_list>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "corroborate/extract/editorial_voice.h"
#include "corroborate/extract/lexicon_data.h"

namespace corroborate::extract {
namespace {

using lexicon_data::Context;
using text::Token;
using Words = std::initializer_list<std::string_view>;

// Literal senses that share a form with a loaded word: "mob boss", "slammed into a tree",
// "admitted to the hospital", "woke up". `next`/`prev`: words right after/before the match;
// `ahead`: words within the next three tokens.
struct Exclusion {
  Words forms;
  Words next;
  Words prev;
  Words ahead;
};

const Exclusion kExclusions[] = {
    {{"mob", "mobs"},
     {"boss", "bosses", "family", "families", "ties", "hit", "figure", "lawyer"},
     {},
     {}},
    {{"slams", "slammed", "slamming"},
     {"into", "shut", "against", "onto", "through", "down", "on"},
     {},
     {}},
    {{"disturbing"}, {"the"}, {}, {}},
    {{"admitted", "admits", "admitting"},
     {},
     {},
     {"hospital", "hospitals", "university", "college", "bar", "school", "program", "icu"}},
    {{"claimed", "claiming"},
     {},
     {},
     {"lives", "life", "victory", "title", "responsibility", "seat", "seats", "prize", "crown",
      "win"}},
    {{"woke"},
     {"up", "to", "at", "before", "early", "in", "from", "and", "on", "after", "with", "him", "her",
      "them", "me", "us", "the", "a"},
     {},
     {}},
    {{"regime"},
     {},
     {"tax", "sanctions", "regulatory", "training", "treatment", "dietary", "visa", "trade",
      "testing", "inspection", "currency", "fitness", "workout", "drug", "tariff", "medication",
      "exercise", "legal"},
     {}},
    {{"radical", "radicals"},
     {"prostatectomy", "mastectomy", "surgery", "hysterectomy"},
     {"free"},
     {}},
};

// Agents of an arrest, for words that are loaded when used of one ("agents snatched a man").
constexpr std::string_view kEnforcers[] = {
    "ice",         "agents", "agent",       "officers",   "officer",        "feds",  "federal",
    "deputies",    "police", "cops",        "troopers",   "marshals",       "dhs",   "cbp",
    "immigration", "patrol", "authorities", "government", "administration", "masked"};

template <typename List>
bool In(std::string_view w, const List& list) {
  for (std::string_view e : list) {
    if (e == w) return true;
  }
  return false;
}

size_t PrefixOf(std::string_view w) {
  return (static_cast<size_t>(static_cast<unsigned char>(w[0])) << 8) |
         (w.size() > 1 && w[1] != ' ' ? static_cast<unsigned char>(w[1]) : 0);
}

struct Index {
  std::vector<LexiconEntry> entries;            // canonical phrase per entry
  std::vector<Context> contexts;                // per entry
  std::unordered_map<std::string, int> forms;   // form -> entry
  std::unordered_set<std::string> first_words;  // first word of every form
  std::bitset<65536> prefix;                    // first two bytes of the first words
  int max_words = 1;
};

const Index& GetIndex() {
  static const Index* const index = [] {
    auto* ix = new Index;
    const auto rows = lexicon_data::Rows();
    for (const lexicon_data::Row& row : rows) {
      size_t entry_start = 0;
      while (entry_start <= row.forms.size()) {
        size_t semi = row.forms.find(';', entry_start);
        if (semi == std::string_view::npos) semi = row.forms.size();
        const std::string_view forms = row.forms.substr(entry_start, semi - entry_start);
        const int entry = static_cast<int>(ix->entries.size());
        ix->entries.push_back({forms.substr(0, forms.find('|')), row.category});
        ix->contexts.push_back(row.context);
        size_t start = 0;
        while (start <= forms.size()) {
          size_t bar = forms.find('|', start);
          if (bar == std::string_view::npos) bar = forms.size();
          const std::string_view form = forms.substr(start, bar - start);
          ix->forms.emplace(std::string(form), entry);
          ix->first_words.emplace(std::string(form.substr(0, form.find(' '))));
          ix->prefix.set(PrefixOf(form));
          ix->max_words = std::max<int>(
              ix->max_words, 1 + static_cast<int>(std::count(form.begin(), form.end(), ' ')));
          start = bar + 1;
        }
        entry_start = semi + 1;
      }
    }
    return ix;
  }();
  return *index;
}

bool Excluded(std::string_view form, std::span<const Token> toks, size_t first, size_t end) {
  for (const Exclusion& ex : kExclusions) {
    if (!In(form, ex.forms)) continue;
    if (end < toks.size() && In(toks[end].norm, ex.next)) return true;
    if (first > 0 && In(toks[first - 1].norm, ex.prev)) return true;
    for (size_t k = end; k < toks.size() && k < end + 3; ++k) {
      if (In(toks[k].norm, ex.ahead)) return true;
    }
  }
  return false;
}

bool ContextHolds(Context c, std::span<const Token> toks, size_t first, size_t end) {
  switch (c) {
    case Context::kAny:
      return true;
    case Context::kEnforcement: {
      // An enforcer just before the verb ("agents snatched"), or after "by".
      for (size_t back = 1; back <= 3 && back <= first; ++back) {
        const std::string_view w = toks[first - back].norm;
        if (w == "said" || w == "says" || w == "told") break;
        if (In(w, kEnforcers)) return true;
      }
      if (end < toks.size() && toks[end].norm == "by") {
        for (size_t k = end + 1; k < toks.size() && k <= end + 3; ++k) {
          if (In(toks[k].norm, kEnforcers)) return true;
        }
      }
      return false;
    }
    case Context::kMetaphor: {
      // Predicative ("they are animals") or compared/pointed at with people in view.
      if (first == 0) return false;
      const std::string_view prev = toks[first - 1].norm;
      if (prev == "are" || prev == "were" || prev == "they're") return true;
      if (prev != "like" && prev != "these" && prev != "those" && prev != "of") return false;
      break;
    }
    case Context::kPeople:
    case Context::kMigration:
      break;
  }
  for (size_t k = 0; k < toks.size(); ++k) {
    if (k >= first && k < end) continue;
    if (lexicon_data::IsContextCue(c, toks[k].norm)) return true;
  }
  return false;
}

}  // namespace

const LexiconEntry* FindLoaded(std::string_view norm_phrase) {
  const Index& ix = GetIndex();
  auto it = ix.forms.find(std::string(norm_phrase));
  return it == ix.forms.end() ? nullptr : &ix.entries[it->second];
}

std::vector<LoadedMention> FindLoadedWords(const text::Document& doc) {
  std::vector<LoadedMention> out;
  if (doc.article == nullptr || doc.tokens.empty()) return out;
  const Index& ix = GetIndex();
  VoiceOptions options;
  options.scare_quote_words = 2;
  const VoiceMap voice(doc, options);
  std::string key;
  for (const text::Sentence& s : doc.sentences) {
    const std::span<const Token> toks = doc.TokensOf(s);
    for (size_t i = 0; i < toks.size();) {
      if (toks[i].norm.empty() || !ix.prefix.test(PrefixOf(toks[i].norm)) ||
          !ix.first_words.contains(toks[i].norm) || voice.InOthers(toks[i].span)) {
        ++i;
        continue;
      }
      size_t matched = 0;
      const size_t longest = std::min<size_t>(ix.max_words, toks.size() - i);
      for (size_t len = longest; len >= 1 && matched == 0; --len) {
        key.clear();
        bool own = true;
        for (size_t k = i; k < i + len; ++k) {
          if (k > i) {
            key.push_back(' ');
            own = own && !voice.InOthers(toks[k].span);
          }
          key += toks[k].norm;
        }
        if (!own) continue;
        auto it = ix.forms.find(key);
        if (it == ix.forms.end()) continue;
        const int row = it->second;
        if (Excluded(key, toks, i, i + len)) continue;
        if (!ContextHolds(ix.contexts[row], toks, i, i + len)) continue;
        const LexiconEntry& e = ix.entries[row];
        out.push_back({{toks[i].span.start, toks[i + len - 1].span.end},
                       std::string(e.phrase),
                       std::string(e.category)});
        matched = len;
      }
      i += matched > 0 ? matched : 1;
    }
  }
  return out;
}

}  // namespace corroborate::extract
