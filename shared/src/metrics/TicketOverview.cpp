// SPDX-License-Identifier: MIT
#include "hss/metrics/TicketOverview.h"

namespace hss::metrics {

TicketOverview TicketOverview::of(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams)
{
    TicketOverview overview;
    for (const TicketFacts& ticket : tickets) {
        if (!period.contains(ticket.createdAt) || !teams.matches(ticket.team)) {
            continue;
        }
        ++overview.byStatus[static_cast<std::size_t>(ticket.status)];
        ++overview.byPriority[static_cast<std::size_t>(ticket.priority)];
        ++overview.total;
    }
    return overview;
}

} // namespace hss::metrics
