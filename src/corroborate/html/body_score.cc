#include "corroborate/html/body_score.h"

#include <algorithm>
#include <string>

namespace corroborate::html::body_internal {
namespace {

double TagBase(Tag t) {
  switch (t) {
    case Tag::kDiv:
      return 5;
    case Tag::kPre:
    case Tag::kCell:
    case Tag::kBlockquote:
      return 3;
    case Tag::kAddress:
    case Tag::kList:
    case Tag::kDl:
    case Tag::kDd:
    case Tag::kDt:
    case Tag::kLi:
    case Tag::kForm:
      return -3;
    case Tag::kH1:
    case Tag::kHeading:
      return -5;
    default:
      return 0;
  }
}

// Blocks whose own text counts as a paragraph (divs and sections holding bare text included).
bool IsParagraphLike(Tag t) {
  switch (t) {
    case Tag::kP:
    case Tag::kPre:
    case Tag::kCell:
    case Tag::kDiv:
    case Tag::kSection:
    case Tag::kArticle:
    case Tag::kMain:
    case Tag::kBlockquote:
    case Tag::kDd:
    case Tag::kOther:
      return true;
    default:
      return false;
  }
}

bool IsBoilerTag(Tag t) { return t == Tag::kNav || t == Tag::kAside || t == Tag::kFooter; }

// An <article> inside another one that holds less than half of the outer one's text: by the
// HTML spec a comment or related item. (Some sites wrap the text itself in a nested <article>.)
bool IsNestedTeaser(const BodyTree& tree, int i) {
  const std::vector<Elem>& el = tree.elems;
  if ((el[i].flags & kNestedArticle) == 0) return false;
  int outer = el[i].parent;
  while (outer > 0 && el[outer].tag != Tag::kArticle) outer = el[outer].parent;
  return 2 * el[i].text <= el[outer].text;
}

int ElementChildren(const BodyTree& tree, int p) {
  int n = 0;
  for (int j = p + 1; j < tree.elems[p].end; j = tree.elems[j].end) ++n;
  return n;
}

// A paragraph that reads as prose: several words (not a bare URL or a list of tags) and, when
// short, a sentence (". " inside or "." at the end).
bool ReadsAsProse(const Node* n, bool is_short) {
  const std::string t = TextOf(n);
  size_t spaces = 0;
  for (char ch : t) spaces += ch == ' ' ? 1 : 0;
  if (spaces < 3) return false;
  return !is_short || t.back() == '.' || t.find(". ") != std::string::npos;
}

// The text of good paragraphs (`prose` holds it per paragraph) in the subtree of `root`, except
// in articles and list items that do not hold `anchor`: teaser cards of other stories.
double ProseBelow(const BodyTree& tree, const std::vector<uint32_t>& prose, int root, int anchor) {
  const std::vector<Elem>& el = tree.elems;
  double sum = 0;
  for (int j = root; j < el[root].end;) {
    if ((el[j].tag == Tag::kArticle || el[j].tag == Tag::kLi) && !tree.Within(anchor, j)) {
      j = el[j].end;
      continue;
    }
    sum += prose[j];
    ++j;
  }
  return sum;
}

// An article split in several blocks (a lead section, then the body after a figure or an ad
// slot) leaves the best candidate holding only part of it. An ancestor whose extra text is
// mostly more good paragraphs holds the rest: take it instead (its boilerplate is pruned when
// the blocks are emitted).
void WidenSplitBody(const BodyTree& tree, const std::vector<uint32_t>& prose, Container* c) {
  const std::vector<Elem>& el = tree.elems;
  const int anchor = c->top;
  double have_prose = 0, have_text = 0;
  for (int p : c->parts) {
    have_prose += ProseBelow(tree, prose, p, anchor);
    have_text += el[p].text;
  }
  int level = 0;
  for (int a = el[anchor].parent; a > 0 && level < 3; a = el[a].parent, ++level) {
    const double total = ProseBelow(tree, prose, a, anchor);
    const double gain = total - have_prose;
    const double extra = el[a].text - have_text;
    if (gain >= 0.2 * have_prose && gain >= 0.6 * extra) {
      c->top = a;
      c->parts.assign(1, a);
      have_prose = total;
      have_text = el[a].text;
    }
  }
}

}  // namespace

bool UnderBoilerplate(const BodyTree& tree, Hints& hints, int i, std::vector<uint8_t>* memo) {
  std::vector<uint8_t>& m = *memo;
  int path[64];
  int depth = 0;
  int a = i;
  uint8_t verdict = 1;
  const Elem& root = tree.elems[0];
  const uint32_t page_prose = root.text - root.link;
  while (a > 0 && m[a] == 0) {
    const Elem& e = tree.elems[a];
    // A wrapper holding most of the page's prose is the article, whatever its class says
    // ("sticky-sidebar", "ad-pusher"); so is <main> ("readmore-page").
    const bool most = 2 * (e.text - e.link) > page_prose;
    if (!most && (IsBoilerTag(e.tag) || IsNestedTeaser(tree, a) ||
                  (e.tag != Tag::kMain && hints.Get(a).Unlikely()))) {
      verdict = 2;
      break;
    }
    if (depth < 64) path[depth++] = a;
    a = e.parent;
  }
  if (a > 0 && m[a] != 0) verdict = m[a];
  if (a > 0 && m[a] == 0) m[a] = verdict;
  for (int k = 0; k < depth; ++k) m[path[k]] = verdict;
  return verdict == 2;
}

Container SelectContainer(const BodyTree& tree, Hints& hints) {
  const std::vector<Elem>& el = tree.elems;
  const int n = static_cast<int>(el.size());
  std::vector<double> score(n, 0.0);
  std::vector<uint8_t> scored(n, 0), memo(n, 0);
  std::vector<uint32_t> prose(n, 0);  // text of good paragraphs below each element
  std::vector<int> candidates;
  for (int i = 1; i < n; ++i) {
    const Elem& e = el[i];
    // List items count when long: listicles and bulleted reports are written in them.
    const bool paragraph = IsParagraphLike(e.tag) || (e.tag == Tag::kLi && e.inline_text >= 100);
    if (!paragraph || e.inline_text < 25) continue;
    if (UnderBoilerplate(tree, hints, i, &memo)) continue;
    if (e.inline_text >= 50 && tree.LinkDensity(i) < 0.3) prose[i] = e.inline_text;
    const double points = 1.0 + e.inline_commas + std::min(e.inline_text / 100, 3u);
    // Text beside blocks (a div of text runs and <p>s) is a paragraph of the element itself, as
    // Readability's wrapping of such runs into <p>s makes it.
    const bool beside_blocks = e.tag != Tag::kP && e.tag != Tag::kPre && e.text > e.inline_text;
    int a = beside_blocks ? i : e.parent;
    for (int level = 0; a >= 0 && level < 5; ++level, a = el[a].parent) {
      if (!scored[a]) {
        scored[a] = 1;
        score[a] = TagBase(el[a].tag) + hints.Get(a).weight;
        candidates.push_back(a);
      }
      score[a] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
    }
  }
  Container out;
  if (candidates.empty()) return out;
  for (int c : candidates) score[c] *= 1.0 - tree.LinkDensity(c);
  std::sort(candidates.begin(), candidates.end(),
            [&](int a, int b) { return score[a] > score[b]; });
  int top = candidates[0];
  for (size_t k = 0; k < candidates.size() && k < 5; ++k) {
    out.ranked.emplace_back(candidates[k], score[candidates[k]]);
  }

  // Several close rivals below one ancestor: the article is that ancestor, split in parts.
  std::vector<int> rivals;
  for (size_t k = 1; k < candidates.size() && k < 5; ++k) {
    // Rivals inside the top candidate are already part of it.
    const int r = candidates[k];
    if (score[r] >= 0.75 * score[top] && !tree.Within(r, top)) rivals.push_back(r);
  }
  if (rivals.size() >= 3) {
    for (int p = el[top].parent; p > 0; p = el[p].parent) {
      int holding = 0;
      for (int r : rivals) holding += tree.Within(r, p) ? 1 : 0;
      if (holding >= 3) {
        top = p;
        if (!scored[top]) {
          scored[top] = 1;
          score[top] = TagBase(el[top].tag) + hints.Get(top).weight;
        }
        break;
      }
    }
  }
  // A parent that scores higher than the path below it holds more of the article.
  double last = score[top];
  const double threshold = last / 3;
  for (int p = el[top].parent; p > 0; p = el[p].parent) {
    if (!scored[p]) continue;
    if (score[p] < threshold) break;
    if (score[p] > last) {
      top = p;
      break;
    }
    last = score[p];
  }
  while (top > 0 && el[top].parent > 0 && ElementChildren(tree, el[top].parent) == 1) {
    top = el[top].parent;
  }
  out.top = top;
  out.score = score[top];
  if (top == 0) {
    out.parts.push_back(0);
    return out;
  }
  const int parent = el[top].parent;
  const double sibling_threshold = std::max(10.0, score[top] * 0.2);
  const std::string_view top_class = el[top].cls;
  for (int c = parent + 1; c < el[parent].end; c = el[c].end) {
    bool keep = c == top;
    if (!keep && scored[c]) {
      const bool same_class = !top_class.empty() && top_class == el[c].cls;
      keep = score[c] + (same_class ? score[top] * 0.2 : 0) >= sibling_threshold;
    }
    // Paragraphs beside the container (a lead paragraph above the body, say); a div holding
    // only phrasing text is one too, as Readability turns such divs into <p>s.
    const bool paragraph =
        el[c].tag == Tag::kP ||
        ((el[c].tag == Tag::kDiv || el[c].tag == Tag::kSection) && el[c].inline_text == el[c].text);
    if (!keep && paragraph && el[c].text > 0) {
      const double ld = tree.LinkDensity(c);
      const bool is_short = el[c].text <= 80;
      keep = (is_short ? ld == 0 : ld < 0.25) && ReadsAsProse(el[c].node, is_short);
    }
    if (keep) out.parts.push_back(c);
  }
  WidenSplitBody(tree, prose, &out);
  return out;
}

}  // namespace corroborate::html::body_internal
