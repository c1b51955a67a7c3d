// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "../storage/NotificationOutboxRepository.h"
#include "NotificationSettings.h"

namespace hss {
struct Ticket;
}

namespace hss::server {

class SlaPolicyBook;

/// Writes the notifications a ticket event causes, for the enabled channels. Messages carry the ticket number,
/// priority, category, SLA state and a link, and nothing else from the ticket: never its title, description,
/// comments, medical case reference or requester details (the requester's address is only the envelope of their
/// own acknowledgement). The SLA line of a ticket that is not an emergency comes from the SLA calculator's report:
/// the state and due time of its nearest running clock. Immutable; safe to share between threads.
class NotificationMessages final
{
public:
    /// Event names stored with each message.
    static constexpr std::string_view emergencyAlertEvent = "ticket.emergency_alert";
    static constexpr std::string_view acknowledgementEvent = "ticket.acknowledgement";

    /// Over the shipped SLA configuration for \a settings (see serverSlaDefaults()).
    explicit NotificationMessages(NotificationSettings settings);
    /// Over \a policies (the SlaEngine's, so the texts and the scheduler agree after an admin's change too).
    NotificationMessages(NotificationSettings settings, std::shared_ptr<const SlaPolicyBook> policies);

    /// A medical emergency (priority emergency) is announced to the medical team at creation.
    static bool isEmergency(const Ticket& ticket);

    /// For a ticket just created: the emergency alert on every enabled channel (e-mail to MEDICAL_ESCALATION_EMAIL,
    /// the Slack webhook, SMS to MEDICAL_ESCALATION_PHONE) when it is an emergency, and an acknowledgement e-mail to
    /// the requester when e-mail is on and the ticket has a requester address.
    /// The SLA line is evaluated at \a nowMs.
    std::vector<NewNotification> ticketCreated(const Ticket& ticket, std::int64_t nowMs) const;

    /// The SLA line of a just-created ticket at \a nowMs, e.g. "first response ok, due 2026-11-23T09:30:00.000Z".
    std::string slaState(const Ticket& ticket, std::int64_t nowMs) const;

private:
    std::string facts(const Ticket& ticket, std::int64_t nowMs) const;
    std::string link(const Ticket& ticket) const;

    NotificationSettings m_settings;
    std::shared_ptr<const SlaPolicyBook> m_policies;
};

} // namespace hss::server
