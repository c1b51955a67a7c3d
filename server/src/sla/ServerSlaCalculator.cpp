// SPDX-License-Identifier: MIT
#include "ServerSlaCalculator.h"

#include <algorithm>

#include "../notify/NotificationSettings.h"
#include "hss/Ticket.h"

namespace hss::server {

sla::SlaDefaults serverSlaDefaults(const NotificationSettings& settings)
{
    sla::SlaDefaults defaults;
    defaults.emergencyResolutionMinutes = settings.emergencySlaMinutes;
    defaults.emergencyEscalationMinutes = settings.emergencyEscalationMinutes;
    return defaults;
}

sla::SlaHistory creationHistory(const Ticket& ticket)
{
    sla::SlaHistory history;
    history.createdAt = ticket.createdAt;
    history.priority = ticket.priority;
    history.category = ticket.category;
    if (ticket.status != TicketStatus::New) {
        history.statusChanges.push_back({ticket.createdAt, ticket.status});
    }
    if (ticket.firstResponseAt) {
        history.agentReplies.push_back(std::max(*ticket.firstResponseAt, ticket.createdAt));
    }
    return history;
}

} // namespace hss::server
