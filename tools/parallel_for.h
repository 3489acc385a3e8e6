// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The CLI's batches on several threads: ParallelFor runs job(i, worker) for
// every i in [0, n), each on one of `workers` threads (worker 0 is the
// calling thread), and returns when all are done. Jobs are handed out one
// at a time in index order, so a slow record does not hold back a fixed
// share of the batch. `worker` names the thread's own state (its analyzer,
// its output buffers): two jobs never run with the same worker at once.
// If a job throws, the workers take no more jobs and the first exception
// is rethrown here once all have stopped; a thread the system refuses to
// start is done without (the others take its share).

#ifndef KHABAR_TOOLS_PARALLEL_FOR_H_
#define KHABAR_TOOLS_PARALLEL_FOR_H_

#include <cstddef>
#include <functional>

namespace khabar::cli {

// The number of workers `--threads N` asks for: N, or for 0 the machine's
// hardware threads (at least 1).
size_t ResolveThreadCount(size_t requested);

void ParallelFor(size_t n, size_t workers,
                 const std::function<void(size_t index, size_t worker)>& job);

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_PARALLEL_FOR_H_
