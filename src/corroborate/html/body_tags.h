// The element kinds the body extractor tells apart, from lower-case tag names. Internal to the
// body extractor (body.h).
#ifndef CORROBORATE_HTML_BODY_TAGS_H_
#define CORROBORATE_HTML_BODY_TAGS_H_

#include <cstdint>
#include <string_view>

namespace corroborate::html::body_internal {

// The element kinds the extractor tells apart. kOther is any other block-level element (and
// unknown or custom elements, which are assumed to be blocks); kInline any phrasing element.
enum class Tag : uint8_t {
  kOther,
  kInline,
  kA,
  kBr,
  kImg,
  kP,
  kDiv,
  kSection,
  kArticle,
  kMain,
  kH1,
  kHeading,
  kLi,
  kList,
  kDl,
  kDt,
  kDd,
  kBlockquote,
  kPre,
  kTable,
  kTablePart,  // thead, tbody, tfoot
  kTr,
  kCell,
  kFigure,
  kFigcaption,
  kNav,
  kAside,
  kFooter,
  kHeader,
  kForm,
  kAddress,
  kHr,
  kSkip,
};

// Phrasing elements: their text joins the surrounding block's line.
bool IsInline(Tag t);

// The kind of the element named `name` (lower case, as the DOM gives it).
Tag Classify(std::string_view name);

}  // namespace corroborate::html::body_internal

#endif  // CORROBORATE_HTML_BODY_TAGS_H_
