// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "../storage/NotificationOutboxRepository.h"
#include "NotificationSettings.h"

namespace hss {
struct Ticket;
}

namespace hss::server {

/// Writes the notifications a ticket event causes, for the enabled channels. Messages carry the ticket number,
/// priority, category, SLA state and a link, and nothing else from the ticket: never its title, description,
/// comments, medical case reference or requester details (the requester's address is only the envelope of their
/// own acknowledgement). Immutable; safe to share between threads.
class NotificationMessages final
{
public:
    /// Event names stored with each message.
    static constexpr std::string_view emergencyAlertEvent = "ticket.emergency_alert";
    static constexpr std::string_view acknowledgementEvent = "ticket.acknowledgement";

    explicit NotificationMessages(NotificationSettings settings);

    /// A medical emergency (priority emergency) is announced to the medical team at creation.
    static bool isEmergency(const Ticket& ticket);

    /// For a ticket just created: the emergency alert on every enabled channel (e-mail to MEDICAL_ESCALATION_EMAIL,
    /// the Slack webhook, SMS to MEDICAL_ESCALATION_PHONE) when it is an emergency, and an acknowledgement e-mail to
    /// the requester when e-mail is on and the ticket has a requester address.
    std::vector<NewNotification> ticketCreated(const Ticket& ticket) const;

private:
    std::string facts(const Ticket& ticket) const;
    std::string slaState(const Ticket& ticket) const;
    std::string link(const Ticket& ticket) const;

    NotificationSettings m_settings;
};

} // namespace hss::server
