// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>

#include "../app/PeriodicThread.h"

namespace hss::server {

class Database;
class SlaPolicyBook;
class SlaTracker;
class WriteQueue;

/// Keeps the open tickets' due events in line with the SLA configuration in effect. After an admin stores a new
/// configuration (wake()), and every poll interval in case another server instance stored one, it installs the
/// newest stored revision and plans every open ticket again, in small write jobs on its own thread. A restart in
/// the middle finishes the walk: the database records which revision was completely re-planned.
class SlaReplanner final
{
public:
    struct Options
    {
        std::chrono::milliseconds pollInterval {std::chrono::seconds(30)};
        int scanPage = 1000; ///< Open tickets read per step.
        int batch = 50; ///< Tickets re-planned per write job.
    };

    SlaReplanner(Database& database, WriteQueue& writes, SlaPolicyBook& policies, const SlaTracker& tracker,
                 Options options);
    ~SlaReplanner();

    SlaReplanner(const SlaReplanner&) = delete;
    SlaReplanner& operator=(const SlaReplanner&) = delete;

    void start();
    void stop();
    /// Makes the thread look at once (after this instance stored a configuration).
    void wake();

    /// One round on the calling thread; returns how many open tickets it re-planned. Throws on database errors.
    std::size_t runOnce();

    /// The last revision this instance finished re-planning (0 before any).
    std::int64_t completedRevision() const { return m_completed.load(); }

private:
    /// Re-plans every open ticket; false when stopped or overtaken by a newer revision.
    bool walk(std::int64_t revision, std::size_t& replanned);

    Database& m_database;
    WriteQueue& m_writes;
    SlaPolicyBook& m_policies;
    const SlaTracker& m_tracker;
    Options m_options;
    std::atomic<std::int64_t> m_completed {0};
    PeriodicThread m_thread;
};

} // namespace hss::server
