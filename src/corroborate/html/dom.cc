#include "corroborate/html/dom.h"

#include <algorithm>
#include <memory_resource>
#include <span>

#include "corroborate/html/tokenizer.h"
#include "corroborate/html/tree_builder.h"

namespace corroborate::html {
namespace {

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsSkippedForText(std::string_view name) {
  return name == "script" || name == "style" || name == "noscript" || name == "template";
}

}  // namespace

// The page's bytes (names are lower-cased in them, and text views point into them) and the
// arena of its nodes. Heap-allocated so that moving a Dom never moves what the views see.
struct Dom::Impl {
  explicit Impl(std::string_view html)
      : source(html), arena(std::max<size_t>(html.size(), 4096)) {}
  std::string source;
  std::pmr::monotonic_buffer_resource arena;
  const Node* root = nullptr;
  const Node* head = nullptr;
  const Node* body = nullptr;
};

Dom::Dom(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Dom::Dom(Dom&&) noexcept = default;
Dom& Dom::operator=(Dom&&) noexcept = default;
Dom::~Dom() = default;

Result<Dom> Dom::Parse(std::string_view utf8_html, const ParseOptions& options) {
  auto impl = std::make_unique<Impl>(utf8_html);
  parse_internal::TreeBuilder builder(&impl->arena, options.max_nesting);
  parse_internal::Tokenize(std::span<char>(impl->source.data(), impl->source.size()),
                           &impl->arena, &builder);
  if (builder.too_deep()) {
    return TooLarge("markup nested over " + std::to_string(options.max_nesting) +
                    " levels deep: not parsed");
  }
  if (!builder.saw_content()) return InvalidInput("the page holds no element and no text");
  impl->root = builder.root();
  impl->head = builder.head();
  impl->body = builder.body();
  return Dom(std::move(impl));
}

const Node* Dom::root() const { return impl_->root; }
const Node* Dom::head() const { return impl_->head; }
const Node* Dom::body() const { return impl_->body; }

std::string_view Name(const Node* n) { return IsElement(n) ? n->name : std::string_view(); }

std::string_view Attr(const Node* n, std::string_view name, bool* found) {
  if (found != nullptr) *found = false;
  for (const Attribute& a : Attributes(n)) {
    if (a.name != name) continue;
    if (found != nullptr) *found = true;
    return a.value;
  }
  return {};
}

std::string_view Content(const Node* n) { return IsText(n) ? n->content : std::string_view(); }

void AppendText(const Node* n, std::string* out, size_t max_bytes) {
  if (n == nullptr) return;
  auto append = [out](std::string_view s) {
    for (char c : s) {
      if (IsAsciiSpace(c)) {
        if (!out->empty() && out->back() != ' ') out->push_back(' ');
      } else {
        out->push_back(c);
      }
    }
  };
  ForEachNode(n, [&](const Node* cur) {
    if (out->size() > max_bytes) return false;
    if (IsText(cur)) append(Content(cur));
    return IsElement(cur) && !IsSkippedForText(Name(cur));
  });
}

std::string TextOf(const Node* n, size_t max_bytes) {
  std::string s;
  AppendText(n, &s, max_bytes);
  size_t b = 0, e = s.size();
  while (b < e && s[b] == ' ') ++b;
  while (e > b && s[e - 1] == ' ') --e;
  return s.substr(b, e - b);
}

void AppendClassAndId(const Node* n, std::string* out) {
  auto append_lower = [out](std::string_view s) {
    const size_t from = out->size();
    out->append(s);
    for (size_t i = from; i < out->size(); ++i) {
      char& c = (*out)[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
  };
  append_lower(Attr(n, "class"));
  out->push_back(' ');
  append_lower(Attr(n, "id"));
}

const Node* FindFirst(const Node* n, std::string_view name) {
  const Node* found = nullptr;
  ForEachElement(n, [&](const Node* e) {
    if (found != nullptr) return false;
    if (Name(e) == name) {
      found = e;
      return false;
    }
    return true;
  });
  return found;
}

}  // namespace corroborate::html
