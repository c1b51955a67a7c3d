// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/Result.h"

namespace hss::server {

/// Who takes over a ticket at one escalation level: the team it moves to, the people told (the first one becomes
/// the assignee) and the channels they are told on ("email", "slack", "sms").
struct EscalationLevel
{
    int level = 1; ///< 1..limits::escalationLevelMax
    std::string team;
    std::vector<std::string> people; ///< User ids (canonical UUID text).
    std::vector<std::string> channels;

    friend bool operator==(const EscalationLevel&, const EscalationLevel&) = default;
};

/// The admin-edited escalation matrix, levels in ascending order.
struct EscalationMatrix
{
    std::vector<EscalationLevel> levels;

    /// The entry for \a level, else the highest one below it (a ticket past the last configured level stays with
    /// it); nullptr when none applies.
    const EscalationLevel* forLevel(int level) const;

    friend bool operator==(const EscalationMatrix&, const EscalationMatrix&) = default;
};

/// {"levels": [{"level", "team", "people", "channels"}]}.
nlohmann::json toJson(const EscalationMatrix& matrix);

/// Decodes and validates a matrix document; InvalidArgument naming the field ("levels[1].channels[0]") for unknown
/// or missing members, wrong types, levels out of range or repeated, an empty or over-long team, people that are not
/// UUIDs, unknown or repeated channels. Levels come back sorted.
Result<EscalationMatrix> escalationMatrixFromJson(const nlohmann::json& json);

} // namespace hss::server
