// SPDX-License-Identifier: MIT
#pragma once

#include "hss/sla/SlaConfiguration.h"
#include "hss/sla/SlaHistory.h"

namespace hss {
struct Ticket;
}

namespace hss::server {

struct NotificationSettings;

/// What the shipped SLA configuration takes from the server's settings: the emergency targets
/// (MEDICAL_EMERGENCY_SLA and the escalation minutes). Admins may replace the whole configuration later.
sla::SlaDefaults serverSlaDefaults(const NotificationSettings& settings);

/// The SLA history of a ticket as it is stored for the first time (what SlaTracker records then): its creation with
/// priority and category, its status when it is not new (a ticket made offline), and its first response if any.
sla::SlaHistory creationHistory(const Ticket& ticket);

} // namespace hss::server
