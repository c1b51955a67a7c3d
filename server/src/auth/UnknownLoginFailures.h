// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

#include "LoginThrottle.h"

namespace hss::server {

/// Failed logins of usernames that have no account, kept in memory and throttled like a real account's, so
/// guessing against unknown names is slowed the same way and a throttled answer does not tell which names exist.
/// Bounded: past \a capacity names the one whose last failure is oldest is forgotten. Thread-safe.
class UnknownLoginFailures final
{
public:
    explicit UnknownLoginFailures(std::size_t capacity = 10'000);

    /// When the next attempt for \a username may go ahead (0 when it may now).
    std::int64_t blockedUntil(const std::string& username, std::int64_t nowMs) const;

    /// Counts a failure for \a username and returns the failure count; the next attempt waits as \a throttle says.
    int recordFailure(const std::string& username, std::int64_t nowMs, const LoginThrottle& throttle);

    /// Number of names remembered.
    std::size_t size() const;

private:
    struct Entry
    {
        int failures = 0;
        std::int64_t lastFailureMs = 0;
        std::int64_t blockedUntilMs = 0;
    };

    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::map<std::string, Entry> m_entries;
};

} // namespace hss::server
