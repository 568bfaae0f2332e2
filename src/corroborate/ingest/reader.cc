#include "corroborate/ingest/reader.h"

#include <filesystem>
#include <set>

#include "corroborate/common/file.h"
#include "corroborate/ingest/extract_item.h"
#include "corroborate/ingest/input_stream.h"
#include "corroborate/ingest/json_lines.h"
#include "corroborate/ingest/outlet.h"
#include "corroborate/ingest/plain_text.h"
#include "corroborate/ingest/text_repair.h"

namespace corroborate::ingest {
namespace {

void Fail(ReadResult* out, const std::string& input, const std::string& message) {
  out->diagnostics.push_back({input, "error", message});
  ++out->inputs_failed;
}

std::string Stem(const std::string& path) {
  std::string s = std::filesystem::path(path).stem().string();
  return s.empty() ? path : s;
}

// Outlet from in-text cues when metadata named none; never invented.
void FillOutletFromText(Article* a) {
  if (a->outlet) return;
  if (auto cue = FindOutletCue(a->text)) {
    a->outlet = cue->outlet;
    a->outlet_source = OutletSource::kText;
  }
}

void Add(ReadResult* out, Article a, const ReadOptions& options) {
  if (out->articles.size() >= options.max_articles) {
    Fail(out, a.source, "skipped: more than " + std::to_string(options.max_articles) +
                            " articles (--max-articles)");
    return;
  }
  FillOutletFromText(&a);
  out->articles.push_back(std::move(a));
}

}  // namespace

namespace {

// Adds the article of one item. Plain text keeps the file's exact bytes when they are valid
// UTF-8, so that every span indexes the input; JSON lines keep their own id.
void AddItem(InputItem item, const ReadOptions& options, ReadResult* out) {
  const std::string& source = item.source;
  switch (item.kind) {
    case InputItem::Kind::kJson: {
      if (item.bytes.size() > options.max_article_bytes * 2) {
        Fail(out, source, "record too large (--max-bytes)");
        return;
      }
      auto rec = ParseJsonRecord(item.bytes);
      if (!rec.ok()) {
        Fail(out, source, rec.status().message());
        return;
      }
      Article a = std::move(rec).value();
      a.source = source;
      if (a.id.empty()) {
        const size_t hash = source.rfind('#');
        a.id = Stem(source.substr(0, hash)) + source.substr(hash);
      }
      Add(out, std::move(a), options);
      return;
    }
    case InputItem::Kind::kPage: {
      auto rec = ExtractItem(item, RecordOptions{});
      if (!rec.ok()) {
        Fail(out, source, rec.status().message());
        return;
      }
      Article a = ArticleFromRecord(*rec);
      // A file is named by its stem; an archive record by its site and a short id.
      a.id = item.url.empty() ? Stem(source)
                              : (rec->source_domain.empty() ? "page" : rec->source_domain) + "-" +
                                    rec->id.substr(0, 10);
      if (a.text.size() > options.max_article_bytes) {
        Fail(out, source, "article text of " + std::to_string(a.text.size()) +
                              " bytes exceeds the limit (--max-bytes)");
        return;
      }
      Add(out, std::move(a), options);
      return;
    }
    case InputItem::Kind::kText: {
      std::string bytes = std::move(item.bytes);
      const TextRepair repair = RepairUtf8Text(&bytes);
      if (repair.bom_removed) {
        out->diagnostics.push_back({source, "warning", "UTF-8 byte order mark removed"});
      }
      if (repair.replaced) {
        out->diagnostics.push_back(
            {source, "warning",
             "invalid UTF-8 at byte " + std::to_string(repair.first_invalid) +
                 "; invalid bytes were replaced by U+FFFD, so offsets refer to the cleaned text"});
      }
      if (bytes.size() > options.max_article_bytes) {
        Fail(out, source, "article text of " + std::to_string(bytes.size()) +
                              " bytes exceeds the limit (--max-bytes)");
        return;
      }
      Article a = ParsePlainText(std::move(bytes));
      a.source = source;
      a.id = Stem(source);
      Add(out, std::move(a), options);
      return;
    }
  }
}

InputOptions StreamOptions(const ReadOptions& options) {
  InputOptions o;
  o.max_file_bytes = options.max_file_bytes;
  o.max_line_bytes = options.max_article_bytes * 2;
  o.warc.max_record_bytes = options.max_file_bytes;
  return o;
}

void Drain(InputStream* stream, const ReadOptions& options, ReadResult* out) {
  InputItem item;
  std::vector<Diagnostic> diagnostics;
  while (stream->Next(&item, &diagnostics)) {
    for (Diagnostic& d : diagnostics) Fail(out, d.input, d.message);
    diagnostics.clear();
    AddItem(std::move(item), options, out);
    item = InputItem{};
  }
  for (Diagnostic& d : diagnostics) Fail(out, d.input, d.message);
}

// Makes ids unique within the run.
void UniqueIds(ReadResult* out) {
  std::set<std::string> seen;
  for (Article& a : out->articles) {
    std::string id = a.id;
    for (int k = 2; !seen.insert(id).second; ++k) id = a.id + "-" + std::to_string(k);
    a.id = id;
  }
}

}  // namespace

void ReadBytes(const std::string& source, std::string bytes, const ReadOptions& options,
               ReadResult* out) {
  InputStream stream = InputStream::FromBytes(source, std::move(bytes), StreamOptions(options));
  Drain(&stream, options, out);
}

ReadResult ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options) {
  ReadResult out;
  InputStream stream(inputs, StreamOptions(options));
  Drain(&stream, options, &out);
  UniqueIds(&out);
  return out;
}

}  // namespace corroborate::ingest
