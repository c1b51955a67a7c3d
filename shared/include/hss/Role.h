// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// A user's role; a user holds one or more.
enum class Role {
    Agent,
    MedicalAgent,
    Supervisor,
    Admin,
    ComplianceOfficer,
    Learner,
};

/// Every Role value in declaration order.
inline constexpr std::array<Role, 6> allRoles {
    Role::Agent, Role::MedicalAgent, Role::Supervisor, Role::Admin, Role::ComplianceOfficer, Role::Learner,
};

/// The stable wire name, e.g. "agent".
std::string_view toString(Role role);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<Role> roleFromString(std::string_view text, std::string_view field = "role");

} // namespace hss
