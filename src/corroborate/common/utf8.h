// UTF-8 helpers that work on byte offsets, so that every finding can point back to input bytes.
#ifndef CORROBORATE_COMMON_UTF8_H_
#define CORROBORATE_COMMON_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace corroborate::utf8 {

// Returns the byte offset of the first invalid sequence in `s`, or s.size() when `s` is valid
// UTF-8 (overlong forms, surrogates and code points past U+10FFFF are invalid).
size_t FirstInvalid(std::string_view s);
inline bool IsValid(std::string_view s) { return FirstInvalid(s) == s.size(); }

// Returns `s` with each invalid byte replaced by U+FFFD.
std::string Sanitize(std::string_view s);

// Decodes the code point starting at s[*pos] and advances *pos past it. An invalid byte decodes
// as U+FFFD and advances by one. REQUIRES: *pos < s.size().
char32_t Decode(std::string_view s, size_t* pos);

// Decodes the code point that ends at s[pos] (exclusive) and returns its start offset in *start.
// REQUIRES: pos > 0.
char32_t DecodeBefore(std::string_view s, size_t pos, size_t* start);

// Appends the UTF-8 encoding of `c` to `out`.
void Append(char32_t c, std::string* out);

// Returns the largest offset <= `pos` that does not split a UTF-8 sequence.
size_t FloorBoundary(std::string_view s, size_t pos);

// Returns `s` cut to at most `max_bytes` at a code point boundary, with "…" appended if cut.
std::string Truncate(std::string_view s, size_t max_bytes);

// Lowercases ASCII and folds the case of other letters (ICU simple case folding), and maps
// typographic quotes/apostrophes/dashes to ASCII. Used for matching, never for output.
std::string FoldForMatch(std::string_view s);

// Returns `s` with ASCII letters lowercased; other bytes unchanged (for markup, hosts, keys).
std::string AsciiLower(std::string_view s);

// True when the code point is a letter or digit (ICU properties).
bool IsAlnum(char32_t c);
bool IsUpper(char32_t c);
bool IsSpace(char32_t c);

}  // namespace corroborate::utf8

#endif  // CORROBORATE_COMMON_UTF8_H_
