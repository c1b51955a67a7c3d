// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "hss/Result.h"
#include "hss/metrics/Period.h"

namespace hss::metrics {

/// The width of a trend's buckets. Boundaries are UTC midnights: a day starts at 00:00Z, a week on Monday 00:00Z
/// (ISO 8601 weeks), a month on its first day at 00:00Z.
enum class Granularity {
    Day,
    Week,
    Month,
};

/// Stable wire names: "day", "week", "month".
std::string_view toString(Granularity granularity);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<Granularity> granularityFromString(std::string_view text, std::string_view field = "granularity");

/// The start of the calendar bucket holding \a instant (UTC ms), e.g. the Monday 00:00Z on or before it.
std::int64_t bucketStart(std::int64_t instant, Granularity granularity);

/// The start of the calendar bucket after the one that starts at \a start.
std::int64_t nextBucketStart(std::int64_t start, Granularity granularity);

/// The buckets that cover \a period, in time order: every calendar bucket that overlaps it, clipped to the period,
/// so the first and last may be partial (a period from Wednesday noon gets a first "week" from Wednesday noon to
/// the next Monday 00:00Z). Consecutive buckets share their boundary; together they are exactly the period. An
/// empty period has no buckets.
std::vector<Period> bucketsOf(const Period& period, Granularity granularity);

} // namespace hss::metrics
