// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "parallel_for.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <system_error>
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
  // An exception in a worker (std::bad_alloc in the CLI's own code) ends
  // the batch and is rethrown on the calling thread, as with one thread,
  // instead of terminating the process.
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto work = [&](size_t worker) {
    try {
      for (size_t i = next.fetch_add(1, std::memory_order_relaxed); i < n;
           i = next.fetch_add(1, std::memory_order_relaxed)) {
        job(i, worker);
      }
    } catch (...) {
      next.store(n, std::memory_order_relaxed);
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (failure == nullptr) failure = std::current_exception();
    }
  };
  {
    std::vector<std::jthread> threads;
    threads.reserve(workers - 1);
    for (size_t w = 1; w < workers; ++w) {
      // A thread the system will not give: the others do its share.
      try {
        threads.emplace_back(work, w);
      } catch (const std::system_error&) {
        break;
      }
    }
    work(0);
  }  // joins
  if (failure != nullptr) std::rethrow_exception(failure);
}

}  // namespace khabar::cli
