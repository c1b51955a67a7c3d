// SPDX-License-Identifier: MIT
#include "SlaEngine.h"

#include "ServerSlaCalculator.h"
#include "hss/Uuid.h"

namespace hss::server {

SlaEngine::SlaEngine(Database& database, WriteQueue& writes, const FieldCipher& cipher, const Clock& clock,
                     const NotificationSettings& settings, SlaScheduler::Options options, SlaBackfill::Options backfill)
    : m_calculator(makeServerSlaCalculator(settings))
    , m_tracker(std::make_unique<SlaTracker>(database, cipher, clock, m_calculator))
    , m_firer(std::make_unique<SlaFirer>(database, cipher, clock, settings))
{
    if (options.instanceId.empty()) {
        options.instanceId = Uuid::createV7().toString();
    }
    m_scheduler = std::make_unique<SlaScheduler>(database, writes, clock, *m_firer, std::move(options));
    m_backfill = std::make_unique<SlaBackfill>(database, writes, *m_tracker, backfill);
    m_tracker->setWakeup([scheduler = m_scheduler.get()](std::int64_t dueAtMs) { scheduler->wake(dueAtMs); });
}

void SlaEngine::start()
{
    // The scheduler first: what is already planned fires while the walk looks for tickets without a plan.
    m_scheduler->start();
    m_backfill->start();
}

void SlaEngine::stop()
{
    m_backfill->stop();
    m_scheduler->stop();
}

} // namespace hss::server
