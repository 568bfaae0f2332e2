#include "corroborate/html/metadata_author_words.h"

#include <algorithm>
#include <iterator>

namespace corroborate::html {
namespace {

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

size_t BylinePrefixLength(std::string_view folded) {
  // Longest first: "written by" before "by".
  static constexpr std::string_view kPrefixes[] = {
      "written by",  "posted by", "reported by", "story by", "words by", "text by", "compiled by",
      "edited by",   "by",        "von",         "par",      "por",      "di",      "door",
      "av",          "af",        "autor",       "autora",   "autores",  "author",  "authors",
      "text",        "texto",     "yazar",       "автор",    "авторы",   "tekst",   "szerző",
      "kirjoittaja", "oleh",      "reporter",    "do",       "from"};
  for (std::string_view p : kPrefixes) {
    if (folded.size() > p.size() && folded.compare(0, p.size(), p) == 0 &&
        (folded[p.size()] == ' ' || folded[p.size()] == ':')) {
      return p.size();
    }
  }
  return 0;
}

bool IsPhotoLabel(std::string_view folded) {
  static constexpr std::string_view kLabels[] = {
      "photo",      "photos", "foto",  "fotos",  "fotó",         "фото",  "снимка", "φωτο",
      "φωτογραφία", "bild",   "image", "images", "illustration", "video", "vídeo",  "crédito"};
  return In(kLabels, folded);
}

bool IsNotPersonWord(std::string_view folded) {
  static constexpr std::string_view kWords[] = {
      // Roles and desks.
      "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
      "editor", "editors", "editorial", "desk", "newsdesk", "webdesk", "newsroom", "team", "admin",
      "administrator", "contributor", "contributors", "guest", "anonymous", "bureau", "redaktion",
      "redakcja", "redacción", "redaccion", "rédaction", "redaction", "redazione", "redação",
      "redacao", "redactie", "редакция", "редакція", "ομάδα", "ομαδα", "συντακτική", "συντακτικη",
      "ब्यूरो", "डेस्क",
      // Organizations and outlets.
      "news", "agency", "agencia", "agência", "agence", "agenzia", "press", "presse", "prensa",
      "wire", "wires", "service", "services", "media", "online", "international", "group", "times",
      "post", "today", "daily", "journal", "herald", "tribune", "gazette", "radio", "tv",
      "television", "channel", "network", "inc", "ltd", "llc", "gmbh", "corp", "images", "polizei",
      "police", "policía", "polícia", "polizia", "خبرگزاری", "اخبار", "نيوز", "وكالة", "reuters",
      "afp"};
  return In(kWords, folded);
}

bool IsArticleWord(std::string_view folded) {
  static constexpr std::string_view kArticles[] = {"the", "el", "la", "le",  "les", "los",
                                                   "las", "il", "lo", "die", "der", "das"};
  return In(kArticles, folded);
}

bool IsNameParticle(std::string_view folded) {
  static constexpr std::string_view kParticles[] = {"de",  "del", "della", "di",  "da",  "dos",
                                                    "das", "do",  "van",   "von", "der", "den",
                                                    "ter", "la",  "le",    "bin", "al",  "y"};
  return In(kParticles, folded);
}

bool IsSiteCredit(std::string_view folded) {
  static constexpr std::string_view kCredits[] = {
      "developed by", "designed by", "powered by", "design by", "copyright", "©", "all rights"};
  return std::any_of(std::begin(kCredits), std::end(kCredits),
                     [&](std::string_view c) { return folded.find(c) != std::string_view::npos; });
}

bool HasOrganizationMarker(std::string_view name) {
  static constexpr std::string_view kMarkers[] = {"株式会社", "有限公司", "公司", "新聞",
                                                  "新闻",     "日報",     "日报", "新浪",
                                                  "뉴스",     "신문",     "통신", "ニュース"};
  return std::any_of(std::begin(kMarkers), std::end(kMarkers),
                     [&](std::string_view m) { return name.find(m) != std::string_view::npos; });
}

std::string_view StripCjkRole(std::string_view name) {
  static constexpr std::string_view kRoles[] = {"기자",   "記者",   "记者",
                                                "特派員", "特派员", "通讯员"};
  for (std::string_view r : kRoles) {
    if (EndsWith(name, r)) name.remove_suffix(r.size());
    if (name.substr(0, r.size()) == r) name.remove_prefix(r.size());
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  }
  return name;
}

}  // namespace corroborate::html
