// SPDX-License-Identifier: MIT
#include "Authenticator.h"

#include <variant>

#include "../auth/AccessRevocations.h"
#include "../auth/TokenService.h"
#include "../http/HttpErrors.h"
#include "hss/Clock.h"

namespace hss::server {

Authenticator::Authenticator(const TokenService& tokens, const AccessRevocations& revocations, const Clock& clock)
    : m_tokens(tokens)
    , m_revocations(revocations)
    , m_clock(clock)
{ }

Principal Authenticator::authenticate(const Poco::Net::HTTPServerRequest& request) const
{
    Principal principal = authenticateForPasswordChange(request);
    if (principal.passwordChangeRequired) {
        throw Forbidden("an administrator reset this password: change it (PUT /api/auth/profile) before anything else",
                        "password_change_required");
    }
    return principal;
}

Principal Authenticator::authenticateForPasswordChange(const Poco::Net::HTTPServerRequest& request) const
{
    const std::string header = request.get("Authorization", "");
    const std::string prefix = "Bearer ";
    if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0) {
        throw Unauthorized("sign in first: send 'Authorization: Bearer <access token>'");
    }
    Principal principal = verifiedPrincipal(std::string_view(header).substr(prefix.size()));
    if (m_revocations.isRevoked(principal)) {
        // A disabled account's console must hear that it is disabled (it then locks and forgets its key), not only
        // that it should sign in again.
        if (!m_revocations.isActive(principal.userId)) {
            throw Forbidden(accountDisabledMessage, "account_disabled");
        }
        throw Unauthorized("this session was ended because the account changed; sign in again");
    }
    return principal;
}

Principal Authenticator::verifiedPrincipal(std::string_view token) const
{
    const std::int64_t nowMs = m_clock.nowMs();
    if (auto known = m_verified.find(token, nowMs)) {
        return std::move(*known);
    }
    const TokenVerification verification = m_tokens.verify(token, nowMs);
    if (const auto* failure = std::get_if<TokenFailure>(&verification)) {
        throw Unauthorized(*failure == TokenFailure::Expired ? "the access token has expired; refresh it"
                                                             : "the access token is not valid");
    }
    m_verified.remember(token, std::get<Principal>(verification));
    return std::get<Principal>(verification);
}

} // namespace hss::server
