#include "corroborate/extract/entities_words.h"

#include <span>
#include <string_view>
#include <unordered_map>

namespace corroborate::extract::entity_words {
namespace {

// Titles and offices written before a name ("Sheriff Ana Ruiz", "Gov. Lee").
constexpr std::string_view kTitles[] = {"mr",
                                        "mrs",
                                        "ms",
                                        "miss",
                                        "mx",
                                        "dr",
                                        "prof",
                                        "professor",
                                        "sen",
                                        "senator",
                                        "rep",
                                        "representative",
                                        "gov",
                                        "governor",
                                        "mayor",
                                        "secretary",
                                        "president",
                                        "sheriff",
                                        "judge",
                                        "justice",
                                        "officer",
                                        "sgt",
                                        "sergeant",
                                        "lt",
                                        "lieutenant",
                                        "capt",
                                        "captain",
                                        "chief",
                                        "detective",
                                        "det",
                                        "deputy",
                                        "prosecutor",
                                        "commissioner",
                                        "director",
                                        "chairman",
                                        "chairwoman",
                                        "chair",
                                        "rev",
                                        "reverend",
                                        "pope",
                                        "king",
                                        "queen",
                                        "prince",
                                        "princess",
                                        "gen",
                                        "general",
                                        "col",
                                        "colonel",
                                        "maj",
                                        "major",
                                        "adm",
                                        "admiral",
                                        "trooper",
                                        "agent",
                                        "superintendent",
                                        "councilman",
                                        "councilwoman",
                                        "councilmember",
                                        "alderman",
                                        "spokesman",
                                        "spokeswoman",
                                        "spokesperson",
                                        "minister",
                                        "premier",
                                        "chancellor",
                                        "ambassador",
                                        "pastor",
                                        "deacon",
                                        "coach",
                                        "dean",
                                        "speaker",
                                        "assistant",
                                        "acting",
                                        "vice",
                                        "attorney",
                                        "marshal",
                                        "constable",
                                        "inspector",
                                        "corporal",
                                        "cpl",
                                        "pvt",
                                        "private",
                                        "sister",
                                        "brother",
                                        "father",
                                        "rabbi",
                                        "imam",
                                        "bishop",
                                        "cardinal",
                                        "sir",
                                        "dame",
                                        "lord",
                                        "lady",
                                        "st"};

// Words that end an organisation's name.
constexpr std::string_view kOrgSuffixes[] = {
    "department",   "agency",       "police",       "council",        "network",
    "court",        "office",       "service",      "services",       "party",
    "inc",          "corp",         "corporation",  "company",        "co",
    "llc",          "ltd",          "news",         "times",          "post",
    "gazette",      "tribune",      "herald",       "journal",        "observer",
    "courier",      "sentinel",     "dispatch",     "report",         "wire",
    "press",        "review",       "chronicle",    "telegraph",      "bulletin",
    "daily",        "weekly",       "magazine",     "radio",          "television",
    "tv",           "channel",      "coalition",    "institute",      "league",
    "association",  "commission",   "committee",    "board",          "district",
    "bureau",       "university",   "college",      "school",         "academy",
    "hospital",     "church",       "foundation",   "center",         "centre",
    "alliance",     "union",        "authority",    "administration", "ministry",
    "enforcement",  "security",     "patrol",       "guard",          "army",
    "navy",         "force",        "forces",       "senate",         "congress",
    "parliament",   "assembly",     "legislature",  "group",          "network",
    "response",     "project",      "campaign",     "movement",       "collective",
    "front",        "fund",         "bank",         "federation",     "society",
    "organization", "organisation", "team",         "club",           "council",
    "caucus",       "cartel",       "gang",         "brigade",        "corps",
    "agency",       "unit",         "squad",        "institution",    "clinic",
    "trust",        "partners",     "pundit",       "media",          "broadcasting",
    "associates",   "laboratory",   "laboratories", "labs",           "airlines",
    "motors",       "systems",      "technologies"};

// Organisation endings of activist collectives, and of official bodies: they decide which
// untied group nouns ("the protesters", "the board") may refer to an organisation.
constexpr std::string_view kActivistOrgs[] = {
    "coalition", "network", "response",   "alliance",  "movement", "collective", "front", "project",
    "campaign",  "action",  "coalitions", "committee", "brigade",  "caucus",     "union"};
constexpr std::string_view kGovOrgs[] = {
    "department", "agency",   "office",    "bureau",  "administration", "ministry", "commission",
    "board",      "district", "authority", "council", "court",          "senate",   "legislature"};
constexpr std::string_view kGenericOrgSuffixes[] = {
    "network", "group", "organization", "organisation", "inc", "corp", "co", "llc", "ltd"};

// Nouns that may be followed by "of"/"for" inside a name ("Department of Justice").
constexpr std::string_view kOfHeads[] = {
    "department", "office",         "bureau",      "ministry",   "secretary", "university",
    "college",    "institute",      "bank",        "board",      "city",      "county",
    "state",      "center",         "centre",      "coalition",  "committee", "council",
    "court",      "commission",     "association", "federation", "society",   "league",
    "union",      "republic",       "kingdom",     "museum",     "school",    "house",
    "church",     "friends",        "alliance",    "campaign",   "fund",      "division",
    "agency",     "administration", "chamber",     "district",   "party",     "sisters",
    "daughters",  "sons",           "knights",     "order",      "people",    "province",
    "isle",       "gulf",           "bay",         "sea",        "duchy",     "secretariat",
    "academy"};

constexpr std::string_view kPlaceSuffixes[] = {
    "street",    "st",         "avenue",       "ave",           "road",       "rd",
    "boulevard", "blvd",       "lane",         "drive",         "highway",    "plaza",
    "park",      "river",      "lake",         "county",        "parish",     "city",
    "town",      "township",   "village",      "valley",        "mountain",   "mountains",
    "hill",      "hills",      "heights",      "island",        "islands",    "beach",
    "bay",       "harbor",     "harbour",      "creek",         "falls",      "springs",
    "canyon",    "forest",     "desert",       "coast",         "peninsula",  "airport",
    "station",   "bridge",     "square",       "house",         "courthouse", "jail",
    "prison",    "mall",       "stadium",      "arena",         "hall",       "tower",
    "building",  "capitol",    "port",         "point",         "ridge",      "crossing",
    "junction",  "district",   "neighborhood", "neighbourhood", "region",     "province",
    "state",     "territory",  "ocean",        "sea",           "gulf",       "strait",
    "canal",     "dam",        "levee",        "lodge",         "motel",      "hotel",
    "inn",       "footbridge", "terrace",      "court",         "way",        "place",
    "circle",    "parkway",    "freeway",      "expressway",    "interstate", "route",
    "pass",      "pike",       "row",          "wharf",         "pier"};

// Common given names (US Social Security and international frequency lists, abridged).
constexpr std::string_view kGivenNames[] = {
    "aaron",     "abdul",     "abigail",   "adam",      "adrian",    "ahmed",       "aisha",
    "alan",      "albert",    "alejandro", "alex",      "alexander", "alexandra",   "ali",
    "alice",     "alicia",    "allison",   "amanda",    "amber",     "amy",         "ana",
    "andrea",    "andrew",    "angela",    "anna",      "anne",      "anthony",     "antonio",
    "ashley",    "barbara",   "ben",       "benjamin",  "beth",      "betty",       "bill",
    "bob",       "brad",      "brandon",   "brenda",    "brian",     "bruce",       "bryan",
    "carl",      "carlos",    "carmen",    "carol",     "caroline",  "catherine",   "charles",
    "charlie",   "chris",     "christian", "christina", "christine", "christopher", "cindy",
    "claire",    "craig",     "cynthia",   "dan",       "daniel",    "danielle",    "david",
    "deborah",   "debra",     "dennis",    "diana",     "diane",     "diego",       "donald",
    "donna",     "doris",     "dorothy",   "douglas",   "dylan",     "ed",          "edward",
    "elena",     "elizabeth", "ellen",     "emily",     "emma",      "eric",        "erica",
    "erin",      "ethan",     "eugene",    "evelyn",    "fatima",    "fernando",    "frances",
    "francisco", "frank",     "gabriel",   "gary",      "george",    "gerald",      "gloria",
    "grace",     "gregory",   "hannah",    "harold",    "heather",   "helen",       "henry",
    "hugo",      "ian",       "isabel",    "jack",      "jacob",     "james",       "jamie",
    "jan",       "jane",      "janet",     "janice",    "jason",     "javier",      "jean",
    "jeff",      "jeffrey",   "jennifer",  "jeremy",    "jerry",     "jesse",       "jessica",
    "jim",       "joan",      "joe",       "john",      "jonathan",  "jorge",       "jose",
    "joseph",    "joshua",    "joyce",     "juan",      "judith",    "judy",        "julia",
    "julie",     "justin",    "karen",     "kate",      "katherine", "kathleen",    "kathryn",
    "kayla",     "keith",     "kelly",     "kenneth",   "kevin",     "kimberly",    "kristen",
    "kristi",    "kyle",      "larry",     "laura",     "lauren",    "lawrence",    "linda",
    "lisa",      "lois",      "louis",     "lucas",     "luis",      "luz",         "manuel",
    "marco",     "margaret",  "maria",     "marie",     "marilyn",   "mario",       "mark",
    "martha",    "martin",    "mary",      "matthew",   "megan",     "melissa",     "michael",
    "michelle",  "miguel",    "mike",      "mohamed",   "mohammed",  "muhammad",    "nancy",
    "natalie",   "nathan",    "nicholas",  "nicole",    "noah",      "olivia",      "omar",
    "pablo",     "pamela",    "patricia",  "patrick",   "paul",      "pedro",       "peter",
    "philip",    "rachel",    "ralph",     "randy",     "raquel",    "raymond",     "rebecca",
    "richard",   "rick",      "robert",    "roger",     "ronald",    "rose",        "roy",
    "russell",   "ruth",      "ryan",      "samantha",  "samuel",    "sandra",      "sara",
    "sarah",     "scott",     "sean",      "sergio",    "sharon",    "shirley",     "sophia",
    "stephanie", "stephen",   "steve",     "steven",    "susan",     "teresa",      "terry",
    "theresa",   "thomas",    "tim",       "timothy",   "tom",       "tony",        "tyler",
    "victor",    "victoria",  "vincent",   "virginia",  "walter",    "wayne",       "william",
    "yusuf",     "zachary"};

constexpr std::string_view kReportVerbs[] = {
    "said",     "says",      "told",    "tells",    "added",      "adds",      "stated",
    "states",   "explained", "noted",   "wrote",    "writes",     "argued",    "insisted",
    "recalled", "testified", "tweeted", "admitted", "conceded",   "warned",    "whined",
    "sobbed",   "claimed",   "claims",  "declared", "announced",  "confirmed", "acknowledged",
    "replied",  "responded", "asked",   "urged",    "complained", "countered", "cautioned",
    "remarked", "posted",    "alleged", "alleges"};

constexpr std::string_view kCalendarWords[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    // Lowercase time nouns: never part of a name or a label ("this week anti-war activists").
    "week", "weeks", "year", "years", "month", "months", "day", "days", "morning", "afternoon",
    "evening", "night", "weekend", "today", "yesterday", "tonight", "tomorrow"};

// Person nouns. Strong ones name a story's subject; generic ones need an explicit tie.
constexpr std::string_view kStrongPersons[] = {
    "suspect",  "fugitive", "escapee",       "defendant", "migrant",   "immigrant",  "alien",
    "national", "rapist",   "criminal",      "thug",      "predator",  "felon",      "convict",
    "inmate",   "prisoner", "robber",        "offender",  "hoodlum",   "jailbird",   "gunman",
    "killer",   "murderer", "attacker",      "assailant", "footer",    "mastermind", "crook",
    "gangster", "detainee", "asylum-seeker", "refugee",   "deportee",  "lowlife",    "scumbag",
    "dirtbag",  "shooter",  "perpetrator",   "perp",      "thief",     "burglar",    "kidnapper",
    "abductor", "smuggler", "trafficker",    "terrorist", "extremist", "bandit",     "outlaw"};
constexpr std::string_view kGenericPersons[] = {"man",        "woman", "person", "boy",      "girl",
                                                "individual", "guy",   "lady",   "gentleman"};
constexpr std::string_view kOtherPersons[] = {
    "citizen",    "resident",     "activist",     "protester",      "protestor",  "victim",
    "official",   "spokesperson", "spokesman",    "spokeswoman",    "officer",    "agent",
    "deputy",     "trooper",      "sheriff",      "mayor",          "governor",   "director",
    "chairman",   "chairwoman",   "organizer",    "organiser",      "leader",     "lawyer",
    "attorney",   "defender",     "prosecutor",   "judge",          "clerk",      "manager",
    "employee",   "worker",       "driver",       "owner",          "teacher",    "student",
    "father",     "mother",       "grandmother",  "grandfather",    "son",        "daughter",
    "wife",       "husband",      "neighbor",     "neighbour",      "witness",    "deacon",
    "pastor",     "priest",       "nurse",        "doctor",         "teen",       "teenager",
    "child",      "veteran",      "founder",      "volunteer",      "advocate",   "commissioner",
    "secretary",  "president",    "senator",      "representative", "lawmaker",   "legislator",
    "analyst",    "expert",       "researcher",   "professor",      "chief",      "captain",
    "sergeant",   "detective",    "investigator", "inspector",      "engineer",   "farmer",
    "pharmacist", "spokesman",    "chair",        "executive",      "ceo",        "bureaucrat",
    "politician", "candidate",    "survivor",     "evacuee",        "landlord",   "tenant",
    "retiree",    "mom",          "dad",          "grandmother",    "journalist", "reporter",
    "columnist",  "editor",       "writer",       "photographer",   "sister",     "brother",
    "cousin",     "uncle",        "aunt",         "friend",         "girlfriend", "boyfriend",
    "client",     "partner",      "nephew",       "niece",          "stepfather", "stepmother",
    "fiancee",    "fiance"};

// Collectives of activists and official bodies (plural people nouns and group nouns).
constexpr std::string_view kGroupHeads[] = {
    "activists",    "protesters",   "protestors",   "demonstrators",
    "agitators",    "mob",          "mobs",         "rioters",
    "advocates",    "supporters",   "volunteers",   "group",
    "organization", "organisation", "network",      "coalition",
    "crowd",        "alarmists",    "extremists",   "radicals",
    "militants",    "mongers",      "zealots",      "anarchists",
    "vigilantes",   "marchers",     "organizers",   "organisers",
    "campaigners",  "thugs",        "goons",        "insurrectionists",
    "rabble",       "horde",        "hordes",       "gang",
    "collective",   "movement",     "outfit",       "faction",
    "allies",       "sympathizers", "sympathisers", "observers"};
constexpr std::string_view kGenericGroups[] = {"group",    "organization", "organisation",
                                               "network",  "coalition",    "collective",
                                               "movement", "outfit"};
constexpr std::string_view kBodyHeads[] = {"board",      "bureaucrats", "bureaucracy", "agency",
                                           "commission", "council",     "district",    "bureaucrat",
                                           "regulators", "board's"};

constexpr std::string_view kCrimeNouns[] = {
    "rapist",    "rapists", "thug",     "thugs",    "criminal", "criminals", "predator",
    "predators", "hoodlum", "hoodlums", "jailbird", "crook",    "crooks",    "gangster",
    "gangsters", "lowlife", "scumbag",  "scumbags", "dirtbag",  "dirtbags",  "goons"};

constexpr std::string_view kParticles[] = {"de",  "van", "von", "da",  "del", "della", "di",
                                           "du",  "la",  "le",  "bin", "ibn", "al",    "der",
                                           "den", "ter", "y",   "dos", "das"};

// All-caps words in shouting headlines and promos: not acronyms.
constexpr std::string_view kCapsWords[] = {
    "breaking", "update", "updated", "watch", "read",      "share",  "caught", "free",    "live",
    "video",    "photos", "omg",     "wow",   "exclusive", "urgent", "alert",  "new",     "now",
    "good",     "bad",    "you",     "not",   "all",       "yes",    "no",     "am",      "pm",
    "ok",       "vs",     "lol",     "must",  "see",       "more",   "full",   "article", "story",
    "click",    "here",   "wall",    "water", "why",       "how",    "what",   "who",     "stop",
    "never",    "big",    "huge",    "shock", "shocking",  "just",   "in",     "the",     "and",
    "of",       "at",     "to",      "is",    "it",        "we",     "he",     "she",     "they",
    "this",     "that",   "fake",    "true",  "false",     "only",   "very",   "real",    "note",
    "editor",   "ps",     "faq",     "etc",   "re",        "fw",     "fyi"};

constexpr std::string_view kCopulas[] = {"is",     "was",     "are", "were", "remains", "remained",
                                         "became", "becomes", "be",  "been", "being"};
constexpr std::string_view kPlacePreps[] = {"in",     "near",   "outside", "across", "throughout",
                                            "around", "toward", "towards", "inside", "within"};
constexpr std::string_view kModifierStops[] = {"same", "other", "own",    "very",
                                               "more", "most",  "further"};
constexpr std::string_view kQuantifiers[] = {
    "dozen",    "dozens",    "hundreds", "thousands", "scores",  "several", "many",     "few",
    "some",     "two",       "three",    "four",      "five",    "six",     "seven",    "eight",
    "nine",     "ten",       "eleven",   "twelve",    "fifteen", "twenty",  "thirty",   "forty",
    "fifty",    "sixty",     "seventy",  "eighty",    "ninety",  "hundred", "thousand", "numerous",
    "multiple", "countless", "about",    "nearly",    "roughly", "least",   "fellow"};

std::unordered_map<std::string_view, uint32_t> BuildClasses() {
  std::unordered_map<std::string_view, uint32_t> m;
  auto add = [&m](std::span<const std::string_view> words, uint32_t c) {
    for (std::string_view w : words) m[w] |= c;
  };
  add(kTitles, kTitle);
  add(kOrgSuffixes, kOrgSuffix);
  add(kActivistOrgs, kActivistOrg);
  add(kGovOrgs, kGovOrg);
  add(kGenericOrgSuffixes, kGenericOrgSuffix);
  add(kOfHeads, kOfHead);
  add(kPlaceSuffixes, kPlaceSuffix);
  add(kGivenNames, kGivenName);
  add(kReportVerbs, kReportVerb);
  add(kCalendarWords, kCalendar);
  add(kStrongPersons, kPersonHead | kStrongPerson);
  add(kGenericPersons, kPersonHead | kGenericHead);
  add(kOtherPersons, kPersonHead);
  add(kGroupHeads, kGroupHead);
  add(kGenericGroups, kGenericHead);
  add(kBodyHeads, kBodyHead);
  add(kCrimeNouns, kCrimeNoun);
  add(kParticles, kParticle);
  add(kCapsWords, kCapsWord);
  add(kCopulas, kCopula);
  add(kPlacePreps, kPlacePrep);
  add(kModifierStops, kModifierStop);
  add(kQuantifiers, kQuantifier);
  return m;
}

}  // namespace

uint32_t ClassesOf(std::string_view norm) {
  static const auto* const kMap =
      new std::unordered_map<std::string_view, uint32_t>(BuildClasses());
  const auto it = kMap->find(norm);
  return it == kMap->end() ? 0 : it->second;
}

uint32_t HeadClassesOf(std::string_view norm) {
  const uint32_t whole = ClassesOf(norm);
  if (whole != 0) return whole;
  const size_t hyphen = norm.rfind('-');
  if (hyphen == std::string_view::npos || hyphen + 1 >= norm.size()) return 0;
  // "6-footer" / "eco-bureaucrats" take the class of their last part; "well-known" stays 0
  // because "known" has none.
  return ClassesOf(norm.substr(hyphen + 1));
}

}  // namespace corroborate::extract::entity_words
