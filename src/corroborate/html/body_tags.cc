#include "corroborate/html/body_tags.h"

namespace corroborate::html::body_internal {

bool IsInline(Tag t) { return t == Tag::kInline || t == Tag::kA || t == Tag::kImg; }

Tag Classify(std::string_view n) {
  switch (n.size()) {
    case 1:
      switch (n[0]) {
        case 'a':
          return Tag::kA;
        case 'p':
          return Tag::kP;
        case 'b':
        case 'i':
        case 'u':
        case 's':
        case 'q':
          return Tag::kInline;
        default:
          return Tag::kOther;
      }
    case 2:
      if (n[0] == 'h' && n[1] >= '1' && n[1] <= '6') return n[1] == '1' ? Tag::kH1 : Tag::kHeading;
      if (n == "li") return Tag::kLi;
      if (n == "ul" || n == "ol") return Tag::kList;
      if (n == "br") return Tag::kBr;
      if (n == "td" || n == "th") return Tag::kCell;
      if (n == "tr") return Tag::kTr;
      if (n == "dl") return Tag::kDl;
      if (n == "dt") return Tag::kDt;
      if (n == "dd") return Tag::kDd;
      if (n == "hr") return Tag::kHr;
      if (n == "em" || n == "tt" || n == "rt" || n == "rp") return Tag::kInline;
      return Tag::kOther;
    case 3:
      if (n == "div") return Tag::kDiv;
      if (n == "img") return Tag::kImg;
      if (n == "nav") return Tag::kNav;
      if (n == "pre") return Tag::kPre;
      if (n == "svg") return Tag::kSkip;
      if (n == "sup" || n == "sub" || n == "big" || n == "del" || n == "ins" || n == "kbd" ||
          n == "var" || n == "dfn" || n == "bdi" || n == "bdo" || n == "wbr") {
        return Tag::kInline;
      }
      return Tag::kOther;
    case 4:
      if (n == "span" || n == "font" || n == "time" || n == "abbr" || n == "code" || n == "mark" ||
          n == "cite" || n == "data" || n == "nobr" || n == "ruby") {
        return Tag::kInline;
      }
      if (n == "main") return Tag::kMain;
      if (n == "form") return Tag::kForm;
      if (n == "head" || n == "meta" || n == "link" || n == "math") return Tag::kSkip;
      return Tag::kOther;
    case 5:
      if (n == "table") return Tag::kTable;
      if (n == "thead" || n == "tbody" || n == "tfoot") return Tag::kTablePart;
      if (n == "aside") return Tag::kAside;
      if (n == "small" || n == "label") return Tag::kInline;
      if (n == "style" || n == "input" || n == "title" || n == "embed" || n == "video" ||
          n == "audio") {
        return Tag::kSkip;
      }
      return Tag::kOther;
    case 6:
      if (n == "strong" || n == "strike") return Tag::kInline;
      if (n == "figure") return Tag::kFigure;
      if (n == "footer") return Tag::kFooter;
      if (n == "header") return Tag::kHeader;
      if (n == "script" || n == "iframe" || n == "object" || n == "canvas" || n == "select" ||
          n == "button" || n == "dialog") {
        return Tag::kSkip;
      }
      return Tag::kOther;
    case 7:
      if (n == "section") return Tag::kSection;
      if (n == "article") return Tag::kArticle;
      if (n == "address") return Tag::kAddress;
      if (n == "picture" || n == "acronym") return Tag::kInline;
      return Tag::kOther;
    default:
      if (n == "blockquote") return Tag::kBlockquote;
      if (n == "figcaption") return Tag::kFigcaption;
      if (n == "noscript" || n == "template" || n == "textarea") return Tag::kSkip;
      return Tag::kOther;
  }
}

}  // namespace corroborate::html::body_internal
