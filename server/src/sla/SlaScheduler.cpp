// SPDX-License-Identifier: MIT
#include "SlaScheduler.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <set>

#include <Poco/Data/Session.h>
#include <Poco/Logger.h>

#include "../storage/SlaEventRepository.h"
#include "../storage/WriteQueue.h"
#include "EscalationMatrix.h"
#include "SlaFirer.h"
#include "hss/Clock.h"

namespace hss::server {

SlaScheduler::SlaScheduler(Database& database, WriteQueue& writes, const Clock& clock, const SlaFirer& firer,
                           Options options)
    : m_database(database)
    , m_writes(writes)
    , m_clock(clock)
    , m_firer(firer)
    , m_options(std::move(options))
{ }

SlaScheduler::~SlaScheduler()
{
    stop();
}

void SlaScheduler::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable()) {
        return;
    }
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void SlaScheduler::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void SlaScheduler::wake()
{
    wake(std::numeric_limits<std::int64_t>::min());
}

void SlaScheduler::wake(std::int64_t dueAtMs)
{
    {
        std::lock_guard lock(m_mutex);
        m_requested = std::min(m_requested, dueAtMs);
        // While a batch runs the request is only noted: the thread reads it before it sleeps again. Waking it for
        // a due time later than the one it sleeps for would cost a transaction and change nothing.
        if (!m_sleeping || dueAtMs >= m_sleepingUntil) {
            return;
        }
        m_woken = true;
    }
    m_wake.notify_all();
}

std::size_t SlaScheduler::fireDue()
{
    std::size_t total = 0;
    for (;;) {
        const Batch batch = fireBatch();
        total += batch.fired;
        if (batch.claimed < static_cast<std::size_t>(std::max(m_options.batchSize, 1))) {
            return total;
        }
    }
}

SlaScheduler::Batch SlaScheduler::fireBatch()
{
    Batch batch;
    std::vector<SlaEventRecord> fired;
    m_writes.run([&](Poco::Data::Session& session) {
        batch = {};
        fired.clear();
        const std::int64_t now = m_clock.nowMs();
        SlaEventRepository events(m_database);
        const std::vector<SlaEventRecord> claimed = events.claimDue(session, now, m_options.batchSize);
        batch.claimed = claimed.size();
        if (!claimed.empty()) {
            // What every firing of the batch shares is read once, not once per event.
            const EscalationMatrix matrix = m_firer.loadMatrix(session);
            // Optimistic: the whole batch under one savepoint. Only when an event fails is the batch redone event
            // by event, each in its own savepoint, so the failed one is recorded as failed and holds back neither
            // the others nor itself (it does not come back forever).
            session << "SAVEPOINT hss_sla_batch", Poco::Data::Keywords::now;
            try {
                fireEach(session, claimed, matrix, false, fired);
                session << "RELEASE SAVEPOINT hss_sla_batch", Poco::Data::Keywords::now;
            } catch (const Poco::IOException&) {
                throw; // the database failed: the whole batch stays planned and is tried again
            } catch (const std::exception&) {
                session << "ROLLBACK TO SAVEPOINT hss_sla_batch", Poco::Data::Keywords::now;
                session << "RELEASE SAVEPOINT hss_sla_batch", Poco::Data::Keywords::now;
                fired.clear();
                fireEach(session, claimed, matrix, true, fired);
            }
        }
        // The next due time in the same job: no second trip through the queue, and it sees this batch's writes.
        batch.nextDue = events.nextDue(session);
        batch.othersHoldDue = batch.claimed == 0 && batch.nextDue && *batch.nextDue <= now;
    });
    batch.fired = fired.size();
    m_fired += fired.size();
    if (m_options.onCommitted && !fired.empty()) {
        m_options.onCommitted(fired, m_clock.nowMs());
    }
    return batch;
}

void SlaScheduler::fireEach(Poco::Data::Session& session, const std::vector<SlaEventRecord>& claimed,
                            const EscalationMatrix& matrix, bool isolate, std::vector<SlaEventRecord>& fired) const
{
    SlaEventRepository events(m_database);
    if (!isolate) {
        // The whole batch in a few statements; any failure throws and the caller redoes it event by event.
        const std::vector<SlaEventRepository::Firing> firings = m_firer.fire(session, claimed, matrix);
        const std::set<std::string> marked = events.markFired(session, firings, m_options.instanceId);
        for (std::size_t i = 0; i < claimed.size(); ++i) {
            if (marked.contains(firings[i].key)) {
                SlaEventRecord done = claimed[i];
                done.state = SlaEventRepository::stateFired;
                done.firedAt = firings[i].firedAt;
                done.claimedBy = m_options.instanceId;
                done.outcome = firings[i].outcome;
                fired.push_back(std::move(done));
            }
        }
        return;
    }
    for (const SlaEventRecord& event : claimed) {
        std::string outcome;
        session << "SAVEPOINT hss_sla_event", Poco::Data::Keywords::now;
        try {
            outcome = m_firer.fire(session, event, matrix);
            session << "RELEASE SAVEPOINT hss_sla_event", Poco::Data::Keywords::now;
        } catch (const Poco::IOException&) {
            throw;
        } catch (const std::exception& error) {
            session << "ROLLBACK TO SAVEPOINT hss_sla_event", Poco::Data::Keywords::now;
            session << "RELEASE SAVEPOINT hss_sla_event", Poco::Data::Keywords::now;
            outcome = std::string("failed: ") + error.what();
            Poco::Logger::get("hss.sla").error("SLA event %s failed: %s", event.key, std::string(error.what()));
        }
        const std::int64_t firedAt = m_clock.nowMs();
        if (events.markFired(session, event.key, firedAt, m_options.instanceId, outcome)) {
            SlaEventRecord done = event;
            done.state = SlaEventRepository::stateFired;
            done.firedAt = firedAt;
            done.claimedBy = m_options.instanceId;
            done.outcome = std::move(outcome);
            fired.push_back(std::move(done));
        }
    }
}

std::chrono::milliseconds SlaScheduler::sleepFor(const Batch& batch)
{
    using std::chrono::milliseconds;
    if (batch.claimed >= static_cast<std::size_t>(std::max(m_options.batchSize, 1))) {
        return milliseconds(0); // a full batch: more may be due
    }
    if (batch.othersHoldDue) {
        // Another process holds the due rows it is firing: look again shortly instead of spinning on them.
        return std::min(m_options.maxSleep, milliseconds(5));
    }
    std::optional<std::int64_t> next = batch.nextDue;
    if (m_requested != never) {
        next = std::min(next.value_or(never), m_requested);
    }
    if (!next) {
        return m_options.maxSleep;
    }
    const std::int64_t now = m_clock.nowMs();
    return *next <= now ? milliseconds(0) : std::min(m_options.maxSleep, milliseconds(*next - now));
}

void SlaScheduler::run()
{
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            // A re-plan announced from here on is either seen by the batch's read or noted in m_requested.
            m_requested = never;
        }
        Batch batch;
        try {
            batch = fireBatch();
        } catch (const std::exception& error) {
            Poco::Logger::get("hss.sla").error("SLA scheduler: %s", std::string(error.what()));
            batch = {}; // polls again after maxSleep
        }
        if (m_options.onSleep && batch.claimed < static_cast<std::size_t>(std::max(m_options.batchSize, 1))) {
            m_options.onSleep(batch.nextDue);
        }
        std::unique_lock lock(m_mutex);
        const auto delay = sleepFor(batch);
        m_sleeping = true;
        m_sleepingUntil = m_clock.nowMs() + delay.count();
        m_wake.wait_for(lock, delay, [this] { return m_stopping || m_woken; });
        m_sleeping = false;
        m_sleepingUntil = never;
        m_woken = false;
        if (m_stopping) {
            return;
        }
    }
}

} // namespace hss::server
