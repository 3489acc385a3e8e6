// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The CLI's worker loop (tools/parallel_for.h): every job runs once, a
// worker's state is never used by two jobs at once, and a job's exception
// reaches the caller instead of ending the process.

#include "parallel_for.h"

#include <atomic>
#include <cstddef>
#include <stdexcept>
#include <vector>

#include "gtest/gtest.h"

namespace khabar::cli {
namespace {

TEST(ParallelForTest, EveryIndexRunsOnceOnAValidWorker) {
  for (size_t workers : {1, 2, 4, 9}) {
    for (size_t n : {0, 1, 7, 1000}) {
      std::vector<std::atomic<int>> runs(n);
      std::atomic<bool> bad_worker{false};
      ParallelFor(n, workers, [&](size_t i, size_t worker) {
        runs[i].fetch_add(1);
        if (worker >= workers) bad_worker = true;
      });
      for (size_t i = 0; i < n; ++i) {
        EXPECT_EQ(runs[i].load(), 1)
            << "index " << i << " of " << n << ", " << workers << " workers";
      }
      EXPECT_FALSE(bad_worker);
    }
  }
}

TEST(ParallelForTest, AWorkerRunsOneJobAtATime) {
  constexpr size_t kWorkers = 4;
  std::vector<std::atomic<bool>> busy(kWorkers);
  std::atomic<bool> overlap{false};
  std::atomic<size_t> sum{0};
  ParallelFor(2000, kWorkers, [&](size_t i, size_t worker) {
    if (busy[worker].exchange(true)) overlap = true;
    // Long enough for another worker to start a job meanwhile.
    std::atomic<int> spin{0};
    while (spin.fetch_add(1, std::memory_order_relaxed) < 200) {
    }
    sum.fetch_add(i);
    busy[worker] = false;
  });
  EXPECT_FALSE(overlap);
  EXPECT_EQ(sum.load(), size_t{2000} * 1999 / 2);
}

TEST(ParallelForTest, AJobsExceptionReachesTheCaller) {
  for (size_t workers : {1, 3}) {
    std::atomic<size_t> ran{0};
    EXPECT_THROW(ParallelFor(500, workers,
                             [&](size_t i, size_t) {
                               ran.fetch_add(1);
                               if (i == 17) throw std::runtime_error("job 17");
                             }),
                 std::runtime_error)
        << workers << " workers";
    // On one thread nothing runs after the job that threw (several
    // threads may already hold later jobs).
    if (workers == 1) {
      EXPECT_EQ(ran.load(), size_t{18});
    }
  }
}

TEST(ParallelForTest, ThreadCountZeroMeansTheMachinesThreads) {
  EXPECT_GE(ResolveThreadCount(0), size_t{1});
  EXPECT_EQ(ResolveThreadCount(3), size_t{3});
}

}  // namespace
}  // namespace khabar::cli
