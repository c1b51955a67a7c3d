// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <span>
#include <string>
#include <vector>

#include "hss/metrics/DurationStats.h"
#include "hss/metrics/Granularity.h"
#include "hss/metrics/Period.h"
#include "hss/metrics/TeamFilter.h"
#include "hss/metrics/TicketFacts.h"
#include "hss/metrics/TrendPoint.h"

namespace hss::metrics {

/// First response time: for every ticket of the filtered teams whose first response (TicketFacts::
/// firstResponseEventAt(): the first public agent reply, or the resolution if that came first) lies in \a period,
/// the wall-clock time from creation to that response. Tickets without a response yet are not counted; a response
/// before creation is impossible and only counted in `excluded`.
DurationStats firstResponseTime(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams);

/// firstResponseTime() of each team separately, in one pass over \a tickets instead of one per team: every team
/// of the filter with at least one counted (or excluded) ticket, mapped to what firstResponseTime() with only that
/// team gives. A team that is missing has empty statistics.
std::map<std::string, DurationStats, std::less<>>
firstResponseTimeByTeam(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams);

/// Resolution time: for every ticket of the filtered teams whose resolution (TicketFacts::resolutionAt(): resolved
/// or closed now, with a resolution time) lies in \a period, the wall-clock time from creation to the latest
/// resolution, reopened spells included. Open, reopened and closed-unresolved tickets are not counted; a
/// resolution before creation only counts in `excluded`.
DurationStats resolutionTime(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams);

/// firstResponseTime() per bucket of \a period (see bucketsOf()): a ticket lands in the bucket of its response.
std::vector<TrendPoint<DurationStats>> firstResponseTimeTrend(std::span<const TicketFacts> tickets,
                                                              const Period& period, Granularity granularity,
                                                              const TeamFilter& teams);

/// resolutionTime() per bucket of \a period: a ticket lands in the bucket of its resolution.
std::vector<TrendPoint<DurationStats>> resolutionTimeTrend(std::span<const TicketFacts> tickets, const Period& period,
                                                           Granularity granularity, const TeamFilter& teams);

} // namespace hss::metrics
