// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>

namespace hss::server {

/// Lets threads wait, in the order they came, for something they can only poll for: Poco's session pool throws
/// when it is empty and says nothing when a session comes back. Only the longest waiting thread polls, at a short
/// interval; the others sleep until it is their turn. Before, every waiter polled with its own growing pause (up to
/// 20 ms), so a session could lie free for milliseconds and a late comer could take it before one that had waited
/// long. Thread-safe.
class FairPoller final
{
public:
    explicit FairPoller(std::chrono::microseconds interval = std::chrono::microseconds(200));

    /// True when nobody waits, so a caller may try once without queueing and without overtaking anyone.
    bool idle() const;

    /// Calls \a attempt until it returns true, taking turns behind the callers that came earlier. Returns false
    /// when \a deadline passes first (the caller leaves the queue; the next in line takes over).
    bool poll(const std::function<bool()>& attempt, std::chrono::steady_clock::time_point deadline);

    /// Threads waiting now (for tests).
    std::size_t waiting() const;

private:
    struct Waiter
    {
        std::condition_variable turn;
    };

    void leaveQueue(Waiter& waiter);

    const std::chrono::microseconds m_interval;
    mutable std::mutex m_mutex;
    std::deque<Waiter*> m_waiters; ///< the front one polls
};

} // namespace hss::server
