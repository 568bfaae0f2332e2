#include "corroborate/compare/claims.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>

#include "corroborate/common/date.h"
#include "corroborate/common/utf8.h"
#include "corroborate/compare/slots_lexicon.h"

namespace corroborate::compare {
namespace {

using text::Token;

struct NameRun {
  size_t first = 0, end = 0;  // token indices within the sentence, end exclusive
  std::string folded;
  bool person = true;  // not a known region, organisation, facility or acronym
};

bool IsNameToken(const Token& t) {
  return t.Has(text::kCapitalized) && !t.Has(text::kNumber) && !t.Has(text::kHandle) &&
         MonthFromName(t.norm) == 0 && WeekdayFromName(t.norm) < 0;
}

// Titles and honorifics that precede names but are not part of the surname.
bool IsTitle(std::string_view w) {
  static constexpr std::string_view kTitles[] = {
      "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "sgt", "lt", "gen", "col", "capt", "det",
      "president", "sheriff", "mayor", "governor", "senator", "secretary", "judge", "officer",
      "chief", "director", "prosecutor", "attorney", "deputy", "minister", "prime", "pope"};
  for (std::string_view t : kTitles) {
    if (w == t) return true;
  }
  return false;
}

// `known` holds norms seen capitalized inside sentences of the article: a sentence-initial word
// in it is a name ("Venner is charged"), others are ordinary capitalized words ("Investigators").
std::vector<NameRun> FindNames(std::span<const Token> t, const std::set<std::string>& known) {
  std::vector<NameRun> runs;
  for (size_t i = 0; i < t.size();) {
    if (!IsNameToken(t[i]) || (t[i].Has(text::kSentenceStart) && text::IsStopword(t[i].norm))) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < t.size() && end - i < 5 && IsNameToken(t[end])) {
      ++end;
      if (t[end - 1].Has(text::kPossessive)) break;
    }
    size_t first = i;
    while (first + 1 < end && IsTitle(t[first].norm)) ++first;
    NameRun r;
    r.first = first;
    r.end = end;
    for (size_t k = first; k < end; ++k) {
      if (k > first) r.folded += ' ';
      r.folded += t[k].norm;
      if (IsOrganizationHead(t[k].norm) || IsFacilityHead(t[k].norm) || t[k].Has(text::kAllCaps)) {
        r.person = false;
      }
    }
    if (RegionLevel(r.folded) != PlaceLevel::kLocality || !CountryOfDemonym(r.folded).empty()) {
      r.person = false;
    }
    // A lone sentence-initial capital ("Investigators") is rarely a name.
    if (end - first == 1 && t[first].Has(text::kSentenceStart) && !known.count(t[first].norm)) {
      r.person = false;
    }
    runs.push_back(std::move(r));
    i = end;
  }
  return runs;
}

std::string Surname(const std::string& folded) {
  const size_t sp = folded.rfind(' ');
  return sp == std::string::npos ? folded : folded.substr(sp + 1);
}

void AddStem(std::string s, std::vector<std::string>* out) {
  if (s.size() >= 2) out->push_back(std::move(s));
}

bool IsPronounSubject(std::string_view w) { return w == "he" || w == "she" || w == "him" || w == "her"; }

// Nouns that name a person by role in crime and court reporting.
bool IsPersonRoleNoun(std::string_view w) {
  static constexpr std::string_view kRoles[] = {
      "fugitive", "suspect", "defendant", "man", "woman", "inmate", "prisoner", "migrant",
      "immigrant", "alien", "national", "gunman", "driver", "teen", "teenager", "convict"};
  for (std::string_view r : kRoles) {
    if (w == r) return true;
  }
  return false;
}

}  // namespace

std::vector<Claim> ExtractClaims(const text::Document& doc,
                                 const extract::ArticleAnalysis& analysis,
                                 text::Analyzer* analyzer) {
  std::vector<Claim> claims;
  const std::string_view text = doc.text();
  std::optional<Date> published;
  if (doc.article->published) published = ParseDate(*doc.article->published);
  std::string last_person;  // surname of the last person named: resolves "he is charged"
  std::set<std::string> known_names;
  for (const Token& k : doc.tokens) {
    if (IsNameToken(k) && !k.Has(text::kSentenceStart) && !k.Has(text::kAllCaps) &&
        !text::IsStopword(k.norm)) {
      known_names.insert(k.norm);
    }
  }
  int order = 0;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const text::Sentence& s = doc.sentences[si];
    const std::span<const Token> t = doc.TokensOf(s);
    if (t.size() < 3) continue;
    Claim c;
    c.article = doc.index;
    c.sentence = static_cast<int>(si);
    c.order = order++;
    c.span = s.span;
    const std::string_view sentence = s.span.Of(text);
    c.quoted = sentence.find('"') != std::string_view::npos ||
               sentence.find("\u201c") != std::string_view::npos ||
               sentence.find("\u201d") != std::string_view::npos;
    std::vector<std::string> stems;
    c.token_stems.resize(t.size());
    for (size_t i = 0; i < t.size(); ++i) {
      const Token& k = t[i];
      if (k.Has(text::kSymbol) || k.Has(text::kHandle)) continue;
      if (k.Has(text::kNumber)) {
        AddStem("#" + k.norm, &stems);
        continue;
      }
      if (text::IsStopword(k.norm) || MonthFromName(k.norm) > 0 || WeekdayFromName(k.norm) >= 0) {
        continue;
      }
      if (k.norm == "reportedly" || k.norm == "allegedly" || k.norm == "purportedly" ||
          ((k.norm == "may" || k.norm == "might") && i + 1 < t.size() && t[i + 1].norm == "have")) {
        c.hedged = true;
      }
      if (k.norm.find('-') != std::string::npos) {
        size_t p = 0;
        while (p < k.norm.size()) {
          size_t q = k.norm.find('-', p);
          if (q == std::string::npos) q = k.norm.size();
          const std::string part = k.norm.substr(p, q - p);
          if (!text::IsStopword(part) && !part.empty() && !(part[0] >= '0' && part[0] <= '9')) {
            const std::string& st = analyzer->Stem(part);
            AddStem(st, &stems);
            if (!c.token_stems[i].empty()) c.token_stems[i] += ' ';
            c.token_stems[i] += st;
          }
          p = q + 1;
        }
      } else {
        AddStem(k.stem, &stems);
        c.token_stems[i] = k.stem;
      }
      if (const std::string_view country = CountryOfDemonym(k.norm); !country.empty()) {
        const size_t sp = country.rfind(' ');
        const std::string last(sp == std::string_view::npos ? country : country.substr(sp + 1));
        AddStem(analyzer->Stem(last), &stems);
      }
      std::string_view ev = EventClassOfWord(k.norm, k.stem);
      if (ev.empty() && i + 1 < t.size()) ev = EventClassOfPhrase(k.norm, t[i + 1].norm);
      if (!ev.empty()) {
        c.events.emplace_back(ev);
        c.token_stems[i] += (c.token_stems[i].empty() ? "~" : " ~") + std::string(ev);
      }
    }
    std::sort(c.events.begin(), c.events.end());
    c.events.erase(std::unique(c.events.begin(), c.events.end()), c.events.end());
    for (const std::string& e : c.events) stems.push_back("~" + e);
    // Entity names from the extractors, when present, count as stems of their words.
    for (const extract::EntityMention& e : analysis.entities) {
      if (!s.span.Contains(e.span)) continue;
      c.names.push_back(utf8::FoldForMatch(e.name));
    }
    ExtractQualifiers(t, &c.qualifiers);
    ExtractPlaces(text, t, &c.places);
    ExtractDates(t, published, &c.dates);
    ExtractNumbers(text, t, &c.numbers);
    const std::vector<NameRun> runs = FindNames(t, known_names);
    for (const NameRun& r : runs) c.names.push_back(r.folded);
    // Actor: the first person-like name; qualifier subjects: the nearest one before.
    for (const NameRun& r : runs) {
      if (r.person) {
        c.actor = Surname(r.folded);
        c.actor_span = Span{t[r.first].span.start, t[r.end - 1].span.end};
        c.actor_name = std::string(c.actor_span.Of(text));
        if (r.first <= 2) {
          for (size_t i = r.end; i < t.size() && i <= r.end + 3; ++i) {
            std::string_view ev = EventClassOfWord(t[i].norm, t[i].stem);
            if (!ev.empty()) {
              c.actor_event = std::string(ev);
              break;
            }
          }
        }
        break;
      }
    }
    for (QualifierSlot& q : c.qualifiers) {
      if (q.count > 0) continue;
      // "a Moldovan fugitive accused of": the qualifier follows a role noun ("who was" may sit
      // between); a name run right before that noun is its modifier, not the subject.
      size_t role = q.token;
      if (q.token >= 1) {
        size_t k = q.token - 1;
        while (k > 0 && q.token - k <= 2 &&
               (t[k].norm == "who" || t[k].norm == "was" || t[k].norm == "is" ||
                t[k].norm == "been" || t[k].norm == "had")) {
          --k;
        }
        if (IsPersonRoleNoun(t[k].norm)) role = k;
      }
      const NameRun* best = nullptr;
      for (const NameRun& r : runs) {
        if (r.person && r.end <= q.token && r.end != role) best = &r;
      }
      if (role < q.token && (best == nullptr || best->end + 3 < role)) {
        // The role noun is nearer than any name: an unnamed "fugitive", unless a pronoun or a
        // name right after the qualifier's phrase says who it is.
        q.subject = kRoleSubject;
        continue;
      }
      // "Convicted armed robber Tobias Venner": the name follows a sentence-initial qualifier.
      if (!best && q.token <= 1) {
        for (const NameRun& r : runs) {
          if (r.person && r.first > q.token && r.first <= q.token + 4) {
            best = &r;
            break;
          }
        }
      }
      if (best) {
        q.subject = Surname(best->folded);
        continue;
      }
      for (size_t i = 0; i < q.token; ++i) {
        if (IsPronounSubject(t[i].norm)) q.subject = last_person;
      }
    }
    for (const NameRun& r : runs) {
      if (r.person) last_person = Surname(r.folded);
    }
    // Attach each date to the nearest event word: before it ("escaped on Tuesday"), or after
    // it for a possessive ("Tuesday's escape").
    for (DateSlot& d : c.dates) {
      int best = 1 << 20;
      for (size_t i = 0; i < t.size(); ++i) {
        std::string_view ev = EventClassOfWord(t[i].norm, t[i].stem);
        if (ev.empty() && i + 1 < t.size()) ev = EventClassOfPhrase(t[i].norm, t[i + 1].norm);
        if (ev.empty()) continue;
        int dist = static_cast<int>(d.token) - static_cast<int>(i);
        if (d.possessive) dist = -dist;
        // Prefer words on the expected side; the other side costs double.
        const int cost = dist > 0 ? dist : -2 * dist + 1;
        if (cost < best && cost <= 12) {
          best = cost;
          d.event = std::string(ev);
        }
      }
    }
    std::sort(c.names.begin(), c.names.end());
    c.names.erase(std::unique(c.names.begin(), c.names.end()), c.names.end());
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    c.stems = std::move(stems);
    if (c.stems.size() < 2) continue;
    claims.push_back(std::move(c));
  }
  return claims;
}

}  // namespace corroborate::compare
