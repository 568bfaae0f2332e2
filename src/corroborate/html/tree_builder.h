// Builds the tree of a page from its tokens, with the parts of HTML5's tree construction that
// matter for reading articles: implied <html>, <head> and <body>; head content before the body
// goes into <head>; implied end tags (a block closes an open <p>, <li> closes <li>, <td> closes
// <td>, a new <a> closes the open one); stray end tags are ignored, and an inline end tag never
// closes past a structural element. Table foster-parenting and the adoption agency are left
// out: they move nodes around, but the text stays in document order. Internal to the html stage.
#ifndef CORROBORATE_HTML_TREE_BUILDER_H_
#define CORROBORATE_HTML_TREE_BUILDER_H_

#include <array>
#include <cstdint>
#include <memory_resource>
#include <span>
#include <string_view>
#include <vector>

#include "corroborate/html/element_kinds.h"
#include "corroborate/html/node.h"

namespace corroborate::html::parse_internal {

class TreeBuilder {
 public:
  // Nodes are allocated from `arena`. Elements that would nest deeper than `max_depth` set
  // too_deep() and everything after them is dropped.
  TreeBuilder(std::pmr::memory_resource* arena, size_t max_depth);

  // `name` and the attributes (and later text) must outlive the tree; attributes are copied.
  void StartTag(std::string_view name, ElementKind kind, std::span<const Attribute> attributes,
                bool self_closing);
  void EndTag(std::string_view name, ElementKind kind);
  void Text(std::string_view text);

  bool too_deep() const { return too_deep_; }
  bool saw_content() const { return saw_content_; }
  Node* root() { return html_; }
  Node* head() { return head_; }
  Node* body() { return body_; }

 private:
  Node* NewNode(NodeType type);
  void AppendChild(Node* parent, Node* child);
  void SetAttributes(Node* e, std::span<const Attribute> attributes);
  Node* Current() { return stack_.back(); }
  void Push(Node* element, ElementKind kind);
  void PopTo(size_t size);  // closes every element above stack_[size - 1]
  // The stack index of the innermost open `name` that an end tag may reach, or 0.
  size_t FindOpen(std::string_view name, ElementKind kind) const;
  void CloseIfOpen(std::string_view name, ElementKind kind);
  void EnsureBody();
  void ImpliedEndTags(std::string_view name, ElementKind kind);

  std::pmr::memory_resource* arena_;
  size_t max_depth_;
  bool too_deep_ = false;
  bool saw_content_ = false;
  Node* html_ = nullptr;
  Node* head_ = nullptr;
  Node* body_ = nullptr;
  std::vector<Node*> stack_;         // open elements; stack_[0] is <html>
  std::vector<ElementKind> kinds_;   // their kinds, parallel to stack_
  std::array<uint32_t, kTrackedCount> open_{};  // how many of each tracked element are open
};

}  // namespace corroborate::html::parse_internal

#endif  // CORROBORATE_HTML_TREE_BUILDER_H_
