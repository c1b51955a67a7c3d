// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <Poco/Data/Session.h>

#include "AuditRecord.h"

namespace hss::server {

class Database;

/// How much a WriteQueue holds before callers of post() and postAudit() wait for a commit like run(): bounds the
/// memory a stalled disk can fill and how much is queued but not yet stored.
struct WriteQueueLimits
{
    std::size_t queuedJobs = 8192;
    /// Records of reads (about 0.4 KB each). Larger is not better under load: with 65,536 reads waited less often
    /// but each wait was a commit of tens of thousands of records (GET p99 287 ms against 73-225 ms on PostgreSQL).
    std::size_t queuedAuditRecords = 8192;
};

/// Group commit for durable writes: one writer thread runs the jobs queued by concurrent requests in one
/// transaction and commits them with one fsync. run() returns only once its job is
/// durable, so "stored before answered" holds while the cost of a commit is shared by everyone waiting.
/// It also serialises the server's writers itself, so they never busy-poll SQLite's single write lock.
/// A job that throws is rolled back alone and its caller gets the exception; the others commit. For that the batch
/// is run again from the start, each job in its own savepoint, so a job may run twice (its first run rolled back):
/// jobs must write only through the session and set, not accumulate, what they hand back to their caller.
/// Jobs must use only the session they are given and must not call run() themselves. Thread-safe.
class WriteQueue final
{
public:
    using Job = std::function<void(Poco::Data::Session&)>;

    /// What nobody waits for (post(), postAudit()) waits this long for company before the writer commits it, unless
    /// a run() job arrives first: every commit makes SQLite's other connections drop their page caches, so a commit
    /// per few reads had every ticket read re-read the database.
    static constexpr std::chrono::milliseconds defaultPostedLinger {20};

    /// Starts the writer with its own connection (outside the request pool, so it never waits for a session).
    explicit WriteQueue(Database& database, std::chrono::milliseconds postedLinger = defaultPostedLinger,
                        WriteQueueLimits limits = {});
    /// Commits what is queued, then stops the writer.
    ~WriteQueue();

    WriteQueue(const WriteQueue&) = delete;
    WriteQueue& operator=(const WriteQueue&) = delete;

    /// Runs \a job in the next batch and waits until it is committed; rethrows the job's exception or the
    /// commit's failure.
    void run(const Job& job);

    /// Queues \a job for the next batch without waiting for its commit (e.g. the record of a read, which must be
    /// stored but need not hold the answer for an fsync). Fails closed: after a batch failed to commit, and while
    /// the queue is long, it waits and throws like run(), so callers cannot go on unrecorded when the database does
    /// not write, and a stalled disk cannot grow memory without bound.
    void post(Job job);

    /// Audit records to append at the end of the batch the calling job runs in, just before its commit, together
    /// with every other record of the batch (one lock of the chain, multi-row inserts). They are dropped with the job
    /// if the job fails. Only for use inside a job; throws std::logic_error elsewhere.
    void appendAuditInBatch(const std::vector<AuditEntry>& entries);

    /// Audit records (e.g. of reads) appended with the next batch without a job of their own and without waiting for
    /// the commit. Fails closed like post(): after a failed commit, and while much is queued, it waits and throws.
    void postAudit(std::vector<AuditEntry> entries);

    /// Jobs posted with post() that failed (each is also logged).
    std::size_t postedFailures() const;

    /// Calls of postAudit() that waited for a commit because the queue was full or the last commit had failed.
    std::size_t postedAuditWaits() const;

    /// Batches committed so far (for tests and the benchmark's notes).
    std::size_t commitCount() const;

    /// Batches that had a failing job and were committed after running again job by job (for tests).
    std::size_t redoneBatchCount() const;

private:
    struct Pending;

    void writerLoop();
    void finish(Pending* pending, const std::exception_ptr& failure);
    void setLastBatchFailed(bool failed);
    void runBatch(Poco::Data::Session& session, std::deque<Pending*>& batch, std::vector<AuditEntry> postedAudit);
    bool runJobs(Poco::Data::Session& session, std::deque<Pending*>& batch, std::vector<AuditEntry> postedAudit,
                 bool isolate);
    /// Wakes the writer if it waits for work; called with m_mutex held, before posted work is added.
    void wakeForPostedWork();
    void dropPostedAudit(std::size_t count);

    Database& m_database;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending*> m_queue;
    std::vector<AuditEntry> m_postedAudit;
    std::size_t m_waitingJobs = 0; ///< jobs in m_queue whose caller waits in run()
    const std::chrono::milliseconds m_postedLinger;
    const WriteQueueLimits m_limits;
    std::vector<AuditEntry> m_batchAudit; // the writer thread's own: records of the batch being run
    bool m_stopping = false;
    bool m_lastBatchFailed = false;
    std::size_t m_commits = 0;
    std::size_t m_redoneBatches = 0;
    std::size_t m_postedFailures = 0;
    std::size_t m_postedAuditWaits = 0;
    std::chrono::steady_clock::time_point m_lastAuditWaitWarning {};
    std::thread m_writer;
};

} // namespace hss::server
