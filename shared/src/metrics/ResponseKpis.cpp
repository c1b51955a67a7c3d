// SPDX-License-Identifier: MIT
#include "hss/metrics/ResponseKpis.h"

#include "TicketDurations.h"

namespace hss::metrics {

using detail::TicketEvent;

DurationStats firstResponseTime(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams)
{
    return detail::summarize(detail::ticketDurations(tickets, period, teams, TicketEvent::FirstResponse, false));
}

std::map<std::string, DurationStats, std::less<>> firstResponseTimeByTeam(std::span<const TicketFacts> tickets,
                                                                          const Period& period, const TeamFilter& teams)
{
    std::map<std::string, DurationStats, std::less<>> byTeam;
    for (const auto& [team, durations] :
         detail::ticketDurationsByTeam(tickets, period, teams, TicketEvent::FirstResponse)) {
        byTeam.emplace(team, detail::summarize(durations));
    }
    return byTeam;
}

DurationStats resolutionTime(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams)
{
    return detail::summarize(detail::ticketDurations(tickets, period, teams, TicketEvent::Resolution, false));
}

std::vector<TrendPoint<DurationStats>> firstResponseTimeTrend(std::span<const TicketFacts> tickets,
                                                              const Period& period, Granularity granularity,
                                                              const TeamFilter& teams)
{
    return detail::trendOf(detail::ticketDurations(tickets, period, teams, TicketEvent::FirstResponse, false), period,
                           granularity);
}

std::vector<TrendPoint<DurationStats>> resolutionTimeTrend(std::span<const TicketFacts> tickets, const Period& period,
                                                           Granularity granularity, const TeamFilter& teams)
{
    return detail::trendOf(detail::ticketDurations(tickets, period, teams, TicketEvent::Resolution, false), period,
                           granularity);
}

} // namespace hss::metrics
