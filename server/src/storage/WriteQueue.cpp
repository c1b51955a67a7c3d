// SPDX-License-Identifier: MIT
#include "WriteQueue.h"

#include <exception>
#include <future>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <vector>

#include <Poco/Exception.h>
#include <Poco/Logger.h>

#include "AuditLogRepository.h"
#include "Database.h"
#include "StatementCache.h"
#include "TransactionState.h"
#include "WriteTransaction.h"

using namespace Poco::Data::Keywords;

namespace hss::server {

namespace {

// Bounds one transaction (and the time the first job in it waits); the rest goes into the next one.
constexpr std::size_t maxJobsPerCommit = 256;
// A warning when reads wait for the audit trail's commits, at most this often.
constexpr auto auditWaitWarningInterval = std::chrono::seconds(10);

} // namespace

/// One caller's job, and how the caller learns it is committed (posted jobs own their job and nobody waits).
struct WriteQueue::Pending
{
    Job job;
    std::optional<std::promise<void>> done;
    std::exception_ptr failure;
};

WriteQueue::WriteQueue(Database& database, std::chrono::milliseconds postedLinger, WriteQueueLimits limits)
    : m_database(database)
    , m_postedLinger(postedLinger)
    , m_limits(limits)
    , m_writer([this] { writerLoop(); })
{ }

WriteQueue::~WriteQueue()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_writer.join();
}

void WriteQueue::run(const Job& job)
{
    Pending pending {job, std::promise<void>(), {}};
    std::future<void> done = pending.done->get_future();
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(&pending);
        ++m_waitingJobs;
    }
    m_wake.notify_one();
    done.get(); // rethrows the job's or the commit's failure
}

void WriteQueue::post(Job job)
{
    {
        const std::lock_guard lock(m_mutex);
        // After a failed commit every job waits for its own commit again, so its caller learns whether the
        // database is writing; the first successful batch switches back to queueing.
        if (!m_lastBatchFailed && m_queue.size() < m_limits.queuedJobs && !m_stopping) {
            wakeForPostedWork();
            m_queue.push_back(new Pending {std::move(job), std::nullopt, {}});
            return;
        }
    }
    run(job);
}

void WriteQueue::appendAuditInBatch(const std::vector<AuditEntry>& entries)
{
    if (std::this_thread::get_id() != m_writer.get_id()) {
        throw std::logic_error("WriteQueue::appendAuditInBatch outside a job");
    }
    m_batchAudit.insert(m_batchAudit.end(), entries.begin(), entries.end());
}

void WriteQueue::postAudit(std::vector<AuditEntry> entries)
{
    if (entries.empty()) {
        return;
    }
    bool warn = false;
    std::size_t waits = 0;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_lastBatchFailed && m_postedAudit.size() + entries.size() <= m_limits.queuedAuditRecords
            && m_queue.size() < m_limits.queuedJobs && !m_stopping) {
            wakeForPostedWork();
            m_postedAudit.insert(m_postedAudit.end(), std::make_move_iterator(entries.begin()),
                                 std::make_move_iterator(entries.end()));
            return;
        }
        waits = ++m_postedAuditWaits;
        const auto now = std::chrono::steady_clock::now();
        if (now - m_lastAuditWaitWarning >= auditWaitWarningInterval) {
            m_lastAuditWaitWarning = now;
            warn = true;
        }
    }
    if (warn) {
        // Reads are held until the audit trail catches up: the database commits more slowly than they arrive.
        Poco::Logger::get("hss.storage").warning("reads wait for the audit trail's commit (%z times so far)", waits);
    }
    run([this, &entries](Poco::Data::Session&) { appendAuditInBatch(entries); });
}

void WriteQueue::wakeForPostedWork()
{
    // Only an idle writer needs waking: one that lingers or commits finds the work when it next looks, and posted
    // work must not end the linger. At a ticket read's rate a wake-up per record was a futex call and a context
    // switch each.
    if (m_queue.empty() && m_postedAudit.empty()) {
        m_wake.notify_one();
    }
}

void WriteQueue::dropPostedAudit(std::size_t count)
{
    if (count == 0) {
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_postedFailures += count;
    }
    Poco::Logger::get("hss.storage").error("%z queued audit records were not stored: their batch failed", count);
}

std::size_t WriteQueue::postedAuditWaits() const
{
    const std::lock_guard lock(m_mutex);
    return m_postedAuditWaits;
}

std::size_t WriteQueue::commitCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_commits;
}

std::size_t WriteQueue::redoneBatchCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_redoneBatches;
}

std::size_t WriteQueue::postedFailures() const
{
    const std::lock_guard lock(m_mutex);
    return m_postedFailures;
}

void WriteQueue::finish(Pending* pending, const std::exception_ptr& failure)
{
    if (pending->done) {
        if (failure) {
            pending->done->set_exception(failure);
        } else {
            pending->done->set_value();
        }
        return;
    }
    if (failure) {
        {
            const std::lock_guard lock(m_mutex);
            ++m_postedFailures;
        }
        try {
            std::rethrow_exception(failure);
        } catch (const Poco::Exception& error) {
            Poco::Logger::get("hss.storage").error("a queued write failed: " + error.displayText());
        } catch (const std::exception& error) {
            Poco::Logger::get("hss.storage").error(std::string("a queued write failed: ") + error.what());
        } catch (...) {
            Poco::Logger::get("hss.storage").error("a queued write failed");
        }
    }
    delete pending;
}

void WriteQueue::writerLoop()
{
    std::optional<Poco::Data::Session> session;
    for (;;) {
        std::deque<Pending*> batch;
        std::vector<AuditEntry> postedAudit;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty() || !m_postedAudit.empty(); });
            if (m_queue.empty() && m_postedAudit.empty()) {
                return; // stopping, and everything queued is committed
            }
            if (m_waitingJobs == 0 && !m_stopping) {
                m_wake.wait_for(lock, m_postedLinger, [this] { return m_stopping || m_waitingJobs > 0; });
            }
            while (!m_queue.empty() && batch.size() < maxJobsPerCommit) {
                if (m_queue.front()->done) {
                    --m_waitingJobs;
                }
                batch.push_back(m_queue.front());
                m_queue.pop_front();
            }
            postedAudit.swap(m_postedAudit);
        }
        const std::size_t postedAuditCount = postedAudit.size();
        try {
            if (!session || !session->isConnected()) {
                session.reset();
                session.emplace(m_database.openSession());
            }
            runBatch(*session, batch, std::move(postedAudit));
            setLastBatchFailed(false);
            for (Pending* pending : batch) {
                finish(pending, pending->failure);
            }
        } catch (...) {
            // Nothing of this batch is committed: every caller learns it, and the next batch starts on a fresh
            // connection in case this one is broken.
            session.reset();
            setLastBatchFailed(true);
            dropPostedAudit(postedAuditCount);
            for (Pending* pending : batch) {
                finish(pending, std::current_exception());
            }
        }
    }
}

void WriteQueue::setLastBatchFailed(bool failed)
{
    const std::lock_guard lock(m_mutex);
    m_lastBatchFailed = failed;
}

void WriteQueue::runBatch(Poco::Data::Session& session, std::deque<Pending*>& batch,
                          std::vector<AuditEntry> postedAudit)
{
    // Optimistic: the jobs run plainly, without a savepoint each (two round trips per job on PostgreSQL). Only if
    // one fails is the whole transaction rolled back and the batch redone job by job, each in its own savepoint, so
    // the failing job gets its error, the others commit and nothing is applied twice.
    if (!runJobs(session, batch, postedAudit, false)) {
        runJobs(session, batch, std::move(postedAudit), true);
    }
}

bool WriteQueue::runJobs(Poco::Data::Session& session, std::deque<Pending*>& batch, std::vector<AuditEntry> postedAudit,
                         bool isolate)
{
    StatementCache& statements = m_database.statements();
    WriteTransaction transaction(session, m_database.backend());
    m_batchAudit = std::move(postedAudit);
    for (Pending* pending : batch) {
        pending->failure = nullptr;
        if (!isolate) {
            try {
                pending->job(session);
            } catch (...) {
                m_batchAudit.clear();
                return false; // the transaction rolls back as it goes out of scope
            }
            continue;
        }
        statements.execute(session, "SAVEPOINT hss_job");
        const std::size_t auditBefore = m_batchAudit.size();
        try {
            pending->job(session);
            statements.execute(session, "RELEASE SAVEPOINT hss_job");
        } catch (...) {
            pending->failure = std::current_exception();
            m_batchAudit.resize(auditBefore);
            // Undo this job alone; if even that fails, the whole transaction is lost (caught by the caller).
            statements.execute(session, "ROLLBACK TO SAVEPOINT hss_job");
            statements.execute(session, "RELEASE SAVEPOINT hss_job");
        }
    }
    if (!isolate && transactionFailed(session, m_database.backend())) {
        // A job swallowed a database error: without its savepoint nobody else would notice, and COMMIT would
        // silently roll everyone back. The redo finds the job (its RELEASE fails) and keeps the others.
        m_batchAudit.clear();
        return false;
    }
    // The whole batch's records in one append: the chain's lock and head are read once per commit.
    std::vector<AuditEntry> audit;
    audit.swap(m_batchAudit);
    AuditLogRepository(m_database).appendAll(session, audit);
    transaction.commit();
    const std::lock_guard lock(m_mutex);
    ++m_commits;
    if (isolate) {
        ++m_redoneBatches;
    }
    return true;
}

} // namespace hss::server
