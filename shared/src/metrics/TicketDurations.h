// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
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

namespace hss::metrics::detail {

/// Which instant of a ticket a duration runs to (always from creation).
enum class TicketEvent {
    FirstResponse, ///< TicketFacts::firstResponseEventAt()
    Resolution, ///< TicketFacts::resolutionAt()
};

/// When a ticket's event happened and how long after creation; negative durations are bad data.
struct TimedDuration
{
    std::int64_t at = 0;
    std::int64_t durationMs = 0;
};

/// The events of the tickets of the filtered teams (only emergencies when \a emergenciesOnly) that lie in \a period.
std::vector<TimedDuration> ticketDurations(std::span<const TicketFacts> tickets, const Period& period,
                                           const TeamFilter& teams, TicketEvent event, bool emergenciesOnly);

/// ticketDurations() (all tickets, not only emergencies) grouped by the ticket's team, in one pass.
std::map<std::string, std::vector<TimedDuration>, std::less<>>
ticketDurationsByTeam(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams,
                      TicketEvent event);

/// The statistics of \a durations, negative ones counted as excluded.
DurationStats summarize(const std::vector<TimedDuration>& durations);

/// summarize() per bucket of \a period; every duration must lie in \a period.
std::vector<TrendPoint<DurationStats>> trendOf(const std::vector<TimedDuration>& durations, const Period& period,
                                               Granularity granularity);

} // namespace hss::metrics::detail
