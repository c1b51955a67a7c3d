// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "../notify/NotificationSettings.h"
#include "SlaFirer.h"
#include "SlaScheduler.h"
#include "SlaTracker.h"
#include "hss/sla/TimeZoneDatabase.h"

namespace hss::server {

class WriteQueue;

/// The server's SLA parts wired together: the shared calculator on the default configuration (emergency targets from
/// MEDICAL_EMERGENCY_SLA and the escalation minutes), the tracker the ticket writers call, and the scheduler that
/// fires due events; a re-plan wakes the scheduler. Owns them; start() runs the scheduler's thread.
class SlaEngine final
{
public:
    SlaEngine(Database& database, WriteQueue& writes, const FieldCipher& cipher, const Clock& clock,
              const NotificationSettings& settings, SlaScheduler::Options options = {});

    SlaTracker& tracker() { return *m_tracker; }
    SlaScheduler& scheduler() { return *m_scheduler; }

    void start() { m_scheduler->start(); }
    void stop() { m_scheduler->stop(); }

private:
    sla::TimeZoneDatabase m_zones;
    std::unique_ptr<SlaTracker> m_tracker;
    std::unique_ptr<SlaFirer> m_firer;
    std::unique_ptr<SlaScheduler> m_scheduler;
};

} // namespace hss::server
