// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "parallel_for.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace khabar::cli {

size_t ResolveThreadCount(size_t requested) {
  if (requested > 0) return requested;
  return std::max<size_t>(1, std::thread::hardware_concurrency());
}

void ParallelFor(size_t n, size_t workers,
                 const std::function<void(size_t index, size_t worker)>& job) {
  workers = std::max<size_t>(1, std::min(workers, n));
  if (workers == 1) {
    for (size_t i = 0; i < n; ++i) job(i, 0);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&](size_t worker) {
    for (size_t i = next.fetch_add(1, std::memory_order_relaxed); i < n;
         i = next.fetch_add(1, std::memory_order_relaxed)) {
      job(i, worker);
    }
  };
  std::vector<std::jthread> threads;
  threads.reserve(workers - 1);
  for (size_t w = 1; w < workers; ++w) threads.emplace_back(work, w);
  work(0);
}

}  // namespace khabar::cli
