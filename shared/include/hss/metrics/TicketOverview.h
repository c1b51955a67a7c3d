// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "hss/Priority.h"
#include "hss/TicketStatus.h"
#include "hss/metrics/Period.h"
#include "hss/metrics/TeamFilter.h"
#include "hss/metrics/TicketFacts.h"

namespace hss::metrics {

/// Ticket counts by current status and by current priority, over the tickets of the filtered teams created in a
/// period.
struct TicketOverview
{
    std::array<std::int64_t, allTicketStatuses.size()> byStatus {}; ///< Indexed like allTicketStatuses.
    std::array<std::int64_t, allPriorities.size()> byPriority {}; ///< Indexed like allPriorities.
    std::int64_t total = 0;

    /// The count of tickets in \a status.
    std::int64_t count(TicketStatus status) const { return byStatus[static_cast<std::size_t>(status)]; }

    /// The count of tickets of \a priority.
    std::int64_t count(Priority priority) const { return byPriority[static_cast<std::size_t>(priority)]; }

    /// Counts the tickets of the filtered teams created in \a period.
    static TicketOverview of(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams);

    friend bool operator==(const TicketOverview&, const TicketOverview&) = default;
};

} // namespace hss::metrics
