// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Data/Session.h>

namespace hss {
class Clock;
}

namespace hss::server {

class Database;
class SlaFirer;
class WriteQueue;
struct EscalationMatrix;
struct SlaEventRecord;

/// Fires the planned SLA events when they are due. A thread sleeps until the earliest planned event (or until a
/// re-plan brings an earlier one, or at most maxSleep, so events planned by another server process are seen), then
/// claims what is due, fires it and records it in one write transaction per batch: after a crash the batch is either
/// all fired and recorded or still planned, so a restart fires overdue events once and nothing twice. With several
/// processes on one PostgreSQL each event goes to exactly one of them (claims lock rows, SKIP LOCKED). Nothing is
/// held in memory but the next due time: the plan lives in the database, so start-up reads one index entry.
/// Time comes from the injected Clock. Thread-safe.
class SlaScheduler final
{
public:
    struct Options
    {
        std::string instanceId; ///< Stored with every event this scheduler fires.
        int batchSize = 200;
        std::chrono::milliseconds maxSleep {std::chrono::seconds(1)};
        /// Observers for metrics (the benchmark), called on the scheduler's thread: the events of a batch once it
        /// committed, with the clock's time then; and each time the thread goes to sleep, with the due time it
        /// sleeps for (none: nothing planned, it polls after maxSleep).
        std::function<void(const std::vector<SlaEventRecord>& fired, std::int64_t committedAtMs)> onCommitted;
        std::function<void(std::optional<std::int64_t> nextDueMs)> onSleep;
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
    /// Tells the thread an event was planned at \a dueAtMs (by this process, inside a write job of the WriteQueue):
    /// it wakes only if that is earlier than the time it sleeps for.
    void wake(std::int64_t dueAtMs);

    /// Fires every event due at the clock's time, batch by batch, on the calling thread; returns how many fired.
    std::size_t fireDue();

    /// Events fired by this object so far.
    std::size_t firedCount() const { return m_fired.load(); }

private:
    struct Batch
    {
        std::size_t claimed = 0;
        std::size_t fired = 0;
        std::optional<std::int64_t> nextDue; ///< Read after the batch, in its transaction.
        bool othersHoldDue = false; ///< Due rows were left to another process holding them.
    };

    void run();
    Batch fireBatch();
    void fireEach(Poco::Data::Session& session, const std::vector<SlaEventRecord>& claimed,
                  const EscalationMatrix& matrix, bool isolate, std::vector<SlaEventRecord>& fired) const;
    std::chrono::milliseconds sleepFor(const Batch& batch);

    static constexpr std::int64_t never = std::numeric_limits<std::int64_t>::max();

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
    bool m_sleeping = false;
    std::int64_t m_sleepingUntil = never; ///< The due time the thread sleeps for, while m_sleeping.
    std::int64_t m_requested = never; ///< The earliest due time announced by wake() since the last read.
    std::thread m_thread;
};

} // namespace hss::server
