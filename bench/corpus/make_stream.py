#!/usr/bin/env python3
"""Synthetic news stream for the corpus benchmark (bench/corpus/run).

Writes N articles as gzipped JSON-lines files (news-please field names) of K articles each, in
roughly publication order. Every article carries its gold: `gold_story` (the story number) and
`gold_copy_of` (URL of the wire original it copies, or null). Python 3 standard library only;
the output depends only on N, the seed and K.

Model (all text is invented; no real names or pages):
- stories of Zipf-like size (most 1-3 articles, a few hundred), each an event of one kind
  (earthquake, election, merger, ...) with its own people, organisations, place, date, numbers;
- an article of a story is a rewrite: a lead, facts drawn from the story's pool, paraphrased by
  synonym swaps and reordering, plus filler sentences from a large shared vocabulary;
- ~15% of the articles are wire copies of another outlet's article (exact, new headline, new
  first paragraph, or with outlet boilerplate appended);
- ~500 outlets, dates over 60 days, stories of one kind share topic words, not entities.

usage: make_stream.py N OUT_DIR [--seed S] [--per-file K]
"""

import argparse
import datetime
import gzip
import json
import math
import os
import random
import sys

DAYS = 60
START = datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc)
COPY_SHARE = 0.15
MAX_STORY = 600
VARIANTS = 4

SYLLABLES = ("ka ri to mo na lu se vi da ren kor bal tin mar sol vek pra lin dor gus hel "
             "zan fel mir tov al ber cas den el far gor ha ib jo kel lam nor os pel quin "
             "ros sa tel ul var wen xa yor zi bru cha dra ev fi gla ix ju kra lo me ny "
             "ol pu ri sti tru ur vo wyn ya").split()

FUNCTION_WORDS = ("the a of to in and for on with that as by at from this its their was were "
                  "is are has have had will would could also more than after before while "
                  "about over into under between during which who where when but not").split()

COMMON_WORDS = ("people year week month time report data plan policy market price cost "
                "government city country region service system public private local national "
                "economy budget growth share record figure program project study research team "
                "community school hospital road water energy power network company industry "
                "sector worker family child parent student customer official leader member "
                "group council board committee office agency department ministry court police "
                "analyst expert observer resident visitor driver farmer owner manager director "
                "statement interview meeting conference decision change increase decline level "
                "rate number amount average total percent quarter season morning evening night "
                "weekend history future question answer problem issue concern effort support "
                "pressure demand supply trade deal contract agreement proposal measure rule law "
                "tax fund loan debt bank account investment revenue profit loss sale product "
                "technology software platform device phone internet website online digital "
                "weather rain snow heat wind storm coast river mountain forest field building "
                "street bridge station airport port train bus car flight ship border area "
                "said told noted added explained warned expected reported announced confirmed "
                "described suggested argued claimed estimated planned continued remained "
                "began ended opened closed raised lowered offered received provided included "
                "large small new old early late recent current former major minor key main "
                "high low strong weak long short local regional global several many few "
                "important significant possible likely difficult clear similar different").split()

# Paraphrase table: a word in a fact sentence may be swapped for one of these.
SYNONYMS = {
    "said": ["stated", "told reporters", "noted", "added"],
    "killed": ["left dead", "claimed the lives of"],
    "people": ["residents", "persons", "individuals"],
    "announced": ["unveiled", "revealed", "confirmed"],
    "officials": ["authorities", "local officials", "administrators"],
    "strong": ["powerful", "major", "severe"],
    "hit": ["struck", "rocked", "shook"],
    "agreed": ["consented", "decided"],
    "rose": ["climbed", "increased", "jumped"],
    "fell": ["dropped", "declined", "slid"],
    "company": ["firm", "group", "business"],
    "deal": ["agreement", "transaction", "accord"],
    "won": ["secured", "clinched", "took"],
    "police": ["investigators", "officers", "law enforcement"],
    "arrested": ["detained", "took into custody"],
    "fire": ["blaze", "flames"],
    "damaged": ["destroyed", "wrecked"],
    "began": ["started", "opened", "got under way"],
    "expected": ["likely", "set"],
    "about": ["around", "roughly", "some"],
    "more": ["over", "upwards of"],
    "warned": ["cautioned", "alerted"],
    "vote": ["ballot", "election"],
    "buy": ["acquire", "purchase", "take over"],
    "workers": ["employees", "staff", "union members"],
    "protesters": ["demonstrators", "marchers", "activists"],
    "court": ["tribunal", "judges"],
    "leaders": ["heads of government", "delegates"],
    "residents": ["locals", "inhabitants"],
    "large": ["big", "massive", "huge"],
}

# Each kind: topic words, headline patterns, lead patterns, fact patterns. Slots:
# {P1} {P2} {P3} people, {O1} {O2} organisations, {PL} place, {REG} region, {DAY} weekday,
# {DATE} date words, {N1} {N2} {N3} numbers, {X} a decimal, {M} money.
KINDS = {
    "earthquake": (
        ["Magnitude {X} quake hits {PL}", "Earthquake kills {N1} in {PL}",
         "{PL} earthquake: death toll rises to {N1}", "Strong tremor shakes {REG}"],
        ["A strong earthquake of magnitude {X} hit {PL} on {DAY}, killing at least {N1} people, "
         "officials said.", "At least {N1} people were killed when a magnitude {X} earthquake "
         "struck the {REG} town of {PL} on {DAY}."],
        ["The quake was centred {N2} kilometres from {PL} at a depth of {N3} kilometres, the "
         "{O1} said.", "{P1}, head of the {O1}, said rescue teams were searching the rubble of "
         "collapsed buildings.", "More than {N2} buildings were damaged across {REG}.",
         "{P2}, a resident of {PL}, said the shaking lasted nearly a minute.",
         "Aftershocks continued through the night, the {O2} warned.",
         "Hospitals in {PL} treated about {N3} injured people.",
         "The government of {REG} declared a state of emergency on {DATE}.",
         "Schools across {REG} remained closed while engineers inspected the damage."]),
    "election": (
        ["{P1} wins {PL} mayoral vote", "{O1} claims victory in {REG} election",
         "Voters in {REG} back {P1}", "{P1} defeats {P2} in tight race"],
        ["{P1} of the {O1} won the election in {REG} on {DAY} with {N1} percent of the vote, "
         "officials said.", "Voters in {REG} handed {P1} and the {O1} a victory on {DAY}, "
         "according to preliminary results."],
        ["Turnout was {N2} percent, the electoral commission said.",
         "{P2} of the {O2} conceded defeat late on {DAY}.",
         "{P1} promised to cut taxes and expand public transport in {PL}.",
         "The {O1} will hold {N3} of the seats in the new assembly.",
         "Observers from the {O2} said the vote was largely orderly.",
         "{P3}, a political analyst, said the result reflected anger over rising prices.",
         "The new government is expected to take office on {DATE}.",
         "Campaigning focused on housing, energy bills and the {PL} bypass."]),
    "merger": (
        ["{O1} to buy {O2} for {M}", "{O1} agrees {M} deal for {O2}",
         "{O2} shares jump on {O1} takeover", "{O1} and {O2} announce merger"],
        ["{O1} agreed to buy rival {O2} for {M}, the companies announced on {DAY}.",
         "The {PL}-based {O1} said on {DAY} it would acquire {O2} in a deal valued at {M}."],
        ["Shares of {O2} rose {N1} percent in early trading.",
         "{P1}, chief executive of {O1}, said the deal would create a leader in the region.",
         "The combined company will employ about {N2} people.",
         "{P2}, who founded {O2}, will join the board of {O1}.",
         "The deal is expected to close by {DATE}, subject to regulatory approval.",
         "Analysts at {O1} estimated annual savings of {N3} million.",
         "Regulators in {REG} said they would review the transaction.",
         "{P3}, an analyst, said the price was a premium of {N1} percent."]),
    "trial": (
        ["{P1} found guilty in {PL} fraud trial", "Court convicts {P1}",
         "{P1} sentenced to {N1} years", "Verdict in {O1} case"],
        ["A court in {PL} found {P1}, the former head of {O1}, guilty of fraud on {DAY}.",
         "{P1}, who led {O1} for a decade, was convicted of fraud by a {PL} court on {DAY}."],
        ["Prosecutors said {P1} diverted {M} from the company's accounts.",
         "Judge {P2} said the sentence of {N1} years reflected the scale of the crime.",
         "Lawyers for {P1} said they would appeal.",
         "The trial heard from {N2} witnesses over {N3} weeks.",
         "{P3}, a former employee, testified that records were destroyed.",
         "Investors in {O1} lost most of their savings when it collapsed.",
         "The {O2} said it would seek compensation for victims.",
         "Sentencing is set for {DATE}."]),
    "strike": (
        ["{O1} workers strike in {PL}", "Strike halts {O2} services",
         "Union calls {N1}-day walkout", "{PL} strike enters second day"],
        ["Thousands of workers at {O2} walked off the job in {PL} on {DAY}, the {O1} union "
         "said.", "A strike called by the {O1} union shut down {O2} services across {REG} on "
         "{DAY}."],
        ["The union is demanding a pay rise of {N1} percent.",
         "{P1}, general secretary of the {O1}, said workers had no choice.",
         "{O2} said about {N2} trains were cancelled.",
         "{P2}, a spokesperson for {O2}, called the walkout irresponsible.",
         "Talks are scheduled to resume on {DATE}.",
         "Commuters in {PL} faced long queues at bus stops.",
         "The strike is the {N3}th this year in the sector.",
         "{P3}, a commuter, said she had waited two hours."]),
    "wildfire": (
        ["Wildfire forces evacuations near {PL}", "{PL} fire destroys {N1} homes",
         "Blaze spreads across {REG}", "Firefighters battle {PL} wildfire"],
        ["A wildfire burning near {PL} forced the evacuation of {N2} people on {DAY}, the "
         "{O1} said.", "Firefighters in {REG} battled a fast-moving fire near {PL} on {DAY} "
         "after it destroyed {N1} homes."],
        ["The fire has burned about {N3} hectares, officials said.",
         "{P1} of the {O1} said strong winds were driving the flames.",
         "At least {N1} homes were destroyed.", "{P2} said her family fled with nothing.",
         "The cause of the fire is under investigation by the {O2}.",
         "Evacuation orders are expected to remain until {DATE}.",
         "Smoke from the fire reached cities across {REG}.",
         "More than {N2} firefighters and {N3} aircraft were deployed."]),
    "launch": (
        ["{O1} unveils new device", "{O1} launches product in {PL}",
         "{O1} bets on new platform", "{O1} reveals {M} plan"],
        ["{O1} unveiled its new device at an event in {PL} on {DAY}, chief executive {P1} "
         "announced.", "The technology company {O1} launched a new platform on {DAY} at its "
         "headquarters in {PL}."],
        ["The device will sell for {N1} dollars from {DATE}.",
         "{P1} said the company had spent {N2} million on development.",
         "{P2}, an analyst at {O2}, said the launch was crucial for {O1}.",
         "Shares of {O1} fell {N3} percent after the event.",
         "The company expects to sell {N2} thousand units in the first year.",
         "{O1} faces competition from {O2} in {REG}.",
         "{P3}, head of design, said the device was thinner than its predecessor.",
         "Preorders begin on {DATE} in {N3} countries."]),
    "protest": (
        ["Thousands protest in {PL}", "Police clash with protesters in {PL}",
         "{PL} protests enter third day", "Protesters demand resignation of {P1}"],
        ["Thousands of protesters marched through {PL} on {DAY} demanding the resignation of "
         "{P1}, police said.", "Police in {PL} fired tear gas on {DAY} as protesters gathered "
         "against the government of {P1}."],
        ["Organisers from the {O1} estimated the crowd at {N2}.",
         "Police said {N1} people were arrested.", "{P2}, a student, said the protests would go on.",
         "The {O2} called for calm and dialogue.",
         "{P1} said in a statement that the protests were organised from abroad.",
         "Another march is planned for {DATE}.",
         "Shops in central {PL} were closed for the day.",
         "{P3}, a lawmaker, said {N3} people were injured."]),
    "flood": (
        ["Floods hit {REG}", "{PL} under water after heavy rain",
         "Flooding kills {N1} in {REG}", "River bursts banks in {PL}"],
        ["Heavy rain caused flooding across {REG} on {DAY}, killing at least {N1} people, the "
         "{O1} said.", "The river burst its banks in {PL} on {DAY}, flooding homes and "
         "killing {N1} people."],
        ["About {N2} people were evacuated from low-lying areas.",
         "{P1}, mayor of {PL}, said the water rose within hours.",
         "The {O2} forecast more rain until {DATE}.", "{P2} said her shop was ruined.",
         "Rail services across {REG} were suspended.",
         "Soldiers were deployed to help with rescue work, {P3} said.",
         "Damage was estimated at {M}.", "{N3} roads remained closed."]),
    "final": (
        ["{O1} win cup final", "{O1} beat {O2} {N1}-{N3}", "{P1} stars as {O1} lift trophy",
         "Final: {O1} edge {O2}"],
        ["{O1} beat {O2} in the cup final in {PL} on {DAY}, with {P1} scoring twice.",
         "{P1} scored twice as {O1} won the cup final against {O2} in {PL} on {DAY}."],
        ["A crowd of {N2} watched the match.", "{P2}, coach of {O1}, praised his players.",
         "{O2} had a goal disallowed in the second half.",
         "{P3} was sent off after {N3} minutes.", "It is the club's {N1}th title.",
         "Fans celebrated in the streets of {PL} until late.",
         "The teams meet again on {DATE}.", "{P1} was named player of the match."]),
    "summit": (
        ["Leaders meet in {PL}", "{PL} summit ends with deal", "Summit agrees climate plan",
         "{P1} hosts summit in {PL}"],
        ["Leaders from {N1} countries met in {PL} on {DAY} for a summit hosted by {P1}.",
         "A summit in {PL} ended on {DAY} with an agreement signed by leaders of {N1} "
         "countries."],
        ["The agreement commits members to cut emissions by {N2} percent.",
         "{P2}, secretary general of the {O1}, called it historic.",
         "The {O2} said the plan did not go far enough.",
         "{P1} said the next summit would take place on {DATE}.",
         "Protesters gathered outside the venue in {PL}.",
         "A fund of {M} was announced for poorer nations.",
         "{P3}, a negotiator, said talks ran through the night.",
         "Delegates from {REG} left early."]),
    "accident": (
        ["Train crash near {PL}", "Bus accident kills {N1} in {REG}",
         "{N1} dead in {PL} crash", "Investigation into {PL} derailment"],
        ["At least {N1} people were killed when a train derailed near {PL} on {DAY}, "
         "officials said.", "A passenger train came off the rails near {PL} in {REG} on {DAY}, "
         "killing {N1} people."],
        ["The train was carrying about {N2} passengers.",
         "{P1} of the {O1} said the cause was not yet known.",
         "{N3} people were taken to hospital.",
         "{P2}, a passenger, said the carriage turned over.",
         "The {O2} opened an investigation.",
         "The line will remain closed until {DATE}.",
         "{P3}, the transport minister, visited the site.",
         "It was the worst rail accident in {REG} in a decade."]),
}

QUOTE_FACTS = [
    '"We are doing everything we can," {P1} said.',
    '"This is a difficult day for {PL}," said {P2}.',
    '"Nobody expected this," {P3} told reporters.',
    '"We will know more in the coming days," a spokesperson for the {O1} said.',
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORG_FORMS = ["{} Holdings", "{} Group", "{} Bank", "{} Party", "{} Institute",
             "National {} Agency", "{} Union", "{} United", "{} Corporation", "{} Council"]
SECTIONS = ["news", "world", "business", "politics", "local", "sport", "tech", "article"]
TLDS = ["com", "net", "org", "news", "co.uk", "com.au", "de", "info"]
COPY_KINDS = ["exact", "headline", "lead", "boilerplate"]
BOILERPLATE = [
    "This article was originally published by {}. Republished with permission.",
    "Copyright {} . All rights reserved. Distributed by a wire service.",
    "Reporting by the {} newsroom; editing by the desk.",
    "Subscribe to the {} newsletter for more stories like this.",
]


def word(rng, lo=2, hi=3):
  return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(lo, hi)))


def name(rng, lo=2, hi=3):
  return word(rng, lo, hi).capitalize()


def build_vocab(rng, n):
  vocab = set()
  while len(vocab) < n:
    vocab.add(word(rng, 2, 4))
  return sorted(vocab)


def build_fillers(rng, vocab, n):
  """Shared filler sentences: common words, function words and a large invented vocabulary."""
  out = []
  for _ in range(n):
    words = []
    for _ in range(rng.randint(9, 22)):
      r = rng.random()
      if r < 0.35:
        words.append(rng.choice(FUNCTION_WORDS))
      elif r < 0.70:
        words.append(rng.choice(COMMON_WORDS))
      else:
        words.append(rng.choice(vocab))
    out.append(" ".join(words).capitalize() + ".")
  return out


def make_outlets(rng, n):
  names = set()
  while len(names) < n:
    names.add(word(rng, 2, 4) + rng.choice(["", "news", "times", "post", "daily", "herald",
                                            "online", "today"]))
  return [f"{w}.{rng.choice(TLDS)}" for w in sorted(names)]


def story_size(rng):
  # Pareto tail (P(size >= k) ~ k^-1.15): ~80% of stories have 1-3 articles, a few hundreds.
  return min(MAX_STORY, int(rng.paretovariate(1.15)))


class Story:
  __slots__ = ("kind", "slots", "facts", "start")


def make_story(rng, kind_names):
  s = Story()
  s.kind = rng.choice(kind_names)
  day = START + datetime.timedelta(seconds=rng.uniform(0, DAYS * 86400))
  s.start = day.timestamp()
  event = day - datetime.timedelta(days=rng.randint(0, 1))
  s.slots = {
      "P1": f"{name(rng)} {name(rng)}", "P2": f"{name(rng)} {name(rng)}",
      "P3": f"{name(rng)} {name(rng)}",
      "O1": rng.choice(ORG_FORMS).format(name(rng)), "O2": rng.choice(ORG_FORMS).format(name(rng)),
      "PL": name(rng, 2, 3), "REG": name(rng, 2, 3) + rng.choice(["", " Province", " Valley",
                                                                   " County", "ia"]),
      "DAY": WEEKDAYS[event.weekday()],
      "DATE": f"{MONTHS[(event.month + rng.randint(0, 1) - 1) % 12]} {rng.randint(1, 28)}",
      "N1": str(rng.randint(2, 90)), "N2": str(rng.randint(100, 9000)),
      "N3": str(rng.randint(3, 60)), "X": f"{rng.uniform(4.5, 7.9):.1f}",
      "M": f"{rng.randint(1, 60)}.{rng.randint(1, 9)} billion dollars",
  }
  heads, leads, facts = KINDS[s.kind]
  fill = s.slots
  # Each sentence with VARIANTS paraphrases (variant 0 as written); articles pick among them.
  s.facts = tuple([variants(rng, x.format(**fill), p) for x in group]
                  for group, p in ((heads, 0.3), (leads, 0.4), (facts + QUOTE_FACTS, 0.35)))
  return s


def paraphrase(rng, sentence, p):
  words = sentence.split(" ")
  changed = False
  for i, w in enumerate(words):
    alt = SYNONYMS.get(w)
    if alt is not None and rng.random() < p:
      words[i] = rng.choice(alt)
      changed = True
  return " ".join(words) if changed else sentence


def variants(rng, sentence, p):
  return [sentence] + [paraphrase(rng, sentence, p) for _ in range(VARIANTS - 1)]


class Generator:
  def __init__(self, n, seed):
    self.seed = seed
    rng = random.Random(seed)
    self.vocab = build_vocab(rng, 20000)
    self.fillers = build_fillers(rng, self.vocab, 40000)
    self.outlets = make_outlets(rng, 500)
    kind_names = sorted(KINDS)
    # Stories until the originals fill (1 - COPY_SHARE) of n.
    n_orig = n - int(round(n * COPY_SHARE)) if n > 1 else n
    self.stories = []
    # articles: (time, story, outlet, copy_of_index or -1, copy_mode)
    arts = []
    while len(arts) < n_orig:
      s = make_story(rng, kind_names)
      idx = len(self.stories)
      self.stories.append(s)
      size = min(story_size(rng), n_orig - len(arts))
      spread = 3600.0 * 6 * (1 + math.log(size))
      for j in range(size):
        t = s.start + (0 if j == 0 else rng.expovariate(1 / spread))
        arts.append([t, idx, rng.randrange(len(self.outlets)), -1, 0])
    # Wire copies: a few originals get one or several copies on other outlets.
    n_copies = n - len(arts)
    wire = [rng.randrange(n_orig) for _ in range(n_copies // 3 + 1)]
    for _ in range(n_copies):
      o = rng.choice(wire)
      outlet = rng.randrange(len(self.outlets))
      if outlet == arts[o][2]:
        outlet = (outlet + 1) % len(self.outlets)
      arts.append([arts[o][0] + rng.expovariate(1 / 7200.0), arts[o][1], outlet, o,
                   rng.randrange(4)])
    # Roughly in publication order: sort on the date plus a few hours of jitter.
    order = sorted(range(len(arts)), key=lambda i: arts[i][0] + rng.gauss(0, 3 * 3600))
    self.arts = arts
    self.order = order

  def url(self, i):
    t, _, outlet, _, _ = self.arts[i]
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    sec = SECTIONS[i % len(SECTIONS)]
    return f"https://www.{self.outlets[outlet]}/{sec}/{d:%Y/%m/%d}/story-{i:x}"

  def original_text(self, i):
    """Title and body of original article i (deterministic in the seed and i)."""
    rng = random.Random(self.seed * 1000003 + i)
    r = rng.random
    s = self.stories[self.arts[i][1]]
    heads, leads, facts = s.facts
    title = rng.choice(heads)[int(r() * VARIANTS)]
    lead = rng.choice(leads)[int(r() * VARIANTS)]
    k = 4 + int(r() * (len(facts) - 3))
    sentences = [f[int(r() * VARIANTS)] for f in rng.sample(facts, k)]
    words = sum(x.count(" ") + 1 for x in sentences) + lead.count(" ") + 1
    n_fill = max(0, (300 + int(r() * 500) - words) // 15)
    # Facts spread among the filler, in a different order per article.
    body = rng.choices(self.fillers, k=n_fill) + sentences
    rng.shuffle(body)
    paras = [lead]
    i0 = 0
    while i0 < len(body):
      step = 2 + int(r() * 3)
      paras.append(" ".join(body[i0:i0 + step]))
      i0 += step
    return title, paras

  def record(self, i):
    t, story, outlet, copy_of, mode = self.arts[i]
    if copy_of >= 0:
      title, paras = self.original_text(copy_of)
      rng = random.Random(self.seed * 7919 + i)
      s = self.stories[story]
      if mode == 1:
        title = rng.choice(rng.choice(s.facts[0]))
      elif mode == 2:
        paras = [paraphrase(rng, rng.choice(rng.choice(s.facts[1])), 0.6)] + paras[1:]
      elif mode == 3:
        paras = paras + [rng.choice(BOILERPLATE).format(self.outlets[outlet])]
      gold_copy = self.url(copy_of)
      kind = COPY_KINDS[mode]
    else:
      title, paras = self.original_text(i)
      gold_copy = None
      kind = None
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    return {
        "url": self.url(i), "title": title, "maintext": "\n".join(paras),
        "date_publish": d.strftime("%Y-%m-%d %H:%M:%S"), "source_domain": "www." +
        self.outlets[outlet], "language": "en", "gold_story": story, "gold_copy_of": gold_copy,
        "gold_copy_kind": kind,
    }


def main():
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("n", type=int)
  ap.add_argument("out_dir")
  ap.add_argument("--seed", type=int, default=1)
  ap.add_argument("--per-file", type=int, default=100000)
  a = ap.parse_args()
  if a.n < 1 or a.per_file < 1:
    ap.error("N and --per-file must be positive")
  os.makedirs(a.out_dir, exist_ok=True)
  g = Generator(a.n, a.seed)
  nfiles = (a.n + a.per_file - 1) // a.per_file
  width = max(4, len(str(nfiles)))
  dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
  for f in range(nfiles):
    path = os.path.join(a.out_dir, f"stream-{f:0{width}d}.jsonl.gz")
    tmp = path + ".tmp"
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=1) as out:
      lines = [dumps(g.record(i)) for i in g.order[f * a.per_file:(f + 1) * a.per_file]]
      out.write("\n".join(lines))
      out.write("\n")
    os.replace(tmp, path)
  copies = sum(1 for x in g.arts if x[3] >= 0)
  print(f"make_stream: {a.n} articles ({copies} wire copies), {len(g.stories)} stories, "
        f"{nfiles} files in {a.out_dir}", file=sys.stderr)


if __name__ == "__main__":
  main()
