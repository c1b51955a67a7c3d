// SPDX-License-Identifier: MIT
#include "SyncNotifier.h"

namespace hss::server {

void SyncNotifier::notifyChanged()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_generation;
    }
    m_changed.notify_all();
}

std::uint64_t SyncNotifier::generation() const
{
    const std::lock_guard lock(m_mutex);
    return m_generation;
}

bool SyncNotifier::waitForChange(std::uint64_t seen, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] { return m_generation != seen; });
}

} // namespace hss::server
