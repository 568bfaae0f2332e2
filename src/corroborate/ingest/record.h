// Record: one extracted article as `corroborate extract` writes it, with the news-please /
// CC-NEWS field names, plus its id, provenance and extraction statistics. Records are made from
// web pages (HTML, possibly inside WARC), from JSON lines (unknown fields pass through) and from
// plain text; every later command turns them into Articles.
#ifndef CORROBORATE_INGEST_RECORD_H_
#define CORROBORATE_INGEST_RECORD_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/common/status.h"
#include "corroborate/core/article.h"
#include "corroborate/html/page.h"

namespace corroborate::ingest {

// How the publication date is known.
enum class DateStatus { kUnknown, kFound, kGuessed };
const char* DateStatusName(DateStatus s);  // "unknown", "found", "guessed"

struct RecordStats {
  size_t input_bytes = 0;       // the page or record as read
  size_t text_bytes = 0;        // maintext
  std::string charset;          // pages: the charset decoded from ("" for JSON / text)
  std::string charset_source;   // "bom", "http", "meta", "detected", "default"
  size_t replaced_bytes = 0;    // invalid byte sequences replaced by U+FFFD
  std::string method;           // how the body was found ("container", "json-ld", "input"...)
};

struct Record {
  std::string id;            // SHA-256 of the normalized URL (ingest/url.h), else of the text
  bool id_computed = false;  // true when the input gave no id (JSON lines may carry their own)
  std::string url;           // the canonical URL when the page declares one, else as fetched
  std::string source;        // input path; "path@offset" in a WARC; "path#line" in JSON lines
  std::string title;
  std::string maintext;      // the article body, one block per line
  std::string description;
  std::optional<std::string> date_publish;  // ISO 8601; nullopt when unknown
  DateStatus date_status = DateStatus::kUnknown;
  std::string date_source;   // "json-ld", "meta", "time", "url", "text", "input" or ""
  std::vector<std::string> authors;
  std::string source_domain;  // host without "www.", from the URL
  bool source_domain_given = false;  // JSON lines: the input named it (else it is the URL's)
  std::string site_name;      // the outlet as the page names itself, or ""
  std::string language;       // ISO 639-1, or "" when unknown
  RecordStats stats;
  nlohmann::json extra = nlohmann::json::object();  // JSON-lines fields we do not map
};

struct RecordOptions {
  html::PageOptions page;
  bool detect_language = true;  // CLD2 on the body; else the page's declared language
};

// A record from a web page. `url` is where it was fetched ("" when unknown), `content_type` the
// HTTP Content-Type or "". Errors as html::ExtractPage, and EmptyInput when the page holds no
// article text.
Result<Record> RecordFromHtml(std::string_view bytes, std::string_view url,
                              std::string_view content_type, std::string source,
                              const RecordOptions& options = {});

// A record from one JSON line with news-please field names (`maintext` or `text` required).
// Unknown fields are kept in `extra`; a missing `id` is computed. Errors: InvalidInput (not a
// JSON object, no body field), EmptyInput (blank body).
Result<Record> RecordFromJson(std::string_view line, std::string source,
                              const RecordOptions& options = {});

// A record from a plain-text article (see plain_text.h for the metadata lines it reads).
// REQUIRES: `text` is valid UTF-8.
Record RecordFromText(std::string text, std::string source, const RecordOptions& options = {});

// The record as one JSON object (docs/extract-format.md); unknown input fields come back.
nlohmann::json RecordToJson(const Record& record);

// The article that compare and later stages analyse. `removed` holds the leading metadata lines
// (plain_text.h); the outlet comes from the site name, else the domain, else a cue in the text.
Article ArticleFromRecord(const Record& record);

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_RECORD_H_
