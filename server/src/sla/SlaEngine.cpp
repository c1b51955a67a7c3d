// SPDX-License-Identifier: MIT
#include "SlaEngine.h"

#include "ServerSlaCalculator.h"
#include "hss/Uuid.h"

namespace hss::server {

SlaEngine::SlaEngine(Database& database, WriteQueue& writes, const FieldCipher& cipher, const Clock& clock,
                     const NotificationSettings& settings, SlaScheduler::Options options, SlaBackfill::Options backfill,
                     SlaReplanner::Options replanner)
    : m_policies(std::make_shared<SlaPolicyBook>(serverSlaDefaults(settings)))
    , m_tracker(std::make_unique<SlaTracker>(database, cipher, clock, *m_policies))
    , m_firer(std::make_unique<SlaFirer>(database, cipher, clock, settings))
{
    if (options.instanceId.empty()) {
        options.instanceId = Uuid::createV7().toString();
    }
    m_scheduler = std::make_unique<SlaScheduler>(database, writes, clock, *m_firer, std::move(options));
    // What admins stored is in effect before the first ticket is planned.
    m_policies->load(database);
    m_backfill = std::make_unique<SlaBackfill>(database, writes, *m_tracker, backfill);
    m_replanner = std::make_unique<SlaReplanner>(database, writes, *m_policies, *m_tracker, replanner);
    m_tracker->setWakeup([scheduler = m_scheduler.get()](std::int64_t dueAtMs) { scheduler->wake(dueAtMs); });
}

void SlaEngine::start()
{
    // The scheduler first: what is already planned fires while the walk looks for tickets without a plan.
    m_scheduler->start();
    m_backfill->start();
    m_replanner->start();
}

void SlaEngine::stop()
{
    m_replanner->stop();
    m_backfill->stop();
    m_scheduler->stop();
}

} // namespace hss::server
