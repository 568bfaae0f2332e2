#include "corroborate/html/tree_builder.h"

#include <algorithm>
#include <new>

namespace corroborate::html::parse_internal {
namespace {

// An end tag looks this far down the stack at most, so hostile markup cannot make every end
// tag walk thousands of open elements; real pages close what they open well within it.
constexpr size_t kMaxEndTagSearch = 256;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool AllSpace(std::string_view s) { return std::all_of(s.begin(), s.end(), IsSpace); }

// Whether an end tag for `name` (of `kind`) stops its search at open element `node_kind`.
bool StopsEndTag(std::string_view name, ElementKind kind, std::string_view node_name,
                 ElementKind node_kind) {
  if (node_kind.id == kHtml || node_kind.id == kTemplate) return true;
  if ((kind.kinds & kSpecial) == 0 && (kind.kinds & kTableScope) == 0) {
    // An inline end tag: like libxml2, it may close inline elements and paragraphs, but not
    // containers (a stray </span> must not end a <div> or a <td>).
    if ((node_kind.kinds & (kScopeEdge | kTableScope)) != 0) return true;
    return (node_kind.kinds & kSpecial) != 0 && (node_kind.kinds & kClosesP) != 0 &&
           node_kind.id != kP && (node_kind.kinds & kHeading) == 0 && node_name != "pre" &&
           node_name != "address" && node_name != "center" && node_name != "listing";
  }
  if ((kind.kinds & kTableScope) != 0) return node_kind.id == kTable && name != "table";
  if ((node_kind.kinds & kScopeEdge) != 0) return true;
  if (kind.id == kLi) return node_kind.id == kUl || node_kind.id == kOl;
  if (kind.id == kDd || kind.id == kDt) return node_kind.id == kDl;
  return false;
}

}  // namespace

TreeBuilder::TreeBuilder(std::pmr::memory_resource* arena, size_t max_depth)
    : arena_(arena), max_depth_(max_depth) {
  html_ = NewNode(NodeType::kElement);
  html_->name = "html";
  stack_.push_back(html_);
  kinds_.push_back(KindOf("html"));
  open_[kHtml] = 1;
}

Node* TreeBuilder::NewNode(NodeType type) {
  Node* n = new (arena_->allocate(sizeof(Node), alignof(Node))) Node();
  n->type = type;
  return n;
}

void TreeBuilder::SetAttributes(Node* e, std::span<const Attribute> attributes) {
  if (attributes.empty()) return;
  auto* copy = static_cast<Attribute*>(
      arena_->allocate(sizeof(Attribute) * attributes.size(), alignof(Attribute)));
  std::uninitialized_copy(attributes.begin(), attributes.end(), copy);
  e->attributes = copy;
  e->attribute_count = static_cast<uint32_t>(attributes.size());
}

void TreeBuilder::AppendChild(Node* parent, Node* child) {
  child->parent = parent;
  child->prev = parent->last;
  if (parent->last != nullptr) {
    parent->last->next = child;
  } else {
    parent->children = child;
  }
  parent->last = child;
}

void TreeBuilder::Push(Node* element, ElementKind kind) {
  if (stack_.size() >= max_depth_) {
    too_deep_ = true;
    return;
  }
  stack_.push_back(element);
  kinds_.push_back(kind);
  ++open_[kind.id];
}

void TreeBuilder::PopTo(size_t size) {
  while (stack_.size() > std::max<size_t>(size, 1)) {
    --open_[kinds_.back().id];
    stack_.pop_back();
    kinds_.pop_back();
  }
}

size_t TreeBuilder::FindOpen(std::string_view name, ElementKind kind) const {
  if (kind.id != kUntracked && open_[kind.id] == 0) return 0;
  const size_t lowest = stack_.size() > kMaxEndTagSearch ? stack_.size() - kMaxEndTagSearch : 1;
  for (size_t i = stack_.size(); i-- > lowest;) {
    const Node* n = stack_[i];
    if (n->name == name) return i;
    if (StopsEndTag(name, kind, n->name, kinds_[i])) return 0;
  }
  return 0;
}

void TreeBuilder::CloseIfOpen(std::string_view name, ElementKind kind) {
  if (const size_t i = FindOpen(name, kind); i > 0) PopTo(i);
}

void TreeBuilder::EnsureBody() {
  if (body_ != nullptr) return;
  PopTo(1);
  body_ = NewNode(NodeType::kElement);
  body_->name = "body";
  AppendChild(html_, body_);
  Push(body_, KindOf("body"));
}

void TreeBuilder::ImpliedEndTags(std::string_view name, ElementKind kind) {
  if ((kind.kinds & kClosesP) != 0 && open_[kP] > 0) CloseIfOpen("p", KindOf("p"));
  if ((kind.kinds & kHeading) != 0 && (kinds_.back().kinds & kHeading) != 0) {
    PopTo(stack_.size() - 1);
  }
  switch (kind.id) {
    case kLi:
      CloseIfOpen("li", kind);
      break;
    case kDd:
    case kDt:
      CloseIfOpen("dd", KindOf("dd"));
      CloseIfOpen("dt", KindOf("dt"));
      break;
    case kA:
    case kNobr:
    case kButton:
      CloseIfOpen(name, kind);
      break;
    case kOption:
    case kOptgroup:
      if (Current()->name == "option") PopTo(stack_.size() - 1);
      if (kind.id == kOptgroup && Current()->name == "optgroup") PopTo(stack_.size() - 1);
      break;
    case kTd:
    case kTh:
      CloseIfOpen("td", KindOf("td"));
      CloseIfOpen("th", KindOf("th"));
      break;
    case kTr:
      CloseIfOpen("tr", kind);
      break;
    case kTbody:
    case kThead:
    case kTfoot:
      CloseIfOpen("tbody", KindOf("tbody"));
      CloseIfOpen("thead", KindOf("thead"));
      CloseIfOpen("tfoot", KindOf("tfoot"));
      break;
    default:
      break;
  }
}

void TreeBuilder::StartTag(std::string_view name, ElementKind kind,
                           std::span<const Attribute> attributes, bool self_closing) {
  if (too_deep_) return;
  saw_content_ = true;
  if (kind.id == kHtml) {
    if (html_->attribute_count == 0) SetAttributes(html_, attributes);
    return;
  }
  if (body_ == nullptr) {
    if (kind.id == kHead) {
      if (head_ == nullptr && stack_.size() == 1) {
        head_ = NewNode(NodeType::kElement);
        head_->name = name;
        AppendChild(html_, head_);
        Push(head_, kind);
      }
      return;
    }
    if (kind.id != kBody && (kind.kinds & kHeadContent) == 0) EnsureBody();
  }
  if (kind.id == kHead) return;
  if (kind.id == kBody && body_ != nullptr) {  // a second <body>, or one after implied content
    if (body_->attribute_count == 0) SetAttributes(body_, attributes);
    return;
  }
  Node* e = NewNode(NodeType::kElement);
  e->name = name;
  SetAttributes(e, attributes);
  if (kind.id == kBody) {
    PopTo(1);
    body_ = e;
    AppendChild(html_, e);
    Push(e, kind);
    return;
  }
  Node* parent;
  if (body_ == nullptr) {  // head content before the body
    if (head_ == nullptr) {
      head_ = NewNode(NodeType::kElement);
      head_->name = "head";
      AppendChild(html_, head_);
    }
    parent = stack_.size() > 1 ? Current() : head_;
  } else {
    ImpliedEndTags(name, kind);
    parent = Current();
  }
  AppendChild(parent, e);
  if ((kind.kinds & kVoid) != 0 || self_closing) return;
  if (parent == head_ && Current() != head_) {
    // Head content after </head>: open it where it was put, above whatever is open.
    stack_.push_back(head_);
    kinds_.push_back(KindOf("head"));
    ++open_[kHead];
  }
  Push(e, kind);
}

void TreeBuilder::EndTag(std::string_view name, ElementKind kind) {
  if (too_deep_) return;
  switch (kind.id) {
    case kHtml:
    case kBody:
      return;
    case kHead:
      if (body_ == nullptr) PopTo(1);
      return;
    case kBr:
      StartTag(name, kind, {}, true);
      return;
    default:
      break;
  }
  if (const size_t i = FindOpen(name, kind); i > 0) {
    PopTo(i);
    if (body_ == nullptr && stack_.size() == 2 && Current() == head_) PopTo(1);
  }
}

void TreeBuilder::Text(std::string_view text) {
  if (too_deep_ || text.empty()) return;
  if (body_ == nullptr && stack_.size() <= 2 && (stack_.size() == 1 || Current() == head_)) {
    if (AllSpace(text)) return;  // layout whitespace between head elements
    EnsureBody();
  }
  saw_content_ = true;
  Node* t = NewNode(NodeType::kText);
  t->content = text;
  AppendChild(Current(), t);
}

}  // namespace corroborate::html::parse_internal
