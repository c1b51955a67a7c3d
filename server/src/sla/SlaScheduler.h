// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

namespace hss {
class Clock;
}

namespace hss::server {

class Database;
class SlaFirer;
class WriteQueue;

/// Fires the planned SLA events when they are due. A thread sleeps until the earliest planned event (or until
/// wake() after a re-plan, or at most maxSleep, so events planned by another server process are seen), then claims
/// what is due, fires it and records it in one write transaction per batch: after a crash the batch is either all
/// fired and recorded or still planned, so a restart fires overdue events once and nothing twice. With several
/// processes on one PostgreSQL each event goes to exactly one of them (claims lock rows, SKIP LOCKED).
/// Time comes from the injected Clock. Thread-safe.
class SlaScheduler final
{
public:
    struct Options
    {
        std::string instanceId; ///< Stored with every event this scheduler fires.
        int batchSize = 200;
        std::chrono::milliseconds maxSleep {std::chrono::seconds(1)};
    };

    SlaScheduler(Database& database, WriteQueue& writes, const Clock& clock, const SlaFirer& firer, Options options);
    ~SlaScheduler();

    SlaScheduler(const SlaScheduler&) = delete;
    SlaScheduler& operator=(const SlaScheduler&) = delete;

    /// Starts the thread (which first fires everything overdue).
    void start();
    /// Stops and joins the thread; a batch in progress commits first.
    void stop();
    /// Makes the thread look at the plan again now.
    void wake();

    /// Fires every event due at the clock's time, batch by batch, on the calling thread; returns how many fired.
    std::size_t fireDue();

    /// Events fired by this object so far.
    std::size_t firedCount() const { return m_fired.load(); }

private:
    void run();
    std::size_t fireBatch();

    Database& m_database;
    WriteQueue& m_writes;
    const Clock& m_clock;
    const SlaFirer& m_firer;
    Options m_options;
    std::atomic<std::size_t> m_fired {0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_woken = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace hss::server
