#include "corroborate/extract/lexicon_data.h"

#include <array>

namespace corroborate::extract::lexicon_data {
namespace {

constexpr Context kEnf = Context::kEnforcement;
constexpr Context kPpl = Context::kPeople;
constexpr Context kMig = Context::kMigration;
constexpr Context kMet = Context::kMetaphor;

// Section headers match docs/lexicon.md; each section names its source there.
constexpr Row kRows[] = {
    // --- Immigration: labels for people (AP Stylebook 2013 entry "illegal immigration") ---
    {"illegal alien|illegal aliens", "pejorative"},
    {"illegal immigrant|illegal immigrants", "pejorative"},
    {"illegal migrant|illegal migrants", "pejorative"},
    {"criminal alien|criminal aliens", "pejorative"},
    {"criminal illegal alien|criminal illegal aliens", "pejorative"},
    {"criminal illegal immigrant|criminal illegal immigrants", "pejorative"},
    {"criminal illegal migrant|criminal illegal migrants", "pejorative"},
    {"aliens", "pejorative", kMig},
    {"illegals", "dehumanizing"},
    {"anchor baby|anchor babies", "pejorative"},
    {"chain migration", "pejorative"},
    {"catch and release", "pejorative"},
    {"open borders|open-borders", "pejorative"},
    {"invasion|invasions", "dehumanizing", kMig},
    {"invader|invaders", "dehumanizing", kMig},
    {"horde|hordes", "dehumanizing", kPpl},
    {"swarm|swarms|swarming|swarmed", "dehumanizing", kMig},
    {"flood of migrants;flood of immigrants;flood of illegals", "dehumanizing"},
    {"poisoning the blood", "dehumanizing"},
    {"undocumented", "euphemism"},
    {"undocumented immigrant|undocumented immigrants", "euphemism"},
    {"undocumented migrant|undocumented migrants", "euphemism"},
    {"self-deport|self-deports|self-deported|self-deportation", "euphemism"},

    // --- Dehumanizing metaphors (Hamborg et al. word choice; Recasens et al. one-sided terms) ---
    {"animals", "dehumanizing", kMet},
    {"vermin", "dehumanizing", kMet},
    {"infest|infests|infested|infesting|infestation", "dehumanizing", kPpl},
    {"savages", "dehumanizing", kPpl},
    {"subhuman|subhumans", "dehumanizing"},
    {"cockroaches", "dehumanizing", kMet},
    {"parasites", "dehumanizing", kMet},

    // --- Pejorative labels for suspects and criminals ---
    {"thug|thugs", "pejorative"},
    {"thuggish;thuggery", "pejorative"},
    {"hoodlum|hoodlums", "pejorative"},
    {"jailbird|jailbirds", "pejorative"},
    {"career criminal|career criminals", "pejorative"},
    {"dirt bag|dirt bags|dirtbag|dirtbags", "pejorative"},
    {"scumbag|scumbags;scum", "pejorative"},
    {"lowlife|lowlifes|low-life|low-lives", "pejorative"},
    {"degenerate|degenerates", "pejorative"},
    {"punk|punks", "pejorative", kEnf},
    {"menace to society", "pejorative"},
    {"hulking", "pejorative"},
    {"seedy", "pejorative"},
    {"henchman|henchmen", "pejorative"},

    // --- Pejorative labels for officials, police and government ---
    {"gestapo;gestapo-like", "pejorative"},
    {"gestapo tactics", "pejorative"},
    {"jackboot|jackboots;jackbooted", "pejorative"},
    {"jackbooted thugs", "pejorative"},
    {"stormtrooper|stormtroopers|storm troopers", "pejorative"},
    {"goon|goons;goon squad", "pejorative"},
    {"secret police", "pejorative"},
    {"police state", "pejorative"},
    {"fascist|fascists;fascistic", "pejorative"},
    {"tyrant|tyrants;tyrannical;tyranny", "pejorative"},
    {"dictatorial", "pejorative"},
    {"regime", "pejorative"},
    {"deportation machine", "pejorative"},
    {"concentration camp|concentration camps", "pejorative"},
    {"kids in cages;children in cages", "pejorative"},
    {"kidnap|kidnaps|kidnapped|kidnapping|kidnappings", "pejorative", kEnf},
    {"abduct|abducts|abducted|abducting|abduction|abductions", "pejorative", kEnf},
    {"snatch|snatches|snatched|snatching", "pejorative", kEnf},
    {"terrorize|terrorizes|terrorized|terrorizing|terrorise|terrorised", "pejorative"},
    {"reign of terror", "pejorative"},
    {"rogue", "pejorative", kPpl},
    {"lawless;lawlessness", "pejorative"},
    {"bungling;bungled", "pejorative"},
    {"incompetent;incompetence", "pejorative"},
    {"publicity-hungry;power-hungry;power-mad", "pejorative"},
    {"penny-pinching", "pejorative"},
    {"bureaucrats;eco-bureaucrat|eco-bureaucrats;faceless bureaucrats", "pejorative"},
    {"crony|cronies", "pejorative"},
    {"lackey|lackeys;stooge|stooges", "pejorative"},
    {"crooked", "pejorative"},
    {"spineless;cowardly", "pejorative"},
    {"disgraced", "pejorative"},
    {"deep state", "pejorative"},
    {"witch hunt|witch-hunt", "pejorative"},
    {"nanny state", "pejorative"},
    {"inhumane;heartless;draconian", "pejorative"},
    {"xenophobic;xenophobe|xenophobes", "pejorative"},
    {"bigot|bigots;bigoted", "pejorative"},
    {"racist|racists", "pejorative"},

    // --- Pejorative labels for activists, protesters and political camps ---
    {"mob|mobs", "pejorative"},
    {"agitator|agitators", "pejorative"},
    {"outside agitators;paid agitators", "pejorative"},
    {"paid protesters;professional protesters", "pejorative"},
    {"rabble-rouser|rabble-rousers", "pejorative"},
    {"radical|radicals", "pejorative"},
    {"radical left;radical right;radical leftists", "pejorative"},
    {"extremist|extremists", "pejorative"},
    {"anarchist|anarchists", "pejorative"},
    {"domestic terrorist|domestic terrorists", "pejorative"},
    {"eco-terrorist|eco-terrorists", "pejorative"},
    {"insurrectionist|insurrectionists", "pejorative"},
    {"leftist|leftists;lefty|lefties", "pejorative"},
    {"libtard|libtards;commie|commies", "pejorative"},
    {"woke", "pejorative"},
    {"globalist|globalists", "pejorative"},
    {"soros-funded|soros-backed", "pejorative"},
    {"bleeding-heart|bleeding heart", "pejorative"},
    {"tree hugger|tree huggers|tree-hugger|tree-huggers", "pejorative"},
    {"alarmist|alarmists;climate alarmist|climate alarmists", "pejorative"},
    {"doom-monger|doom-mongers|doom-mongering", "pejorative"},
    {"fearmonger|fearmongers|fearmongering|fear-mongering", "pejorative"},
    {"ultra-maga;maga extremists", "pejorative"},
    {"deplorables", "pejorative"},
    {"right-wing extremists;left-wing extremists", "pejorative"},
    {"gun nut|gun nuts;gun grabber|gun grabbers", "pejorative"},
    {"baby killer|baby killers", "pejorative"},
    {"obstructionist|obstructionists", "pejorative"},
    {"activist judge|activist judges", "pejorative"},
    {"fake news", "pejorative"},
    {"shill|shills;mouthpiece;propagandist|propagandists", "pejorative"},
    {"sanctuary crowd;open-borders crowd|open borders crowd", "pejorative"},
    {"job-killing", "pejorative"},
    {"death tax", "pejorative"},

    // --- Intensifiers and sensational verbs (Recasens et al. subjective intensifiers) ---
    {"stunning|stunningly", "intensifier"},
    {"shocking|shockingly", "intensifier"},
    {"jaw-dropping", "intensifier"},
    {"brazen|brazenly", "intensifier"},
    {"horrific;horrifying|horrifyingly", "intensifier"},
    {"terrifying", "intensifier"},
    {"terrified;horrified", "intensifier"},
    {"outrageous|outrageously", "intensifier"},
    {"bombshell", "intensifier"},
    {"slams|slammed|slamming", "intensifier"},
    {"blasted|blasting", "intensifier", kPpl},
    {"eviscerates|eviscerated|eviscerating", "intensifier"},
    {"meltdown", "intensifier", kPpl},
    {"frantic|frantically", "intensifier"},
    {"whopping", "intensifier"},
    {"staggering", "intensifier"},
    {"mind-boggling;eye-popping;eye-watering", "intensifier"},
    {"crumbling", "intensifier"},
    {"firestorm", "intensifier"},
    {"scathing;blistering", "intensifier"},
    {"tirade|tirades;diatribe|diatribes", "intensifier"},
    {"alarming|alarmingly", "intensifier"},
    {"disturbing", "intensifier"},
    {"egregious", "intensifier"},
    {"appalling;atrocious;despicable;disgraceful;shameful", "intensifier"},
    {"vicious", "intensifier"},
    {"notorious", "intensifier"},
    {"triumphantly", "intensifier"},

    // --- Loaded verbs of saying (Recasens et al.; AP "said" guidance) ---
    {"whined|whines|whining", "loaded verb"},
    {"ranted|rants|ranting", "loaded verb"},
    {"boasted|boasts;bragged|brags", "loaded verb"},
    {"sneered|sneers;scoffed|scoffs", "loaded verb"},
    {"gloated|gloats;crowed", "loaded verb"},
    {"sobbed;gushed;fumed;raged", "loaded verb"},
    {"lashed out|lashes out", "loaded verb"},
    {"touted|touts", "loaded verb"},

    // --- Euphemisms (Orwell 1946; Lutz 1989 "Doublespeak"; AP) ---
    {"enhanced interrogation|enhanced interrogation techniques", "euphemism"},
    {"collateral damage", "euphemism"},
    {"pacification", "euphemism"},
    {"extraordinary rendition", "euphemism"},
    {"black site|black sites", "euphemism"},
    {"officer-involved shooting|officer-involved shootings", "euphemism"},
    {"regime change", "euphemism"},
    {"kinetic action", "euphemism"},
    {"alternative facts", "euphemism"},
    {"mistakes were made", "euphemism"},
    {"misspoke", "euphemism"},
    {"downsizing;rightsizing", "euphemism"},
    {"revenue enhancement", "euphemism"},
    {"job creators", "euphemism"},
    {"tax relief", "euphemism"},
    {"pro-life", "euphemism"},
    {"pro-choice", "euphemism"},

    // --- Epistemic markers: assertives, factives, hedges (Recasens et al. 2013; Hooper 1975) ---
    {"claimed|claiming", "epistemic"},
    {"admitted|admits|admitting", "epistemic"},
    {"revealed|reveals", "epistemic"},
    {"conceded|concedes|conceding", "epistemic"},
    {"insisted|insists|insisting", "epistemic"},
    {"confessed|confesses", "epistemic"},
    {"alleged|allegedly", "epistemic"},
    {"purported|purportedly", "epistemic"},
    {"supposedly", "epistemic"},
    {"so-called", "epistemic"},
    {"reportedly", "epistemic"},
    {"self-proclaimed;self-styled;self-described", "epistemic"},
    {"baseless;unfounded", "epistemic"},
    {"debunked", "epistemic"},
    {"falsely", "epistemic"},
    {"without evidence", "epistemic"},
};

// Token norms that make a context-bound entry loaded.
constexpr std::array<std::string_view, 38> kEnforcementCues = {
    "ice",         "agent",        "agents",     "officer",  "officers",    "police",
    "deputies",    "deputy",       "federal",    "feds",     "immigration", "authorities",
    "arrest",      "arrests",      "arrested",   "detained", "detention",   "custody",
    "deportation", "deportations", "deported",   "border",   "patrol",      "marshals",
    "troopers",    "cops",         "raid",       "raids",    "dhs",         "cbp",
    "enforcement", "migrants",     "immigrants", "detain",   "agency",      "masked",
    "sheriff's",   "sheriff"};
constexpr std::array<std::string_view, 41> kPeopleCues = {
    "immigrant",   "immigrants", "migrant",       "migrants",  "alien",       "aliens",
    "illegals",    "criminal",   "criminals",     "gang",      "gangs",       "members",
    "protesters",  "protestors", "rioters",       "activists", "people",      "men",
    "officers",    "police",     "agents",        "cops",      "politicians", "democrats",
    "republicans", "liberals",   "conservatives", "leftists",  "refugees",    "foreigners",
    "asylum",      "thugs",      "mob",           "crowd",     "group",       "supporters",
    "critics",     "lawmakers",  "senator",       "mayor",     "governor"};
constexpr std::array<std::string_view, 20> kMigrationCues = {
    "border",  "borders",  "migrant",  "migrants",  "immigrant", "immigrants",  "immigration",
    "illegal", "illegals", "asylum",   "caravan",   "southern",  "deportation", "deport",
    "ice",     "cbp",      "refugees", "crossings", "sanctuary", "alien"};

template <size_t N>
bool InArray(const std::array<std::string_view, N>& a, std::string_view w) {
  for (std::string_view e : a) {
    if (e == w) return true;
  }
  return false;
}

}  // namespace

std::span<const Row> Rows() { return kRows; }

bool IsContextCue(Context context, std::string_view norm) {
  switch (context) {
    case Context::kEnforcement:
      return InArray(kEnforcementCues, norm);
    case Context::kPeople:
      return InArray(kPeopleCues, norm);
    case Context::kMigration:
      return InArray(kMigrationCues, norm);
    case Context::kMetaphor:
      return InArray(kPeopleCues, norm);
    case Context::kAny:
      break;
  }
  return true;
}

}  // namespace corroborate::extract::lexicon_data
