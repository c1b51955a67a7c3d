// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>

#include "../app/PeriodicThread.h"

namespace hss {
class Clock;
}

namespace hss::server {

class Database;
class FieldCipher;
class WriteQueue;

/// Applies the retention periods of the organisation settings: deletes health check results, finished (sent or
/// dead) outbox messages and the remembered answers of sync mutations older than their period, and closed tickets
/// (with their comments, SLA history and planned events) when an admin set a period for them; each deletion batch
/// is audited in its own write job. Closed tickets are deleted, not anonymised, through the same path as DELETE
/// /api/tickets/{id}: the tombstones also remove the copies on every console, which an anonymised row could not
/// guarantee for text typed into free fields, and the audit log keeps who deleted what and when. The audit log is
/// never touched: its period is a minimum. Runs once at start and then every interval on its own thread, in small
/// batches (like SlaReplanner's write jobs), so it never holds the single writer for long.
class RetentionJob final
{
public:
    struct Options
    {
        std::chrono::milliseconds interval {std::chrono::hours(1)};
        int batch = 500; ///< Rows deleted per write job (logs).
        int ticketBatch = 50; ///< Tickets deleted per write job (each writes tombstones).
    };

    /// What one round deleted.
    struct Report
    {
        std::int64_t healthChecks = 0;
        std::int64_t notifications = 0;
        std::int64_t syncMutations = 0;
        std::int64_t closedTickets = 0;
    };

    RetentionJob(Database& database, WriteQueue& writes, const FieldCipher& cipher, const Clock& clock,
                 Options options);
    ~RetentionJob();

    RetentionJob(const RetentionJob&) = delete;
    RetentionJob& operator=(const RetentionJob&) = delete;

    /// Starts the thread, which runs a round at once and then every interval.
    void start();
    void stop();
    /// Makes the thread run a round now (e.g. after an admin shortened a period).
    void wake();

    /// One complete round on the calling thread with the stored periods; throws on database errors (what was
    /// deleted so far stays deleted and audited).
    Report runOnce();

private:
    /// Runs \a deleteBatch until it deletes fewer than a batch; returns the total.
    template <class DeleteBatch>
    std::int64_t drain(DeleteBatch deleteBatch, int batch);

    Database& m_database;
    WriteQueue& m_writes;
    const FieldCipher& m_cipher;
    const Clock& m_clock;
    Options m_options;
    PeriodicThread m_thread;
};

} // namespace hss::server
