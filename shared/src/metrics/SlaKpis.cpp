// SPDX-License-Identifier: MIT
#include "hss/metrics/SlaKpis.h"

#include "KpiCounting.h"

namespace hss::metrics {

namespace {

SlaCompliance compliance(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams,
                         std::optional<sla::SlaClockKind> clock, bool medicalOnly)
{
    detail::ClockCounts counts;
    for (const TicketFacts& ticket : tickets) {
        if ((medicalOnly && !ticket.isMedical()) || !period.contains(ticket.createdAt) || !teams.matches(ticket.team)) {
            continue;
        }
        if (clock) {
            counts.add(ticket.slaOutcome(*clock));
            continue;
        }
        for (const SlaOutcome outcome : ticket.sla) {
            counts.add(outcome);
        }
    }
    return counts.compliance();
}

} // namespace

SlaCompliance slaCompliance(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams,
                            std::optional<sla::SlaClockKind> clock)
{
    return compliance(tickets, period, teams, clock, false);
}

SlaCompliance medicalSlaCompliance(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams)
{
    return compliance(tickets, period, teams, sla::SlaClockKind::Resolution, true);
}

Share escalationRate(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams)
{
    std::int64_t created = 0;
    std::int64_t escalated = 0;
    for (const TicketFacts& ticket : tickets) {
        if (!period.contains(ticket.createdAt) || !teams.matches(ticket.team)) {
            continue;
        }
        ++created;
        escalated += ticket.isEscalated() ? 1 : 0;
    }
    return Share::of(escalated, created);
}

} // namespace hss::metrics
