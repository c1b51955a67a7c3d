// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <cstdint>

namespace hss::bench {

/// What one run of hss-bench-store does; the defaults are the workload of issue 3.
struct BenchmarkOptions
{
    int tickets = 100'000;
    int articles = 20'000;
    int batchSize = 1'000; ///< rows per transaction during the bulk insert
    int repeat = 60; ///< timed runs of each query on each store
    int warmup = 3; ///< untimed runs before them
    int opens = 15; ///< timed opens of each store
    std::uint64_t seed = 20'260'101;
    QString directory; ///< where the two stores go; empty: a temporary directory, removed afterwards
    bool explain = true; ///< print EXPLAIN QUERY PLAN for the queue and search statements
    bool reuse = false; ///< time the stores a previous run left in directory instead of filling new ones
    int cacheMb = 0; ///< what-if: PRAGMA cache_size in MiB on both connections; 0 keeps the store's own setting
};

} // namespace hss::bench
