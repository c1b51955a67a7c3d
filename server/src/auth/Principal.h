// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace hss::server {

/// The authenticated caller of a request, as read from a verified access token.
struct Principal
{
    std::string userId;
    std::string username;
    std::vector<std::string> roles;
    std::vector<std::string> teams;
    std::string tokenId; ///< the token's jti, for logging and revocation lists
    std::int64_t expiresAtMs = 0; ///< when the token stops being accepted, ms since the Unix epoch
    std::int64_t issuedAtMs = 0; ///< when the token was issued, ms since the Unix epoch (revocations compare it)
    /// An admin reset the password: only the own profile, logout and refresh are open until the user changes it.
    bool passwordChangeRequired = false;

    /// Equal when all fields are equal.
    friend bool operator==(const Principal&, const Principal&) = default;
};

} // namespace hss::server
