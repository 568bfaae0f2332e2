#include "corroborate/html/tokenizer.h"

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/html/entities.h"

namespace corroborate::html::parse_internal {
namespace {

// Attributes past this many on one tag are dropped: real tags have a few dozen at most.
constexpr size_t kMaxAttributes = 512;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

class Tokenizer {
 public:
  Tokenizer(std::span<char> html, std::pmr::memory_resource* arena, TreeBuilder* builder)
      : s_(html.data()), n_(html.size()), arena_(arena), builder_(builder) {}

  void Run() {
    size_t pos = 0;
    while (pos < n_ && !builder_->too_deep()) {
      const size_t lt = NextMarkup(pos);
      if (lt > pos) builder_->Text(Decoded(pos, lt, false));
      if (lt >= n_) break;
      pos = Markup(lt);
    }
  }

 private:
  std::string_view View(size_t b, size_t e) const { return {s_ + b, e - b}; }

  // The offset of the next '<' that opens markup, or n_.
  size_t NextMarkup(size_t pos) const {
    while (pos < n_) {
      const void* p = std::memchr(s_ + pos, '<', n_ - pos);
      if (p == nullptr) return n_;
      const size_t i = static_cast<size_t>(static_cast<const char*>(p) - s_);
      if (i + 1 < n_) {
        const char c = s_[i + 1];
        if (IsAlpha(c) || c == '/' || c == '!' || c == '?') return i;
      }
      pos = i + 1;
    }
    return n_;
  }

  size_t Find(char c, size_t from) const {
    if (from >= n_) return n_;
    const void* p = std::memchr(s_ + from, c, n_ - from);
    return p == nullptr ? n_ : static_cast<size_t>(static_cast<const char*>(p) - s_);
  }

  // The offset just past the '>' at or after `from`, or n_.
  size_t PastGt(size_t from) const {
    const size_t gt = Find('>', from);
    return gt == n_ ? n_ : gt + 1;
  }

  std::string_view Decoded(size_t b, size_t e, bool in_attribute) {
    const std::string_view raw = View(b, e);
    if (raw.find('&') == std::string_view::npos) return raw;
    scratch_.clear();
    AppendDecoded(raw, in_attribute, &scratch_);
    char* copy = static_cast<char*>(arena_->allocate(scratch_.size() + 1, 1));
    std::memcpy(copy, scratch_.data(), scratch_.size());
    return {copy, scratch_.size()};
  }

  size_t Markup(size_t lt) {
    const char c = s_[lt + 1];
    if (IsAlpha(c)) return StartTag(lt);
    if (c == '/') {
      if (lt + 2 < n_ && IsAlpha(s_[lt + 2])) return EndTag(lt);
      return PastGt(lt + 2);  // "</>" or a bogus comment
    }
    if (c == '!' && lt + 3 < n_ && s_[lt + 2] == '-' && s_[lt + 3] == '-') {
      size_t from = lt + 4;  // "<!-->" and "<!--->" are empty comments
      if (from < n_ && s_[from] == '>') return from + 1;
      if (from + 1 < n_ && s_[from] == '-' && s_[from + 1] == '>') return from + 2;
      const std::string_view rest = View(from, n_);
      const size_t end = rest.find("-->");
      return end == std::string_view::npos ? n_ : from + end + 3;
    }
    return PastGt(lt + 2);  // doctype, CDATA or processing instruction: dropped
  }

  size_t Name(size_t j) {
    while (j < n_ && !IsSpace(s_[j]) && s_[j] != '/' && s_[j] != '>') {
      s_[j] = Lower(s_[j]);
      ++j;
    }
    return j;
  }

  size_t StartTag(size_t lt) {
    size_t j = Name(lt + 1);
    const std::string_view name = View(lt + 1, j);
    attributes_.clear();
    bool self_closing = false;
    while (true) {
      while (j < n_ && (IsSpace(s_[j]) || s_[j] == '/')) {
        if (s_[j] == '/' && j + 1 < n_ && s_[j + 1] == '>') self_closing = true;
        ++j;
      }
      if (j >= n_) return n_;  // the page ends inside the tag: the tag is dropped
      if (s_[j] == '>') {
        ++j;
        break;
      }
      const size_t name_start = j++;
      while (j < n_ && !IsSpace(s_[j]) && s_[j] != '/' && s_[j] != '>' && s_[j] != '=') ++j;
      for (size_t k = name_start; k < j; ++k) s_[k] = Lower(s_[k]);
      const std::string_view attr_name = View(name_start, j);
      while (j < n_ && IsSpace(s_[j])) ++j;
      size_t value_start = j, value_end = j;
      if (j < n_ && s_[j] == '=') {
        ++j;
        while (j < n_ && IsSpace(s_[j])) ++j;
        if (j < n_ && (s_[j] == '"' || s_[j] == '\'')) {
          const size_t close = Find(s_[j], j + 1);
          if (close >= n_) return n_;
          value_start = j + 1;
          value_end = close;
          j = close + 1;
        } else {
          value_start = j;
          while (j < n_ && !IsSpace(s_[j]) && s_[j] != '>') ++j;
          value_end = j;
        }
      }
      AddAttribute(attr_name, value_start, value_end);
    }
    const ElementKind kind = KindOf(name);
    builder_->StartTag(name, kind, attributes_, self_closing);
    if (self_closing) return j;
    if ((kind.kinds & kPlainText) != 0) {
      builder_->Text(View(j, n_));
      return n_;
    }
    if ((kind.kinds & (kRawText | kEscapable)) != 0) return RawText(name, kind, j);
    return j;
  }

  void AddAttribute(std::string_view name, size_t value_start, size_t value_end) {
    if (attributes_.size() >= kMaxAttributes) return;
    for (const Attribute& a : attributes_) {
      if (a.name == name) return;  // the first occurrence wins
    }
    attributes_.push_back({name, Decoded(value_start, value_end, true)});
  }

  // Content of a raw-text element up to its end tag (case-insensitive), or to the end.
  size_t RawText(std::string_view name, ElementKind kind, size_t start) {
    const bool escapable = (kind.kinds & kEscapable) != 0;
    size_t from = start;
    while (true) {
      const std::string_view rest = View(from, n_);
      const size_t rel = rest.find("</");
      if (rel == std::string_view::npos) break;
      const size_t p = from + rel;
      const size_t after = p + 2 + name.size();
      bool match = after <= n_;
      for (size_t k = 0; match && k < name.size(); ++k) match = Lower(s_[p + 2 + k]) == name[k];
      if (match && (after == n_ || IsSpace(s_[after]) || s_[after] == '/' || s_[after] == '>')) {
        if (p > start) builder_->Text(escapable ? Decoded(start, p, false) : View(start, p));
        builder_->EndTag(name, kind);
        return PastGt(after);
      }
      from = p + 2;
    }
    if (n_ > start) builder_->Text(escapable ? Decoded(start, n_, false) : View(start, n_));
    return n_;
  }

  size_t EndTag(size_t lt) {
    const size_t j = Name(lt + 2);
    const std::string_view name = View(lt + 2, j);
    builder_->EndTag(name, KindOf(name));
    return PastGt(j);
  }

  char* s_;
  size_t n_;
  std::pmr::memory_resource* arena_;
  TreeBuilder* builder_;
  std::vector<Attribute> attributes_;
  std::string scratch_;
};

}  // namespace

void Tokenize(std::span<char> html, std::pmr::memory_resource* arena, TreeBuilder* builder) {
  Tokenizer(html, arena, builder).Run();
}

}  // namespace corroborate::html::parse_internal
