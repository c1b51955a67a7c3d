// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include <Poco/Net/HTTPServerRequest.h>

#include "../auth/Principal.h"
#include "../auth/VerifiedTokens.h"

namespace hss {
class Clock;
}

namespace hss::server {

class AccessRevocations;
class TokenService;

/// Reads the bearer access token of a request and returns who sent it. Throws Unauthorized (never says which check
/// failed beyond a short reason, and never echoes the token). Tokens it accepted are remembered until they expire,
/// so a client's following requests skip the signature check. A token of a user who must change a password an admin
/// reset is refused here (403 password_change_required) for every route but the few that let them change it. A token
/// issued before its account was disabled, changed roles or had its password replaced is refused (401) even while
/// unexpired.
/// Thread-safe.
class Authenticator final
{
public:
    Authenticator(const TokenService& tokens, const AccessRevocations& revocations, const Clock& clock);

    /// The caller; throws Forbidden "password_change_required" while their password must be changed.
    Principal authenticate(const Poco::Net::HTTPServerRequest& request) const;
    /// The caller, even while their password must be changed: only for reading and changing the own profile and
    /// logging out.
    Principal authenticateForPasswordChange(const Poco::Net::HTTPServerRequest& request) const;

private:
    Principal verifiedPrincipal(std::string_view token) const;

    const TokenService& m_tokens;
    const AccessRevocations& m_revocations;
    const Clock& m_clock;
    mutable VerifiedTokens m_verified;
};

} // namespace hss::server
