// SPDX-License-Identifier: MIT
#include "TicketSla.h"

#include <algorithm>

#include "hss/Ticket.h"
#include "hss/sla/SlaCalculator.h"

namespace hss::client {

namespace {

TicketSlaClock clockAt(const sla::SlaClock& clock, qint64 nowMs)
{
    TicketSlaClock shown;
    shown.kind = clock.kind;
    shown.state = clock.state;
    shown.dueAt = clock.dueAt;
    shown.remainingMs = clock.remainingMs;
    shown.paused = clock.paused;
    shown.escalationLevel = clock.escalationLevel;
    shown.running = clock.state != sla::SlaState::Inactive && !clock.stoppedAt && !clock.paused;
    if (!shown.running) {
        return shown;
    }
    // The report lists what was still ahead when it was evaluated; whatever of it is due by now has happened.
    for (const sla::SlaEvent& event : clock.upcoming) {
        if (event.at > nowMs) {
            break;
        }
        switch (event.kind) {
        case sla::SlaEventKind::Warning:
            shown.state = shown.state == sla::SlaState::Ok ? sla::SlaState::Warning : shown.state;
            break;
        case sla::SlaEventKind::Escalation:
            shown.escalationLevel = std::max(shown.escalationLevel, event.level);
            shown.state = shown.state == sla::SlaState::Breached ? shown.state : sla::SlaState::Escalated;
            break;
        case sla::SlaEventKind::Breach:
            shown.state = sla::SlaState::Breached;
            break;
        }
    }
    if (shown.dueAt) {
        shown.remainingMs = *shown.dueAt - nowMs;
    }
    return shown;
}

/// What a ticket's own fields say of its history; every time is clamped to creation so the history stays valid.
sla::SlaHistory historyOf(const Ticket& ticket)
{
    const auto notBeforeCreation = [&ticket](std::int64_t at) { return std::max(at, ticket.createdAt); };
    sla::SlaHistory history;
    history.createdAt = ticket.createdAt;
    history.priority = ticket.priority;
    history.category = ticket.category;
    if (ticket.firstResponseAt) {
        history.agentReplies.push_back(notBeforeCreation(*ticket.firstResponseAt));
    }
    const bool done = ticket.status == TicketStatus::Resolved || ticket.status == TicketStatus::Closed;
    if (done) {
        history.statusChanges.push_back(
            {notBeforeCreation(ticket.resolvedAt.value_or(ticket.updatedAt)), ticket.status});
    } else if (ticket.status == TicketStatus::WaitingOnCustomer) {
        history.statusChanges.push_back({notBeforeCreation(ticket.updatedAt), ticket.status});
    }
    return history;
}

} // namespace

std::optional<TicketSla> TicketSla::estimate(const Ticket& ticket, const sla::SlaCalculator& calculator, qint64 nowMs)
{
    auto report = calculator.compute(historyOf(ticket), std::max<qint64>(nowMs, ticket.createdAt));
    if (!report) {
        return std::nullopt;
    }
    TicketSla sla = at(report.value(), nowMs);
    sla.estimated = true;
    return sla;
}

std::optional<qint64> TicketSla::remainingMs() const
{
    if (!nextDueAt) {
        return std::nullopt;
    }
    return *nextDueAt - asOf;
}

TicketSla TicketSla::at(const sla::SlaReport& report, qint64 nowMs)
{
    TicketSla sla;
    sla.report = report;
    sla.asOf = nowMs;
    sla.clocks = clocksAt(report, nowMs);
    for (const TicketSlaClock& clock : sla.clocks) {
        sla.escalationLevel = std::max(sla.escalationLevel, clock.escalationLevel);
    }
    sla.nextDueAt = report.nextDueAt();
    return sla;
}

std::array<TicketSlaClock, 3> TicketSla::clocksAt(const sla::SlaReport& report, qint64 nowMs)
{
    std::array<TicketSlaClock, 3> clocks;
    for (std::size_t i = 0; i < report.clocks.size(); ++i) {
        clocks[i] = clockAt(report.clocks[i], nowMs);
    }
    return clocks;
}

} // namespace hss::client
