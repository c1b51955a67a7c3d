// SPDX-License-Identifier: MIT
#include "FairPoller.h"

#include <algorithm>
#include <thread>

namespace hss::server {

FairPoller::FairPoller(std::chrono::microseconds interval)
    : m_interval(interval)
{ }

bool FairPoller::idle() const
{
    const std::lock_guard lock(m_mutex);
    return m_waiters.empty();
}

std::size_t FairPoller::waiting() const
{
    const std::lock_guard lock(m_mutex);
    return m_waiters.size();
}

void FairPoller::leaveQueue(Waiter& waiter)
{
    // Called with m_mutex held. Whoever is at the front afterwards starts polling.
    const bool wasFront = !m_waiters.empty() && m_waiters.front() == &waiter;
    m_waiters.erase(std::find(m_waiters.begin(), m_waiters.end(), &waiter));
    if (wasFront && !m_waiters.empty()) {
        m_waiters.front()->turn.notify_one();
    }
}

bool FairPoller::poll(const std::function<bool()>& attempt, std::chrono::steady_clock::time_point deadline)
{
    Waiter me;
    std::unique_lock lock(m_mutex);
    m_waiters.push_back(&me);
    for (;;) {
        if (!me.turn.wait_until(lock, deadline, [&] { return m_waiters.front() == &me; })) {
            leaveQueue(me);
            return false;
        }
        lock.unlock();
        bool done = false;
        try {
            done = attempt();
        } catch (...) {
            // E.g. the database refused a new connection: this caller gets the error, the next in line goes on.
            lock.lock();
            leaveQueue(me);
            throw;
        }
        if (!done && std::chrono::steady_clock::now() + m_interval < deadline) {
            std::this_thread::sleep_for(m_interval);
            lock.lock();
            continue;
        }
        lock.lock();
        leaveQueue(me);
        return done;
    }
}

} // namespace hss::server
