// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/sla/BusinessCalendar.h"
#include "hss/sla/SlaPolicy.h"

namespace hss::sla {

/// The settings behind the default configuration; the server fills them from its environment.
struct SlaDefaults
{
    std::int64_t emergencyResolutionMinutes = 30; ///< MEDICAL_EMERGENCY_SLA
    std::int64_t emergencyEscalationMinutes = 15; ///< Escalation level 1 of an emergency's resolution clock.
    std::string businessTimeZone = "UTC"; ///< Time zone of the "business" calendar.
};

/// Every calendar and policy an installation uses; admins edit it as one JSON document:
/// {"calendars": [BusinessCalendar...], "policies": [SlaPolicy...]}.
struct SlaConfiguration
{
    std::vector<BusinessCalendar> calendars;
    std::vector<SlaPolicy> policies;

    /// The policy for a ticket: the one for exactly this priority and category, else the priority's policy
    /// without a category; nullptr only for a configuration that fails validate().
    const SlaPolicy* policyFor(Priority priority, Category category) const;

    /// The calendar called \a id, or nullptr.
    const BusinessCalendar* calendar(std::string_view id) const;

    friend bool operator==(const SlaConfiguration&, const SlaConfiguration&) = default;
};

/// The shipped configuration. Calendars: "24x7" (always open) and "business" (Monday to Friday 08:00-18:00 in
/// \a defaults.businessTimeZone). Targets in minutes (first response / next update / resolution, resolution
/// escalation levels), warnings at 50 % and 75 %:
///   emergency, any category   24x7      15 / 15 / MEDICAL_EMERGENCY_SLA (30), escalation at 15
///   critical                  24x7      30 / 60 / 240, escalations at 120 and 180
///   high                      business 120 / 240 / 960, escalations at 480 and 720
///   medium                    business 480 / 1440 / 2400, escalation at 1440
///   low                       business 1440 / 2880 / 6000, escalation at 3000
///   critical..low, medical_clinical: the same targets on the 24x7 calendar (clinics work around the clock).
/// The seed fixes only the emergency numbers; the rest are ours, meant to be edited by admins.
SlaConfiguration defaultSlaConfiguration(const SlaDefaults& defaults = {});

/// Success or the first broken rule: invalid calendars or policies ("policies[2].resolution_minutes"), duplicate
/// ids, a policy naming a missing calendar, two policies for the same priority and category, or a priority
/// without a category-less policy.
Status validate(const SlaConfiguration& configuration);

/// The JSON document for \a configuration.
nlohmann::json toJson(const SlaConfiguration& configuration);

/// Decodes and validates a configuration document.
Result<SlaConfiguration> slaConfigurationFromJson(const nlohmann::json& json);

} // namespace hss::sla
