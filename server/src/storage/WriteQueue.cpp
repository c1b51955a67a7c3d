// SPDX-License-Identifier: MIT
#include "WriteQueue.h"

#include <exception>
#include <future>
#include <optional>
#include <vector>

#include <Poco/Exception.h>
#include <Poco/Logger.h>

#include "Database.h"
#include "WriteTransaction.h"

using namespace Poco::Data::Keywords;

namespace hss::server {

namespace {

// Bounds one transaction (and the time the first job in it waits); the rest goes into the next one.
constexpr std::size_t maxJobsPerCommit = 256;
// Beyond this many queued jobs post() waits for its commit like run().
constexpr std::size_t maxQueuedJobs = 8192;

} // namespace

/// One caller's job, and how the caller learns it is committed (posted jobs own their job and nobody waits).
struct WriteQueue::Pending
{
    Job job;
    std::optional<std::promise<void>> done;
    std::exception_ptr failure;
};

WriteQueue::WriteQueue(Database& database)
    : m_database(database)
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
        if (!m_lastBatchFailed && m_queue.size() < maxQueuedJobs && !m_stopping) {
            m_queue.push_back(new Pending {std::move(job), std::nullopt, {}});
            m_wake.notify_one();
            return;
        }
    }
    run(job);
}

std::size_t WriteQueue::commitCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_commits;
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
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) {
                return; // stopping, and everything queued is committed
            }
            while (!m_queue.empty() && batch.size() < maxJobsPerCommit) {
                batch.push_back(m_queue.front());
                m_queue.pop_front();
            }
        }
        try {
            if (!session || !session->isConnected()) {
                session.reset();
                session.emplace(m_database.openSession());
            }
            runBatch(*session, batch);
            setLastBatchFailed(false);
            for (Pending* pending : batch) {
                finish(pending, pending->failure);
            }
        } catch (...) {
            // Nothing of this batch is committed: every caller learns it, and the next batch starts on a fresh
            // connection in case this one is broken.
            session.reset();
            setLastBatchFailed(true);
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

void WriteQueue::runBatch(Poco::Data::Session& session, std::deque<Pending*>& batch)
{
    WriteTransaction transaction(session, m_database.backend());
    for (Pending* pending : batch) {
        session << "SAVEPOINT hss_job", now;
        try {
            pending->job(session);
            session << "RELEASE SAVEPOINT hss_job", now;
        } catch (...) {
            pending->failure = std::current_exception();
            // Undo this job alone; if even that fails, the whole transaction is lost (caught by the caller).
            session << "ROLLBACK TO SAVEPOINT hss_job", now;
            session << "RELEASE SAVEPOINT hss_job", now;
        }
    }
    transaction.commit();
    const std::lock_guard lock(m_mutex);
    ++m_commits;
}

} // namespace hss::server
