// Word lists for cleaning bylines, in many languages: what introduces a byline ("By", "Von",
// "Por"), what marks a credit as a photo credit, and words that make a name an organization or
// a role rather than a person ("Staff", "Correspondent", "News", "Agency"). Data, kept apart
// from the cleaning logic (metadata_authors.cc). Internal to the html stage.
#ifndef CORROBORATE_HTML_METADATA_AUTHOR_WORDS_H_
#define CORROBORATE_HTML_METADATA_AUTHOR_WORDS_H_

#include <string_view>

namespace corroborate::html {

// The length of a byline prefix ("by", "written by", "von", "autor") that `folded` (lower
// case) starts with, followed by a space or a colon; 0 when there is none.
size_t BylinePrefixLength(std::string_view folded);

// True for labels that introduce a photo or video credit ("Foto", "Photo", "Снимка").
bool IsPhotoLabel(std::string_view folded);

// True for a folded word that names a role, a desk or an organization: "staff", "editor",
// "news", "agency", "press", "bureau", "redaktion" ...
bool IsNotPersonWord(std::string_view folded);

// True for a folded word that, opening a name, makes it a title: "the", "el", "la", "le", "die".
bool IsArticleWord(std::string_view folded);

// True for lower-case particles that belong inside names ("de", "van", "von", "da", "bin").
bool IsNameParticle(std::string_view folded);

// True when the folded text credits the site's makers rather than an article ("developed by",
// "designed by", "powered by", "copyright").
bool IsSiteCredit(std::string_view folded);

// True when a name written without spaces (Chinese, Japanese, Korean) contains a marker of a
// company or a news outlet (株式会社, 有限公司, 新聞, 뉴스 ...).
bool HasOrganizationMarker(std::string_view name);

// `name` without a trailing or leading role word of scripts that attach it to the name, such
// as Korean "기자" and Chinese "記者" (reporter).
std::string_view StripCjkRole(std::string_view name);

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_METADATA_AUTHOR_WORDS_H_
