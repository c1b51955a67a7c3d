// SPDX-License-Identifier: MIT
#include "UnknownLoginFailures.h"

#include <algorithm>

namespace hss::server {

UnknownLoginFailures::UnknownLoginFailures(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(capacity, 1))
{ }

std::int64_t UnknownLoginFailures::blockedUntil(const std::string& username, std::int64_t nowMs) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(username);
    return it == m_entries.end() || it->second.blockedUntilMs <= nowMs ? 0 : it->second.blockedUntilMs;
}

int UnknownLoginFailures::recordFailure(const std::string& username, std::int64_t nowMs, const LoginThrottle& throttle)
{
    const std::lock_guard lock(m_mutex);
    auto it = m_entries.find(username);
    if (it == m_entries.end()) {
        if (m_entries.size() >= m_capacity) {
            const auto oldest = std::min_element(m_entries.begin(), m_entries.end(), [](const auto& a, const auto& b) {
                return a.second.lastFailureMs < b.second.lastFailureMs;
            });
            m_entries.erase(oldest);
        }
        it = m_entries.emplace(username, Entry {}).first;
    }
    Entry& entry = it->second;
    ++entry.failures;
    entry.lastFailureMs = nowMs;
    entry.blockedUntilMs = throttle.nextAttemptAtMs(entry.failures, nowMs);
    return entry.failures;
}

std::size_t UnknownLoginFailures::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_entries.size();
}

} // namespace hss::server
