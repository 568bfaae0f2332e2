#include "corroborate/report/json_writer.h"

#include <algorithm>

namespace corroborate::report {
namespace {

using nlohmann::json;

json Ev(const Report& r, const Evidence& e) {
  const Article& a = r.articles.at(static_cast<size_t>(e.article));
  const uint32_t end = std::min<uint32_t>(e.span.end, static_cast<uint32_t>(a.text.size()));
  const uint32_t start = std::min(e.span.start, end);
  return json{{"article", a.id},
              {"start", start},
              {"end", end},
              {"text", a.text.substr(start, end - start)}};
}

json EvList(const Report& r, const std::vector<Evidence>& list) {
  json out = json::array();
  for (const Evidence& e : list) out.push_back(Ev(r, e));
  return out;
}

json Ids(const Report& r, const std::vector<int>& articles) {
  json out = json::array();
  for (int i : articles) out.push_back(r.articles.at(static_cast<size_t>(i)).id);
  return out;
}

json Slot(const Report& r, const std::optional<EventSlot>& s) {
  if (!s) return nullptr;
  return json{{"value", s->value}, {"evidence", EvList(r, s->evidence)}};
}

json OptString(const std::optional<std::string>& s) {
  if (!s) return nullptr;
  return *s;
}

}  // namespace

json ToJson(const Report& r) {
  json doc;
  doc["schema"] = kSchema;
  doc["generator"] = {{"name", "corroborate"}, {"version", "0.1.0"}};
  json& articles = doc["articles"] = json::array();
  for (const Article& a : r.articles) {
    json removed = json::array();
    for (const Removed& rm : a.removed) {
      removed.push_back({{"start", rm.span.start}, {"end", rm.span.end}, {"reason", rm.reason}});
    }
    articles.push_back({{"id", a.id},
                        {"source", a.source},
                        {"outlet", OptString(a.outlet)},
                        {"outlet_source", OutletSourceName(a.outlet_source)},
                        {"title", a.title},
                        {"published", OptString(a.published)},
                        {"byline", a.byline},
                        {"url", a.url},
                        {"language", a.language},
                        {"text", a.text},
                        {"removed", removed}});
  }
  json& facts = doc["facts"] = json::array();
  for (size_t i = 0; i < r.facts.size(); ++i) {
    const Fact& f = r.facts[i];
    facts.push_back({{"id", "f" + std::to_string(i + 1)},
                     {"summary", f.summary},
                     {"status", FactStatusName(f.status)},
                     {"articles", Ids(r, f.articles)},
                     {"mentions", EvList(r, f.mentions)}});
  }
  json& disputes = doc["disputes"] = json::array();
  for (size_t i = 0; i < r.disputes.size(); ++i) {
    const Dispute& d = r.disputes[i];
    json variants = json::array();
    for (const DisputeVariant& v : d.variants) {
      variants.push_back(
          {{"value", v.value}, {"articles", Ids(r, v.articles)}, {"mentions", EvList(r, v.mentions)}});
    }
    disputes.push_back({{"id", "d" + std::to_string(i + 1)},
                        {"about", d.about},
                        {"kind", DisputeKindName(d.kind)},
                        {"variants", variants}});
  }
  json& quotes = doc["quotes"] = json::array();
  for (size_t i = 0; i < r.quotes.size(); ++i) {
    const Quote& q = r.quotes[i];
    json versions = json::array();
    for (const QuoteVersion& v : q.versions) {
      versions.push_back({{"text", v.text},
                          {"articles", Ids(r, v.articles)},
                          {"difference", QuoteDifferenceName(v.difference)}});
    }
    quotes.push_back({{"id", "q" + std::to_string(i + 1)},
                      {"text", q.text},
                      {"speaker", q.speaker},
                      {"articles", Ids(r, q.articles)},
                      {"mentions", EvList(r, q.mentions)},
                      {"speaker_mentions", EvList(r, q.speaker_mentions)},
                      {"altered", q.altered},
                      {"versions", versions}});
  }
  json& citations = doc["citations"] = json::array();
  for (const Citation& c : r.citations) {
    citations.push_back({{"article", r.articles.at(static_cast<size_t>(c.article)).id},
                         {"cites", c.cites},
                         {"kind", CitationKindName(c.kind)},
                         {"cue", Ev(r, c.cue)}});
  }
  json& reuse = doc["reuse"] = json::array();
  for (const Reuse& u : r.reuse) {
    reuse.push_back({{"a", r.articles.at(static_cast<size_t>(u.a)).id},
                     {"b", r.articles.at(static_cast<size_t>(u.b)).id},
                     {"a_span", Ev(r, u.a_span)},
                     {"b_span", Ev(r, u.b_span)},
                     {"score", u.score},
                     {"direction", u.direction > 0 ? "a->b" : u.direction < 0 ? "b->a" : "unknown"},
                     {"direction_reason", u.direction_reason}});
  }
  json& actors = doc["actors"] = json::array();
  for (size_t i = 0; i < r.actors.size(); ++i) {
    const Actor& a = r.actors[i];
    json labels = json::array();
    for (const Label& l : a.labels) {
      json e = Ev(r, l.evidence);
      e["label"] = l.label;
      e["loaded"] = l.loaded;
      e["category"] = l.category;
      labels.push_back(std::move(e));
    }
    actors.push_back({{"id", "a" + std::to_string(i + 1)},
                      {"name", a.name},
                      {"kind", ActorKindName(a.kind)},
                      {"mentions", EvList(r, a.mentions)},
                      {"labels", labels}});
  }
  json& editorial = doc["editorial"] = json::array();
  for (const Editorial& e : r.editorial) {
    json j = Ev(r, e.evidence);
    j["reason"] = e.reason;
    editorial.push_back(std::move(j));
  }
  json& loaded = doc["loaded_words"] = json::array();
  for (const LoadedWord& w : r.loaded_words) {
    json j = Ev(r, w.evidence);
    j["word"] = w.word;
    j["category"] = w.category;
    loaded.push_back(std::move(j));
  }
  doc["event"] = {{"who", Slot(r, r.event.who)},   {"what", Slot(r, r.event.what)},
                  {"when", Slot(r, r.event.when)}, {"where", Slot(r, r.event.where)},
                  {"why", Slot(r, r.event.why)},   {"how", Slot(r, r.event.how)}};
  json& diags = doc["diagnostics"] = json::array();
  for (const Diagnostic& d : r.diagnostics) {
    diags.push_back({{"input", d.input}, {"severity", d.severity}, {"message", d.message}});
  }
  return doc;
}

std::string DumpJson(const nlohmann::json& doc, bool pretty) {
  return doc.dump(pretty ? 2 : -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace corroborate::report
