// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace hss::metrics {

/// Summary of a set of durations in milliseconds. Every statistic is empty when count is 0.
/// - mean: the arithmetic mean.
/// - median: the middle value of the sorted durations; for an even count the mean of the two middle ones.
/// - p90: the nearest-rank 90th percentile: the sorted value at 1-based rank ceil(0.9 * count), so at least 90 %
///   of the durations are <= p90 and p90 is always one of them.
struct DurationStats
{
    std::size_t count = 0; ///< Durations summarised.
    std::size_t excluded = 0; ///< Records that qualified but had an impossible duration (an end before the start).
    std::optional<double> meanMs;
    std::optional<double> medianMs;
    std::optional<double> p90Ms;

    /// Summarises \a durationsMs (any order; all >= 0), recording \a excluded as given.
    static DurationStats of(std::vector<std::int64_t> durationsMs, std::size_t excluded = 0);

    friend bool operator==(const DurationStats&, const DurationStats&) = default;
};

} // namespace hss::metrics
