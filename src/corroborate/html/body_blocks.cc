#include "corroborate/html/body_blocks.h"

#include <utility>

namespace corroborate::html::body_internal {
namespace {

// Whether a space, a control character or U+00A0 (no-break space, two bytes) starts at `s`,
// which is not at the terminating NUL.
// Whether the text at s (before end) starts with whitespace: ASCII space or control, or U+00A0.
bool IsSpaceAt(const unsigned char* s, const unsigned char* end) {
  return *s <= ' ' || (*s == 0xC2 && s + 1 < end && s[1] == 0xA0);
}

class Emitter {
 public:
  Emitter(const BodyTree& tree, Hints& hints, int top, const BodyOptions& options)
      : tree_(tree), el_(tree.elems), hints_(hints), top_(top), options_(options) {}

  void Walk(int root) {
    const Node* root_node = el_[root].node;
    int k = root + 1;  // the next table element in document order
    int cur_elem = root;
    Enter(root);
    const Node* cur = root_node->children;
    while (cur != nullptr) {
      if (IsElement(cur)) {
        // Elements absent from the table were left out when it was built (hidden, scripts).
        if (k < el_[root].end && el_[k].node == cur) {
          const int i = k;
          if (Prune(i)) {
            k = el_[i].end;
          } else {
            ++k;
            Enter(i);
            if (cur->children != nullptr) {
              cur_elem = i;
              cur = cur->children;
              continue;
            }
            Leave(i);
          }
        }
      } else if (IsText(cur)) {
        Append(cur->content, cur_elem);
      }
      while (cur != nullptr && cur->next == nullptr) {
        cur = cur->parent;
        if (cur == root_node) {
          cur = nullptr;
          break;
        }
        Leave(cur_elem);
        cur_elem = el_[cur_elem].parent;
      }
      if (cur != nullptr) cur = cur->next;
    }
    Leave(root);
  }

  std::vector<Block> Take() { return std::move(blocks_); }

 private:
  // Holds more than half of the container's text: then it is the article, whatever its name.
  bool Dominant(int i) const { return 2 * el_[i].text > el_[top_].text; }

  bool Prune(int i) {
    const Elem& e = el_[i];
    switch (e.tag) {
      case Tag::kBr:
      case Tag::kHr:
        return false;
      case Tag::kNav:
      case Tag::kAside:
      case Tag::kFigcaption:
      case Tag::kH1:
      case Tag::kFooter:
      case Tag::kHeader:
        return !Dominant(i);
      case Tag::kHeading:
        if (!options_.keep_headings) return true;
        break;
      case Tag::kList:
      case Tag::kDl:
        if (!options_.keep_lists) return true;
        break;
      default:
        break;
    }
    if (e.text == 0) return true;
    if ((e.flags & kNestedArticle) != 0 && !Dominant(i)) return true;
    const Hint& h = hints_.Get(i);
    // Wrappers of embedded posts ("social-embed" around a quoted tweet) hold quoted text.
    if (h.Unlikely()) return !Dominant(i) && 2 * e.quote <= e.text;
    if (h.content) return false;
    switch (e.tag) {
      case Tag::kDiv:
      case Tag::kSection:
      case Tag::kList:
      case Tag::kDl:
      case Tag::kTable:
      case Tag::kForm:
      case Tag::kOther:
        return CleanConditionally(i, h.weight);
      case Tag::kHeading:
        return h.weight < 0 || tree_.LinkDensity(i) > 0.33;
      default:
        return false;
    }
  }

  // Readability's test for containers inside the article that are not article text.
  bool CleanConditionally(int i, int weight) const {
    const Elem& e = el_[i];
    if (weight < 0) return true;
    if (e.commas >= 10 || Dominant(i)) return false;
    const bool list = e.tag == Tag::kList || e.tag == Tag::kDl;
    const double ld = tree_.LinkDensity(i);
    const double paras = e.paras;
    if (e.images > 1 && paras / e.images < 0.5) return true;
    if (e.inputs > e.paras / 3) return true;
    if (!list && e.text < 25 && (e.images == 0 || e.images > 2)) return true;
    if (2 * e.quote > e.text) return false;  // an embedded post or quotation
    // A wrapper of a single paragraph may link a little more (a sentence citing its source).
    if (!list && weight < 25 && ld > (e.paras <= 1 ? 0.33 : 0.2)) return true;
    if (weight >= 25 && ld > 0.5) return true;
    return false;
  }

  void Enter(int i) {
    const Tag t = el_[i].tag;
    if (IsInline(t)) return;
    if (t == Tag::kCell) {  // a table row is one line, its cells apart
      Separate();
      return;
    }
    Flush();
    block_ = i;
  }

  void Leave(int i) {
    const Tag t = el_[i].tag;
    if (IsInline(t)) return;
    if (t == Tag::kCell) {
      Separate();
      return;
    }
    Flush();
    int b = el_[i].parent;
    while (b > 0 && IsInline(el_[b].tag)) b = el_[b].parent;
    block_ = b < 0 ? 0 : b;
  }

  void Separate() {
    if (!line_.empty() && line_.back() != ' ') line_ += ' ';
  }

  // Appends a text node's text, with runs of whitespace (controls and no-break spaces
  // included) collapsed to one space.
  void Append(std::string_view text, int elem) {
    const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char* const end = s + text.size();
    uint32_t chars = 0;
    while (s < end) {
      const unsigned char c = *s;
      if (IsSpaceAt(s, end)) {
        Separate();
        s += c == 0xC2 ? 2 : 1;
        continue;
      }
      const unsigned char* run = s;
      do {
        chars += (*s & 0xC0) != 0x80;
        ++s;
      } while (s < end && !IsSpaceAt(s, end));
      if (line_.empty()) line_elem_ = block_;
      line_.append(reinterpret_cast<const char*>(run), static_cast<size_t>(s - run));
    }
    chars_ += chars;
    if ((el_[elem].flags & kInLink) != 0) link_chars_ += chars;
  }

  void Flush() {
    while (!line_.empty() && line_.back() == ' ') line_.pop_back();
    if (!line_.empty()) {
      Block b;
      b.text = std::move(line_);
      b.elem = line_elem_;
      b.tag = el_[line_elem_].tag;
      b.chars = chars_;
      b.link_chars = link_chars_;
      for (int a = line_elem_; a > 0; a = el_[a].parent) {
        b.in_quote |= el_[a].tag == Tag::kBlockquote;
        b.in_item |= el_[a].tag == Tag::kLi;
      }
      blocks_.push_back(std::move(b));
    }
    line_.clear();
    chars_ = link_chars_ = 0;
  }

  const BodyTree& tree_;
  const std::vector<Elem>& el_;
  Hints& hints_;
  const int top_;
  const BodyOptions& options_;
  std::vector<Block> blocks_;
  std::string line_;
  int block_ = 0, line_elem_ = 0;
  uint32_t chars_ = 0, link_chars_ = 0;
};

}  // namespace

std::vector<Block> EmitBlocks(const BodyTree& tree, Hints& hints, const std::vector<int>& parts,
                              int top, const BodyOptions& options) {
  Emitter emitter(tree, hints, top, options);
  for (int p : parts) emitter.Walk(p);
  return emitter.Take();
}

}  // namespace corroborate::html::body_internal
