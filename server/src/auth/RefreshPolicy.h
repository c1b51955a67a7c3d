// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace hss::server {

/// A refresh token as the database keeps it (the token itself is stored only as its hash).
struct StoredRefreshToken
{
    std::string userId;
    std::string familyId; ///< shared by every token rotated from the same login
    std::int64_t expiresAtMs = 0;
    std::optional<std::int64_t> revokedAtMs; ///< set on logout, password/role change, user disable, theft
    std::optional<std::string> replacedBy; ///< id of the token this one was rotated into
};

/// What to do when a client presents a refresh token.
enum class RefreshDecision {
    Rotate, ///< accept: issue a new token in the same family and mark this one replaced
    Expired, ///< refuse; nothing else to do
    RevokeFamily, ///< refuse and revoke the whole family: a used-up token came back, so it was probably stolen
};

/// Lifetime and rotation rules for refresh tokens (RFC 6819 §5.2.2.3, OAuth 2.0 Security BCP §4.14). Pure: no
/// storage, time passed in. Immutable; safe to use from several threads at once.
class RefreshPolicy final
{
public:
    /// The rules' numbers.
    struct Settings
    {
        std::chrono::seconds lifetime {std::chrono::hours {14 * 24}};
    };

    /// Throws std::invalid_argument when the lifetime is not positive.
    explicit RefreshPolicy(Settings settings);

    /// Uses the default Settings.
    RefreshPolicy();

    /// When a token issued at \a nowMs expires.
    std::int64_t expiresAtMs(std::int64_t nowMs) const;

    /// The decision for \a token presented at \a nowMs. A revoked or already replaced token means reuse, which is
    /// checked before expiry so that a stolen token still burns its family after it has expired.
    RefreshDecision decide(const StoredRefreshToken& token, std::int64_t nowMs) const;

    /// The settings in use.
    const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
};

} // namespace hss::server
