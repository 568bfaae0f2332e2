// Month names of the languages news is most often published in. Full names and the genitive
// forms dates use ("7 червня", "7 września"); abbreviations only where they are unambiguous
// words. A word that names different months in two languages keeps the more widely used one
// (Polish and Czech "listopad" is November; the Croatian October reading is left out).
#include <string>
#include <unordered_map>

#include "corroborate/common/utf8.h"
#include "corroborate/html/date_text.h"

namespace corroborate::html {
namespace {

struct MonthNames {
  int month;
  const char* names;  // space-separated, lower case
};

// clang-format off
constexpr MonthNames kMonthNames[] = {
  // English, German, French, Spanish, Portuguese, Italian, Dutch, Scandinavian, Indonesian,
  // Malay, Tagalog, Romanian, Hungarian, Czech, Slovak, Polish, Croatian/Serbian/Slovenian,
  // Turkish, Russian, Ukrainian, Bulgarian, Greek.
  {1, "january jan januar jänner janvier janv enero ene janeiro gennaio genn gen januari "
      "tammikuuta tammikuu enero ianuarie január jan leden ledna január januára "
      "styczeń stycznia sty siječanj siječnja januar ocak января январь янв січня січень січ "
      "януари ιανουαρίου ιανουάριος ιαν"},
  {2, "february feb februar feber février févr fevrier febrero febr fevereiro fev febbraio "
      "februari pebrero februarie február únor února február februára luty lutego lut "
      "veljača veljače februar şubat subat февраля февраль фев лютого лютий лют февруари "
      "φεβρουαρίου φεβρουάριος φεβ"},
  {3, "march mar märz maerz mrz mars marzo março marco maart maret mac marso martie "
      "március márc březen března marec marca marzec mar ožujak ožujka mart марта март "
      "березня березень бер μαρτίου μάρτιος"},
  {4, "april apr avril avr abril abr aprile aprilie április ápr duben dubna apríl apríla "
      "kwiecień kwietnia kwi travanj travnja nisan апреля апрель апр квітня квітень квіт "
      "април απριλίου απρίλιος απρ"},
  {5, "may mai mayo maio maggio mei maj mayıs mayis május máj květen května máj mája maja "
      "svibanj svibnja мая май травня травень трав μαΐου μαΐου μάιος μαΐ"},
  {6, "june jun juni juin junio junho giugno juni hunyo iunie június jún červen června jún "
      "júna czerwiec czerwca cze lipanj lipnja haziran июня июнь червня червень черв юни "
      "ιουνίου ιούνιος ιουν"},
  {7, "july jul juli juillet juil julio julho luglio lug hulyo julai iulie július júl "
      "červenec července júl júla lipiec lipca srpanj srpnja temmuz июля июль липня липень "
      "лип юли ιουλίου ιούλιος ιουλ"},
  {8, "august aug août aout agosto ago augustus agustus ogos august augusztus aug srpen "
      "srpna august augusta sierpień sierpnia sie kolovoz kolovoza avgust ağustos agustos "
      "августа август авг серпня серпень серп август αυγούστου αύγουστος αυγ"},
  {9, "september sep sept septembre septiembre setiembre set setembro settembre sett "
      "setyembre septembrie szeptember szept září september septembra wrzesień września "
      "wrz rujan rujna septembar eylül eylul сентября сентябрь сен вересня вересень вер "
      "септември σεπτεμβρίου σεπτέμβριος σεπ"},
  {10, "october oct oktober okt octobre octubre outubro out ottobre ott oktubre oktober "
       "octombrie október okt říjen října október októbra październik października paź "
       "oktobar ekim октября октябрь окт жовтня жовтень жовт октомври "
       "οκτωβρίου οκτώβριος οκτ"},
  {11, "november nov novembre noviembre novembro nopember nobyembre noiembrie november "
       "listopad listopada listopadu november novembra listopadzie lis studeni studenoga novembar "
       "kasım kasim ноября ноябрь ноя листопада листопад лист ноември νοεμβρίου νοέμβριος "
       "νοε"},
  {12, "december dec dezember dez décembre decembre déc diciembre dic dezembro dicembre "
       "desember disember disyembre decembrie december prosinec prosince december "
       "decembra grudzień grudnia gru prosinac prosinca decembar aralık aralik декабря "
       "декабрь дек грудня грудень груд декември δεκεμβρίου δεκέμβριος δεκ"},
  // Arabic (Egyptian and Levantine names), Persian, Hebrew, Hindi, Bengali.
  {1, "يناير جانفي ژانویه ינואר जनवरी জানুয়ারি"},
  {2, "فبراير شباط فيفري فوریه פברואר फ़रवरी फरवरी ফেব্রুয়ারি"},
  {3, "مارس آذار اذار مارچ מרץ मार्च মার্চ"},
  {4, "أبريل ابريل إبريل نيسان أفريل افريل آوریل אפריל अप्रैल এপ্রিল"},
  {5, "مايو أيار ايار ماي מאי मई"},
  {6, "يونيو يونيه حزيران جوان ژوئن יוני जून জুন"},
  {7, "يوليو يوليه تموز جويلية ژوئیه יולי जुलाई জুলাই"},
  {8, "أغسطس اغسطس آب أوت اوت אוגוסט अगस्त আগস্ট"},
  {9, "سبتمبر أيلول ايلول سپتامبر ספטמבר सितंबर सितम्बर সেপ্টেম্বর"},
  {10, "أكتوبر اكتوبر اکتبر אוקטובר अक्टूबर অক্টোবর"},
  {11, "نوفمبر نوامبر נובמבר नवंबर नवम्बर নভেম্বর"},
  {12, "ديسمبر دسامبر דצמבר दिसंबर दिसम्बर ডিসেম্বর"},
};
// clang-format on

const std::unordered_map<std::string, int>& MonthTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, int>();
    for (const MonthNames& m : kMonthNames) {
      std::string_view names = m.names;
      while (!names.empty()) {
        const size_t space = names.find(' ');
        const std::string_view name = names.substr(0, space);
        if (!name.empty()) t->emplace(std::string(name), m.month);
        if (space == std::string_view::npos) break;
        names.remove_prefix(space + 1);
      }
    }
    return t;
  }();
  return *table;
}

}  // namespace

int MonthFromAnyName(std::string_view word) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return 0;
  const std::string folded = utf8::FoldForMatch(word);
  const auto& table = MonthTable();
  if (auto it = table.find(folded); it != table.end()) return it->second;
  // Hebrew writes "in August" as one word: ב + month.
  constexpr std::string_view kBet = "\u05D1";
  if (folded.size() > kBet.size() + 4 && folded.compare(0, kBet.size(), kBet) == 0) {
    if (auto it = table.find(folded.substr(kBet.size())); it != table.end()) return it->second;
  }
  return MonthFromName(word);
}

}  // namespace corroborate::html
