#include "corroborate/cli/corpus_commands.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "corroborate/cli/cli.h"
#include "corroborate/ingest/record.h"
#include "corroborate/pipeline/corpus_ingest.h"
#include "corroborate/pipeline/corpus_records.h"
#include "corroborate/store/store.h"

namespace corroborate::cli {
namespace {

using nlohmann::json;

constexpr const char* kIngestHelp = R"(Stores articles in a corpus, each placed in a story as it arrives.
Reads every INPUT as `extract` does (HTML, WARC/ARC, JSON lines, text; plain or gzip) into the
SQLite store --db (created when missing). Syndicated copies are linked to the earliest copy and
join its story; other articles go to the story they match (content, names, places, dates), or
start one. Ingesting the same input again adds nothing; an interrupted run resumes.

Examples:
  corroborate ingest --db news.db CC-NEWS-20240305*.warc.gz
  corroborate stories --db news.db --since 2024-03-05
  corroborate compare --db news.db --story 42

Exit codes: 0 every input read; 3 some inputs or records rejected (see messages); 1 the store
could not be opened or written; 2 bad arguments.)";

Result<store::Store> OpenReadOnly(const std::string& db) {
  store::StoreOptions options;
  options.read_only = true;
  return store::Store::Open(db, options);
}

int RunIngest(const CorpusArgs& args) {
  pipeline::IngestOptions options;
  options.extract = MakeExtractOptions(args.read);
  options.commit_every = args.commit_every;
  const bool progress = !args.read.quiet && ::isatty(STDERR_FILENO) != 0;
  if (progress) {
    options.progress = [last = 0.0](const pipeline::IngestProgress& p) mutable {
      if (p.seconds - last < 0.2) return;
      last = p.seconds;
      std::fprintf(stderr, "\r%zu inputs done, %zu records, %zu new articles, %.0f articles/s   ",
                   p.inputs_done, p.records, p.stored, p.records / std::max(p.seconds, 1e-3));
    };
  }
  auto run = pipeline::RunIngest(args.db, args.read.inputs, options);
  if (progress) std::fprintf(stderr, "\n");
  if (!run.ok()) {
    std::fprintf(stderr, "corroborate: ingest: %s\n", run.status().ToString().c_str());
    return kExitFailure;
  }
  const pipeline::IngestSummary& s = *run;
  if (!args.read.quiet) {
    for (const Diagnostic& d : s.extract.diagnostics) {
      std::fprintf(stderr, "corroborate: %s: %s: %s\n", d.severity.c_str(), d.input.c_str(),
                   d.message.c_str());
    }
    std::fprintf(stderr,
                 "corroborate: %zu inputs (%zu already ingested), %zu records, %zu new articles "
                 "(%zu already stored), %zu syndicated copies, %zu stories started, %zu merged, "
                 "%zu skipped; %.1f s (%zu stored articles replayed in %.1f s)\n",
                 s.inputs, s.inputs_skipped, s.records, s.stored, s.already_stored,
                 s.placed.duplicates, s.placed.stories_started, s.placed.stories_merged,
                 s.extract.totals.skipped, s.seconds, s.replayed, s.replay_seconds);
  }
  return s.extract.totals.errors > 0 ? kExitPartial : kExitOk;
}

std::string Csv(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

int RunStories(const CorpusArgs& args) {
  auto store = OpenReadOnly(args.db);
  if (!store.ok()) {
    std::fprintf(stderr, "corroborate: stories: %s\n", store.status().ToString().c_str());
    return kExitFailure;
  }
  store::StoryFilter filter;
  if (!args.since.empty()) filter.since = args.since;
  filter.limit = args.limit;
  auto stories = store->ListStories(filter);
  if (!stories.ok()) {
    std::fprintf(stderr, "corroborate: stories: %s\n", stories.status().ToString().c_str());
    return kExitFailure;
  }
  // jsonl lists each story's articles: read them all in one query, not one per story.
  std::map<int64_t, std::vector<std::string>> article_ids;
  if (args.format == "jsonl") {
    std::vector<int64_t> listed;
    listed.reserve(stories->size());
    for (const store::StorySummary& s : *stories) listed.push_back(s.id);
    auto ids = store->ArticleIdsByStory(listed);
    if (!ids.ok()) {
      std::fprintf(stderr, "corroborate: stories: %s\n", ids.status().ToString().c_str());
      return kExitFailure;
    }
    article_ids = std::move(ids).value();
  }
  if (args.format == "csv") {
    std::printf("id,headline,size,outlets,duplicates,first_seen,last_seen\n");
  }
  for (const store::StorySummary& s : *stories) {
    const std::string first = s.first_seen.value_or(""), last = s.last_seen.value_or("");
    if (args.format == "jsonl") {
      json j = {{"id", s.id},          {"headline", s.headline},
                {"size", s.size},      {"outlets", s.outlet_count},
                {"duplicates", s.duplicate_count},
                {"first_seen", s.first_seen ? json(*s.first_seen) : json(nullptr)},
                {"last_seen", s.last_seen ? json(*s.last_seen) : json(nullptr)},
                {"article_ids", article_ids[s.id]}};
      std::printf("%s\n", j.dump(-1, ' ', false, json::error_handler_t::replace).c_str());
    } else if (args.format == "csv") {
      std::printf("%lld,%s,%lld,%lld,%lld,%s,%s\n", static_cast<long long>(s.id),
                  Csv(s.headline).c_str(), static_cast<long long>(s.size),
                  static_cast<long long>(s.outlet_count),
                  static_cast<long long>(s.duplicate_count), first.c_str(), last.c_str());
    } else {
      std::printf("%6lld  %4lld articles  %3lld outlets  %3lld copies  %-10.10s..%-10.10s  %s\n",
                  static_cast<long long>(s.id), static_cast<long long>(s.size),
                  static_cast<long long>(s.outlet_count),
                  static_cast<long long>(s.duplicate_count), first.c_str(), last.c_str(),
                  s.headline.c_str());
    }
  }
  return kExitOk;
}

int RunDuplicates(const CorpusArgs& args) {
  auto store = OpenReadOnly(args.db);
  if (!store.ok()) {
    std::fprintf(stderr, "corroborate: duplicates: %s\n", store.status().ToString().c_str());
    return kExitFailure;
  }
  std::map<std::string, std::vector<store::ArticleRecord>> copies_of;  // original id -> copies
  store::ArticleScan scan;
  scan.duplicates_only = true;
  scan.with_text = false;
  Status s = store->ForEachArticle(scan, [&](const store::ArticleRecord& a) {
    copies_of[*a.duplicate_of].push_back(a);
    return true;
  });
  if (!s.ok()) {
    std::fprintf(stderr, "corroborate: duplicates: %s\n", s.ToString().c_str());
    return kExitFailure;
  }
  auto brief = [](const store::ArticleRecord& a) {
    return json{{"id", a.id},
                {"url", a.url},
                {"source_domain", a.source_domain},
                {"date_publish", a.date_publish ? json(*a.date_publish) : json(nullptr)}};
  };
  for (const auto& [original_id, copies] : copies_of) {
    auto original = store->FindArticle(original_id);
    if (!original.ok()) continue;
    if (args.format == "jsonl") {
      json group = {{"original", brief(*original)}, {"title", original->title},
                    {"copies", json::array()}};
      for (const auto& c : copies) group["copies"].push_back(brief(c));
      std::printf("%s\n", group.dump(-1, ' ', false, json::error_handler_t::replace).c_str());
      continue;
    }
    std::printf("%s  (%zu copies)\n  original  %s  %s\n", original->title.c_str(), copies.size(),
                original->date_publish.value_or("?").c_str(), original->url.c_str());
    for (const auto& c : copies) {
      std::printf("  copy      %s  %s\n", c.date_publish.value_or("?").c_str(), c.url.c_str());
    }
  }
  return kExitOk;
}

}  // namespace

void AddCorpusCommands(CLI::App* app, CorpusArgs* args) {
  CLI::App* ingest = app->add_subcommand("ingest", "Store articles and place them in stories");
  ingest->footer(kIngestHelp);
  ingest->add_option("INPUT", args->read.inputs, "Files or directories, as for extract")
      ->required();
  ingest->add_option("--db", args->db, "The store (SQLite)")->capture_default_str();
  ingest->add_option("-j,--jobs", args->read.jobs,
                     "Threads for extraction, signatures and features (0: one per core)")
      ->capture_default_str();
  ingest->add_option("--commit-every", args->commit_every,
                     "Articles per transaction (a killed run loses at most one)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  ingest->add_option("--max-bytes", args->read.max_mb, "Largest page or record to read, MiB")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  ingest->add_flag("-q,--quiet", args->read.quiet, "No progress, messages or summary");

  CLI::App* stories = app->add_subcommand("stories", "List the stories of a store");
  stories->add_option("--db", args->db, "The store (SQLite)")->capture_default_str();
  stories->add_option("--since", args->since,
                      "Only stories last seen on or after this date (YYYY-MM-DD)");
  stories->add_option("--limit", args->limit, "At most this many stories (0: all)")
      ->capture_default_str();
  stories->add_option("-f,--format", args->format,
                      "text (one line each), jsonl (with article ids) or csv")
      ->check(CLI::IsMember({"text", "jsonl", "csv"}))
      ->capture_default_str();

  CLI::App* duplicates =
      app->add_subcommand("duplicates", "List syndicated copies, grouped under their original");
  duplicates->add_option("--db", args->db, "The store (SQLite)")->capture_default_str();
  duplicates->add_option("-f,--format", args->format, "text or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
}

int RunCorpusCommand(CLI::App* app, const CorpusArgs& args) {
  if (app->get_subcommand("ingest")->parsed()) return RunIngest(args);
  if (app->get_subcommand("stories")->parsed()) return RunStories(args);
  if (app->get_subcommand("duplicates")->parsed()) return RunDuplicates(args);
  return -1;
}

Result<std::vector<Article>> LoadStoredStory(const std::string& db, int64_t story,
                                             const std::string& article_id) {
  ASSIGN_OR_RETURN(store::Store store, OpenReadOnly(db));
  if (!article_id.empty()) {
    ASSIGN_OR_RETURN(store::ArticleRecord a, store.FindArticle(article_id));
    if (!a.story_id) return NotFound("article " + article_id + " is in no story yet");
    story = *a.story_id;
  }
  ASSIGN_OR_RETURN(std::vector<store::ArticleRecord> rows, store.StoryArticles(story));
  std::vector<Article> articles;
  for (const store::ArticleRecord& row : rows) {
    articles.push_back(ingest::ArticleFromRecord(pipeline::FromArticleRecord(row)));
  }
  return articles;
}

}  // namespace corroborate::cli
