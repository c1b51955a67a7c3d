// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/Category.h"
#include "hss/Priority.h"
#include "hss/Result.h"

namespace hss::sla {

/// The longest target a policy may set: one year of business minutes.
inline constexpr std::int64_t targetMinutesMax = 366LL * 24 * 60;

/// One clock's target: the business minutes until breach and the escalation offsets (business minutes after the
/// clock starts, one per level: the first entry is level 1).
struct SlaTarget
{
    std::int64_t minutes = 0; ///< 1..targetMinutesMax
    std::vector<std::int64_t> escalationMinutes; ///< Strictly ascending, each 1..targetMinutesMax, at most
                                                 ///< limits::escalationLevelMax entries.

    friend bool operator==(const SlaTarget&, const SlaTarget&) = default;
};

/// The targets for tickets of one priority, and one category or all categories without a policy of their own.
/// JSON (flat, one form row per key): {"id", "priority", "category" (null: any), "calendar",
/// "first_response_minutes", "first_response_escalation_minutes": [..], "next_update_minutes",
/// "next_update_escalation_minutes", "resolution_minutes", "resolution_escalation_minutes", "warning_fractions"}.
struct SlaPolicy
{
    std::string id; ///< 1..64 of [a-z0-9_-], unique within a configuration.
    Priority priority = Priority::Medium;
    std::optional<Category> category; ///< std::nullopt: the priority's fallback policy.
    std::string calendarId; ///< A BusinessCalendar id of the same configuration.
    SlaTarget firstResponse; ///< From creation to the first agent response.
    SlaTarget nextUpdate; ///< From each agent update to the next one while the ticket is open.
    SlaTarget resolution; ///< From creation to resolution.
    std::vector<double> warningFractions {0.5, 0.75}; ///< Strictly ascending, each in (0, 1).

    friend bool operator==(const SlaPolicy&, const SlaPolicy&) = default;
};

/// Success or the first broken rule naming its field ("resolution_escalation_minutes[1]").
Status validate(const SlaPolicy& policy);

/// The JSON object for \a policy.
nlohmann::json toJson(const SlaPolicy& policy);

/// Decodes and validates a policy; errors are prefixed with \a prefix ("policies[3].").
Result<SlaPolicy> slaPolicyFromJson(const nlohmann::json& json, const std::string& prefix = {});

} // namespace hss::sla
