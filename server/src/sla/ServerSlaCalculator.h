// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "hss/sla/SlaCalculator.h"

namespace hss {
struct Ticket;
}

namespace hss::server {

struct NotificationSettings;

/// The server's SLA calculator: the shared default configuration with the emergency targets of the settings
/// (MEDICAL_EMERGENCY_SLA and the escalation minutes). The scheduler and the notification texts use the same one.
/// Throws std::runtime_error when the configuration is invalid.
std::shared_ptr<const sla::SlaCalculator> makeServerSlaCalculator(const NotificationSettings& settings);

/// The SLA history of a ticket as it is stored for the first time (what SlaTracker records then): its creation with
/// priority and category, its status when it is not new (a ticket made offline), and its first response if any.
sla::SlaHistory creationHistory(const Ticket& ticket);

} // namespace hss::server
