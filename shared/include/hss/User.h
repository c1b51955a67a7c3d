// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/Result.h"
#include "hss/Role.h"
#include "hss/Uuid.h"

namespace hss {

/// A staff member or learner. Holds no password or password hash: credentials live only in the server's auth store,
/// so a user record can be synced to consoles safely (the decoder rejects such fields as unknown).
/// JSON keys: id, username, display_name, email, roles, teams, active, totp_enabled, created_at.
struct User
{
    Uuid id;
    std::string username; ///< limits::usernameMin..usernameMax characters of [a-z0-9._-].
    std::string displayName; ///< 1..limits::nameMax characters.
    std::string email; ///< A required e-mail address.
    std::set<Role> roles; ///< At least one; JSON array without duplicates.
    std::vector<std::string> teams; ///< Team names, each 1..limits::teamNameMax, unique, at most teamsPerUserMax.
    bool active = true;
    bool totpEnabled = false;
    std::int64_t createdAt = 0;

    /// True when the user holds \a role.
    bool hasRole(Role role) const { return roles.contains(role); }

    /// Member-wise equality.
    friend bool operator==(const User&, const User&) = default;
};

/// True for a username of limits::usernameMin..usernameMax characters from [a-z0-9._-].
bool isValidUsername(std::string_view username) noexcept;

/// Success, or the first broken rule with the JSON name of its field.
Status validate(const User& user);

/// The JSON object for \a user; roles in declaration order of Role.
nlohmann::json toJson(const User& user);

/// Decodes and validates a user; a duplicate role gives Conflict on "roles[i]".
Result<User> userFromJson(const nlohmann::json& json);

} // namespace hss
