#include "corroborate/compare/actors_labels.h"

#include <algorithm>
#include <string>

#include "corroborate/common/utf8.h"
#include "corroborate/extract/entities_words.h"
#include "corroborate/extract/lexicon.h"

namespace corroborate::compare {
namespace {

namespace ew = extract::entity_words;

constexpr uint32_t kPersonHead = ew::kPersonHead;
constexpr uint32_t kCollective = ew::kGroupHead | ew::kBodyHead;

std::string StripPossessive(std::string w) {
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
  return w;
}

// The head noun of a label: its last person or group noun, before any "from <place>".
std::string HeadOf(std::string_view label) {
  std::vector<std::string> w = SplitWords(label);
  const auto from = std::find(w.begin(), w.end(), "from");
  w.erase(from, w.end());
  for (auto it = w.rbegin(); it != w.rend(); ++it) {
    std::string word = StripPossessive(*it);
    if (ew::HeadClassesOf(word) & (kPersonHead | kCollective)) return word;
  }
  return {};
}

bool IsPlural(std::string_view w) { return w.size() > 3 && w.back() == 's'; }

struct Place {
  int article;
  int sentence;
  int paragraph;
};

Place PlaceOf(const text::Document& doc, int article, uint32_t pos) {
  const int s = doc.SentenceAt(pos);
  const int p = s < 0 ? -1 : static_cast<int>(doc.sentences[static_cast<size_t>(s)].paragraph);
  return {article, s, p};
}

// The title written just before a mention ("Sheriff" in "Sheriff Ana Ruiz"), or "".
std::string TitleBefore(const text::Document& doc, Span span) {
  const auto& toks = doc.tokens;
  const auto it =
      std::lower_bound(toks.begin(), toks.end(), span.start,
                       [](const text::Token& t, uint32_t pos) { return t.span.start < pos; });
  if (it == toks.begin()) return {};
  const text::Token& prev = *(it - 1);
  if (prev.span.end > span.start) return {};
  for (char c : doc.text().substr(prev.span.end, span.start - prev.span.end)) {
    if (c != ' ' && c != '.') return {};
  }
  return ew::Is(prev.norm, ew::kTitle) ? prev.norm : std::string();
}

// "the bungling sheriff" says more than "the sheriff": a modifier besides the determiner.
bool HasModifier(std::string_view label) {
  const std::vector<std::string> w = SplitWords(label);
  if (w.size() >= 3) return true;
  return w.size() == 2 && w[0] != "the" && w[0] != "a" && w[0] != "an";
}

// Whether a body noun can name an organisation headed by `org_head`: "bureaucrats" any
// official body, "the board" a board, district, commission or council, and "the agency" only
// an agency.
bool BodyFits(std::string_view label_head, std::string_view org_head) {
  if (label_head == "board") {
    return org_head == "board" || org_head == "district" || org_head == "commission" ||
           org_head == "council";
  }
  if (label_head == "agency" || label_head == "commission" || label_head == "council" ||
      label_head == "district") {
    return label_head == org_head;
  }
  return true;
}

}  // namespace

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

void MarkLoaded(Label* label) {
  std::vector<std::string> w = SplitWords(label->label);
  for (std::string& x : w) x = StripPossessive(x);
  auto check = [label](std::string_view phrase) {
    const extract::LexiconEntry* e = extract::FindLoaded(phrase);
    if (e == nullptr) return false;
    label->loaded = true;
    label->category = std::string(e->category);
    return true;
  };
  if (check(label->label)) return;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (check(w[i] + " " + w[i + 1])) return;
  }
  for (const std::string& x : w) {
    if (check(x)) return;
  }
  // Crime nouns used as an identity ("a thug", "career criminal") judge the person; the
  // lexicon may classify them otherwise, so this applies only when it is silent.
  for (const std::string& x : w) {
    if (ew::Is(x, ew::kCrimeNoun)) {
      label->loaded = true;
      label->category = "pejorative";
      return;
    }
  }
}

void AttachLabels(std::span<const text::Document> docs,
                  std::span<const extract::ArticleAnalysis> analyses,
                  const std::vector<std::vector<int>>& mention_actor, std::vector<Actor>* actors) {
  const size_t n_actors = actors->size();
  // Where each actor is mentioned, and how salient it is.
  std::vector<std::vector<Place>> places(n_actors);
  std::vector<int> n_articles(n_actors, 0);
  for (size_t i = 0; i < n_actors; ++i) {
    int last_article = -1;
    for (const Evidence& e : (*actors)[i].mentions) {
      places[i].push_back(PlaceOf(docs[static_cast<size_t>(e.article)], e.article, e.span.start));
      if (e.article != last_article) ++n_articles[i];
      last_article = e.article;
    }
  }
  auto more_salient = [&](size_t x, size_t y) {
    if (n_articles[x] != n_articles[y]) return n_articles[x] > n_articles[y];
    return (*actors)[x].mentions.size() > (*actors)[y].mentions.size();
  };
  auto add = [&](size_t actor, int article, const extract::LabelMention& m) {
    Label l;
    l.evidence = {article, m.span};
    l.label = m.label;
    auto& labels = (*actors)[actor].labels;
    for (const Label& x : labels) {
      if (x.evidence == l.evidence) return;
    }
    MarkLoaded(&l);
    labels.push_back(std::move(l));
  };
  // Tied labels first: they also tell which organisations are activist groups or bodies.
  std::vector<uint32_t> tied_heads(n_actors, 0);
  for (size_t a = 0; a < analyses.size(); ++a) {
    for (const extract::LabelMention& m : analyses[a].labels) {
      if (m.entity < 0 || static_cast<size_t>(m.entity) >= mention_actor[a].size()) continue;
      const size_t actor = static_cast<size_t>(mention_actor[a][static_cast<size_t>(m.entity)]);
      add(actor, static_cast<int>(a), m);
      tied_heads[actor] |= ew::HeadClassesOf(HeadOf(m.label));
    }
  }
  std::vector<bool> activist(n_actors, false), body(n_actors, false);
  std::vector<std::string> heads(n_actors);  // "district" of "X Levee District"
  for (size_t i = 0; i < n_actors; ++i) {
    const Actor& act = (*actors)[i];
    if (act.kind == ActorKind::kGroup) activist[i] = true;
    if (act.kind != ActorKind::kOrganization && act.kind != ActorKind::kGroup) continue;
    std::vector<std::string> w = SplitWords(act.name);
    for (std::string& x : w) x = utf8::AsciiLower(x);
    // The head of "X Coalition" is its last word; of "Office of X", its first.
    std::string last = w.empty() ? "" : w.back();
    if (w.size() >= 3 && (w[1] == "of" || w[1] == "for")) last = w[0];
    heads[i] = last;
    if (ew::Is(last, ew::kActivistOrg) || (tied_heads[i] & ew::kGroupHead)) activist[i] = true;
    if (ew::Is(last, ew::kGovOrg) || (tied_heads[i] & ew::kBodyHead)) body[i] = true;
  }
  // Offices each person holds, from titles before their names and tied labels.
  std::vector<std::vector<std::string>> titles(n_actors);
  for (size_t i = 0; i < n_actors; ++i) {
    const Actor& act = (*actors)[i];
    if (act.kind != ActorKind::kPerson) continue;
    auto note = [&titles, i](std::string t) {
      if (!t.empty() && std::find(titles[i].begin(), titles[i].end(), t) == titles[i].end())
        titles[i].push_back(std::move(t));
    };
    for (const Evidence& e : act.mentions) {
      note(TitleBefore(docs[static_cast<size_t>(e.article)], e.span));
    }
    for (const Label& l : act.labels) {
      const std::string h = HeadOf(l.label);
      if (ew::Is(h, ew::kTitle)) note(h);
    }
  }
  // The story's subject: the person most articles name in their opening (first 30% of
  // tokens), in at least half of them, ahead of everyone else by that count or clearly by
  // mentions. Untied person nouns ("the fugitive") are read as naming this person.
  int top = -1;
  {
    std::vector<uint32_t> lead_end(docs.size(), 0);
    for (size_t a = 0; a < docs.size(); ++a) {
      const auto& toks = docs[a].tokens;
      if (!toks.empty()) lead_end[a] = toks[toks.size() * 3 / 10].span.end;
    }
    std::vector<int> lead(n_actors, 0);
    std::vector<size_t> persons;
    for (size_t i = 0; i < n_actors; ++i) {
      if ((*actors)[i].kind != ActorKind::kPerson) continue;
      persons.push_back(i);
      int last_article = -1;
      for (const Evidence& e : (*actors)[i].mentions) {
        if (e.article == last_article || e.span.start > lead_end[static_cast<size_t>(e.article)])
          continue;
        ++lead[i];
        last_article = e.article;
      }
    }
    std::sort(persons.begin(), persons.end(), [&](size_t x, size_t y) {
      if (lead[x] != lead[y]) return lead[x] > lead[y];
      if ((*actors)[x].mentions.size() != (*actors)[y].mentions.size())
        return (*actors)[x].mentions.size() > (*actors)[y].mentions.size();
      return x < y;
    });
    if (!persons.empty() && 2 * static_cast<size_t>(lead[persons[0]]) >= analyses.size()) {
      const size_t p = persons[0];
      if (persons.size() == 1 || lead[p] > lead[persons[1]] ||
          2 * (*actors)[p].mentions.size() >= 3 * (*actors)[persons[1]].mentions.size()) {
        top = static_cast<int>(p);
      }
    }
  }
  for (size_t a = 0; a < analyses.size(); ++a) {
    const int article = static_cast<int>(a);
    for (const extract::LabelMention& m : analyses[a].labels) {
      if (m.entity >= 0) continue;
      const std::string head = HeadOf(m.label);
      const uint32_t c = ew::HeadClassesOf(head);
      const Place at = PlaceOf(docs[a], article, m.span.start);
      if ((c & kPersonHead) && !IsPlural(head) && (c & ew::kTitle) && HasModifier(m.label)) {
        // "the publicity-hungry sheriff" -> the one person of this article titled Sheriff.
        int holder = -1;
        bool unique = true;
        for (size_t i = 0; i < n_actors && unique; ++i) {
          if (std::find(titles[i].begin(), titles[i].end(), head) == titles[i].end()) continue;
          const bool here = std::any_of(places[i].begin(), places[i].end(),
                                        [&](const Place& p) { return p.article == article; });
          if (!here) continue;
          if (holder >= 0) unique = false;
          holder = static_cast<int>(i);
        }
        if (unique && holder >= 0) {
          add(static_cast<size_t>(holder), article, m);
          continue;
        }
      }
      if ((c & kPersonHead) && !IsPlural(head)) {
        if (top < 0 || (c & (ew::kStrongPerson | ew::kGenericHead)) == 0) continue;
        const bool near_needed = (c & ew::kStrongPerson) == 0;
        const bool ok = std::any_of(places[static_cast<size_t>(top)].begin(),
                                    places[static_cast<size_t>(top)].end(), [&](const Place& p) {
                                      if (p.article != article) return false;
                                      return !near_needed || (p.paragraph >= at.paragraph &&
                                                              p.paragraph <= at.paragraph + 1);
                                    });
        if (ok) add(static_cast<size_t>(top), article, m);
        continue;
      }
      if ((c & kCollective) == 0 || (c & ew::kGenericHead)) continue;
      // The most salient compatible organisation in the same sentence, else within a
      // paragraph either side.
      int best = -1;
      bool best_same_sentence = false;
      for (size_t i = 0; i < n_actors; ++i) {
        const bool fits = (c & ew::kGroupHead) ? activist[i] : body[i] && BodyFits(head, heads[i]);
        if (!fits) continue;
        bool near = false, same = false;
        for (const Place& p : places[i]) {
          if (p.article != article) continue;
          if (p.sentence == at.sentence) same = true;
          if (p.paragraph >= at.paragraph - 1 && p.paragraph <= at.paragraph + 1) near = true;
        }
        if (!near) continue;
        if (best < 0 || (same && !best_same_sentence) ||
            (same == best_same_sentence && more_salient(i, static_cast<size_t>(best)))) {
          best = static_cast<int>(i);
          best_same_sentence = same;
        }
      }
      if (best >= 0) add(static_cast<size_t>(best), article, m);
    }
  }
  for (Actor& act : *actors) {
    std::sort(act.labels.begin(), act.labels.end(),
              [](const Label& x, const Label& y) { return x.evidence < y.evidence; });
  }
}

}  // namespace corroborate::compare
