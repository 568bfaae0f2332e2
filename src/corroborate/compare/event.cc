#include "corroborate/compare/event.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace corroborate::compare {
namespace {

// Claims by (article, sentence span start), to go from a fact's mentions back to claims.
std::map<std::pair<int, uint32_t>, const Claim*> IndexClaims(std::span<const Claim> claims) {
  std::map<std::pair<int, uint32_t>, const Claim*> m;
  for (const Claim& c : claims) m[{c.article, c.span.start}] = &c;
  return m;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

Event BuildEvent(std::span<const Claim> claims, std::span<const Fact> facts,
                 std::span<const Dispute> disputes, std::span<const text::Document> docs) {
  Event ev;
  const auto index = IndexClaims(claims);
  // The event most leads report: each article's first two narrative sentences vote once per class.
  std::map<std::string, std::set<int>> lead_votes;
  for (const Claim& c : claims) {
    if (c.order > 1 || c.quoted) continue;
    for (const std::string& e : c.events) lead_votes[e].insert(c.article);
  }
  std::string lead_event;
  size_t lead_support = 1;
  for (const auto& [e, arts] : lead_votes) {
    if (arts.size() > lead_support) {
      lead_support = arts.size();
      lead_event = e;
    }
  }
  // What: the best-supported fact about that event, lead-most first.
  const Fact* what = nullptr;
  double what_score = -1e9;
  for (const Fact& f : facts) {
    if (f.status == FactStatus::kSingle && lead_event.empty()) continue;
    double order = 0;
    int n = 0, quoted = 0;
    for (const Evidence& e : f.mentions) {
      auto it = index.find({e.article, e.span.start});
      if (it != index.end()) {
        order += it->second->order;
        quoted += it->second->quoted ? 1 : 0;
        ++n;
      }
    }
    // What people said is not what happened.
    if (quoted * 2 > n) continue;
    const double avg = n ? order / n : 10;
    bool has_event = false;
    for (const Evidence& e : f.mentions) {
      auto it = index.find({e.article, e.span.start});
      if (it == index.end()) continue;
      const auto& evs = it->second->events;
      if (lead_event.empty() ? !evs.empty()
                             : std::find(evs.begin(), evs.end(), lead_event) != evs.end()) {
        has_event = true;
      }
    }
    if (!lead_event.empty() && !has_event) continue;
    const double score = static_cast<double>(f.articles.size()) * 2.0 +
                         (f.status == FactStatus::kAgreed ? 3.0 : 0.0) +
                         (has_event ? 3.0 : 0.0) - std::min(avg, 10.0) * 0.5;
    if (score > what_score) {
      what_score = score;
      what = &f;
    }
  }
  std::set<std::string> what_events;
  if (what) {
    ev.what = EventSlot{what->summary, what->mentions};
    for (const Evidence& e : what->mentions) {
      auto it = index.find({e.article, e.span.start});
      if (it != index.end()) what_events.insert(it->second->events.begin(), it->second->events.end());
    }
  }
  // Who: the person named as actor in the most articles (lead sentences count double).
  std::map<std::string, std::set<int>> actor_articles;
  std::map<std::string, double> actor_score;
  std::map<std::string, std::string> actor_name;
  std::map<std::string, std::vector<Evidence>> actor_evidence;
  for (const Claim& c : claims) {
    if (c.actor.empty()) continue;
    actor_articles[c.actor].insert(c.article);
    actor_score[c.actor] += c.order < 3 ? 2.0 : 1.0;
    if (c.actor_name.size() > actor_name[c.actor].size()) actor_name[c.actor] = c.actor_name;
    if (actor_evidence[c.actor].size() < 8) actor_evidence[c.actor].push_back({c.article, c.span});
  }
  std::string who;
  double who_score = 0;
  for (const auto& [a, arts] : actor_articles) {
    const double score = static_cast<double>(arts.size()) * 10.0 + actor_score[a];
    if (arts.size() >= 2 && score > who_score) {
      who_score = score;
      who = a;
    }
  }
  if (!who.empty()) ev.who = EventSlot{actor_name[who], actor_evidence[who]};
  // When: the day most articles give for the main event (any event when none matches).
  std::map<std::string, std::set<int>> day_articles;
  std::map<std::string, std::vector<Evidence>> day_evidence;
  for (int pass = 0; pass < 2 && day_articles.empty(); ++pass) {
    for (const Claim& c : claims) {
      for (const DateSlot& d : c.dates) {
        if (!d.date && d.weekday < 0) continue;
        if (pass == 0 && (d.event.empty() || !what_events.count(d.event))) continue;
        if (pass == 1 && c.order >= 3) continue;
        std::string v = d.date ? FormatIsoDate(*d.date) : "";
        if (d.weekday >= 0) v += (v.empty() ? "" : " (") + std::string(kWeekdayNames[d.weekday]) +
                                 (v.empty() ? "" : ")");
        day_articles[v].insert(c.article);
        day_evidence[v].push_back({c.article, d.span});
      }
    }
  }
  size_t best_days = 0;
  for (const auto& [v, arts] : day_articles) {
    if (arts.size() > best_days) {
      best_days = arts.size();
      ev.when = EventSlot{v, day_evidence[v]};
    }
  }
  // Where: the most supported place, specific before general, not the losing side of a dispute.
  std::set<std::string> disputed;
  for (const Dispute& d : disputes) {
    if (d.kind != DisputeKind::kPlace) continue;
    for (size_t i = 1; i < d.variants.size(); ++i) disputed.insert(Lower(d.variants[i].value));
  }
  std::map<std::string, std::set<int>> place_articles;
  std::map<std::string, std::vector<Evidence>> place_evidence;
  std::map<std::string, std::string> place_name;
  std::map<std::string, PlaceLevel> place_level;
  std::map<std::string, std::set<int>> place_lead;
  std::map<int, std::set<std::string>> article_names;
  for (const Claim& c : claims) article_names[c.article].insert(c.names.begin(), c.names.end());
  for (const Claim& c : claims) {
    for (const PlaceSlot& p : c.places) {
      if (p.origin || disputed.count(p.folded)) continue;
      place_articles[p.folded].insert(c.article);
      if (c.order < 2) place_lead[p.folded].insert(c.article);
      place_evidence[p.folded].push_back({c.article, p.span});
      place_name[p.folded] = p.name;
      place_level[p.folded] = p.level;
    }
  }
  double best_place = 0;
  for (auto& [f, arts] : place_articles) {
    // Articles that name the place without a preposition ("Wexley's south side") support it too.
    for (const auto& [a, names] : article_names) {
      if (names.count(f)) arts.insert(a);
    }
    if (arts.size() < 2) continue;
    const PlaceLevel l = place_level[f];
    // Specific before general: a town over its country when both are as well supported.
    const double bonus = l == PlaceLevel::kLocality   ? 0.6
                         : l == PlaceLevel::kFacility ? 0.5
                         : l == PlaceLevel::kCounty   ? 0.3
                         : l == PlaceLevel::kState    ? 0.1
                                                      : 0.0;
    const double score = static_cast<double>(arts.size()) +
                         0.5 * static_cast<double>(place_lead[f].size()) + bonus;
    if (score > best_place) {
      best_place = score;
      ev.where = EventSlot{place_name[f], place_evidence[f]};
    }
  }
  // Why: a causal clause in a mention of an agreed fact.
  for (const Fact& f : facts) {
    if (f.status != FactStatus::kAgreed || ev.why) continue;
    for (const Evidence& e : f.mentions) {
      const std::string_view s = e.span.Of(docs[e.article].text());
      for (std::string_view cue : {" because ", " due to ", " as a result of "}) {
        const size_t at = s.find(cue);
        if (at == std::string_view::npos) continue;
        const uint32_t start = e.span.start + static_cast<uint32_t>(at + 1);
        ev.why = EventSlot{SummaryText(docs[e.article].text(), {start, e.span.end}, 160),
                           {{e.article, {start, e.span.end}}}};
        break;
      }
      if (ev.why) break;
    }
  }
  return ev;
}

}  // namespace corroborate::compare
