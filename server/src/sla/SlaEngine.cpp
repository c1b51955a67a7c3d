// SPDX-License-Identifier: MIT
#include "SlaEngine.h"

#include <stdexcept>

#include "hss/Uuid.h"

namespace hss::server {

namespace {

std::shared_ptr<const sla::SlaCalculator> calculatorFor(const NotificationSettings& settings,
                                                        const sla::TimeZoneDatabase& zones)
{
    sla::SlaDefaults defaults;
    defaults.emergencyResolutionMinutes = settings.emergencySlaMinutes;
    defaults.emergencyEscalationMinutes = settings.emergencyEscalationMinutes;
    auto calculator = sla::SlaCalculator::create(sla::defaultSlaConfiguration(defaults), zones);
    if (!calculator) {
        throw std::runtime_error("SLA configuration: " + calculator.error().message);
    }
    return std::make_shared<const sla::SlaCalculator>(std::move(calculator.value()));
}

} // namespace

SlaEngine::SlaEngine(Database& database, WriteQueue& writes, const FieldCipher& cipher, const Clock& clock,
                     const NotificationSettings& settings, SlaScheduler::Options options)
    : m_tracker(std::make_unique<SlaTracker>(database, cipher, clock, calculatorFor(settings, m_zones)))
    , m_firer(std::make_unique<SlaFirer>(database, cipher, clock, settings))
{
    if (options.instanceId.empty()) {
        options.instanceId = Uuid::createV7().toString();
    }
    m_scheduler = std::make_unique<SlaScheduler>(database, writes, clock, *m_firer, std::move(options));
    m_tracker->setWakeup([scheduler = m_scheduler.get()] { scheduler->wake(); });
}

} // namespace hss::server
