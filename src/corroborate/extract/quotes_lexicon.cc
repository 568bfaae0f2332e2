#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "corroborate/extract/quotes_names.h"
#include "corroborate/text/analyzer.h"

// The word lists behind quotes_names.h, as data: each list says what its words signal.

namespace corroborate::extract::names {
namespace {

using Set = std::unordered_set<std::string_view>;

// Reporting verbs as inflected forms (past and present third person), so that matching needs no
// stemmer and "saying"/"warning" (nouns or participles) never count as cues.
const Set& ReportingVerbs() {
  static const Set s = {
      "said",       "says",      "say",        "stated",     "states",     "added",
      "adds",       "told",      "tells",      "wrote",      "writes",     "posted",
      "posts",      "warned",    "warns",      "insisted",   "insists",    "claimed",
      "claims",     "denied",    "denies",     "explained",  "explains",   "noted",
      "notes",      "recalled",  "recalls",    "remarked",   "replied",    "replies",
      "responded",  "responds",  "continued",  "declared",   "declares",   "announced",
      "announces",  "asked",     "asks",       "argued",     "argues",     "acknowledged",
      "admitted",   "admits",    "conceded",   "concedes",   "confirmed",  "confirms",
      "complained", "cautioned", "emphasized", "emphasised", "stressed",   "urged",
      "urges",      "tweeted",   "tweets",     "commented",  "shouted",    "yelled",
      "whispered",  "sobbed",    "whined",     "cried",      "recounted",  "quipped",
      "joked",      "concluded", "countered",  "observed",   "predicted",  "promised",
      "vowed",      "pleaded",   "testified",  "reiterated", "boasted",    "lamented",
      "agreed",     "mused",     "asserted",   "alleged",    "maintained", "contended",
      "exclaimed",  "screamed",  "snapped",    "fumed",      "revealed",   "messaged",
      "texted",     "emailed",   "recalled",   "marveled",   "marvelled",  "sighed",
      "pledged",    "suggested", "wondered",   "proclaimed", "retorted",   "interjected"};
  return s;
}

// Titles and role words that precede a person's name; stripped from speaker names.
const Set& Titles() {
  static const Set s = {"mr",
                        "mrs",
                        "ms",
                        "miss",
                        "dr",
                        "prof",
                        "professor",
                        "rev",
                        "reverend",
                        "father",
                        "pastor",
                        "rabbi",
                        "imam",
                        "sir",
                        "dame",
                        "gov",
                        "governor",
                        "lt",
                        "lieutenant",
                        "sen",
                        "senator",
                        "rep",
                        "representative",
                        "congressman",
                        "congresswoman",
                        "councilman",
                        "councilwoman",
                        "councilmember",
                        "councillor",
                        "alderman",
                        "mayor",
                        "president",
                        "vice",
                        "minister",
                        "secretary",
                        "chancellor",
                        "premier",
                        "ambassador",
                        "judge",
                        "justice",
                        "attorney",
                        "prosecutor",
                        "sheriff",
                        "undersheriff",
                        "deputy",
                        "chief",
                        "commissioner",
                        "superintendent",
                        "inspector",
                        "detective",
                        "det",
                        "sgt",
                        "sergeant",
                        "officer",
                        "trooper",
                        "agent",
                        "capt",
                        "captain",
                        "cmdr",
                        "commander",
                        "col",
                        "colonel",
                        "gen",
                        "general",
                        "maj",
                        "major",
                        "adm",
                        "admiral",
                        "spokesman",
                        "spokeswoman",
                        "spokesperson",
                        "director",
                        "manager",
                        "chairman",
                        "chairwoman",
                        "chair",
                        "ceo",
                        "founder",
                        "coach",
                        "dean",
                        "principal",
                        "assistant",
                        "acting",
                        "interim",
                        "deacon",
                        "chaplain",
                        "cpl",
                        "corporal",
                        "pvt",
                        "private",
                        "sr",
                        "supt",
                        "treasurer",
                        "auditor",
                        "clerk",
                        "administrator",
                        "executive",
                        "president-elect",
                        "speaker"};
  return s;
}

const Set& OrgWords() {
  static const Set s = {
      "office",      "department",     "dept",         "agency",       "bureau",     "service",
      "services",    "network",        "coalition",    "group",        "council",    "committee",
      "commission",  "board",          "association",  "institute",    "center",     "centre",
      "foundation",  "league",         "union",        "party",        "church",     "university",
      "college",     "company",        "corp",         "corporation",  "inc",        "llc",
      "ltd",         "administration", "authority",    "ministry",     "police",     "patrol",
      "guard",       "army",           "navy",         "force",        "forces",     "court",
      "congress",    "senate",         "assembly",     "government",   "alliance",   "federation",
      "society",     "fund",           "bank",         "trust",        "project",    "campaign",
      "movement",    "response",       "enforcement",  "security",     "district",   "team",
      "club",        "management",     "mgmt",         "partners",     "initiative", "caucus",
      "cooperative", "co-op",          "organization", "organisation", "watch",      "collective",
      "directorate", "unit",           "division",     "sheriff's",    "tribe",      "nation"};
  return s;
}

const Set& PlaceWords() {
  static const Set s = {
      "street",  "st",       "avenue", "ave",        "road",       "rd",         "boulevard",
      "blvd",    "lane",     "drive",  "highway",    "route",      "interstate", "bridge",
      "river",   "lake",     "creek",  "mountain",   "mountains",  "park",       "plaza",
      "square",  "county",   "city",   "town",       "village",    "valley",     "hills",
      "heights", "beach",    "island", "bay",        "harbor",     "harbour",    "airport",
      "station", "mall",     "hall",   "courthouse", "hospital",   "school",     "prison",
      "jail",    "motel",    "hotel",  "lodge",      "footbridge", "canyon",     "falls",
      "springs", "township", "parish", "province",   "region",     "coast",      "peninsula"};
  return s;
}

const Set& OutletWords() {
  static const Set s = {
      "news",     "times",     "post",      "press",        "tribune",    "herald",      "gazette",
      "journal",  "wire",      "tv",        "radio",        "channel",    "daily",       "courier",
      "observer", "sentinel",  "dispatch",  "report",       "review",     "chronicle",   "examiner",
      "register", "globe",     "telegraph", "guardian",     "magazine",   "bulletin",    "record",
      "pundit",   "beacon",    "inquirer",  "monitor",      "mirror",     "independent", "standard",
      "weekly",   "online",    "media",     "broadcasting", "television", "newspaper",   "digest",
      "ledger",   "messenger", "enquirer",  "express",      "citizen",    "banner",      "insider",
      "newswire", "wire",      "courant",   "statesman",    "reporter",   "informer",    "blog",
      "podcast",  "newsroom",  "bulletin",  "gazeta"};
  return s;
}

const Set& AgencyWords() {
  static const Set s = {"wire", "press", "agency", "reuters", "ap",   "afp",   "upi",   "newswire",
                        "efe",  "ansa",  "dpa",    "xinhua",  "tass", "kyodo", "yonhap"};
  return s;
}

const Set& PollsterWords() {
  static const Set s = {"research", "polling",  "poll",      "polls",   "pollster",  "survey",
                        "surveys",  "insights", "analytics", "opinion", "statistics"};
  return s;
}

const Set& TimeWords() {
  static const Set s = {"monday",   "tuesday", "wednesday", "thursday",  "friday",  "saturday",
                        "sunday",   "january", "february",  "march",     "april",   "may",
                        "june",     "july",    "august",    "september", "october", "november",
                        "december", "jan",     "feb",       "mar",       "apr",     "jun",
                        "jul",      "aug",     "sep",       "sept",      "oct",     "nov",
                        "dec",      "today",   "yesterday", "tonight",   "tomorrow"};
  return s;
}

// Broadcasters and wire services known by their initials (outlets, not sources' names).
const Set& MediaAcronyms() {
  static const Set s = {"cnn",  "bbc",  "nbc", "abc",    "cbs",  "npr",  "pbs", "msnbc", "cnbc",
                        "espn", "ap",   "afp", "upi",    "cbc",  "itv",  "rte", "sbs",   "dw",
                        "ndtv", "wsj",  "nyt", "c-span", "ctv",  "rfi",  "rt",  "nhk",   "kbs",
                        "efe",  "ansa", "dpa", "bnn",    "abc7", "wnyc", "kqed"};
  return s;
}

const Set& Platforms() {
  static const Set s = {"facebook", "twitter", "x",        "instagram", "tiktok",   "youtube",
                        "zoom",     "email",   "telegram", "linkedin",  "reddit",   "whatsapp",
                        "text",     "phone",   "truth",    "threads",   "bluesky",  "snapchat",
                        "signal",   "skype",   "teams",    "substack",  "mastodon", "rumble"};
  return s;
}

const Set& LeadWords() {
  static const Set s = {
      "even",    "also",      "but",       "and",        "yet",     "so",        "still",  "now",
      "later",   "meanwhile", "instead",   "however",    "finally", "earlier",   "then",   "here",
      "there",   "today",     "yesterday", "last",       "next",    "this",      "that",   "after",
      "before",  "when",      "while",     "as",         "if",      "although",  "though", "since",
      "because", "according", "asked",     "in",         "on",      "at",        "for",    "with",
      "by",      "from",      "of",        "to",         "indeed",  "notably",   "still",  "like",
      "unlike",  "says",      "said",      "separately", "overall", "reportedly"};
  return s;
}

const Set& VerbFillers() {
  static const Set s = {"has",        "have",         "had",          "also",     "later",
                        "previously", "then",         "again",        "once",     "recently",
                        "earlier",    "repeatedly",   "further",      "publicly", "reportedly",
                        "first",      "quickly",      "simply",       "only",     "just",
                        "would",      "will",         "could",        "had",      "flatly",
                        "angrily",    "bluntly",      "firmly",       "openly",   "privately",
                        "separately", "initially",    "subsequently", "already",  "allegedly",
                        "once",       "emphatically", "tearfully",    "calmly"};
  return s;
}

const std::unordered_map<std::string_view, ActorKind>& Descriptors() {
  static const std::unordered_map<std::string_view, ActorKind> m = {
      {"sheriff", ActorKind::kPerson},
      {"mayor", ActorKind::kPerson},
      {"governor", ActorKind::kPerson},
      {"president", ActorKind::kPerson},
      {"spokesman", ActorKind::kPerson},
      {"spokeswoman", ActorKind::kPerson},
      {"spokesperson", ActorKind::kPerson},
      {"official", ActorKind::kPerson},
      {"officer", ActorKind::kPerson},
      {"deputy", ActorKind::kPerson},
      {"prosecutor", ActorKind::kPerson},
      {"judge", ActorKind::kPerson},
      {"attorney", ActorKind::kPerson},
      {"lawyer", ActorKind::kPerson},
      {"chief", ActorKind::kPerson},
      {"director", ActorKind::kPerson},
      {"manager", ActorKind::kPerson},
      {"secretary", ActorKind::kPerson},
      {"senator", ActorKind::kPerson},
      {"commissioner", ActorKind::kPerson},
      {"chairman", ActorKind::kPerson},
      {"chairwoman", ActorKind::kPerson},
      {"minister", ActorKind::kPerson},
      {"detective", ActorKind::kPerson},
      {"clerk", ActorKind::kPerson},
      {"owner", ActorKind::kPerson},
      {"witness", ActorKind::kPerson},
      {"resident", ActorKind::kPerson},
      {"neighbor", ActorKind::kPerson},
      {"neighbour", ActorKind::kPerson},
      {"victim", ActorKind::kPerson},
      {"employee", ActorKind::kPerson},
      {"teacher", ActorKind::kPerson},
      {"doctor", ActorKind::kPerson},
      {"coach", ActorKind::kPerson},
      {"leader", ActorKind::kPerson},
      {"organizer", ActorKind::kPerson},
      {"founder", ActorKind::kPerson},
      {"ceo", ActorKind::kPerson},
      {"agency", ActorKind::kOrganization},
      {"group", ActorKind::kOrganization},
      {"department", ActorKind::kOrganization},
      {"office", ActorKind::kOrganization},
      {"organization", ActorKind::kOrganization},
      {"organisation", ActorKind::kOrganization},
      {"network", ActorKind::kOrganization},
      {"company", ActorKind::kOrganization},
      {"firm", ActorKind::kOrganization},
      {"campaign", ActorKind::kOrganization},
      {"coalition", ActorKind::kOrganization},
      {"union", ActorKind::kOrganization},
      {"association", ActorKind::kOrganization},
      {"committee", ActorKind::kOrganization},
      {"council", ActorKind::kOrganization},
      {"board", ActorKind::kOrganization},
      {"district", ActorKind::kOrganization},
      {"administration", ActorKind::kOrganization},
      {"ministry", ActorKind::kOrganization},
      {"government", ActorKind::kOrganization},
      {"bureau", ActorKind::kOrganization},
      {"institute", ActorKind::kOrganization},
      {"league", ActorKind::kOrganization},
      {"party", ActorKind::kOrganization},
      {"account", ActorKind::kOrganization},
      {"team", ActorKind::kOrganization},
      {"service", ActorKind::kOrganization}};
  return m;
}

bool In(const Set& s, std::string_view norm) { return s.count(norm) != 0; }

}  // namespace

bool IsReportingVerb(std::string_view norm) { return In(ReportingVerbs(), norm); }
bool IsTitle(std::string_view norm) { return In(Titles(), norm); }
bool IsOrgWord(std::string_view norm) { return In(OrgWords(), norm); }
bool IsPlaceWord(std::string_view norm) { return In(PlaceWords(), norm); }
bool IsOutletWord(std::string_view norm) { return In(OutletWords(), norm); }
bool IsAgencyWord(std::string_view norm) { return In(AgencyWords(), norm); }
bool IsPollsterWord(std::string_view norm) { return In(PollsterWords(), norm); }
bool IsTimeWord(std::string_view norm) { return In(TimeWords(), norm); }
bool IsMediaAcronym(std::string_view norm) { return In(MediaAcronyms(), norm); }
bool IsPlatform(std::string_view norm) { return In(Platforms(), norm); }
bool IsLeadWord(std::string_view norm) { return In(LeadWords(), norm) || text::IsStopword(norm); }
bool IsVerbFiller(std::string_view norm) { return In(VerbFillers(), norm); }
bool IsPronoun(std::string_view norm) {
  return norm == "he" || norm == "she" || norm == "they" || norm == "it";
}
bool IsDeterminer(std::string_view norm) {
  static const Set s = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"};
  return In(s, norm);
}
bool DescriptorKind(std::string_view norm, ActorKind* kind) {
  auto it = Descriptors().find(norm);
  if (it == Descriptors().end()) return false;
  *kind = it->second;
  return true;
}

}  // namespace corroborate::extract::names
