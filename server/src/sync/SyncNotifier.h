// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace hss::server {

/// Wakes long-polling pulls when this process commits a change, so a new emergency reaches waiting consoles at
/// once. Changes committed by other server processes (several instances on one PostgreSQL) are found by the
/// pulls' own periodic re-reads, so this is a latency shortcut, never the only path. Thread-safe.
class SyncNotifier final
{
public:
    /// Tells waiting pulls that something was committed.
    void notifyChanged();

    /// The current generation; changes whenever notifyChanged() is called.
    std::uint64_t generation() const;

    /// Waits until the generation differs from \a seen or \a timeout passes; true when it changed.
    bool waitForChange(std::uint64_t seen, std::chrono::milliseconds timeout);

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::uint64_t m_generation = 0;
};

} // namespace hss::server
