// SPDX-License-Identifier: MIT
#include "SlaScheduler.h"

#include <algorithm>
#include <optional>

#include <Poco/Data/Session.h>
#include <Poco/Logger.h>

#include "../storage/SlaEventRepository.h"
#include "../storage/WriteQueue.h"
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
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

std::size_t SlaScheduler::fireDue()
{
    std::size_t total = 0;
    for (;;) {
        const std::size_t fired = fireBatch();
        total += fired;
        if (fired < static_cast<std::size_t>(std::max(m_options.batchSize, 1))) {
            return total;
        }
    }
}

std::size_t SlaScheduler::fireBatch()
{
    std::size_t fired = 0;
    m_writes.run([&](Poco::Data::Session& session) {
        fired = 0;
        const std::int64_t now = m_clock.nowMs();
        SlaEventRepository events(m_database);
        for (const SlaEventRecord& event : events.claimDue(session, now, m_options.batchSize)) {
            // Each event in its own savepoint: one that cannot be carried out is recorded as failed and does not
            // hold back the others (or come back forever).
            session << "SAVEPOINT hss_sla_event", Poco::Data::Keywords::now;
            std::string outcome;
            try {
                outcome = m_firer.fire(session, event);
                session << "RELEASE SAVEPOINT hss_sla_event", Poco::Data::Keywords::now;
            } catch (const Poco::IOException&) {
                throw; // the database failed: the whole batch stays planned and is tried again
            } catch (const std::exception& error) {
                session << "ROLLBACK TO SAVEPOINT hss_sla_event", Poco::Data::Keywords::now;
                session << "RELEASE SAVEPOINT hss_sla_event", Poco::Data::Keywords::now;
                outcome = std::string("failed: ") + error.what();
                Poco::Logger::get("hss.sla").error("SLA event %s failed: %s", event.key, std::string(error.what()));
            }
            if (events.markFired(session, event.key, now, m_options.instanceId, outcome)) {
                ++fired;
            }
        }
    });
    m_fired += fired;
    return fired;
}

void SlaScheduler::run()
{
    for (;;) {
        std::optional<std::int64_t> next;
        try {
            fireDue();
            // Read through the write queue: it runs after the commit of any re-plan that woke us.
            m_writes.run([&](Poco::Data::Session& session) { next = SlaEventRepository(m_database).nextDue(session); });
        } catch (const std::exception& error) {
            Poco::Logger::get("hss.sla").error("SLA scheduler: %s", std::string(error.what()));
        }
        auto delay = m_options.maxSleep;
        if (next) {
            const std::int64_t wait = std::max<std::int64_t>(*next - m_clock.nowMs(), 0);
            delay = std::min(delay, std::chrono::milliseconds(wait));
        }
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, delay, [this] { return m_stopping || m_woken; });
        m_woken = false;
        if (m_stopping) {
            return;
        }
    }
}

} // namespace hss::server
