// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "hss/metrics/Period.h"
#include "hss/metrics/Share.h"
#include "hss/metrics/TeamFilter.h"
#include "hss/metrics/TicketFacts.h"
#include "hss/sla/SlaReport.h"

namespace hss::metrics {

/// SLA compliance over decided clocks: part met, whole met + breached; running clocks are counted apart.
struct SlaCompliance
{
    Share compliance;
    std::int64_t running = 0; ///< Clocks still running within their target (not in the share).

    friend bool operator==(const SlaCompliance&, const SlaCompliance&) = default;
};

/// SLA compliance: over the tickets of the filtered teams created in \a period, every clock (or only \a clock) whose
/// outcome is decided counts: met / (met + breached). A clock past its target counts as breached even while it
/// still runs; not-applicable clocks are ignored.
SlaCompliance slaCompliance(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams,
                            std::optional<sla::SlaClockKind> clock = std::nullopt);

/// Medical SLA compliance: "medical tickets resolved within SLA": slaCompliance() over the medical tickets
/// (category medical_clinical) of the filtered teams created in \a period, resolution clock only.
SlaCompliance medicalSlaCompliance(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams);

/// Escalation rate: among the tickets of the filtered teams created in \a period, the share that was escalated
/// (TicketFacts::isEscalated(): an escalation level reached, or status escalated now).
Share escalationRate(std::span<const TicketFacts> tickets, const Period& period, const TeamFilter& teams);

} // namespace hss::metrics
