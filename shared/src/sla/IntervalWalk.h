// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>

namespace hss::sla::detail {

/// Milliseconds in [from, to) covered by the intervals that \a forEach(from, visit) hands to visit(start, end) in
/// order (visit returns false to stop). Business hours and SLA timelines share this walk.
template <class ForEach>
std::int64_t coveredBetween(ForEach&& forEach, std::int64_t from, std::int64_t to)
{
    std::int64_t total = 0;
    if (to <= from) {
        return total;
    }
    forEach(from, [&](std::int64_t start, std::int64_t end) {
        if (start >= to) {
            return false;
        }
        total += std::min(end, to) - start;
        return end < to;
    });
    return total;
}

/// The instant at which \a offsetMs covered milliseconds have passed after \a from; std::nullopt when the intervals
/// run out first.
template <class ForEach>
std::optional<std::int64_t> pointAfterCovered(ForEach&& forEach, std::int64_t from, std::int64_t offsetMs)
{
    std::optional<std::int64_t> result;
    std::int64_t remaining = offsetMs;
    forEach(from, [&](std::int64_t start, std::int64_t end) {
        if (end - start >= remaining) {
            result = start + remaining;
            return false;
        }
        remaining -= end - start;
        return true;
    });
    return result;
}

} // namespace hss::sla::detail
