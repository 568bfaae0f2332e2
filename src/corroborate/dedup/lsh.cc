#include "corroborate/dedup/lsh.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <cassert>
#include <limits>

namespace corroborate::dedup {
namespace {

constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
constexpr int kMaxBands = 1024;

}  // namespace

Status ValidateOptions(const LshOptions& options) {
  if (options.bands < 1 || options.rows < 1 || options.bands > kMaxBands ||
      options.rows > kMaxBands || options.bands * options.rows > 1024) {
    return InvalidArgument("lsh needs bands >= 1, rows >= 1 and bands * rows <= 1024");
  }
  if (options.max_bucket < 1) return InvalidArgument("lsh max_bucket must be >= 1");
  return Status::Ok();
}

LshIndex::LshIndex(const LshOptions& options) : options_(options) {
  assert(ValidateOptions(options).ok());
  table_.resize(1024);
}

bool LshIndex::BandKeys(const Signature& sig, uint64_t* keys) const {
  const auto rows = static_cast<size_t>(options_.rows);
  if (sig.values.size() < static_cast<size_t>(options_.bands) * rows) return false;
  for (int b = 0; b < options_.bands; ++b) {
    // The band number is in the seed, so equal values in different bands are different keys
    // and one table serves all bands.
    uint64_t key = XXH3_64bits_withSeed(sig.values.data() + b * rows, rows * sizeof(uint32_t),
                                        options_.seed + static_cast<uint64_t>(b));
    keys[b] = key == 0 ? 1 : key;
  }
  return true;
}

size_t LshIndex::Find(uint64_t key) const {
  const size_t mask = table_.size() - 1;
  // Keys are XXH3 outputs, uniform already: their low bits index the table directly.
  size_t i = static_cast<size_t>(key) & mask;
  while (table_[i].key != 0 && table_[i].key != key) i = (i + 1) & mask;
  return i;
}

void LshIndex::Rehash(size_t slots) {
  std::vector<Slot> old = std::move(table_);
  table_.assign(slots, Slot{});
  for (const Slot& s : old) {
    if (s.key != 0) table_[Find(s.key)] = s;
  }
}

Status LshIndex::Insert(uint64_t id, const Signature& sig) {
  uint64_t keys[kMaxBands];
  if (!BandKeys(sig, keys)) {
    return InvalidArgument("signature shorter than lsh bands * rows");
  }
  const auto bands = static_cast<size_t>(options_.bands);
  if ((ids_.size() + 1) * bands >= kNone) return TooLarge("lsh index is full");
  const auto article = static_cast<uint32_t>(ids_.size());
  ids_.push_back(id);
  next_.resize(next_.size() + bands, kNone);
  for (size_t b = 0; b < bands; ++b) {
    if ((used_ + 1) * 4 > table_.size() * 3) Rehash(table_.size() * 2);
    Slot& slot = table_[Find(keys[b])];
    const auto entry = static_cast<uint32_t>(article * bands + b);
    if (slot.key == 0) {
      slot.key = keys[b];
      slot.head = entry;
      slot.count = 1;
      ++used_;
    } else if (slot.count >= options_.max_bucket) {
      ++capped_;
    } else {
      next_[entry] = slot.head;
      slot.head = entry;
      ++slot.count;
    }
  }
  return Status::Ok();
}

void LshIndex::Query(const Signature& sig, std::vector<uint64_t>* out) const {
  out->clear();
  uint64_t keys[kMaxBands];
  if (!BandKeys(sig, keys)) return;
  const auto bands = static_cast<uint32_t>(options_.bands);
  // Collect article numbers first: an article found through several bands is listed once.
  thread_local std::vector<uint32_t> found;
  found.clear();
  for (uint32_t b = 0; b < bands; ++b) {
    const Slot& slot = table_[Find(keys[b])];
    if (slot.key == 0) continue;
    for (uint32_t e = slot.head; e != kNone; e = next_[e]) found.push_back(e / bands);
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  out->reserve(found.size());
  for (uint32_t a : found) out->push_back(ids_[a]);
}

std::vector<uint64_t> LshIndex::Query(const Signature& sig) const {
  std::vector<uint64_t> out;
  Query(sig, &out);
  return out;
}

void LshIndex::Reserve(size_t articles) {
  const size_t entries = articles * static_cast<size_t>(options_.bands);
  size_t slots = table_.size();
  while (entries * 4 > slots * 3) slots *= 2;
  if (slots > table_.size()) Rehash(slots);
  ids_.reserve(articles);
  next_.reserve(entries);
}

size_t LshIndex::MemoryBytes() const {
  return ids_.capacity() * sizeof(uint64_t) + next_.capacity() * sizeof(uint32_t) +
         table_.capacity() * sizeof(Slot);
}

}  // namespace corroborate::dedup
