// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "hss/metrics/Period.h"

namespace hss::metrics::detail {

/// The index of the bucket holding \a instant among \a buckets (consecutive, in time order, as bucketsOf() makes
/// them); the caller has checked that the period holds the instant. Binary search, so a trend over n records and b
/// buckets costs n log b rather than n b.
inline std::size_t bucketIndexOf(const std::vector<Period>& buckets, std::int64_t instant)
{
    const auto after = std::upper_bound(buckets.begin(), buckets.end(), instant,
                                        [](std::int64_t value, const Period& bucket) { return value < bucket.from; });
    return static_cast<std::size_t>(after - buckets.begin()) - 1;
}

} // namespace hss::metrics::detail
