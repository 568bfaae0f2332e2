#include "corroborate/extract/clutter_rules.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace corroborate::extract::clutter_rules {
namespace {

using Phrases = std::span<const std::string_view>;

// Page furniture that stands alone on its line (compared after trimming ':' and spaces).
constexpr std::array<std::string_view, 24> kAdLines = {"advertisement",
                                                       "advertisements",
                                                       "ad",
                                                       "ads",
                                                       "sponsored",
                                                       "sponsored content",
                                                       "paid content",
                                                       "paid post",
                                                       "promoted",
                                                       "promoted content",
                                                       "partner content",
                                                       "from our sponsors",
                                                       "story continues below advertisement",
                                                       "article continues below advertisement",
                                                       "story continues below",
                                                       "article continues below",
                                                       "continue reading below",
                                                       "content continues below",
                                                       "scroll to continue",
                                                       "scroll to continue with content",
                                                       "skip advertisement",
                                                       "advertisement - scroll to continue",
                                                       "sponsored links",
                                                       "recommended by"};

// Headings that introduce a list of links to other stories.
constexpr std::array<std::string_view, 47> kRelatedHeadings = {"related stories",
                                                               "related story",
                                                               "related",
                                                               "related articles",
                                                               "related article",
                                                               "related content",
                                                               "related coverage",
                                                               "related posts",
                                                               "related news",
                                                               "related reading",
                                                               "related links",
                                                               "related topics",
                                                               "you may also like",
                                                               "you might also like",
                                                               "you may be interested in",
                                                               "you might be interested in",
                                                               "more stories",
                                                               "more news",
                                                               "more headlines",
                                                               "recommended",
                                                               "recommended stories",
                                                               "recommended for you",
                                                               "recommended reading",
                                                               "read more",
                                                               "read next",
                                                               "read also",
                                                               "also read",
                                                               "trending",
                                                               "trending now",
                                                               "trending stories",
                                                               "most popular",
                                                               "most read",
                                                               "popular stories",
                                                               "more coverage",
                                                               "further reading",
                                                               "see also",
                                                               "top stories",
                                                               "latest news",
                                                               "latest stories",
                                                               "editor's picks",
                                                               "more to read",
                                                               "don't miss",
                                                               "up next",
                                                               "what to read next",
                                                               "more on this story",
                                                               "around the web",
                                                               "more for you"};

// A headline link on one line: "Related: <headline>".
constexpr std::string_view kRelatedPrefixes[] = {
    "related:",         "read more:",   "read also:", "also read:", "see also:",  "related story:",
    "related article:", "recommended:", "more:",      "read next:", "don't miss:"};

constexpr std::array<std::string_view, 6> kTagHeadings = {"topics",     "tags",     "filed under",
                                                          "categories", "keywords", "tagged"};
constexpr std::string_view kTagPrefixes[] = {
    "tags:", "topics:", "filed under:", "categories:", "keywords:", "tagged:", "tagged with:"};

// Invitations to share, anywhere in a short line.
constexpr std::string_view kSharePhrases[] = {"share this article",
                                              "share this story",
                                              "share this post",
                                              "share this page",
                                              "share it with your friends",
                                              "share with your friends",
                                              "feel free to share",
                                              "sharing is the greatest",
                                              "sharing is caring",
                                              "pass it along",
                                              "pass this along",
                                              "forward it to a friend",
                                              "forward this to a friend",
                                              "forward this article",
                                              "like this article?",
                                              "like this story?",
                                              "like what you read?",
                                              "found this useful?",
                                              "found this helpful?",
                                              "enjoyed this article?",
                                              "enjoy this article?",
                                              "if you find this article",
                                              "if you enjoyed this",
                                              "if you liked this",
                                              "thank you for your support",
                                              "thanks for your support",
                                              "click to share",
                                              "share on facebook",
                                              "share on twitter",
                                              "tweet this"};

// Newsletter blocks: an opener at the start of the line plus a newsletter noun, or a phrase that
// only newsletter boxes use.
constexpr std::string_view kNewsletterOpeners[] = {
    "sign up",      "subscribe",  "join our",   "get our",   "get the",       "get stories",
    "get more",     "never miss", "don't miss", "want more", "stay informed", "stay up to date",
    "get breaking", "get daily",  "get weekly", "receive"};
constexpr std::string_view kNewsletterNouns[] = {
    "newsletter", "inbox",  "mailing list", "email list",   "briefing",   "brief ",
    "brief.",     "digest", "our emails",   "email alerts", "news alerts"};
constexpr std::string_view kNewsletterPhrases[] = {
    "sign up for our newsletter", "subscribe to our newsletter",
    "in your inbox every",        "delivered to your inbox",
    "straight to your inbox",     "join our mailing list",
    "newsletter sign-up",         "newsletter signup"};

constexpr std::string_view kPromoPhrases[] = {"support independent journalism",
                                              "support our journalism",
                                              "support local journalism",
                                              "donate today",
                                              "donate now",
                                              "become a member",
                                              "become a subscriber",
                                              "subscribe now",
                                              "subscribe today",
                                              "follow us on",
                                              "like us on facebook",
                                              "for updates throughout the day",
                                              "for the latest updates",
                                              "stay tuned",
                                              "send us a tip",
                                              "have a news tip",
                                              "got a news tip",
                                              "contact us for guidelines"};
constexpr std::string_view kPromoOpeners[] = {
    "download the", "download our",          "get the app",    "watch live", "click here",
    "tap here",     "listen to the podcast", "watch the full", "stay with"};

// Disclaimers: both a hedge and the words "opinion(s)" or "views".
constexpr std::string_view kDisclaimerHedges[] = {"do not necessarily reflect",
                                                  "do not necessarily represent",
                                                  "does not necessarily reflect",
                                                  "does not necessarily represent",
                                                  "not necessarily those of",
                                                  "are solely their own",
                                                  "are solely those of",
                                                  "are their own",
                                                  "not endorsed by",
                                                  "belong to the author",
                                                  "belong solely to",
                                                  "do not reflect the views",
                                                  "does not reflect the views"};

constexpr std::string_view kReadMoreOpeners[] = {
    "read the full article", "read the full story", "read the full report", "read the full text",
    "read the original",     "read more at",        "read more on",         "read more from",
    "read the rest",         "continue reading at", "continue reading on",  "click here to read",
    "read the complete",     "read the entire"};
constexpr std::string_view kSyndicationOpeners[] = {"this story originally appeared",
                                                    "this article originally appeared",
                                                    "this story was originally published",
                                                    "this article was originally published",
                                                    "originally published",
                                                    "this story first appeared",
                                                    "this article first appeared",
                                                    "this story was first published",
                                                    "this article was first published",
                                                    "republished with permission",
                                                    "this article is republished",
                                                    "reprinted with permission",
                                                    "this post originally appeared",
                                                    "this piece originally appeared"};

constexpr std::string_view kClickbaitOpeners[] = {
    "click here",        "tap here",        "you won't believe",  "you will never believe",
    "what happens next", "doctors stunned", "doctors are stunned"};
constexpr std::array<std::string_view, 26> kClickbaitWords = {
    "you",        "your",     "you're",    "this",     "these",   "trick",  "tricks",
    "weird",      "secret",   "doctors",   "stunned",  "simple",  "here's", "click",
    "believe",    "shocking", "instantly", "everyone", "seniors", "hack",   "genius",
    "everywhere", "miracle",  "revealed",  "could",    "amazing"};

bool Contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

bool StartsWithAny(std::string_view s, Phrases ps) {
  for (std::string_view p : ps) {
    if (s.starts_with(p)) return true;
  }
  return false;
}

// Lower-cased, trailing punctuation and inner space runs removed: "Related Stories:" ->
// "related stories".
std::string HeadingKey(std::string_view folded) {
  std::string out;
  out.reserve(folded.size());
  for (char c : folded) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ':' || out.back() == '.' ||
                          out.back() == '!' || out.back() == '>' || out.back() == '-')) {
    out.pop_back();
  }
  return out;
}

template <size_t N>
bool InList(const std::array<std::string_view, N>& list, std::string_view key) {
  for (std::string_view e : list) {
    if (e == key) return true;
  }
  return false;
}

bool HasQuote(std::string_view folded) { return Contains(folded, "\""); }

// The phrase lists searched anywhere in a line, as one index: most lines are body text, so one
// pass over the line's word starts, bucketed by first byte, beats a find() per phrase.
enum PhraseBit : uint32_t {
  kShareBit = 1,
  kNewsletterPhraseBit = 2,
  kNewsletterNounBit = 4,
  kPromoBit = 8,
  kHedgeBit = 16,
  kOpinionBit = 32,
};

struct PhraseIndex {
  struct Entry {
    std::string_view phrase;
    uint32_t bit;
  };
  std::array<std::vector<Entry>, 256> by_first;

  PhraseIndex() {
    auto add = [&](Phrases list, uint32_t bit) {
      for (std::string_view p : list)
        by_first[static_cast<unsigned char>(p[0])].push_back({p, bit});
    };
    add(kSharePhrases, kShareBit);
    add(kNewsletterPhrases, kNewsletterPhraseBit);
    add(kNewsletterNouns, kNewsletterNounBit);
    add(kPromoPhrases, kPromoBit);
    add(kDisclaimerHedges, kHedgeBit);
    static constexpr std::string_view kOpinionWords[] = {"opinion", "views"};
    add(kOpinionWords, kOpinionBit);
  }

  // The bits of the lists with a phrase starting at a word start of `s`.
  uint32_t Hits(std::string_view s) const {
    uint32_t hits = 0;
    for (size_t p = 0; p < s.size(); ++p) {
      if (p > 0 && s[p - 1] != ' ' && s[p - 1] != '(' && s[p - 1] != '"') continue;
      for (const Entry& e : by_first[static_cast<unsigned char>(s[p])]) {
        if ((hits & e.bit) == 0 && s.size() - p >= e.phrase.size() &&
            s.compare(p, e.phrase.size(), e.phrase) == 0) {
          hits |= e.bit;
        }
      }
    }
    return hits;
  }
};

const PhraseIndex& Index() {
  static const PhraseIndex* const index = new PhraseIndex();
  return *index;
}

}  // namespace

std::string_view ReasonOf(LineKind kind) {
  switch (kind) {
    case LineKind::kAd:
      return "clutter: ad";
    case LineKind::kShare:
      return "clutter: share prompt";
    case LineKind::kNewsletter:
      return "clutter: newsletter";
    case LineKind::kPromo:
      return "clutter: promo";
    case LineKind::kDisclaimer:
      return "clutter: disclaimer";
    case LineKind::kReadMore:
      return "clutter: read more";
    case LineKind::kSyndication:
      return "clutter: syndication note";
    case LineKind::kRelatedLine:
    case LineKind::kRelatedHeading:
      return "clutter: related stories";
    case LineKind::kTagsLine:
    case LineKind::kTagsHeading:
      return "clutter: tags";
    case LineKind::kNone:
      break;
  }
  return "";
}

LineKind Classify(std::string_view folded, int words) {
  if (folded.empty()) return LineKind::kNone;
  if (words <= 8) {
    const std::string key = HeadingKey(folded);
    if (InList(kAdLines, key)) return LineKind::kAd;
    if (InList(kRelatedHeadings, key)) return LineKind::kRelatedHeading;
    if (key.starts_with("more from ") && words <= 6) return LineKind::kRelatedHeading;
    if (InList(kTagHeadings, key)) return LineKind::kTagsHeading;
  }
  // Quoted speech is body text even when it says "share this story".
  const bool quoted = HasQuote(folded);
  if (words <= 25 && StartsWithAny(folded, kReadMoreOpeners)) return LineKind::kReadMore;
  if (words <= 30 && StartsWithAny(folded, kSyndicationOpeners)) return LineKind::kSyndication;
  if (words <= 40 && StartsWithAny(folded, kRelatedPrefixes)) return LineKind::kRelatedLine;
  if (words <= 60 && StartsWithAny(folded, kTagPrefixes)) return LineKind::kTagsLine;
  if (words > 70) return LineKind::kNone;
  const uint32_t hits = Index().Hits(folded);
  // Before promos: a disclaimer may end with "Contact us for guidelines".
  if ((hits & kHedgeBit) && (hits & kOpinionBit)) return LineKind::kDisclaimer;
  if (!quoted && words <= 30 && (hits & kShareBit)) return LineKind::kShare;
  if (!quoted && words <= 40) {
    if (hits & kNewsletterPhraseBit) return LineKind::kNewsletter;
    if ((hits & kNewsletterNounBit) && StartsWithAny(folded, kNewsletterOpeners)) {
      return LineKind::kNewsletter;
    }
  }
  if (!quoted && words <= 30) {
    if (hits & kPromoBit) return LineKind::kPromo;
    if (StartsWithAny(folded, kPromoOpeners)) {
      // "Download the X app", "Stay with X for updates": the opener needs its object.
      if (folded.starts_with("download") && !Contains(folded, " app")) return LineKind::kNone;
      if (folded.starts_with("stay with") && !Contains(folded, " for ")) return LineKind::kNone;
      return LineKind::kPromo;
    }
  }
  return LineKind::kNone;
}

bool HeadlineLike(std::string_view folded, int words) {
  if (folded.empty() || words > 20) return false;
  const char last = folded.back();
  if (last == '.' && !folded.ends_with("...")) return false;
  if (last == ':' || last == ';' || last == ',') return false;
  return !HasQuote(folded) || words <= 12;
}

bool TagRunLike(std::string_view folded, int words) {
  if (folded.empty() || words > 40) return false;
  const char last = folded.back();
  if (last == '.' || last == '!' || last == '?' || last == ':') return false;
  return !Contains(folded, ". ") && !Contains(folded, "? ") && !Contains(folded, "! ") &&
         !HasQuote(folded);
}

bool HasClickbaitOpener(std::string_view folded) {
  return StartsWithAny(folded, kClickbaitOpeners);
}

bool IsClickbaitWord(std::string_view folded_word) { return InList(kClickbaitWords, folded_word); }

int CountWords(std::string_view line) {
  int n = 0;
  bool in_word = false;
  for (char c : line) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace corroborate::extract::clutter_rules
