// SPDX-License-Identifier: MIT
#include "SlaBackfill.h"

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Logger.h>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

#include "../storage/Database.h"
#include "../storage/SlaEventRepository.h"
#include "../storage/WriteQueue.h"
#include "SlaTracker.h"

namespace hss::server {

SlaBackfill::SlaBackfill(Database& database, WriteQueue& writes, const SlaTracker& tracker, Options options)
    : m_database(database)
    , m_writes(writes)
    , m_tracker(tracker)
    , m_options(options)
{ }

SlaBackfill::~SlaBackfill()
{
    stop();
}

void SlaBackfill::start()
{
    if (m_thread.joinable()) {
        return;
    }
    m_stopping = false;
    m_thread = std::thread([this] {
#ifdef __linux__
        // Background work: a Linux thread has its own nice value, so the walk yields the CPU to the scheduler's
        // firing and to the request threads instead of competing with them as an equal.
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
        try {
            run();
        } catch (const std::exception& error) {
            // The next start walks again; tickets planned so far stay planned.
            Poco::Logger::get("hss.sla").error("SLA planning of unplanned tickets stopped: %s",
                                               std::string(error.what()));
        }
    });
}

void SlaBackfill::stop()
{
    m_stopping = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

std::size_t SlaBackfill::run()
{
    const auto started = std::chrono::steady_clock::now();
    const std::size_t plannedBefore = m_planned.load();
    const std::size_t batch = static_cast<std::size_t>(std::max(m_options.planBatch, 1));
    SlaEventRepository events(m_database);
    // Only tickets numbered above the last completed walk: later ones came through the tracker or a path without
    // it (seed-demo), and older ones were all looked at. So after the first start this reads next to nothing.
    std::int64_t after = 0;
    std::int64_t top = 0;
    {
        Poco::Data::Session session = m_database.session();
        after = events.walkedThroughNumber(session);
        top = events.highestTicketNumber(session);
    }
    const std::int64_t from = after;
    while (!m_stopping && after < top) {
        SlaEventRepository::OpenTicketScan step;
        const auto pageStarted = std::chrono::steady_clock::now();
        {
            Poco::Data::Session session = m_database.session();
            step = events.scanOpenTickets(session, after, top, m_options.scanPage);
        }
        // Half the time reading, half resting: a first walk over a large backlog must not starve the scheduler's
        // commits of disk and CPU (see docs/PERFORMANCE.md, "SLA scheduler").
        const auto rest = std::min(std::chrono::steady_clock::now() - pageStarted,
                                   std::chrono::steady_clock::duration(std::chrono::milliseconds(200)));
        std::this_thread::sleep_for(rest);
        for (std::size_t first = 0; first < step.withoutEvents.size() && !m_stopping; first += batch) {
            const auto begin = step.withoutEvents.begin() + static_cast<std::ptrdiff_t>(first);
            const std::vector<std::string> ids(
                begin, begin + static_cast<std::ptrdiff_t>(std::min(batch, step.withoutEvents.size() - first)));
            std::size_t planned = 0;
            m_writes.run([&](Poco::Data::Session& session) { planned = m_tracker.planUnplanned(session, ids); });
            m_planned += planned;
        }
        if (!step.lastNumber) {
            after = top;
            break;
        }
        after = *step.lastNumber;
    }
    if (!m_stopping && after >= top) {
        if (top > from) {
            m_writes.run([&](Poco::Data::Session& session) { events.setWalkedThroughNumber(session, top); });
        }
        m_finished = true;
    }
    const std::size_t planned = m_planned.load() - plannedBefore;
    if (planned > 0) {
        const auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
        Poco::Logger::get("hss.sla").information("SLA: planned " + std::to_string(planned)
                                                 + " open ticket(s) that had no SLA events, in " + std::to_string(ms)
                                                 + " ms");
    }
    return planned;
}

} // namespace hss::server
