// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>

namespace hss::server {

/// Back-off and lockout after consecutive failed logins of one account. Pure: the caller stores the failure count
/// and the time of the last failure per account (for unknown usernames too, so both behave alike), resets the count
/// after a successful login, and asks here whether the next attempt may go ahead.
///
/// With the default Settings, after the n-th consecutive failure the next attempt must wait:
///   n = 1..3: no delay; n = 4: 1 s; 5: 2 s; 6: 4 s; 7: 8 s; 8: 16 s; 9: 32 s (doubling, capped at 15 min);
///   n >= 10: the account is locked for 15 min after each further failure.
/// Immutable; safe to use from several threads at once.
class LoginThrottle final
{
public:
    /// The numbers above; all configurable.
    struct Settings
    {
        int freeFailures = 3; ///< failures that cost nothing
        std::chrono::seconds firstDelay {1}; ///< delay after failure freeFailures + 1, doubled for each further one
        std::chrono::seconds maxDelay {15 * 60}; ///< cap of the doubling
        int lockoutFailures = 10; ///< from this many failures on, the account is locked
        std::chrono::seconds lockoutDuration {15 * 60};
    };

    /// The answer for one login attempt.
    struct Decision
    {
        bool allowed = true;
        bool locked = false; ///< the refusal is a lockout (lockoutFailures reached), not just back-off
        std::int64_t retryAtMs = 0; ///< earliest time the attempt is allowed (ms since the Unix epoch)
    };

    /// Throws std::invalid_argument for negative counts or delays, a lockout threshold not above freeFailures, or
    /// maxDelay below firstDelay.
    explicit LoginThrottle(Settings settings);

    /// Uses the default Settings.
    LoginThrottle();

    /// How long to wait after the \a consecutiveFailures-th consecutive failure (zero while still free).
    std::chrono::milliseconds delayAfter(int consecutiveFailures) const;

    /// True when \a consecutiveFailures reaches the lockout threshold.
    bool isLockoutCount(int consecutiveFailures) const;

    /// The earliest time of the next attempt after \a consecutiveFailures failures, the last at \a lastFailureAtMs.
    std::int64_t nextAttemptAtMs(int consecutiveFailures, std::int64_t lastFailureAtMs) const;

    /// Whether an attempt at \a nowMs may go ahead.
    Decision check(int consecutiveFailures, std::int64_t lastFailureAtMs, std::int64_t nowMs) const;

    /// The settings in use.
    const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
};

} // namespace hss::server
