#include "corroborate/ingest/reader.h"

#include <filesystem>
#include <set>

#include "corroborate/common/file.h"
#include "corroborate/common/utf8.h"
#include "corroborate/ingest/format.h"
#include "corroborate/ingest/html.h"
#include "corroborate/ingest/json_lines.h"
#include "corroborate/ingest/outlet.h"
#include "corroborate/ingest/plain_text.h"

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

void ReadBytes(const std::string& source, std::string bytes, const ReadOptions& options,
               ReadResult* out) {
  const Format format = DetectFormat(bytes);
  switch (format) {
    case Format::kEmpty:
      Fail(out, source, "empty input: nothing to compare");
      return;
    case Format::kBinary:
      Fail(out, source, "binary data, not an article (text, JSON lines or HTML expected)");
      return;
    case Format::kGzip:
    case Format::kWarc:
      Fail(out, source, std::string(FormatName(format)) +
                            " input is not supported by compare yet; extract it to JSON lines");
      return;
    case Format::kJsonLines: {
      size_t pos = 0, line_no = 0;
      while (pos < bytes.size()) {
        size_t end = bytes.find('\n', pos);
        if (end == std::string::npos) end = bytes.size();
        ++line_no;
        std::string_view line(bytes.data() + pos, end - pos);
        pos = end + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        const std::string where = source + "#" + std::to_string(line_no);
        if (line.size() > options.max_article_bytes * 2) {
          Fail(out, where, "record too large (--max-bytes)");
          continue;
        }
        auto rec = ParseJsonRecord(line);
        if (!rec.ok()) {
          Fail(out, where, rec.status().message());
          continue;
        }
        Article a = std::move(rec).value();
        a.source = where;
        if (a.id.empty()) a.id = Stem(source) + "#" + std::to_string(line_no);
        Add(out, std::move(a), options);
      }
      return;
    }
    case Format::kHtml: {
      auto rec = ExtractHtml(utf8::Sanitize(bytes));
      if (!rec.ok()) {
        Fail(out, source, rec.status().message());
        return;
      }
      Article a = std::move(rec).value();
      a.source = source;
      a.id = Stem(source);
      ReadLeadingMetadata(&a);
      Add(out, std::move(a), options);
      return;
    }
    case Format::kText: {
      if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        out->diagnostics.push_back({source, "warning", "UTF-8 byte order mark removed"});
        bytes.erase(0, 3);
      }
      if (size_t bad = utf8::FirstInvalid(bytes); bad != bytes.size()) {
        out->diagnostics.push_back(
            {source, "warning",
             "invalid UTF-8 at byte " + std::to_string(bad) +
                 "; invalid bytes were replaced by U+FFFD, so offsets refer to the cleaned text"});
        bytes = utf8::Sanitize(bytes);
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

ReadResult ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options) {
  ReadResult out;
  for (const std::string& input : inputs) {
    auto files = ExpandInput(input);
    if (!files.ok()) {
      Fail(&out, input, files.status().message());
      continue;
    }
    if (files->empty()) {
      Fail(&out, input, "directory holds no input files");
      continue;
    }
    for (const std::string& path : *files) {
      auto bytes = ReadFile(path, options.max_file_bytes);
      if (!bytes.ok()) {
        Fail(&out, path, bytes.status().ToString());
        continue;
      }
      ReadBytes(path, std::move(bytes).value(), options, &out);
    }
  }
  // Make ids unique within the run.
  std::set<std::string> seen;
  for (Article& a : out.articles) {
    std::string id = a.id;
    for (int k = 2; !seen.insert(id).second; ++k) id = a.id + "-" + std::to_string(k);
    a.id = id;
  }
  return out;
}

}  // namespace corroborate::ingest
