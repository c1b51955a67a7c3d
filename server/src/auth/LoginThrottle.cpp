// SPDX-License-Identifier: MIT
#include "auth/LoginThrottle.h"

#include <stdexcept>

namespace hss::server {

LoginThrottle::LoginThrottle()
    : LoginThrottle(Settings {})
{ }

LoginThrottle::LoginThrottle(Settings settings)
    : m_settings(settings)
{
    if (m_settings.freeFailures < 0 || m_settings.firstDelay.count() < 0 || m_settings.maxDelay < m_settings.firstDelay
        || m_settings.lockoutFailures <= m_settings.freeFailures || m_settings.lockoutDuration.count() < 0) {
        throw std::invalid_argument("invalid login throttle settings");
    }
}

std::chrono::milliseconds LoginThrottle::delayAfter(int consecutiveFailures) const
{
    if (isLockoutCount(consecutiveFailures)) {
        return m_settings.lockoutDuration;
    }
    if (consecutiveFailures <= m_settings.freeFailures) {
        return std::chrono::milliseconds {0};
    }
    // Double step by step and stop at the cap, so large counts cannot overflow.
    std::chrono::milliseconds delay = m_settings.firstDelay;
    if (delay.count() == 0) {
        return delay; // doubling zero never reaches the cap
    }
    for (int n = m_settings.freeFailures + 1; n < consecutiveFailures && delay < m_settings.maxDelay; ++n) {
        delay *= 2;
    }
    return delay < m_settings.maxDelay ? delay : std::chrono::milliseconds {m_settings.maxDelay};
}

bool LoginThrottle::isLockoutCount(int consecutiveFailures) const
{
    return consecutiveFailures >= m_settings.lockoutFailures;
}

std::int64_t LoginThrottle::nextAttemptAtMs(int consecutiveFailures, std::int64_t lastFailureAtMs) const
{
    return lastFailureAtMs + delayAfter(consecutiveFailures).count();
}

LoginThrottle::Decision LoginThrottle::check(int consecutiveFailures, std::int64_t lastFailureAtMs,
                                             std::int64_t nowMs) const
{
    Decision decision;
    decision.retryAtMs = nextAttemptAtMs(consecutiveFailures, lastFailureAtMs);
    decision.allowed = nowMs >= decision.retryAtMs;
    decision.locked = !decision.allowed && isLockoutCount(consecutiveFailures);
    if (decision.allowed) {
        decision.retryAtMs = nowMs;
    }
    return decision;
}

} // namespace hss::server
