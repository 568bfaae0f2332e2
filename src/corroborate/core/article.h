// Article: one input document as read, with its metadata and the spans removed as clutter.
#ifndef CORROBORATE_CORE_ARTICLE_H_
#define CORROBORATE_CORE_ARTICLE_H_

#include <optional>
#include <string>
#include <vector>

#include "corroborate/core/span.h"

namespace corroborate {

// Where an article's outlet name came from.
enum class OutletSource { kUnknown, kMetadata, kUrl, kByline, kText };
const char* OutletSourceName(OutletSource s);

// A part of the text that is not article body: metadata lines, ads, share prompts...
struct Removed {
  Span span;
  std::string reason;  // e.g. "metadata: date", "clutter: share prompt"
};

struct Article {
  std::string id;      // unique within a run: file stem, JSONL `id`, or source-derived
  std::string source;  // the input path as given; "path#line" for JSON lines
  std::optional<std::string> outlet;  // nullopt when no cue names it: never invented
  OutletSource outlet_source = OutletSource::kUnknown;
  std::string title;
  std::optional<std::string> published;  // ISO date "YYYY-MM-DD"
  std::string byline;                    // author names, without "By"
  std::string url;
  std::string language;  // ISO 639-1 when known
  std::string text;      // the full text as read; every Span of this article indexes it
  std::vector<Removed> removed;  // sorted by start, non-overlapping after NormalizeRemoved()
  // The body is text[0, text.size()) minus `removed`.

  // Sorts `removed` and merges overlapping ranges (keeping the first reason).
  void NormalizeRemoved();
  // True when `span` overlaps any removed range. REQUIRES: NormalizeRemoved() was called.
  bool IsRemoved(Span span) const;
};

}  // namespace corroborate

#endif  // CORROBORATE_CORE_ARTICLE_H_
