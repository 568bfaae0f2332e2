#include "corroborate/html/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <climits>
#include <memory>

#include "corroborate/common/utf8.h"

namespace corroborate::html {
namespace {

constexpr size_t kMetaScanBytes = 4096;
constexpr size_t kDetectBytes = 64u << 10;
constexpr int32_t kMinConfidence = 50;  // ICU's 0-100 scale; below, detection is a guess

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()) || s.front() == '"' || s.front() == '\'')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '"' || s.back() == '\'')) {
    s.remove_suffix(1);
  }
  return s;
}

bool StartsWithIgnoreCase(std::string_view s, size_t at, std::string_view prefix) {
  if (s.size() - std::min(at, s.size()) < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[at + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

struct Label {
  const char* label;
  const char* name;
};

// WHATWG Encoding Standard labels of the charsets that matter on news pages, lowercased.
constexpr Label kLabels[] = {
    {"utf-8", "UTF-8"},
    {"utf8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"unicode11utf8", "UTF-8"},
    {"unicode20utf8", "UTF-8"},
    {"x-unicode20utf8", "UTF-8"},
    {"latin1", "windows-1252"},
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso88591", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"iso_8859-1:1987", "windows-1252"},
    {"l1", "windows-1252"},
    {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},
    {"ansi_x3.4-1968", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"cp819", "windows-1252"},
    {"ibm819", "windows-1252"},
    {"iso-ir-100", "windows-1252"},
    {"csisolatin1", "windows-1252"},
    {"windows-1252", "windows-1252"},
    {"x-cp1252", "windows-1252"},
    {"x-user-defined", "windows-1252"},
    {"iso-8859-9", "windows-1254"},
    {"iso8859-9", "windows-1254"},
    {"latin5", "windows-1254"},
    {"l5", "windows-1254"},
    {"cp1254", "windows-1254"},
    {"windows-1254", "windows-1254"},
    {"iso-8859-11", "windows-874"},
    {"tis-620", "windows-874"},
    {"windows-874", "windows-874"},
    {"dos-874", "windows-874"},
    {"gb2312", "GBK"},
    {"gbk", "GBK"},
    {"x-gbk", "GBK"},
    {"chinese", "GBK"},
    {"csgb2312", "GBK"},
    {"gb_2312", "GBK"},
    {"gb_2312-80", "GBK"},
    {"iso-ir-58", "GBK"},
    {"cp936", "GBK"},
    {"windows-936", "GBK"},
    {"ms936", "GBK"},
    {"gb18030", "GB18030"},
    {"big5", "Big5-HKSCS"},
    {"big5-hkscs", "Big5-HKSCS"},
    {"cn-big5", "Big5-HKSCS"},
    {"csbig5", "Big5-HKSCS"},
    {"x-x-big5", "Big5-HKSCS"},
    {"shift_jis", "Shift_JIS"},
    {"shift-jis", "Shift_JIS"},
    {"sjis", "Shift_JIS"},
    {"x-sjis", "Shift_JIS"},
    {"ms_kanji", "Shift_JIS"},
    {"csshiftjis", "Shift_JIS"},
    {"windows-31j", "Shift_JIS"},
    {"ms932", "Shift_JIS"},
    {"cp932", "Shift_JIS"},
    {"euc-jp", "EUC-JP"},
    {"x-euc-jp", "EUC-JP"},
    {"cseucpkdfmtjapanese", "EUC-JP"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"csiso2022jp", "ISO-2022-JP"},
    {"euc-kr", "windows-949"},
    {"ks_c_5601-1987", "windows-949"},
    {"ks_c_5601-1989", "windows-949"},
    {"windows-949", "windows-949"},
    {"cp949", "windows-949"},
    {"korean", "windows-949"},
    {"csksc56011987", "windows-949"},
    {"csueckr", "windows-949"},
    {"utf-16", "UTF-16LE"},
    {"utf-16le", "UTF-16LE"},
    {"unicode", "UTF-16LE"},
    {"ucs-2", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"},
    {"unicodefffe", "UTF-16BE"},
    {"koi8-r", "KOI8-R"},
    {"koi8", "KOI8-R"},
    {"koi", "KOI8-R"},
    {"cskoi8r", "KOI8-R"},
    {"koi8-u", "KOI8-U"},
    {"koi8-ru", "KOI8-U"},
    {"macintosh", "macintosh"},
    {"mac", "macintosh"},
    {"x-mac-roman", "macintosh"},
    // Decoding these as declared is unsafe or unsupported by browsers.
    {"utf-7", ""},
    {"utf7", ""},
    {"iso-2022-kr", ""},
    {"iso-2022-cn", ""},
    {"iso-2022-cn-ext", ""},
    {"hz-gb-2312", ""},
    {"replacement", ""},
};

bool IsWindows1252(const std::string& name) { return name == "windows-1252"; }

// Counts and replaces undecodable input with U+FFFD (ICU's default substitution is U+001A for
// some converters, which would hide the damage).
struct ReplaceCount {
  size_t count = 0;
};

void CountingToUCallback(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                         UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
  ++static_cast<ReplaceCount*>(const_cast<void*>(context))->count;
  *err = U_ZERO_ERROR;
  static const UChar kReplacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr OpenConverter(const std::string& name) {
  if (name.empty()) return nullptr;  // ucnv_open("") would open the platform default
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) {
    // Older ICU data may lack the HKSCS table; plain Big5 reads most pages the same.
    if (name == "Big5-HKSCS") return OpenConverter("Big5");
    return nullptr;
  }
  return conv;
}

// Converts `bytes` with `conv` straight to UTF-8 through a small pivot buffer (no full UTF-16
// copy of the page), counting replacements.
bool Convert(UConverter* conv, std::string_view bytes, Decoded* out) {
  ReplaceCount counter;
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(conv, CountingToUCallback, &counter, nullptr, nullptr, &status);
  ConverterPtr utf8(ucnv_open("UTF-8", &status));
  if (U_FAILURE(status)) return false;
  std::string& dst = out->utf8;
  dst.resize(bytes.size() + bytes.size() / 2 + 64);
  char* target = dst.data();
  const char* source = bytes.data();
  UChar pivot[1024];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  bool reset = true;
  while (true) {
    status = U_ZERO_ERROR;
    ucnv_convertEx(utf8.get(), conv, &target, dst.data() + dst.size(), &source,
                   bytes.data() + bytes.size(), pivot, &pivot_source, &pivot_target, pivot + 1024,
                   reset, /*flush=*/true, &status);
    reset = false;
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    const size_t used = static_cast<size_t>(target - dst.data());
    dst.resize(dst.size() * 2);
    target = dst.data() + used;
  }
  if (U_FAILURE(status)) return false;
  dst.resize(static_cast<size_t>(target - dst.data()));
  out->replaced = counter.count;
  return true;
}

// Strips a byte-order mark; returns the charset it names, or "".
std::string TakeBom(std::string_view* bytes) {
  if (bytes->substr(0, 3) == "\xEF\xBB\xBF") {
    bytes->remove_prefix(3);
    return "UTF-8";
  }
  if (bytes->substr(0, 2) == "\xFF\xFE") {
    bytes->remove_prefix(2);
    return "UTF-16LE";
  }
  if (bytes->substr(0, 2) == "\xFE\xFF") {
    bytes->remove_prefix(2);
    return "UTF-16BE";
  }
  return {};
}

// ICU's guess, when confident. Its single-byte Latin detectors are weak on short text (a few
// French accents score as ISO-8859-2), so another Latin charset must clearly beat Latin-1 to be
// taken; windows-1252 is the fallback anyway.
std::string Detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* csd = ucsdet_open(&status);
  if (U_FAILURE(status)) return {};
  const std::string_view sample = bytes.substr(0, kDetectBytes);
  ucsdet_setText(csd, sample.data(), static_cast<int32_t>(sample.size()), &status);
  ucsdet_enableInputFilter(csd, true);  // ignore markup
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(csd, &count, &status);
  std::string best;
  int32_t best_confidence = 0, latin1_confidence = 0;
  for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status) || name == nullptr) break;
    const std::string n(name);
    if (n == "ISO-8859-1" || n == "windows-1252") {
      latin1_confidence = std::max(latin1_confidence, confidence);
    }
    // UTF-*: invalid UTF-8 was ruled out before, and UTF-16/32 without a BOM is not served as
    // HTML. EBCDIC (IBM4xx) guesses are artefacts of binary-looking input.
    if (best.empty() && n.rfind("UTF", 0) != 0 && n.rfind("IBM", 0) != 0) {
      best = NormalizeCharsetLabel(n);
      best_confidence = confidence;
    }
  }
  ucsdet_close(csd);
  if (best_confidence < kMinConfidence) return {};
  const bool other_latin = best == "ISO-8859-2" || best == "windows-1250" ||
                           best == "windows-1254" || best == "ISO-8859-15";
  if (other_latin && best_confidence < latin1_confidence + 25) return "windows-1252";
  return best;
}

bool HasMultiByte(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return (c & 0x80) != 0; });
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  for (size_t i = 0; i + 7 <= content_type.size(); ++i) {
    if (!StartsWithIgnoreCase(content_type, i, "charset")) continue;
    size_t j = i + 7;
    while (j < content_type.size() && IsSpace(content_type[j])) ++j;
    if (j >= content_type.size() || content_type[j] != '=') continue;
    ++j;
    while (j < content_type.size() && IsSpace(content_type[j])) ++j;
    size_t end = j;
    if (end < content_type.size() && (content_type[end] == '"' || content_type[end] == '\'')) {
      const char quote = content_type[end];
      end = content_type.find(quote, end + 1);
      if (end == std::string_view::npos) end = content_type.size();
      return std::string(Trim(content_type.substr(j + 1, end - j - 1)));
    }
    while (end < content_type.size() && content_type[end] != ';' && !IsSpace(content_type[end]) &&
           content_type[end] != ',') {
      ++end;
    }
    return std::string(Trim(content_type.substr(j, end - j)));
  }
  return {};
}

std::string CharsetFromMeta(std::string_view head) {
  head = head.substr(0, kMetaScanBytes);
  size_t i = 0;
  while (i < head.size()) {
    const size_t lt = head.find('<', i);
    if (lt == std::string_view::npos) break;
    if (head.substr(lt, 4) == "<!--") {
      const size_t end = head.find("-->", lt + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    i = lt + 1;
    if (!StartsWithIgnoreCase(head, lt + 1, "meta") || lt + 5 >= head.size() ||
        !(IsSpace(head[lt + 5]) || head[lt + 5] == '/')) {
      continue;
    }
    // Attributes up to '>': charset=..., http-equiv=..., content=...
    std::string charset, content;
    bool content_type_equiv = false;
    size_t p = lt + 5;
    while (p < head.size() && head[p] != '>') {
      while (p < head.size() && (IsSpace(head[p]) || head[p] == '/')) ++p;
      const size_t name_start = p;
      while (p < head.size() && !IsSpace(head[p]) && head[p] != '=' && head[p] != '>' &&
             head[p] != '/') {
        ++p;
      }
      const std::string name = utf8::AsciiLower(head.substr(name_start, p - name_start));
      std::string_view value;
      while (p < head.size() && IsSpace(head[p])) ++p;
      if (p < head.size() && head[p] == '=') {
        ++p;
        while (p < head.size() && IsSpace(head[p])) ++p;
        if (p < head.size() && (head[p] == '"' || head[p] == '\'')) {
          const char quote = head[p];
          const size_t end = std::min(head.find(quote, p + 1), head.size());
          value = head.substr(p + 1, end - p - 1);
          p = std::min(end + 1, head.size());
        } else {
          const size_t start = p;
          while (p < head.size() && !IsSpace(head[p]) && head[p] != '>') ++p;
          value = head.substr(start, p - start);
        }
      } else if (name.empty()) {
        ++p;  // a stray character: move on
      }
      if (name == "charset" && charset.empty()) charset = Trim(value);
      if (name == "http-equiv" && utf8::AsciiLower(Trim(value)) == "content-type") {
        content_type_equiv = true;
      }
      if (name == "content" && content.empty()) content = value;
    }
    i = p;
    if (!charset.empty()) return charset;
    if (content_type_equiv) {
      std::string from_content = CharsetFromContentType(content);
      if (!from_content.empty()) return from_content;
    }
  }
  return {};
}

std::string NormalizeCharsetLabel(std::string_view label) {
  const std::string lower = utf8::AsciiLower(Trim(label));
  for (const Label& l : kLabels) {
    if (lower == l.label) return l.name;
  }
  return std::string(Trim(label));
}

Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view content_type) {
  if (bytes.size() > static_cast<size_t>(INT32_MAX / 2 - 16)) {
    return TooLarge("page of " + std::to_string(bytes.size()) + " bytes is too large to decode");
  }
  Decoded out;
  std::string name = TakeBom(&bytes);
  if (!name.empty()) out.source = "bom";
  const auto declared = [&](const std::string& label, const char* source) {
    if (!name.empty() || label.empty()) return;
    std::string normalized = NormalizeCharsetLabel(label);
    // A page cannot declare UTF-16 in its own ASCII-compatible bytes; browsers read UTF-8.
    if (std::string_view(source) == "meta" && normalized.rfind("UTF-16", 0) == 0) {
      normalized = "UTF-8";
    }
    if (normalized.empty() || !OpenConverter(normalized)) {
      if (out.unknown_label.empty()) out.unknown_label = label.substr(0, 64);
      return;
    }
    name = std::move(normalized);
    out.source = source;
  };
  declared(CharsetFromContentType(content_type), "http");
  if (name.empty()) declared(CharsetFromMeta(bytes), "meta");

  const bool valid_utf8 =
      (name.empty() || name == "UTF-8" || IsWindows1252(name)) && utf8::IsValid(bytes);
  if (valid_utf8 && IsWindows1252(name) && HasMultiByte(bytes)) {
    name.clear();  // mislabelled UTF-8, see the header
  }
  if (name.empty() && valid_utf8) {
    name = "UTF-8";
    out.source = "utf8";
  }
  if (name.empty()) {
    name = Detect(bytes);
    out.source = "detected";
    if (name.empty() || !OpenConverter(name)) {
      name = "windows-1252";
      out.source = "default";
    }
  }
  out.charset = name;
  if (name == "UTF-8" && (valid_utf8 || utf8::IsValid(bytes))) {
    out.utf8.assign(bytes);
    return out;
  }
  ConverterPtr conv = OpenConverter(name);
  if (!conv || !Convert(conv.get(), bytes, &out)) {
    // Cannot happen with the converters above; keep the text readable anyway.
    out.utf8 = utf8::Sanitize(bytes);
    out.charset = "UTF-8";
    out.source = "default";
    out.replaced = 0;
    for (size_t pos = 0; pos < bytes.size(); ++out.replaced) {
      pos += utf8::FirstInvalid(bytes.substr(pos)) + 1;
      if (pos > bytes.size()) break;
    }
  }
  return out;
}

}  // namespace corroborate::html
