// ParallelFor: runs fn(i, worker) for every i in [0, n) on `jobs` threads (the caller's thread is
// worker 0), handing out indices one at a time so that uneven items balance. Returns when all
// are done. For per-item work that is independent; `fn` must be safe to call concurrently for
// different workers, and `worker` (0 <= worker < jobs) lets it use per-thread state.
#ifndef CORROBORATE_COMMON_PARALLEL_H_
#define CORROBORATE_COMMON_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace corroborate {

// Threads to use for `requested` jobs: itself when positive, else one per core (at least 1).
inline int ResolveJobs(int requested) {
  if (requested > 0) return requested;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

template <typename Fn>
void ParallelFor(size_t n, int jobs, const Fn& fn) {
  const int threads_wanted =
      static_cast<int>(std::min<size_t>(static_cast<size_t>(std::max(jobs, 1)), n));
  std::atomic<size_t> next{0};
  auto work = [&](int worker) {
    for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) fn(i, worker);
  };
  std::vector<std::thread> threads;
  for (int t = 1; t < threads_wanted; ++t) threads.emplace_back(work, t);
  work(0);
  for (std::thread& t : threads) t.join();
}

}  // namespace corroborate

#endif  // CORROBORATE_COMMON_PARALLEL_H_
