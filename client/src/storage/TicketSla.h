// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <array>
#include <optional>

#include "hss/sla/SlaReport.h"

namespace hss {
struct Ticket;
}

namespace hss::sla {
class SlaCalculator;
}

namespace hss::client {

/// One SLA clock as the console shows it at a given time.
struct TicketSlaClock
{
    sla::SlaClockKind kind = sla::SlaClockKind::Resolution;
    sla::SlaState state = sla::SlaState::Inactive;
    std::optional<qint64> dueAt; ///< The breach instant; unknown while paused or inactive.
    /// A running clock: wall-clock milliseconds until dueAt (negative once overdue). Otherwise the business
    /// milliseconds that were left when it stopped or paused.
    qint64 remainingMs = 0;
    bool running = false; ///< Active, neither stopped nor paused: it counts down.
    bool paused = false; ///< Waiting on the customer.
    int escalationLevel = 0;
};

/// A ticket's SLA clocks at a given time, for the queue and the detail view: the stored report (evaluated by the
/// server when the ticket was pulled) advanced by the warnings, escalations and breaches that have come due since,
/// so an offline console keeps counting down. A change to the ticket on the server brings a new report.
struct TicketSla
{
    sla::SlaReport report; ///< As evaluated.
    qint64 asOf = 0; ///< The time the clocks below describe.
    std::array<TicketSlaClock, 3> clocks; ///< In sla::allSlaClockKinds order.
    int escalationLevel = 0; ///< The highest of the clocks'.
    std::optional<qint64> nextDueAt; ///< The nearest running clock's due time.
    bool estimated = false; ///< Computed on this console from the ticket's own fields, not reported by the server.

    const TicketSlaClock& clock(sla::SlaClockKind kind) const { return clocks[static_cast<std::size_t>(kind)]; }

    /// Wall-clock milliseconds until the nearest running clock is due (negative once overdue); nothing when no
    /// clock runs.
    std::optional<qint64> remainingMs() const;

    /// \a report as it stands at \a nowMs, assuming nothing happened to the ticket since it was evaluated.
    static TicketSla at(const sla::SlaReport& report, qint64 nowMs);
    /// The clocks of at(), without copying the report (for reading many tickets).
    static std::array<TicketSlaClock, 3> clocksAt(const sla::SlaReport& report, qint64 nowMs);

    /// The clocks of a ticket the server has not seen yet, computed with \a calculator from the ticket's own fields:
    /// created, priority and category, status, first response and resolution. The ticket carries no history, so
    /// a wait on the customer counts from its last update and earlier pauses or reclassifications are unknown; the
    /// server's report replaces the estimate once the ticket is synced. Nothing for an invalid ticket.
    static std::optional<TicketSla> estimate(const Ticket& ticket, const sla::SlaCalculator& calculator, qint64 nowMs);
};

} // namespace hss::client
