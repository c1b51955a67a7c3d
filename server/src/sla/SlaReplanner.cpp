// SPDX-License-Identifier: MIT
#include "SlaReplanner.h"

#include <algorithm>
#include <string>
#include <vector>

#include <Poco/Logger.h>

#include "../storage/Database.h"
#include "../storage/SlaConfigurationRepository.h"
#include "../storage/SlaEventRepository.h"
#include "../storage/WriteQueue.h"
#include "SlaPolicyBook.h"
#include "SlaTracker.h"

namespace hss::server {

SlaReplanner::SlaReplanner(Database& database, WriteQueue& writes, SlaPolicyBook& policies, const SlaTracker& tracker,
                           Options options)
    : m_database(database)
    , m_writes(writes)
    , m_policies(policies)
    , m_tracker(tracker)
    , m_options(options)
    , m_thread([this] { runOnce(); },
               [](const std::exception& error) {
                   // Tried again at the next poll; the plans made so far stay.
                   Poco::Logger::get("hss.sla").error("SLA re-planning after a configuration change stopped: %s",
                                                      std::string(error.what()));
               })
{ }

SlaReplanner::~SlaReplanner()
{
    stop();
}

void SlaReplanner::start()
{
    m_thread.start(m_options.pollInterval);
}

void SlaReplanner::stop()
{
    m_thread.stop();
}

void SlaReplanner::wake()
{
    m_thread.wake();
}

std::size_t SlaReplanner::runOnce()
{
    // Another instance's change is installed here first; this instance may have planned with the old one meanwhile,
    // so it walks even when the other instance already finished its own walk.
    const bool installedHere = m_policies.load(m_database);
    const std::int64_t revision = m_policies.current().revision;
    if (revision == 0 || revision <= m_completed.load()) {
        return 0;
    }
    if (!installedHere) {
        Poco::Data::Session session = m_database.session();
        if (SlaConfigurationRepository(m_database).replannedRevision(session) >= revision) {
            m_completed = revision;
            return 0;
        }
    }
    std::size_t replanned = 0;
    if (walk(revision, replanned)) {
        m_writes.run([&](Poco::Data::Session& session) {
            SlaConfigurationRepository(m_database).setReplannedRevision(session, revision);
        });
        m_completed = revision;
        Poco::Logger::get("hss.sla").information("SLA: configuration revision " + std::to_string(revision)
                                                 + " in effect, " + std::to_string(replanned)
                                                 + " open ticket(s) planned again");
    }
    return replanned;
}

bool SlaReplanner::walk(std::int64_t revision, std::size_t& replanned)
{
    const std::size_t batch = static_cast<std::size_t>(std::max(m_options.batch, 1));
    SlaEventRepository events(m_database);
    std::int64_t top = 0;
    {
        Poco::Data::Session session = m_database.session();
        top = events.highestTicketNumber(session);
    }
    std::int64_t after = 0;
    while (after < top) {
        SlaEventRepository::OpenTicketScan step;
        {
            Poco::Data::Session session = m_database.session();
            step = events.scanOpenTickets(session, after, top, m_options.scanPage);
        }
        for (std::size_t first = 0; first < step.open.size(); first += batch) {
            if (m_thread.stopping() || m_policies.current().revision != revision) {
                return false;
            }
            const auto begin = step.open.begin() + static_cast<std::ptrdiff_t>(first);
            const std::vector<std::string> ids(
                begin, begin + static_cast<std::ptrdiff_t>(std::min(batch, step.open.size() - first)));
            m_writes.run([&](Poco::Data::Session& session) { m_tracker.replanTickets(session, ids); });
            replanned += ids.size();
        }
        if (!step.lastNumber) {
            break;
        }
        after = *step.lastNumber;
    }
    return true;
}

} // namespace hss::server
