// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "auth/Principal.h"
#include "auth/TokenFailure.h"

namespace hss::server {

class ServerConfig;

/// A verified Principal, or why the token was refused.
using TokenVerification = std::variant<Principal, TokenFailure>;

/// Issues and verifies JWT access tokens: HS256 only (pinned on verify), issuer and audience set and checked,
/// iat/nbf/exp written as integer seconds. Time is passed in, never read. Immutable after construction; safe to
/// use from several threads at once.
class TokenService final
{
public:
    /// Shortest accepted signing secret, in bytes (the HS256 key should be as long as the hash).
    static constexpr std::size_t minSecretBytes = 32;
    /// Longer inputs are refused as malformed before any parsing.
    static constexpr std::size_t maxTokenBytes = 8192;

    /// What the service signs with and checks.
    struct Settings
    {
        std::string secret; ///< raw HMAC key, at least minSecretBytes
        std::string issuer = "hss-server";
        std::string audience = "hss-console";
        std::chrono::seconds lifetime {15 * 60};
        std::chrono::seconds leeway {0}; ///< clock skew tolerated on nbf/iat/exp
    };

    /// Who a token is issued to.
    struct Subject
    {
        std::string userId;
        std::string username;
        std::vector<std::string> roles;
        std::vector<std::string> teams;
        bool passwordChangeRequired = false; ///< written as the claim "pcr" only when true
    };

    /// A freshly signed token and the facts the caller may want to store or return.
    struct IssuedToken
    {
        std::string token;
        std::string tokenId;
        std::int64_t expiresAtMs = 0;
    };

    /// Reads jwt.secret (JWT_SECRET) and jwt.expiry from \a config; other settings keep their defaults.
    static Settings settingsFrom(const ServerConfig& config);

    /// Throws ConfigError when the secret is shorter than minSecretBytes, issuer or audience is empty, or the
    /// lifetime is not positive.
    explicit TokenService(Settings settings);

    /// A token for \a subject issued at \a nowMs (ms since the Unix epoch), valid for the configured lifetime, with a
    /// random jti. Throws std::invalid_argument when subject.userId is empty.
    IssuedToken issue(const Subject& subject, std::int64_t nowMs) const;

    /// Checks \a token at \a nowMs: the header first (alg must be exactly HS256), then the signature in constant
    /// time, then Poco's own HS256-only verification, then iss, aud, nbf, iat and exp and the claim types.
    TokenVerification verify(std::string_view token, std::int64_t nowMs) const;

    /// The settings in use.
    const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
};

} // namespace hss::server
