// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "Principal.h"

namespace hss {
class Clock;
}

namespace hss::server {

class Database;

/// Ends an account's tokens at once when it is disabled, its roles change or its password is replaced. Refresh tokens
/// are revoked in the database; access tokens are stateless until they expire, so the moment of the revocation is
/// stored per user (users.access_revoked_at) and every request's token is compared with it. The moments are read back
/// from the database at most every refresh interval, so another server process on the same PostgreSQL refuses the
/// token within that interval; only revocations younger than a token's lifetime can matter, so only those are kept
/// in memory. Thread-safe.
class AccessRevocations final
{
public:
    /// \a tokenLifetime: how long an access token stays valid (with the tolerated clock skew).
    AccessRevocations(Database& database, const Clock& clock, std::chrono::milliseconds tokenLifetime,
                      std::chrono::milliseconds refreshInterval = std::chrono::seconds(1));

    /// Revokes every refresh token of the user and every access token issued before now.
    void revoke(const std::string& userId);
    /// True when the token was issued before its user's latest revocation.
    bool isRevoked(const Principal& principal) const;

    /// False when the user is disabled or no longer exists (read from the database: only asked for a revoked token).
    bool isActive(const std::string& userId) const;

private:
    void refreshIfDue() const;

    Database& m_database;
    const Clock& m_clock;
    std::chrono::milliseconds m_tokenLifetime;
    std::chrono::milliseconds m_refreshInterval;
    mutable std::shared_mutex m_mutex;
    mutable std::unordered_map<std::string, std::int64_t> m_revokedAt;
    mutable std::mutex m_refreshing;
    mutable std::atomic<std::int64_t> m_nextRefreshMs {0}; ///< on the steady clock
};

} // namespace hss::server
