// SPDX-License-Identifier: MIT
#include "hss/metrics/DurationStats.h"

#include <algorithm>

namespace hss::metrics {

DurationStats DurationStats::of(std::vector<std::int64_t> durationsMs, std::size_t excluded)
{
    DurationStats stats;
    stats.count = durationsMs.size();
    stats.excluded = excluded;
    if (durationsMs.empty()) {
        return stats;
    }
    const std::size_t n = durationsMs.size();

    // Summing in double keeps 100,000 durations of years each far from overflow; ms values are exact in a double.
    double sum = 0.0;
    for (const std::int64_t duration : durationsMs) {
        sum += static_cast<double>(duration);
    }
    stats.meanMs = sum / static_cast<double>(n);

    // Selection instead of a full sort: linear time, and only the ranks asked for are put in place.
    const auto begin = durationsMs.begin();
    const std::size_t middle = n / 2;
    std::nth_element(begin, begin + static_cast<std::ptrdiff_t>(middle), durationsMs.end());
    const auto upperMiddle = static_cast<double>(durationsMs[middle]);
    // For an even count the other middle value is the largest of the lower half nth_element left in front.
    stats.medianMs = n % 2 == 1
        ? upperMiddle
        : (static_cast<double>(*std::max_element(begin, begin + static_cast<std::ptrdiff_t>(middle))) + upperMiddle)
            / 2.0;

    // Nearest rank ceil(0.9 n) in integers, so 0.9 * 10 cannot round up to rank 10 through floating point.
    const std::size_t rank = (9 * n + 9) / 10;
    std::nth_element(begin, begin + static_cast<std::ptrdiff_t>(rank - 1), durationsMs.end());
    stats.p90Ms = static_cast<double>(durationsMs[rank - 1]);
    return stats;
}

} // namespace hss::metrics
