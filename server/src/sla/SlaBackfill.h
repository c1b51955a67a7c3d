// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>

namespace hss::server {

class Database;
class SlaTracker;
class WriteQueue;

/// At server start, plans the open tickets that have no SLA events (stored before migration 7 brought SLA
/// scheduling, or by a path without the tracker such as seed-demo) with their events still ahead (see
/// SlaTracker::planUnplanned()): a walk over the open tickets in id order on its own thread, so start-up does not
/// wait for it. Each step reads a bounded page of tickets on a pooled session (no write lock) and plans the few it
/// finds unplanned in small write jobs, so the scheduler's batches are never held up for long.
class SlaBackfill final
{
public:
    struct Options
    {
        int scanPage = 1000; ///< Tickets read per step.
        int planBatch = 50; ///< Tickets planned per write job.
    };

    SlaBackfill(Database& database, WriteQueue& writes, const SlaTracker& tracker, Options options);
    ~SlaBackfill();

    SlaBackfill(const SlaBackfill&) = delete;
    SlaBackfill& operator=(const SlaBackfill&) = delete;

    /// Starts the walk on a thread (once).
    void start();
    /// Ends the walk early if it still runs, and joins it.
    void stop();

    /// Runs the whole walk on the calling thread; returns how many tickets it planned.
    std::size_t run();

    /// Tickets planned so far, and whether the walk is complete.
    std::size_t plannedCount() const { return m_planned.load(); }
    bool finished() const { return m_finished.load(); }

private:
    Database& m_database;
    WriteQueue& m_writes;
    const SlaTracker& m_tracker;
    Options m_options;
    std::atomic<std::size_t> m_planned {0};
    std::atomic<bool> m_finished {false};
    std::atomic<bool> m_stopping {false};
    std::thread m_thread;
};

} // namespace hss::server
