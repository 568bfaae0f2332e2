#include "corroborate/extract/editorial_cues.h"

#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <unordered_map>

#include "corroborate/common/utf8.h"

namespace corroborate::extract::editorial_cues {
namespace {

using text::Token;
using Words = std::initializer_list<std::string_view>;
using Tokens = std::vector<const Token*>;

template <typename List>
bool In(std::string_view w, const List& list) {
  for (std::string_view e : list) {
    if (e == w) return true;
  }
  return false;
}

// Imperatives that open a sentence. `next` lists the words that must follow, because most of
// these verbs are also nouns ("Share prices fell", "Demand for housing rose"); empty: any word.
struct Imperative {
  std::string_view verb;
  std::string_view reason;
  Words next;
};

const Imperative kImperatives[] = {
    {"call",
     "call to action",
     {"your", "the", "them", "him", "her", "their", "congress", "on", "city", "county", "state"}},
    {"contact", "call to action", {"your", "the", "them", "us", "their"}},
    {"email", "call to action", {"your", "the", "them", "their"}},
    {"phone", "call to action", {"your", "the", "them"}},
    {"write", "call to action", {"to", "your", "them"}},
    {"tell", "call to action", {"them", "your", "him", "her", "congress", "lawmakers", "the"}},
    {"vote", "call to action", {"for", "against", "them", "no", "yes", "out"}},
    {"donate", "call to action", {}},
    {"join", "call to action", {"us", "the", "our", "a"}},
    {"sign", "call to action", {"up", "the", "a", "this", "our"}},
    {"share", "call to action", {"this", "it", "if", "the", "your", "with", "these"}},
    {"demand", "call to action", {"that", "the", "your", "answers", "accountability", "action"}},
    {"show", "call to action", {"up"}},
    {"speak", "call to action", {"up", "out"}},
    {"stand", "call to action", {"up", "with"}},
    {"run", "call to action", {"for"}},
    {"attend", "call to action", {"the", "a", "your"}},
    {"boycott", "call to action", {"the", "this", "these", "their", "them"}},
    {"act", "call to action", {"now"}},
    {"ask", "second person", {"yourself", "yourselves", "your", "why", "who", "how", "what"}},
    {"look", "second person", {"at"}},
    {"imagine", "second person", {}},
    {"consider", "second person", {"this", "that", "how", "what", "whether", "the"}},
    {"remember", "second person", {"that", "when", "the", "this", "how", "who"}},
    {"think", "second person", {"about", "of", "again"}},
    {"notice", "second person", {"how", "that", "the"}},
    {"picture", "second person", {"this", "a", "the"}},
    {"don't", "second person", {"be", "let", "believe", "forget", "expect"}},
    {"make", "second person", {"no"}},
    {"let's", "second person", {}},
};

// Words that may precede the imperative: "Then call your senator", "So ask yourself".
constexpr std::string_view kFillers[] = {"then",   "so",   "and",     "but", "now",
                                         "please", "just", "instead", "also"};

constexpr std::string_view kSecondPerson[] = {"you",    "your",  "yours",  "yourself", "yourselves",
                                              "you're", "you'd", "you'll", "you've",   "y'all"};

// Words that judge. Strong: the writer's emotional verdict. Weak: can describe a fact
// ("dangerous roads"), so they count only in company.
constexpr std::string_view kStrongEvaluative[] = {
    "stunning",     "stunningly",  "shocking",    "shockingly",  "jaw-dropping",   "outrageous",
    "outrageously", "disgraceful", "shameful",    "shamefully",  "appalling",      "horrific",
    "horrifying",   "egregious",   "brazen",      "brazenly",    "despicable",     "deplorable",
    "disgusting",   "scandalous",  "sickening",   "atrocious",   "unconscionable", "inexcusable",
    "indefensible", "reckless",    "recklessly",  "incompetent", "bungling",       "pathetic",
    "absurd",       "ridiculous",  "laughable",   "idiotic",     "insane",         "alarming",
    "alarmingly",   "shameless",   "shamelessly", "galling",     "infuriating",    "mind-boggling",
    "eye-popping",  "staggering",  "whopping"};
constexpr std::string_view kWeakEvaluative[] = {
    "disturbing",   "dangerous",      "troubling", "dire",       "blatant", "blatantly",
    "triumphantly", "obstructionist", "starkly",   "callous",    "cruel",   "heartless",
    "draconian",    "lawless",        "chaotic",   "disastrous", "frantic", "terrified",
    "horrified",    "seedy",          "hulking",   "notorious",  "vicious", "crumbling",
    "sabotaging",   "sabotage",       "sabotaged"};
constexpr std::string_view kIntensifiers[] = {
    "utterly",      "absolutely",     "truly",     "extremely",     "incredibly",
    "deeply",       "severely",       "outright",  "downright",     "flatly",
    "wildly",       "breathtakingly", "painfully", "astonishingly", "remarkably",
    "deliberately", "actively",       "openly",    "directly",      "effectively"};

// Short verdicts: "Responsibility is nice." "That is unacceptable."
constexpr std::string_view kVerdicts[] = {
    "nice",         "nicer",      "absurd",    "ridiculous", "shameful",    "pathetic",
    "unacceptable", "outrageous", "laughable", "telling",    "disgraceful", "inexcusable",
    "indefensible", "appalling",  "sickening", "insane",     "madness"};
constexpr std::string_view kCopulas[] = {"is", "are",  "was",  "were",
                                         "be", "been", "it's", "that's"};

// Sarcasm markers, as token sequences.
const Words kSarcasm[] = {{"just", "a", "coincidence"},
                          {"pure", "coincidence"},
                          {"what", "a", "coincidence"},
                          {"what", "a", "surprise"},
                          {"surprise", "surprise"},
                          {"go", "figure"},
                          {"can't", "make", "this", "up"},
                          {"so", "much", "for"},
                          {"who", "could", "have", "guessed"},
                          {"color", "me", "shocked"},
                          {"shocker"}};

// One lookup per token tells which cues can apply to a sentence, so that the sequence checks
// below run only on the few sentences that have one of their words.
enum WordClass : uint16_t {
  kStrong = 1,
  kWeak = 2,
  kIntens = 4,
  kSecond = 8,
  kSarcasmStart = 16,
  kCallWord = 32,
  kAuxiliary = 64,
  kPhone = 128,
};

size_t PrefixOf(std::string_view w) {
  return (static_cast<size_t>(static_cast<unsigned char>(w[0])) << 8) |
         (w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0);
}

uint16_t ClassOf(std::string_view norm) {
  struct Table {
    std::unordered_map<std::string_view, uint16_t> classes;
    std::bitset<65536> prefix;  // first two bytes of every word: most tokens stop here
  };
  static const Table* const table = [] {
    auto* tb = new Table;
    auto* t = &tb->classes;
    for (auto w : kStrongEvaluative) (*t)[w] |= kStrong;
    for (auto w : kWeakEvaluative) (*t)[w] |= kWeak;
    for (auto w : kIntensifiers) (*t)[w] |= kIntens;
    for (auto w : kSecondPerson) (*t)[w] |= kSecond;
    for (const Words& seq : kSarcasm) (*t)[*seq.begin()] |= kSarcasmStart;
    (*t)["naturally"] |= kSarcasmStart;
    for (auto w : {"call", "contact", "email", "tell", "urge", "let"}) (*t)[w] |= kCallWord;
    for (auto w : {"did", "does", "didn't", "doesn't", "never"}) (*t)[w] |= kAuxiliary;
    for (auto w : {"911", "tip", "hotline"}) (*t)[w] |= kPhone;
    for (const auto& [w, c] : *t) tb->prefix.set(PrefixOf(w));
    return tb;
  }();
  if (norm.empty() || !table->prefix.test(PrefixOf(norm))) return 0;
  auto it = table->classes.find(norm);
  return it == table->classes.end() ? 0 : it->second;
}

bool IsQuoteMark(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB || c == 0x2019 ||
         c == '\'' || c == ')';
}

bool MatchAt(const Tokens& own, size_t i, Words seq) {
  if (i + seq.size() > own.size()) return false;
  size_t k = i;
  for (std::string_view w : seq) {
    if (own[k++]->norm != w) return false;
  }
  return true;
}

// A public-service line ("If you see him, call 911") addresses the reader without opinion.
bool HasPhoneNumber(const Tokens& own, uint16_t classes) {
  if (classes & kPhone) return true;
  for (const Token* t : own) {
    if (t->Has(text::kNumber) && t->norm.size() >= 7 && t->norm.find('-') != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::string_view ImperativeReason(const Tokens& own) {
  size_t i = 0;
  while (i + 1 < own.size() && In(own[i]->norm, kFillers)) ++i;
  const std::string_view verb = own[i]->norm;
  const std::string_view next = i + 1 < own.size() ? std::string_view(own[i + 1]->norm) : "";
  for (const Imperative& imp : kImperatives) {
    if (imp.verb != verb) continue;
    if (imp.next.size() == 0 || In(next, imp.next)) return imp.reason;
  }
  return {};
}

// Mid-sentence calls: "..., then call your state senator".
bool HasCallPhrase(const Tokens& own) {
  for (size_t i = 0; i + 1 < own.size(); ++i) {
    const std::string_view w = own[i]->norm;
    const std::string_view n = own[i + 1]->norm;
    if ((w == "call" || w == "contact" || w == "email" || w == "tell" || w == "urge") &&
        n == "your") {
      return true;
    }
    if (w == "let" && n == "them" && i + 2 < own.size() && own[i + 2]->norm == "know") return true;
  }
  return false;
}

bool EndsWithOwnQuestion(std::string_view text, Span s, const VoiceMap& voice) {
  size_t pos = s.end;
  bool question = false;
  while (pos > s.start) {
    size_t start = 0;
    const char32_t c = utf8::DecodeBefore(text, pos, &start);
    const Span at{static_cast<uint32_t>(start), static_cast<uint32_t>(pos)};
    if (c == '?' || c == '!') {
      if (voice.InOthers(at)) return false;
      question |= c == '?';
    } else if (utf8::IsSpace(c) || (IsQuoteMark(c) && !voice.InOthers(at))) {
      if (question) break;
    } else {
      break;
    }
    pos = start;
  }
  return question;
}

bool HasSecondPerson(const Tokens& own) {
  for (size_t i = 0; i < own.size(); ++i) {
    if (!In(own[i]->norm, kSecondPerson)) continue;
    if (i > 0 && (own[i - 1]->norm == "thank" || own[i - 1]->norm == "thanks")) continue;
    return true;
  }
  return false;
}

bool HasSarcasm(std::string_view text, const Tokens& own, bool starts_own) {
  for (size_t i = 0; i < own.size(); ++i) {
    for (Words seq : kSarcasm) {
      if (MatchAt(own, i, seq)) return true;
    }
  }
  // "Naturally, the critics ..." opening a sentence.
  if (starts_own && own[0]->norm == "naturally" && own[0]->span.end < text.size() &&
      text[own[0]->span.end] == ',') {
    return true;
  }
  return false;
}

// "It did not have to happen." "None of this had to happen."
bool HasCounterfactual(const Tokens& own) {
  for (size_t i = 0; i + 3 < own.size(); ++i) {
    const std::string_view subj = own[i]->norm;
    if (subj != "it" && subj != "this" && subj != "that") continue;
    size_t j = i + 1;
    const std::string_view aux = own[j]->norm;
    if ((aux == "did" || aux == "does") && own[j + 1]->norm == "not") {
      j += 2;
    } else if (aux == "didn't" || aux == "doesn't" || aux == "never") {
      j += 1;
    } else {
      continue;
    }
    if (j + 1 < own.size() &&
        (own[j]->norm == "have" || own[j]->norm == "had" || own[j]->norm == "need") &&
        own[j + 1]->norm == "to") {
      return true;
    }
  }
  return false;
}

bool IsEvaluativeDense(const Tokens& own) {
  int strong = 0, weak = 0, intens = 0;
  for (const Token* t : own) {
    const uint16_t c = ClassOf(t->norm);
    if (c & kStrong) {
      ++strong;
    } else if (c & kWeak) {
      ++weak;
    } else if (c & kIntens) {
      ++intens;
    }
  }
  return strong + weak >= 2 || (strong >= 1 && intens >= 1);
}

bool IsShortVerdict(const Tokens& own) {
  if (own.size() > 6 || own.size() < 2) return false;
  if (!In(own.back()->norm, kVerdicts)) return false;
  for (const Token* t : own) {
    if (In(t->norm, kCopulas) || t->norm == "would" || t->norm == "be") return true;
  }
  return false;
}

// Two or more shouted words in a row, one of them a long word (acronyms are short).
bool HasShouting(const Tokens& own) {
  int run = 0;
  bool long_word = false;
  for (const Token* t : own) {
    if (t->Has(text::kAllCaps) && !t->Has(text::kNumber)) {
      ++run;
      long_word |= t->norm.size() >= 5;
      if (run >= 2 && long_word) return true;
    } else {
      run = 0;
      long_word = false;
    }
  }
  return false;
}

}  // namespace

bool IsEvaluativeWord(std::string_view norm) { return (ClassOf(norm) & (kStrong | kWeak)) != 0; }

std::string_view SentenceReason(std::string_view text, Span sentence, const Tokens& own,
                                bool starts_own, const VoiceMap& voice) {
  if (own.empty()) return {};
  uint16_t classes = 0;
  for (const Token* t : own) classes |= ClassOf(t->norm);
  const bool service = HasPhoneNumber(own, classes);
  if (starts_own && !service) {
    const std::string_view r = ImperativeReason(own);
    if (!r.empty()) return r;
  }
  if (!service && (classes & kCallWord) && HasCallPhrase(own)) return "call to action";
  if (EndsWithOwnQuestion(text, sentence, voice)) return "rhetorical question";
  if (!service && (classes & kSecond) && HasSecondPerson(own)) return "second person";
  if ((classes & kSarcasmStart) && HasSarcasm(text, own, starts_own)) return "sarcasm";
  if ((classes & kAuxiliary) && HasCounterfactual(own)) return "evaluative";
  if ((classes & (kStrong | kWeak)) && IsEvaluativeDense(own)) return "evaluative";
  if (IsShortVerdict(own)) return "evaluative";
  if (HasShouting(own)) return "emphasis";
  return {};
}

}  // namespace corroborate::extract::editorial_cues
