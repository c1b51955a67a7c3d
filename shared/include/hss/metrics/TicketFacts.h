// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "hss/Category.h"
#include "hss/Priority.h"
#include "hss/TicketStatus.h"
#include "hss/metrics/SlaOutcome.h"
#include "hss/sla/SlaReport.h"

namespace hss::metrics {

/// What the KPI formulas need to know about one ticket; the console's store and the server fill it from what they
/// keep. Timestamps are UTC milliseconds since the epoch.
struct TicketFacts
{
    std::string id; ///< For the caller's reference only; formulas do not read it.
    std::string team; ///< Owning team; empty when not routed.
    Priority priority = Priority::Medium; ///< Current priority.
    Category category = Category::Technical; ///< Current category; MedicalClinical makes it a medical ticket.
    TicketStatus status = TicketStatus::New; ///< Current status.
    bool emergency = false; ///< A medical emergency (priority emergency; the console store knows the current one).
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> firstResponseAt; ///< The first public agent reply.
    std::optional<std::int64_t> resolvedAt; ///< The latest resolution (kept by a reopen until resolved again).
    std::optional<std::int64_t> closedAt; ///< When the ticket was closed, resolved or not.
    int escalationLevel = 0; ///< Highest escalation level reached (SLA escalations, a manual escalation is >= 1).
    std::array<SlaOutcome, 3> sla {}; ///< Outcome per clock, indexed by sla::SlaClockKind.

    /// The outcome of clock \a kind.
    SlaOutcome slaOutcome(sla::SlaClockKind kind) const { return sla[static_cast<std::size_t>(kind)]; }

    /// True for a medical ticket (category medical_clinical).
    bool isMedical() const noexcept { return category == Category::MedicalClinical; }

    /// True while the ticket still needs work: neither resolved nor closed.
    bool isOpen() const noexcept { return status != TicketStatus::Resolved && status != TicketStatus::Closed; }

    /// When the ticket was resolved, counting only a ticket that is resolved or closed now and has a resolution
    /// time: a reopened ticket (back in progress after a resolution) has none until it is resolved again, and a
    /// ticket closed without being resolved (a duplicate, spam, a silent customer) has none at all.
    std::optional<std::int64_t> resolutionAt() const;

    /// When the customer first heard back: the earlier of the first public agent reply and the recorded resolution
    /// (resolvedAt, even if the ticket was reopened since), as the SLA calculator stops the first-response clock
    /// at a resolution without a reply. Empty when there is neither.
    std::optional<std::int64_t> firstResponseEventAt() const;

    /// True when the ticket was escalated: escalation level >= 1 or status escalated now.
    bool isEscalated() const noexcept { return escalationLevel > 0 || status == TicketStatus::Escalated; }
};

} // namespace hss::metrics
