// SPDX-License-Identifier: MIT
#include "AccessRevocations.h"

#include <algorithm>

#include <Poco/Exception.h>
#include <Poco/Logger.h>

#include "../storage/AccessRevocationRepository.h"
#include "../storage/RefreshTokenRepository.h"
#include "hss/Clock.h"

namespace hss::server {

namespace {

std::int64_t steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

AccessRevocations::AccessRevocations(Database& database, const Clock& clock, std::chrono::milliseconds tokenLifetime,
                                     std::chrono::milliseconds refreshInterval)
    : m_database(database)
    , m_clock(clock)
    , m_tokenLifetime(tokenLifetime)
    , m_refreshInterval(refreshInterval)
{ }

void AccessRevocations::revoke(const std::string& userId)
{
    const std::int64_t now = m_clock.nowMs();
    RefreshTokenRepository(m_database).revokeAllForUser(userId, now);
    (void)AccessRevocationRepository(m_database).revoke(userId, now);
    const std::unique_lock lock(m_mutex);
    std::int64_t& revokedAt = m_revokedAt[userId];
    revokedAt = std::max(revokedAt, now);
}

bool AccessRevocations::isRevoked(const Principal& principal) const
{
    refreshIfDue();
    const std::shared_lock lock(m_mutex);
    const auto found = m_revokedAt.find(principal.userId);
    return found != m_revokedAt.end() && principal.issuedAtMs < found->second;
}

bool AccessRevocations::isActive(const std::string& userId) const
{
    return AccessRevocationRepository(m_database).isActive(userId);
}

void AccessRevocations::refreshIfDue() const
{
    const std::int64_t now = steadyNowMs();
    if (now < m_nextRefreshMs.load(std::memory_order_relaxed)) {
        return;
    }
    // One request thread reads; the others go on with what is known.
    const std::unique_lock refreshing(m_refreshing, std::try_to_lock);
    if (!refreshing.owns_lock()) {
        return;
    }
    m_nextRefreshMs.store(now + m_refreshInterval.count(), std::memory_order_relaxed);
    try {
        const std::int64_t since = m_clock.nowMs() - m_tokenLifetime.count();
        std::unordered_map<std::string, std::int64_t> fresh;
        for (auto& [userId, revokedAt] : AccessRevocationRepository(m_database).revokedSince(since)) {
            fresh.emplace(std::move(userId), revokedAt);
        }
        const std::unique_lock lock(m_mutex);
        // Revocations of this process are stored before they are noted here, so the read has them too, unless they
        // are older than any token still valid.
        m_revokedAt = std::move(fresh);
    } catch (const Poco::Exception& error) {
        // Keep what is known; a request after the next interval tries again.
        Poco::Logger::get("hss.auth").warning("could not read access revocations: " + error.displayText());
    }
}

} // namespace hss::server
