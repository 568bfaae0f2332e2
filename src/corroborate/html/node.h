// One node of a parsed page (see dom.h): an element with its lower-case name and attributes, or
// a run of text. Nodes are linked like a classic DOM (parent, first/last child, siblings) and
// live in the Dom's arena: pointers and views stay valid as long as the Dom lives.
#ifndef CORROBORATE_HTML_NODE_H_
#define CORROBORATE_HTML_NODE_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace corroborate::html {

enum class NodeType : uint8_t { kElement, kText };

struct Attribute {
  std::string_view name;   // lower case
  std::string_view value;  // character references decoded
};

struct Node {
  NodeType type = NodeType::kElement;
  uint32_t attribute_count = 0;
  std::string_view name;     // elements: the lower-case tag name
  std::string_view content;  // text: the text, character references decoded
  const Attribute* attributes = nullptr;
  Node* parent = nullptr;
  Node* children = nullptr;  // first child
  Node* last = nullptr;      // last child
  Node* next = nullptr;
  Node* prev = nullptr;
};

inline bool IsElement(const Node* n) { return n != nullptr && n->type == NodeType::kElement; }
inline bool IsText(const Node* n) { return n != nullptr && n->type == NodeType::kText; }

// The element's attributes in source order, first occurrence of each name only.
inline std::span<const Attribute> Attributes(const Node* n) {
  if (!IsElement(n)) return {};
  return {n->attributes, n->attribute_count};
}

}  // namespace corroborate::html

#endif  // CORROBORATE_HTML_NODE_H_
