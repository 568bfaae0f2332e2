#include "corroborate/html/date_text.h"

#include <unicode/uchar.h>

#include "corroborate/common/utf8.h"

namespace corroborate::html {
namespace {

enum class Kind { kNumber, kWord, kCjk, kPunct };

struct Token {
  Kind kind;
  std::string_view text;
  size_t begin = 0, end = 0;
  bool space_before = false;
  int value = -1;  // numbers of up to 4 digits
  int digits = 0;  // numbers: how many digits
};

bool IsCjk(char32_t c) {
  return (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF);
}

// Any script's decimal digit: Arabic-Indic, Persian, Devanagari and Bengali dates are common.
int DigitValue(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
  return u_isdigit(static_cast<UChar32>(c)) ? u_charDigitValue(static_cast<UChar32>(c)) : -1;
}

bool IsMark(char32_t c) {
  return c >= 0x300 && (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  bool space = true;
  while (i < s.size()) {
    const size_t start = i;
    size_t next = i;
    const char32_t c = utf8::Decode(s, &next);
    if (utf8::IsSpace(c) || c == 0xA0) {
      space = true;
      i = next;
      continue;
    }
    Token t;
    t.begin = start;
    t.space_before = space;
    space = false;
    if (DigitValue(c) >= 0) {
      t.kind = Kind::kNumber;
      t.value = 0;
      while (i < s.size()) {
        size_t n = i;
        const int v = DigitValue(utf8::Decode(s, &n));
        if (v < 0) break;
        if (++t.digits <= 4) t.value = t.value * 10 + v;
        i = n;
      }
      if (t.digits > 4) t.value = -1;
    } else if (IsCjk(c)) {
      t.kind = Kind::kCjk;
      i = next;
    } else if (utf8::IsAlnum(c)) {
      t.kind = Kind::kWord;
      i = next;
      while (i < s.size()) {
        size_t n = i;
        const char32_t d = utf8::Decode(s, &n);
        if (DigitValue(d) >= 0 || IsCjk(d) || !(utf8::IsAlnum(d) || IsMark(d))) break;
        i = n;
      }
    } else {
      t.kind = Kind::kPunct;
      i = next;
    }
    t.end = i;
    t.text = s.substr(start, i - start);
    out.push_back(t);
  }
  return out;
}

class Matcher {
 public:
  Matcher(const std::vector<Token>& t, DayOrder order)
      : t_(t), order_(order), months_(t.size(), -1) {}

  // Tries every pattern at token i; on success sets *date and *last (the last token used).
  bool At(size_t i, Date* date, size_t* last) const {
    if (!Starts(i)) return false;
    return YearFirst(i, date, last) || DayNumberFirst(i, date, last) ||
           MonthWordFirst(i, date, last);
  }

 private:
  bool Num(size_t i, int min_digits, int max_digits) const {
    if (i >= t_.size() || t_[i].kind != Kind::kNumber || t_[i].value < 0) return false;
    return t_[i].digits >= min_digits && t_[i].digits <= max_digits;
  }
  bool Punct(size_t i, std::string_view chars) const {
    return i < t_.size() && t_[i].kind == Kind::kPunct && t_[i].text.size() == 1 &&
           chars.find(t_[i].text[0]) != std::string_view::npos;
  }
  bool Text(size_t i, std::string_view w) const {
    return i < t_.size() && (t_[i].kind == Kind::kWord || t_[i].kind == Kind::kCjk) &&
           utf8::AsciiLower(t_[i].text) == w;
  }
  int Month(size_t i) const {
    if (i >= t_.size() || t_[i].kind != Kind::kWord) return 0;
    if (months_[i] < 0) months_[i] = static_cast<signed char>(MonthFromAnyName(t_[i].text));
    return months_[i];
  }
  // A date does not start inside a longer code ("A320", "1.2.2020.06.07").
  bool Starts(size_t i) const {
    if (i == 0 || t_[i].space_before) return true;
    const Token& p = t_[i - 1];
    if (p.kind == Kind::kWord || p.kind == Kind::kNumber) return false;
    if (p.kind == Kind::kPunct &&
        (p.text == "." || p.text == "-" || p.text == "/" || p.text == ":" || p.text == ",")) {
      return i < 2 || p.space_before || t_[i - 2].kind != Kind::kNumber;
    }
    return true;
  }
  // The year is not glued to more digits ("2020.06.07.15" is a version or a time code).
  bool EndsAt(size_t i) const {
    if (i + 1 >= t_.size() || t_[i + 1].space_before) return true;
    if (t_[i + 1].kind == Kind::kNumber || t_[i + 1].kind == Kind::kWord) return false;
    if (i + 2 < t_.size() && t_[i + 1].kind == Kind::kPunct && !t_[i + 2].space_before &&
        t_[i + 2].kind == Kind::kNumber && t_[i + 1].text != ":" && t_[i + 1].text != ",") {
      return false;
    }
    return true;
  }
  bool Set(int y, int m, int d, size_t last, Date* date, size_t* out_last) const {
    const Date c{y, m, d};
    if (!IsValidDate(c)) return false;
    *date = c;
    *out_last = last;
    return true;
  }

  // 2020-06-07, 2020/6/7, 2020.06.07, 2020年6月7日, 2020. június 7.
  bool YearFirst(size_t i, Date* date, size_t* last) const {
    if (!Num(i, 4, 4)) return false;
    const int y = t_[i].value;
    if (Punct(i + 1, "-/.") && Num(i + 2, 1, 2) && Punct(i + 3, t_[i + 1].text) &&
        Num(i + 4, 1, 2) && EndsAt(i + 4)) {
      return Set(y, t_[i + 2].value, t_[i + 4].value, i + 4, date, last);
    }
    if ((Text(i + 1, "年") || Text(i + 1, "년")) && Num(i + 2, 1, 2) &&
        (Text(i + 3, "月") || Text(i + 3, "월")) && Num(i + 4, 1, 2)) {
      return Set(y, t_[i + 2].value, t_[i + 4].value, i + 4, date, last);
    }
    if (Punct(i + 1, ".") && Month(i + 2) > 0 && Num(i + 3, 1, 2)) {
      return Set(y, Month(i + 2), t_[i + 3].value, i + 3, date, last);
    }
    return false;
  }

  // 07.06.2020, 06/07/2020, 7 June 2020, 7. Juni 2020, 7 de junio de 2020, 7th of June, 2020.
  bool DayNumberFirst(size_t i, Date* date, size_t* last) const {
    if (!Num(i, 1, 2)) return false;
    const int a = t_[i].value;
    if (Punct(i + 1, "./-") && Num(i + 2, 1, 2) && Punct(i + 3, t_[i + 1].text) &&
        Num(i + 4, 4, 4) && EndsAt(i + 4)) {
      const int b = t_[i + 2].value, y = t_[i + 4].value;
      bool day_first = t_[i + 1].text == "." || order_ == DayOrder::kDayFirst;
      if (a > 12) day_first = true;
      if (b > 12) day_first = false;
      return day_first ? Set(y, b, a, i + 4, date, last) : Set(y, a, b, i + 4, date, last);
    }
    size_t k = i + 1;
    if (Punct(k, ".") || Text(k, "st") || Text(k, "nd") || Text(k, "rd") || Text(k, "th") ||
        Text(k, "er") || Text(k, "º")) {
      ++k;
    }
    if (Text(k, "de") || Text(k, "of")) ++k;
    const int m = Month(k);
    if (m == 0) return false;
    ++k;
    if (Punct(k, "/") && Month(k + 1) == m) k += 2;  // "نيسان / أبريل": two names, one month
    if (Punct(k, ".")) ++k;
    if (Text(k, "de") || Text(k, "del")) ++k;
    if (Punct(k, ",")) ++k;
    if (!Num(k, 4, 4)) return false;
    return Set(t_[k].value, m, a, k, date, last);
  }

  // June 7, 2020; Jun. 7th 2020; junio 7 de 2020.
  bool MonthWordFirst(size_t i, Date* date, size_t* last) const {
    const int m = Month(i);
    if (m == 0) return false;
    size_t k = i + 1;
    if (Punct(k, ".")) ++k;
    if (!Num(k, 1, 2)) return false;
    const int d = t_[k].value;
    ++k;
    if (Text(k, "st") || Text(k, "nd") || Text(k, "rd") || Text(k, "th")) ++k;
    if (Punct(k, ",")) ++k;
    if (Text(k, "de")) ++k;
    if (!Num(k, 4, 4)) return false;
    return Set(t_[k].value, m, d, k, date, last);
  }

  const std::vector<Token>& t_;
  DayOrder order_;
  mutable std::vector<signed char> months_;  // per token: -1 unknown yet, else 0..12
};

// Every supported form has a four-digit year. Pure ASCII text without four digits in a row
// (most of a page) is skipped before the costlier tokenizing.
bool MayHoldDate(std::string_view text) {
  int run = 0;
  bool ascii = true;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (++run >= 4) return true;
    } else {
      run = 0;
      if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    }
  }
  return !ascii;
}

}  // namespace

std::vector<TextDate> FindDatesInText(std::string_view text, DayOrder order) {
  std::vector<TextDate> out;
  if (!MayHoldDate(text)) return out;
  const std::vector<Token> tokens = Tokenize(text);
  const Matcher matcher(tokens, order);
  for (size_t i = 0; i < tokens.size(); ++i) {
    Date d;
    size_t last = i;
    if (!matcher.At(i, &d, &last)) continue;
    out.push_back({d, tokens[i].begin, tokens[last].end});
    i = last;
  }
  return out;
}

}  // namespace corroborate::html
