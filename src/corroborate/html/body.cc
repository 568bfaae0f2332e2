#include "corroborate/html/body.h"

#include <algorithm>
#include <vector>

#include "corroborate/html/body_blocks.h"
#include "corroborate/html/body_filter.h"
#include "corroborate/html/body_hints.h"
#include "corroborate/html/body_jsonld.h"
#include "corroborate/html/body_score.h"
#include "corroborate/html/body_tree.h"

namespace corroborate::html {
namespace {

using body_internal::Block;

// The page's <title>, og:title and JSON-LD scripts, from the direct children of <head>.
body_internal::PageTitles ReadHead(const Dom& dom, std::vector<const Node*>* json_ld) {
  body_internal::PageTitles t;
  const Node* head = dom.head();
  if (head == nullptr) return t;
  for (const Node* n = head->children; n != nullptr; n = n->next) {
    if (!IsElement(n)) continue;
    const std::string_view name = Name(n);
    if (name == "title" && n->children != nullptr && IsText(n->children)) {
      t.title = Content(n->children);
    } else if (name == "meta" && Attr(n, "property") == "og:title") {
      t.og_title = Attr(n, "content");
    } else if (name == "script" && body_internal::IsJsonLd(n)) {
      json_ld->push_back(n);
    }
  }
  return t;
}

size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

std::string ExtractBody(const Dom& dom, const BodyOptions& options, BodyStats* stats) {
  BodyStats local;
  BodyStats& st = stats != nullptr ? *stats : local;
  st = BodyStats{};
  const Node* root = dom.body() != nullptr ? dom.body() : dom.root();
  body_internal::BodyTree tree = body_internal::BuildTree(root);
  std::vector<const Node*> json_ld;
  const body_internal::PageTitles titles = ReadHead(dom, &json_ld);
  json_ld.insert(json_ld.end(), tree.json_ld.begin(), tree.json_ld.end());

  std::string out;
  body_internal::Hints hints(tree);
  const body_internal::Container container = body_internal::SelectContainer(tree, hints);
  if (container.top >= 0) {
    const std::vector<Block> blocks =
        body_internal::EmitBlocks(tree, hints, container.parts, container.top, options);
    const std::vector<bool> keep = body_internal::FilterBlocks(blocks, titles);
    st.blocks_seen = blocks.size();
    for (size_t i = 0; i < blocks.size(); ++i) {
      if (!keep[i]) continue;
      out += blocks[i].text;
      out += '\n';
      ++st.blocks_kept;
    }
    if (!out.empty()) st.method = "container";
  }
  // The page's own declaration of its text, when the markup gave little or nothing: pages
  // rendered by scripts, or whose text sits in markup no scoring recognizes. It is not
  // preferred otherwise: publishers often truncate it or leave captions and markup in it.
  if (!json_ld.empty()) {
    // Worth parsing only if it could hold enough words to replace the extracted text.
    const size_t have_words = CountWords(out);
    const size_t needed = std::max(options.min_json_ld_words, have_words * 10 / 3 + 1);
    std::string declared = body_internal::JsonLdArticleBody(json_ld, needed);
    if (CountWords(declared) >= needed) {
      out = std::move(declared);
      out += '\n';
      st.method = "json-ld";
    }
  }
  return out;
}

}  // namespace corroborate::html
