// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

#include "hss/metrics/Granularity.h"
#include "hss/metrics/Period.h"
#include "hss/metrics/TeamFilter.h"

namespace hss::client {

/// What a dashboard shows: a period, the width of its trend buckets, and one team or every team.
struct DashboardFilter
{
    metrics::Period period;
    metrics::Granularity granularity = metrics::Granularity::Day;
    std::string team; ///< Empty: every team, unrouted tickets included.

    metrics::TeamFilter teamFilter() const
    {
        return team.empty() ? metrics::TeamFilter::all() : metrics::TeamFilter::only(team);
    }

    /// The last \a days whole UTC days up to and including the day of \a nowMs, with day buckets up to 31 days and
    /// week buckets beyond.
    static DashboardFilter lastDays(std::int64_t nowMs, int days);

    /// From the UTC day of \a fromMs to the end of the UTC day of \a toMs (inclusive), buckets as for lastDays().
    static DashboardFilter between(std::int64_t fromMs, std::int64_t toMs);

    friend bool operator==(const DashboardFilter&, const DashboardFilter&) = default;
};

} // namespace hss::client
