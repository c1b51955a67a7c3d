// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "../notify/NotificationSettings.h"
#include "SlaBackfill.h"
#include "SlaFirer.h"
#include "SlaScheduler.h"
#include "SlaTracker.h"

namespace hss::server {

class WriteQueue;

/// The server's SLA parts wired together: the shared calculator on the default configuration (emergency targets from
/// MEDICAL_EMERGENCY_SLA and the escalation minutes), the tracker the ticket writers call, the scheduler that fires
/// due events, and the walk that plans open tickets without events at start; a re-plan wakes the scheduler when it
/// brings an earlier due time. Owns them; start() runs the scheduler's thread and the walk.
class SlaEngine final
{
public:
    SlaEngine(Database& database, WriteQueue& writes, const FieldCipher& cipher, const Clock& clock,
              const NotificationSettings& settings, SlaScheduler::Options options = {},
              SlaBackfill::Options backfill = {});

    SlaTracker& tracker() { return *m_tracker; }
    SlaScheduler& scheduler() { return *m_scheduler; }
    SlaBackfill& backfill() { return *m_backfill; }
    /// The calculator the tracker plans with (for the notification texts).
    std::shared_ptr<const sla::SlaCalculator> calculator() const { return m_calculator; }

    void start();
    void stop();

private:
    std::shared_ptr<const sla::SlaCalculator> m_calculator;
    std::unique_ptr<SlaTracker> m_tracker;
    std::unique_ptr<SlaFirer> m_firer;
    std::unique_ptr<SlaScheduler> m_scheduler;
    std::unique_ptr<SlaBackfill> m_backfill;
};

} // namespace hss::server
