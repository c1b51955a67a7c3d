// SPDX-License-Identifier: MIT
#include "ServerSlaCalculator.h"

#include <algorithm>
#include <stdexcept>

#include "../notify/NotificationSettings.h"
#include "hss/Ticket.h"
#include "hss/sla/SlaConfiguration.h"
#include "hss/sla/TimeZoneDatabase.h"

namespace hss::server {

std::shared_ptr<const sla::SlaCalculator> makeServerSlaCalculator(const NotificationSettings& settings)
{
    sla::SlaDefaults defaults;
    defaults.emergencyResolutionMinutes = settings.emergencySlaMinutes;
    defaults.emergencyEscalationMinutes = settings.emergencyEscalationMinutes;
    // The calculator keeps the zones it loaded; the database is only needed while it is made.
    const sla::TimeZoneDatabase zones;
    auto calculator = sla::SlaCalculator::create(sla::defaultSlaConfiguration(defaults), zones);
    if (!calculator) {
        throw std::runtime_error("SLA configuration: " + calculator.error().message);
    }
    return std::make_shared<const sla::SlaCalculator>(std::move(calculator.value()));
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
