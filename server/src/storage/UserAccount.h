// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "hss/User.h"

namespace hss::server {

/// A user as the server stores it: the syncable hss::User plus the credentials that never leave the server.
struct UserAccount
{
    User user;
    std::string passwordHash; ///< Argon2id encoded hash (libsodium's crypto_pwhash_str format).
    std::optional<std::string> totpSecret; ///< Plaintext here; encrypted in the database.
    int failedLogins = 0; ///< Failed logins since the last success.
    std::optional<std::int64_t> lockedUntil; ///< Login refused before this time (ms since the epoch).
    std::int64_t updatedAt = 0;
    bool mustChangePassword = false; ///< Set by an admin's reset, cleared by the user's own change.

    /// Member-wise equality.
    friend bool operator==(const UserAccount&, const UserAccount&) = default;
};

} // namespace hss::server
