// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "Database.h"
#include "UserAccount.h"
#include "hss/Result.h"

namespace hss::server {

class FieldCipher;

/// Users, their roles and teams, password hashes, TOTP secrets (encrypted) and lockout state.
/// Ids are looked up as text: anything that is not a stored id is NotFound. Thread-safe (a pooled session per call).
class UserRepository final
{
public:
    UserRepository(Database& database, const FieldCipher& cipher);

    /// Stores a new account. InvalidArgument etc. when the user does not validate; Conflict when the id or the
    /// username is taken.
    Result<UserAccount> create(const UserAccount& account);

    Result<UserAccount> findById(std::string_view id);
    Result<UserAccount> findByUsername(std::string_view username);

    /// Every user (without credentials), ordered by username.
    std::vector<User> list();

    /// Replaces roles, teams and the active flag (admin change). NotFound for an unknown id.
    Status updateAccess(std::string_view id, const std::set<Role>& roles, const std::vector<std::string>& teams,
                        bool active, std::int64_t now);
    /// Replaces display name and e-mail (profile change).
    Status updateProfile(std::string_view id, const std::string& displayName, const std::string& email,
                         std::int64_t now);
    /// Replaces the password hash.
    Status setPassword(std::string_view id, const std::string& passwordHash, std::int64_t now);
    /// Sets or clears the flag that makes the user change their password before anything else.
    Status setMustChangePassword(std::string_view id, bool mustChange, std::int64_t now);
    /// Sets the TOTP secret (stored encrypted; enables TOTP) or, with std::nullopt, removes it (disables TOTP).
    Status setTotpSecret(std::string_view id, const std::optional<std::string>& secret, std::int64_t now);

    /// Counts one failed login; returns the new count.
    /// Records that a TOTP code of this time step was used; false when this or a later step was used before
    /// (a replayed code).
    bool claimTotpStep(std::string_view id, std::int64_t step);
    Result<int> recordFailedLogin(std::string_view id, std::int64_t now);
    /// Clears the failure count and any lock (after a successful login or by an admin).
    Status resetFailedLogins(std::string_view id, std::int64_t now);
    /// Refuses logins until \a until.
    Status lockUntil(std::string_view id, std::int64_t until, std::int64_t now);

private:
    std::string sql(std::string_view text) const;
    Result<UserAccount> findBy(std::string_view column, std::string_view value);

    Database& m_database;
    const FieldCipher& m_cipher;
};

} // namespace hss::server
