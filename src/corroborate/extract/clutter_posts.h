// Embedded social-media posts as they appear in copied article text: the post's words on one or
// more lines, then an attribution line "— Display Name (@handle) June 21, 2025", with short links
// ("pic.twitter.com/…", "https://t.co/…") left inside the words. Shared by clutter (which removes
// the chrome) and editorial/lexicon (which must not blame the outlet for the account's words).
#ifndef CORROBORATE_EXTRACT_CLUTTER_POSTS_H_
#define CORROBORATE_EXTRACT_CLUTTER_POSTS_H_

#include <string_view>
#include <vector>

#include "corroborate/core/article.h"
#include "corroborate/core/span.h"
#include "corroborate/extract/analysis.h"

namespace corroborate::extract {

// The reasons FindClutter gives to post chrome.
inline constexpr std::string_view kPostAttributionReason = "clutter: post attribution";
inline constexpr std::string_view kPostLinkReason = "clutter: post link";

// Parses `line` (trimmed, one line) as a post attribution line. On success fills `post`'s
// account, handle and date (not its spans) and returns true. A line qualifies when it starts with
// a dash (—, –, ―, -) and names an account followed by "(@handle)", a date, or both.
bool ParseAttribution(std::string_view line, EmbeddedPost* post);

// Appends to `out` the spans of short post links ("pic.twitter.com/x", "https://t.co/x") found in
// `span` of `text`.
void FindPostLinks(std::string_view text, Span span, std::vector<Span>* out);

// True when most paragraphs of `text` are separated by blank lines; then a post body may span
// several lines (back to the previous blank line), otherwise it is the one line above.
bool UsesBlankLines(std::string_view text);

// The body of the post whose attribution line is `attribution` (a trimmed line of `text`): the
// nearest non-empty line(s) above it, without trailing short links. Empty when there is none or
// when `removed` (sorted) already covers it. `blank_lines` is UsesBlankLines(text).
Span PostBodyBefore(std::string_view text, const std::vector<Removed>& removed, Span attribution,
                    bool blank_lines);

// The post bodies of an article whose clutter was already found: one per removed span with
// reason kPostAttributionReason. Sorted by start. REQUIRES: article.NormalizeRemoved() was called.
std::vector<Span> PostBodies(const Article& article);

}  // namespace corroborate::extract

#endif  // CORROBORATE_EXTRACT_CLUTTER_POSTS_H_
