#include "corroborate/dedup/near_duplicates.h"

#include <algorithm>
#include <map>
#include <string>

namespace corroborate::dedup {
namespace {

int64_t SortTime(int64_t published) {
  return published == kUnknownTime ? std::numeric_limits<int64_t>::max() : published;
}

}  // namespace

Status ValidateOptions(const NearDuplicateOptions& options) {
  RETURN_IF_ERROR(ValidateOptions(options.minhash));
  RETURN_IF_ERROR(ValidateOptions(options.lsh));
  if (options.lsh.bands * options.lsh.rows > options.minhash.num_perm) {
    return InvalidArgument("lsh bands * rows exceeds minhash num_perm");
  }
  if (!(options.jaccard_threshold > 0.0 && options.jaccard_threshold <= 1.0) ||
      !(options.containment_threshold > 0.0 && options.containment_threshold <= 1.0) ||
      !(options.min_length_ratio >= 0.0 && options.min_length_ratio <= 1.0)) {
    return InvalidArgument("near-duplicate thresholds must be in (0, 1]");
  }
  return Status::Ok();
}

NearDuplicateIndex::NearDuplicateIndex(const NearDuplicateOptions& options)
    : options_(options), hasher_(options.minhash), lsh_(options.lsh) {}

Result<std::unique_ptr<NearDuplicateIndex>> NearDuplicateIndex::Create(
    const NearDuplicateOptions& options) {
  RETURN_IF_ERROR(ValidateOptions(options));
  return std::unique_ptr<NearDuplicateIndex>(new NearDuplicateIndex(options));
}

Result<AddResult> NearDuplicateIndex::Add(uint64_t id, std::string_view text, int64_t published) {
  hasher_.Compute(text, &scratch_);
  return AddSignature(id, scratch_, published);
}

Result<AddResult> NearDuplicateIndex::AddSignature(uint64_t id, const Signature& sig,
                                                   int64_t published) {
  const auto n = static_cast<size_t>(options_.minhash.num_perm);
  if (!sig.empty() && sig.values.size() != n) {
    return InvalidArgument("signature length differs from options.minhash.num_perm");
  }
  if (published_.size() >= UINT32_MAX - 1) return TooLarge("near-duplicate index is full");
  const auto me = static_cast<uint32_t>(published_.size());
  if (!slot_of_.emplace(id, me).second) {
    return InvalidArgument("article id added twice: " + std::to_string(id));
  }
  ids_.push_back(id);
  published_.push_back(published);
  parent_.push_back(me);
  original_.push_back(me);
  group_size_.push_back(1);
  shingles_.push_back(sig.shingles);
  const size_t base = sketches_.size();
  sketches_.resize(base + n, 0);
  AddResult result;
  result.original = id;
  if (sig.empty() || sig.words < options_.min_words) return result;
  for (size_t i = 0; i < n; ++i) sketches_[base + i] = static_cast<uint16_t>(sig.values[i]);

  auto [it, inserted] = exact_.emplace(sig.content_hash, me);
  if (!inserted) {
    // An exact copy adds nothing to the LSH index: its band keys are its twin's.
    result.kind = MatchKind::kExact;
    result.matched = ids_[it->second];
    result.similarity = 1.0;
    Union(it->second, me);
  } else {
    lsh_.Query(sig, &candidates_);
    const uint16_t* mine = sketches_.data() + base;
    constexpr double kChance = 1.0 / 65536.0;
    for (uint64_t c : candidates_) {
      const auto other = static_cast<uint32_t>(c);
      const uint16_t* theirs = sketches_.data() + static_cast<size_t>(other) * n;
      size_t equal = 0;
      for (size_t i = 0; i < n; ++i) equal += mine[i] == theirs[i] ? 1 : 0;
      const double share = static_cast<double>(equal) / static_cast<double>(n);
      const double j = std::max(0.0, (share - kChance) / (1.0 - kChance));
      bool copy = j >= options_.jaccard_threshold;
      if (!copy && j > 0.0) {
        const double sa = sig.shingles, sb = shingles_[other];
        const double small = std::min(sa, sb), large = std::max(sa, sb);
        if (small >= options_.min_length_ratio * large) {
          const double containment = std::min(1.0, j * (sa + sb) / (1.0 + j) / small);
          copy = containment >= options_.containment_threshold;
        }
      }
      if (!copy) continue;
      if (result.kind == MatchKind::kNone || j > result.similarity) {
        result.kind = MatchKind::kNear;
        result.matched = ids_[other];
        result.similarity = j;
      }
      Union(other, me);
    }
    RETURN_IF_ERROR(lsh_.Insert(me, sig));
  }
  const uint32_t root = Root(me);
  result.original = ids_[original_[root]];
  result.group_size = group_size_[root];
  return result;
}

uint32_t NearDuplicateIndex::Root(uint32_t a) {
  while (parent_[a] != a) {
    parent_[a] = parent_[parent_[a]];  // path halving
    a = parent_[a];
  }
  return a;
}

bool NearDuplicateIndex::Earlier(uint32_t a, uint32_t b) const {
  const int64_t ta = SortTime(published_[a]), tb = SortTime(published_[b]);
  return ta != tb ? ta < tb : a < b;
}

void NearDuplicateIndex::Union(uint32_t a, uint32_t b) {
  a = Root(a);
  b = Root(b);
  if (a == b) return;
  if (group_size_[a] < group_size_[b]) std::swap(a, b);
  parent_[b] = a;
  group_size_[a] += group_size_[b];
  if (Earlier(original_[b], original_[a])) original_[a] = original_[b];
}

Result<uint64_t> NearDuplicateIndex::OriginalOf(uint64_t id) {
  auto it = slot_of_.find(id);
  if (it == slot_of_.end()) return NotFound("no article with id " + std::to_string(id));
  return ids_[original_[Root(it->second)]];
}

std::vector<DuplicateGroup> NearDuplicateIndex::Groups() {
  std::map<uint32_t, std::vector<uint32_t>> by_original;  // keyed by the original's arrival
  for (uint32_t a = 0; a < published_.size(); ++a) {
    const uint32_t root = Root(a);
    if (group_size_[root] < 2) continue;
    by_original[original_[root]].push_back(a);
  }
  std::vector<DuplicateGroup> groups;
  groups.reserve(by_original.size());
  for (auto& [original, members] : by_original) {
    std::sort(members.begin(), members.end(),
              [this](uint32_t x, uint32_t y) { return Earlier(x, y); });
    DuplicateGroup g;
    g.original = ids_[original];
    for (uint32_t m : members) {
      if (m != original) g.copies.push_back(ids_[m]);
    }
    groups.push_back(std::move(g));
  }
  return groups;
}

void NearDuplicateIndex::Reserve(size_t articles) {
  lsh_.Reserve(articles);
  slot_of_.reserve(articles);
  exact_.reserve(articles);
  ids_.reserve(articles);
  published_.reserve(articles);
  parent_.reserve(articles);
  original_.reserve(articles);
  group_size_.reserve(articles);
  shingles_.reserve(articles);
  sketches_.reserve(articles * static_cast<size_t>(options_.minhash.num_perm));
}

size_t NearDuplicateIndex::MemoryBytes() const {
  // unordered_map nodes: key, value and next pointer plus the bucket array, about 40 bytes.
  constexpr size_t kMapEntry = 40;
  return lsh_.MemoryBytes() + (slot_of_.size() + exact_.size()) * kMapEntry + ids_.capacity() * 8 +
         published_.capacity() * 8 +
         (parent_.capacity() + original_.capacity() + group_size_.capacity() +
          shingles_.capacity()) *
             4 +
         sketches_.capacity() * 2;
}

Result<std::vector<DuplicateGroup>> FindNearDuplicates(std::span<const ArticleText> articles,
                                                       const NearDuplicateOptions& options) {
  ASSIGN_OR_RETURN(auto index, NearDuplicateIndex::Create(options));
  for (const ArticleText& a : articles) {
    ASSIGN_OR_RETURN(AddResult r, index->Add(a.id, a.text, a.published));
    (void)r;
  }
  return index->Groups();
}

}  // namespace corroborate::dedup
