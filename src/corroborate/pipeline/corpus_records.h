// Conversions between the extract stage's Record and the store's ArticleRecord, and the
// MinHash signature's bytes in the store. Internal to the corpus pipeline (corpus_ingest.h).
#ifndef CORROBORATE_PIPELINE_CORPUS_RECORDS_H_
#define CORROBORATE_PIPELINE_CORPUS_RECORDS_H_

#include <cstdint>
#include <vector>

#include "corroborate/common/status.h"
#include "corroborate/dedup/minhash.h"
#include "corroborate/ingest/record.h"
#include "corroborate/store/records.h"

namespace corroborate::pipeline {

// The row for `record` (no story, no duplicate link, no signature yet).
store::ArticleRecord ToArticleRecord(const ingest::Record& record);

// The record a stored row was made from (as far as the row keeps it), for compare --db and for
// rebuilding the clusterer's state.
ingest::Record FromArticleRecord(const store::ArticleRecord& row);

// A signature as stored: little-endian words, shingles, content hash, then the minima.
std::vector<uint8_t> EncodeSignature(const dedup::Signature& sig);
// Errors: InvalidInput when `bytes` is not an encoded signature.
Result<dedup::Signature> DecodeSignature(const std::vector<uint8_t>& bytes);

// The index key of an article id (its first 16 hex digits; any other id is hashed).
uint64_t ArticleKey(const std::string& id);

// Minutes since 1970-01-01 of an ISO date or date-time ("YYYY-MM-DD", "YYYY-MM-DDTHH:MM..."; a
// zone offset is ignored), or dedup::kUnknownTime: the order in which copies were published, so
// that the earliest copy of a wire story is its original even on the day it ran everywhere.
int64_t PublishedMinute(const std::optional<std::string>& iso);

}  // namespace corroborate::pipeline

#endif  // CORROBORATE_PIPELINE_CORPUS_RECORDS_H_
