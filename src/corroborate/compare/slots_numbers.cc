// Number slots: "12 injured", "five people", "$2.4 million", "75%", "more than 40 officers".
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "corroborate/common/date.h"
#include "corroborate/compare/claims.h"
#include "corroborate/compare/slots_lexicon.h"
#include "corroborate/text/analyzer.h"

namespace corroborate::compare {
namespace {

using text::Token;
using text::TokenFlag;

// Parses "1,200", "3.5", "2017" (digits, commas, one dot). Sets the rounding unit implied by the
// written precision: "40" -> 10, "1.4" -> 0.1, "42" -> 1.
bool ParseDigits(std::string_view s, double* value, double* rounding) {
  std::string digits;
  int decimals = -1;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
      if (decimals >= 0) ++decimals;
    } else if (c == ',') {
      if (decimals >= 0) return false;
    } else if (c == '.') {
      if (decimals >= 0) return false;
      decimals = 0;
    } else {
      return false;
    }
  }
  if (digits.empty() || digits.size() > 15) return false;
  *value = std::strtod(digits.c_str(), nullptr);
  if (decimals > 0) {
    *value /= std::pow(10.0, decimals);
    *rounding = std::pow(10.0, -decimals);
  } else {
    int zeros = 0;
    for (size_t i = digits.size(); i > 1 && digits[i - 1] == '0'; --i) ++zeros;
    *rounding = std::pow(10.0, zeros);
  }
  return true;
}

bool IsPluralLike(std::string_view w) {
  static constexpr std::string_view kIrregular[] = {
      "people", "children", "men",   "women",    "police", "personnel", "staff",  "injured",
      "dead",   "wounded",  "cattle", "feet",    "deer",   "sheep",     "troops", "youth",
      "crew",   "killed",   "hurt",  "missing",  "homeless"};
  for (std::string_view k : kIrregular) {
    if (w == k) return true;
  }
  return w.size() >= 3 && w.back() == 's' && w[w.size() - 2] != 's' && w != "was" &&
         w != "has" && w != "this" && w != "its" && w != "his";
}

bool IsTimeWord(std::string_view w) {
  return w == "a.m" || w == "p.m" || w == "a.m." || w == "p.m." || w == "am" || w == "pm" ||
         w == "o'clock" || w == "gmt" || w == "utc" || w == "et" || w == "pt";
}

Approx ApproxBefore(std::span<const Token> t, size_t i, size_t* start) {
  *start = i;
  if (i == 0) return Approx::kExact;
  const std::string& p = t[i - 1].norm;
  const std::string* pp = i >= 2 ? &t[i - 2].norm : nullptr;
  if (pp) {
    if ((*pp == "more" || *pp == "fewer" || *pp == "less") && p == "than") {
      *start = i - 2;
      return *pp == "more" ? Approx::kAtLeast : Approx::kAtMost;
    }
    if ((*pp == "at" && p == "least") || (*pp == "upwards" && p == "of")) {
      *start = i - 2;
      return Approx::kAtLeast;
    }
    if ((*pp == "up" && p == "to") || (*pp == "at" && p == "most")) {
      *start = i - 2;
      return Approx::kAtMost;
    }
    if (*pp == "close" && p == "to") {
      *start = i - 2;
      return Approx::kAbout;
    }
  }
  if (p == "over" || p == "exceeding") {
    *start = i - 1;
    return Approx::kAtLeast;
  }
  if (p == "nearly" || p == "almost" || p == "under") {
    *start = i - 1;
    return Approx::kAtMost;
  }
  if (p == "about" || p == "roughly" || p == "approximately" || p == "around" || p == "some" ||
      p == "estimated" || p == "approx" || p == "circa") {
    *start = i - 1;
    return Approx::kAbout;
  }
  return Approx::kExact;
}

std::string FormatValue(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}


// True when the byte before `pos` (spaces skipped) is '(': "€110 billion ($158 billion)" is a
// conversion of the amount before it, not a second figure.
bool AfterParenthesis(std::string_view text, uint32_t pos) {
  while (pos > 0 && pos <= text.size() && text[pos - 1] == ' ') --pos;
  return pos > 0 && pos <= text.size() && text[pos - 1] == '(';
}

bool CommaBetween(std::string_view text, uint32_t from, uint32_t to) {
  if (to > text.size() || from >= to) return false;
  return text.substr(from, to - from).find(',') != std::string_view::npos;
}

}  // namespace

void ExtractNumbers(std::string_view text, std::span<const Token> t,
                    std::vector<NumberSlot>* out) {
  const size_t first_out = out->size();
  for (size_t i = 0; i < t.size(); ++i) {
    double value = 0, rounding = 1;
    bool digits = false;
    if (t[i].Has(text::kNumber)) {
      if (!ParseDigits(t[i].norm, &value, &rounding)) continue;  // "34-year-old", "9/11"
      digits = true;
    } else {
      const int w = NumberWord(t[i].norm);
      if (w <= 1 || t[i].norm == "dozen" || t[i].norm == "hundred") continue;
      value = w;
      rounding = (w >= 20 && w % 10 == 0) ? 10 : 1;
    }
    // Dates and times are not quantities: "Oct. 18", "18 October", "9 p.m.".
    if (i > 0 && MonthFromName(t[i - 1].norm) > 0 && t[i - 1].Has(text::kCapitalized)) continue;
    if (i + 1 < t.size() && MonthFromName(t[i + 1].norm) > 0 &&
        t[i + 1].Has(text::kCapitalized)) {
      continue;
    }
    if (i + 1 < t.size() && IsTimeWord(t[i + 1].norm)) continue;
    if (i > 0 && (t[i - 1].norm == "route" || t[i - 1].norm == "no" ||
                  t[i - 1].norm == "highway" || t[i - 1].norm == "interstate")) {
      continue;
    }
    size_t start = 0;
    Approx approx = ApproxBefore(t, i, &start);
    std::string unit;
    if (i > 0 && t[i - 1].Has(text::kSymbol) && t[i - 1].norm != "%") {
      unit = t[i - 1].norm;
      approx = ApproxBefore(t, i - 1, &start);
    } else {
      start = std::min(start, i);
    }
    size_t j = i + 1;
    std::string scale_word;
    if (j < t.size()) {
      if (const double s = ScaleWord(t[j].norm); s > 0 && (digits || s >= 1e6)) {
        value *= s;
        rounding *= s;
        scale_word = t[j].norm;
        ++j;
      } else if (t[j].norm == "dozen") {
        value *= 12;
        rounding = 12;
        ++j;
      }
    }
    size_t last = j - 1;
    std::string head;
    if (unit.empty() && j < t.size() && (t[j].norm == "%" || t[j].norm == "percent")) {
      unit = "%";
      last = j;
    } else if (unit.empty() && j + 1 < t.size() && t[j].norm == "per" &&
               t[j + 1].norm == "cent") {
      unit = "%";
      last = j + 1;
    } else if (unit.empty() && j < t.size() && (t[j].norm == "dollars" || t[j].norm == "euros")) {
      unit = t[j].norm == "dollars" ? "$" : "€";
      last = j;
    } else if (unit.empty()) {
      // A count: the head noun, possibly after one modifier ("42 armed officers").
      for (size_t k = j; k < t.size() && k < j + 2; ++k) {
        const Token& h = t[k];
        if (h.Has(text::kNumber) || h.Has(text::kSymbol) || text::IsStopword(h.norm)) break;
        if (IsPluralLike(h.norm)) {
          unit = h.stem;
          head = h.norm;
          last = k;
          break;
        }
      }
      if (unit.empty()) continue;
      // Years are not counts ("in 2022 homes ..." is rare; "2,000 homes" keeps its comma).
      if (digits && t[i].norm.size() == 4 && value >= 1800 && value <= 2100) continue;
    }
    // "12 Somali and 11 Yemeni pirates": a part of a total.
    bool coordinated = false;
    if (start >= 2 && (t[start - 1].norm == "and" || t[start - 1].norm == "or")) {
      for (size_t b = start - 1; b > 0 && b + 3 > start; --b) {
        if (t[b - 1].Has(text::kNumber) || NumberWord(t[b - 1].norm) > 1) coordinated = true;
      }
    }
    if (coordinated || AfterParenthesis(text, t[start].span.start)) {
      i = last;
      continue;
    }
    NumberSlot n;
    n.span = {t[start].span.start, t[last].span.end};
    n.value = value;
    n.approx = approx;
    n.rounding = rounding;
    n.unit = unit;
    n.token = static_cast<uint32_t>(i);
    std::string num = FormatValue(scale_word.empty() ? value : value / ScaleWord(scale_word));
    if (unit == "%") {
      n.display = num + "%";
    } else if (!head.empty()) {
      n.display = num + " " + head;
    } else {
      n.display = unit + num + (scale_word.empty() ? "" : " " + scale_word);
    }
    static constexpr const char* kApproxWords[] = {"", "at least ", "at most ", "about "};
    n.display = kApproxWords[static_cast<int>(approx)] + n.display;
    out->push_back(std::move(n));
    i = last;
  }
  // A sentence listing three or more figures of one unit is a table in prose; it states no
  // figure to compare alone.
  std::vector<bool> drop(out->size() - first_out, false);
  for (size_t a = first_out; a < out->size(); ++a) {
    int same = 0;
    for (size_t b = first_out; b < out->size(); ++b) {
      if ((*out)[b].unit != (*out)[a].unit) continue;
      ++same;
      if (b == a || (*out)[b].token < (*out)[a].token) continue;
      for (uint32_t k = (*out)[a].token + 1; k < (*out)[b].token && k < t.size(); ++k) {
        if ((t[k].norm == "and" || t[k].norm == "or") && (*out)[b].token - (*out)[a].token <= 5) {
          drop[a - first_out] = drop[b - first_out] = true;
        }
      }
    }
    if (same >= 3) drop[a - first_out] = true;
    // "12 guns, three rifles, two grenades": an inventory, whose items are easily misaligned.
    for (size_t b = first_out; b < out->size(); ++b) {
      if (b == a || (*out)[b].unit == (*out)[a].unit) continue;
      const NumberSlot& x = (*out)[std::min(a, b)];
      const NumberSlot& y = (*out)[std::max(a, b)];
      if (y.token - x.token <= 4 && CommaBetween(text, x.span.end, y.span.start)) {
        drop[a - first_out] = true;
      }
    }
  }
  size_t w = first_out;
  for (size_t a = first_out; a < out->size(); ++a) {
    if (drop[a - first_out]) continue;
    if (w != a) (*out)[w] = std::move((*out)[a]);
    ++w;
  }
  out->resize(w);
}

}  // namespace corroborate::compare
