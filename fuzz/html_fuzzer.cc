// Fuzzes page extraction end to end (charset, DOM, body, metadata, date) on arbitrary bytes.
// Checks that a successful extraction yields valid UTF-8 text, and that the parser's tree is
// consistent (every child points back to its parent and siblings link both ways).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corroborate/common/utf8.h"
#include "corroborate/html/dom.h"
#include "corroborate/html/page.h"

namespace {

void CheckTree(const corroborate::html::Dom& dom) {
  using corroborate::html::Node;
  corroborate::html::ForEachNode(dom.root(), [](const Node* n) {
    const Node* prev = nullptr;
    for (const Node* c = n->children; c != nullptr; c = c->next) {
      if (c->parent != n || c->prev != prev) __builtin_trap();
      prev = c;
    }
    if (n->last != prev) __builtin_trap();
    return true;
  });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 100000) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (auto dom = corroborate::html::Dom::Parse(bytes); dom.ok()) CheckTree(*dom);
  auto page = corroborate::html::ExtractPage(bytes, "https://fuzz.test/news/2024/05/06/story",
                                             size % 3 == 0 ? "text/html; charset=utf-8" : "");
  if (page.ok() && !corroborate::utf8::IsValid(page->maintext)) __builtin_trap();
  return 0;
}
