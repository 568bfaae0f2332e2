#include "corroborate/compare/slots_lexicon.h"

#include <unordered_map>
#include <utility>

namespace corroborate::compare {
namespace {

using Map = std::unordered_map<std::string_view, std::string_view>;

// US states with their AP abbreviations and postal codes (postal codes only where they are not
// also English words), then countries. Source: AP Stylebook state abbreviations; UN member list
// (a selection of the countries most often named in English-language news).
constexpr std::string_view kStates[] = {
    "alabama", "ala.", "alaska", "arizona", "ariz.", "arkansas", "ark.", "california", "calif.",
    "colorado", "colo.", "connecticut", "conn.", "delaware", "del.", "florida", "fla.", "georgia",
    "ga.", "hawaii", "idaho", "illinois", "ill.", "indiana", "ind.", "iowa", "kansas", "kan.",
    "kentucky", "ky.", "louisiana", "la.", "maine", "maryland", "md.", "massachusetts", "mass.",
    "michigan", "mich.", "minnesota", "minn.", "mississippi", "miss.", "missouri", "mo.", "montana",
    "mont.", "nebraska", "neb.", "nevada", "nev.", "new hampshire", "n.h.", "new jersey", "n.j.",
    "new mexico", "n.m.", "new york", "n.y.", "north carolina", "n.c.", "north dakota", "n.d.",
    "ohio", "oklahoma", "okla.", "oregon", "ore.", "pennsylvania", "pa.", "rhode island", "r.i.",
    "south carolina", "s.c.", "south dakota", "s.d.", "tennessee", "tenn.", "texas", "utah",
    "vermont", "vt.", "virginia", "va.", "washington state", "wash.", "west virginia", "w.va.",
    "wisconsin", "wis.", "wyoming", "wyo.", "district of columbia", "d.c.",
    // Provinces and nations often written like states.
    "ontario", "quebec", "british columbia", "alberta", "scotland", "wales", "england",
    "northern ireland", "bavaria", "catalonia", "queensland", "new south wales"};

constexpr std::string_view kCountries[] = {
    "united states", "u.s.", "usa", "america", "canada", "mexico", "el salvador", "guatemala",
    "honduras", "nicaragua", "costa rica", "panama", "cuba", "haiti", "dominican republic",
    "venezuela", "colombia", "ecuador", "peru", "bolivia", "brazil", "chile", "argentina",
    "uruguay", "paraguay", "united kingdom", "u.k.", "britain", "ireland", "france", "germany",
    "italy", "spain", "portugal", "netherlands", "belgium", "switzerland", "austria", "poland",
    "sweden", "norway", "denmark", "finland", "greece", "turkey", "russia", "ukraine", "belarus",
    "romania", "hungary", "serbia", "croatia", "czech republic", "israel", "lebanon", "syria",
    "iraq", "iran", "jordan", "egypt", "libya", "tunisia", "algeria", "morocco", "saudi arabia",
    "yemen", "qatar", "afghanistan", "pakistan", "india", "bangladesh", "sri lanka", "nepal",
    "china", "japan", "south korea", "north korea", "taiwan", "vietnam", "thailand", "indonesia",
    "philippines", "malaysia", "australia", "new zealand", "nigeria", "kenya", "ethiopia",
    "somalia", "sudan", "south africa", "ghana", "congo", "uganda", "rwanda", "zimbabwe",
    // Continents, seas and world regions: wider than any country, never a town.
    "europe", "asia", "africa", "north america", "south america", "latin america",
    "middle east", "mideast", "mediterranean", "caribbean", "pacific", "atlantic", "arctic",
    "antarctica", "balkans", "gulf", "persian gulf", "scandinavia", "oceania"};

constexpr std::pair<std::string_view, std::string_view> kDemonyms[] = {
    {"american", "united states"}, {"canadian", "canada"}, {"mexican", "mexico"},
    {"salvadoran", "el salvador"}, {"salvadorean", "el salvador"}, {"guatemalan", "guatemala"},
    {"honduran", "honduras"}, {"nicaraguan", "nicaragua"}, {"cuban", "cuba"},
    {"haitian", "haiti"}, {"venezuelan", "venezuela"}, {"colombian", "colombia"},
    {"ecuadorian", "ecuador"}, {"peruvian", "peru"}, {"brazilian", "brazil"},
    {"chilean", "chile"}, {"argentine", "argentina"}, {"argentinian", "argentina"},
    {"british", "britain"}, {"irish", "ireland"}, {"french", "france"}, {"german", "germany"},
    {"italian", "italy"}, {"spanish", "spain"}, {"portuguese", "portugal"}, {"dutch", "netherlands"},
    {"belgian", "belgium"}, {"swiss", "switzerland"}, {"austrian", "austria"}, {"polish", "poland"},
    {"swedish", "sweden"}, {"norwegian", "norway"}, {"danish", "denmark"}, {"finnish", "finland"},
    {"greek", "greece"}, {"turkish", "turkey"}, {"russian", "russia"}, {"ukrainian", "ukraine"},
    {"israeli", "israel"}, {"lebanese", "lebanon"}, {"syrian", "syria"}, {"iraqi", "iraq"},
    {"iranian", "iran"}, {"egyptian", "egypt"}, {"saudi", "saudi arabia"}, {"afghan", "afghanistan"},
    {"pakistani", "pakistan"}, {"indian", "india"}, {"chinese", "china"}, {"japanese", "japan"},
    {"korean", "south korea"}, {"vietnamese", "vietnam"}, {"thai", "thailand"},
    {"indonesian", "indonesia"}, {"filipino", "philippines"}, {"australian", "australia"},
    {"nigerian", "nigeria"}, {"kenyan", "kenya"}, {"ethiopian", "ethiopia"},
    {"somali", "somalia"}, {"sudanese", "sudan"}, {"ghanaian", "ghana"}};

constexpr std::string_view kFacilityHeads[] = {
    "courthouse", "court", "hospital", "school", "lodge", "motel", "hotel", "inn", "plaza",
    "street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "blvd.", "lane", "drive",
    "highway", "route", "interstate", "park", "center", "centre", "building", "hall", "station",
    "airport", "church", "cathedral", "mosque", "temple", "synagogue", "jail", "prison", "university",
    "college", "mall", "bridge", "footbridge", "river", "lake", "creek", "mountain", "mountains",
    "valley", "bay", "beach", "island", "islands", "canyon", "forest", "square", "stadium",
    "arena", "museum", "library", "tower", "house", "palace", "port", "harbor", "harbour",
    "yard", "garage", "annex", "capitol", "ocean", "sea", "gulf", "coast", "strait"};

constexpr std::string_view kOrganizationHeads[] = {
    "office", "department", "dept.", "network", "agency", "bureau", "police", "patrol",
    "council", "commission", "committee", "board", "district", "institute", "association",
    "coalition", "party", "union", "company", "corp.", "inc.", "group", "service", "services",
    "news", "times", "post", "gazette", "tribune", "observer", "herald", "journal", "response",
    "administration", "ministry", "government", "authority", "foundation", "league", "army",
    "guard", "force", "forces", "enforcement", "security", "ice", "fbi", "press", "media"};

constexpr std::pair<std::string_view, int> kNumberWords[] = {
    {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
    {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
    {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
    {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"hundred", 100}, {"dozen", 12}};

constexpr std::pair<std::string_view, std::string_view> kQualifierClasses[] = {
    {"accused", "pretrial"},    {"alleged", "pretrial"},    {"suspected", "pretrial"},
    {"charged", "pretrial"},    {"indicted", "pretrial"},
    {"convicted", "convicted"}, {"sentenced", "convicted"}, {"found guilty", "convicted"},
    {"acquitted", "acquitted"}, {"found not guilty", "acquitted"}, {"unclear", "unclear"},
    {"confirmed dead", "dead"}, {"killed", "dead"},         {"died", "dead"},
    {"dead", "dead"},           {"feared dead", "feared"},  {"presumed dead", "feared"},
    {"missing", "missing"},     {"unaccounted for", "missing"}};

// Event classes by Snowball stem (or irregular norm). A word belongs to one class only.
constexpr std::pair<std::string_view, std::string_view> kEventWords[] = {
    {"escap", "escape"},     {"fled", "escape"},       {"flee", "escape"},
    {"evad", "escape"},      {"captur", "capture"},    {"recaptur", "capture"},
    {"arrest", "capture"},   {"nab", "capture"},       {"nab", "capture"},
    {"apprehend", "capture"}, {"caught", "capture"},   {"custodi", "capture"},
    {"kill", "die"},         {"die", "die"},           {"dead", "die"},
    {"death", "die"},        {"fatal", "die"},         {"injur", "injure"},     {"injuri", "injure"},
    {"hurt", "injure"},      {"wound", "injure"},      {"fail", "fail"},
    {"failur", "fail"},      {"burst", "fail"},        {"breach", "fail"},
    {"collaps", "fail"},     {"evacu", "evacuate"},    {"flood", "flood"},
    {"inund", "flood"},      {"swamp", "flood"},       {"attack", "attack"},
    {"shoot", "attack"},     {"shot", "attack"},       {"stab", "attack"},
    {"blaze", "fire"},       {"ablaz", "fire"},        {"arson", "fire"},
    {"rescu", "rescue"},     {"hoist", "rescue"},      {"pluck", "rescue"},
    {"crash", "crash"},      {"collid", "crash"},      {"collis", "crash"},
    {"search", "search"},    {"manhunt", "search"},    {"protest", "protest"},
    {"demonstr", "protest"}, {"vigil", "protest"},     {"ralli", "protest"},
    {"steal", "rob"},        {"stole", "rob"},         {"rob", "rob"},
    {"robberi", "rob"},      {"heist", "rob"},         {"hold-up", "rob"},
    {"earthquak", "quake"},  {"quak", "quake"},        {"tremor", "quake"},
    {"resign", "resign"},    {"explos", "explode"},    {"explod", "explode"},
    {"blast", "explode"},    {"bomb", "explode"},      {"raid", "raid"}};

constexpr std::pair<std::pair<std::string_view, std::string_view>, std::string_view>
    kEventPhrases[] = {
        {{"ran", "from"}, "escape"},     {{"ran", "away"}, "escape"},
        {{"run", "from"}, "escape"},     {{"slipped", "away"}, "escape"},
        {{"slipped", "out"}, "escape"},  {{"walked", "away"}, "escape"},
        {{"walked", "out"}, "escape"},   {{"walking", "out"}, "escape"},
        {{"broke", "away"}, "escape"},   {{"got", "away"}, "escape"},
        {{"break", "out"}, "escape"},    {{"into", "custody"}, "capture"},
        {{"gave", "way"}, "fail"},       {{"give", "way"}, "fail"},
        {{"giving", "way"}, "fail"},     {{"ordered", "out"}, "evacuate"},
        {{"held", "up"}, "rob"},         {{"set", "fire"}, "fire"},
        {{"step", "down"}, "resign"},    {{"stepped", "down"}, "resign"}};

template <typename Range>
Map MakeMap(const Range& pairs) {
  Map m;
  for (const auto& [k, v] : pairs) m.emplace(k, v);
  return m;
}

const Map& RegionMap() {
  static const Map m = [] {
    Map r;
    for (std::string_view s : kStates) r.emplace(s, "state");
    for (std::string_view c : kCountries) r.emplace(c, "country");
    return r;
  }();
  return m;
}

bool InList(std::string_view w, const std::string_view* begin, const std::string_view* end) {
  for (const std::string_view* p = begin; p != end; ++p) {
    if (*p == w) return true;
  }
  return false;
}

}  // namespace

PlaceLevel RegionLevel(std::string_view folded_name) {
  const Map& m = RegionMap();
  auto it = m.find(folded_name);
  if (it == m.end() && !folded_name.empty() && folded_name.back() != '.') {
    // The tokenizer drops the final dot of "Vt." and "Colo.".
    it = m.find(std::string(folded_name) + ".");
  }
  if (it != m.end()) return it->second == "state" ? PlaceLevel::kState : PlaceLevel::kCountry;
  const size_t sp = folded_name.rfind(' ');
  if (sp != std::string_view::npos) {
    const std::string_view last = folded_name.substr(sp + 1);
    if (last == "county" || last == "parish" || last == "province" || last == "region" ||
        last == "prefecture" || last == "oblast") {
      return PlaceLevel::kCounty;
    }
    if (IsFacilityHead(last)) return PlaceLevel::kFacility;
  }
  return PlaceLevel::kLocality;
}

bool IsFacilityHead(std::string_view norm) {
  return InList(norm, std::begin(kFacilityHeads), std::end(kFacilityHeads));
}

bool IsOrganizationHead(std::string_view norm) {
  return InList(norm, std::begin(kOrganizationHeads), std::end(kOrganizationHeads));
}

std::string_view CountryOfDemonym(std::string_view norm) {
  static const Map m = MakeMap(kDemonyms);
  auto it = m.find(norm);
  return it == m.end() ? std::string_view() : it->second;
}

int NumberWord(std::string_view norm) {
  for (const auto& [w, v] : kNumberWords) {
    if (w == norm) return v;
  }
  return -1;
}

double ScaleWord(std::string_view norm) {
  if (norm == "thousand") return 1e3;
  if (norm == "million" || norm == "mln" || norm == "m") return 1e6;
  if (norm == "billion" || norm == "bn" || norm == "b") return 1e9;
  if (norm == "trillion") return 1e12;
  return 0;
}

std::string_view QualifierClass(std::string_view value) {
  static const Map m = MakeMap(kQualifierClasses);
  auto it = m.find(value);
  return it == m.end() ? std::string_view() : it->second;
}

std::string_view EventClassOfWord(std::string_view norm, std::string_view stem) {
  static const Map m = MakeMap(kEventWords);
  auto it = m.find(stem);
  if (it != m.end()) return it->second;
  it = m.find(norm);
  return it == m.end() ? std::string_view() : it->second;
}

std::string_view EventClassOfPhrase(std::string_view norm1, std::string_view norm2) {
  for (const auto& [words, cls] : kEventPhrases) {
    if (words.first == norm1 && words.second == norm2) return cls;
  }
  return {};
}

}  // namespace corroborate::compare
