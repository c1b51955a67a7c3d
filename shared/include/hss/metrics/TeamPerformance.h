// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "hss/metrics/DurationStats.h"
#include "hss/metrics/FeedbackFacts.h"
#include "hss/metrics/Period.h"
#include "hss/metrics/Share.h"
#include "hss/metrics/SlaKpis.h"
#include "hss/metrics/TeamFilter.h"
#include "hss/metrics/TicketFacts.h"

namespace hss::metrics {

/// One team's figures for a period; each is the team-wide KPI computed with TeamFilter::only(team).
struct TeamPerformance
{
    std::string team; ///< Empty: tickets not routed to a team and feedback about no ticket.
    std::int64_t created = 0; ///< Tickets created in the period.
    std::int64_t handled = 0; ///< Tickets resolved in the period (resolution.count + resolution.excluded).
    DurationStats resolution; ///< resolutionTime(); the dashboard shows its median.
    SlaCompliance sla; ///< slaCompliance() over every clock.
    Share csat; ///< csatScore() of the feedback about the team's tickets.

    /// Computes every team's figures: one entry per team that passes \a teams and has a ticket created or
    /// resolved, or feedback, in \a period; sorted by team name (the empty team first).
    static std::vector<TeamPerformance> of(std::span<const TicketFacts> tickets,
                                           std::span<const FeedbackFacts> feedback, const Period& period,
                                           const TeamFilter& teams);

    friend bool operator==(const TeamPerformance&, const TeamPerformance&) = default;
};

} // namespace hss::metrics
