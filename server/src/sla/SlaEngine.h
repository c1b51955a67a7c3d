// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "../notify/NotificationSettings.h"
#include "SlaBackfill.h"
#include "SlaFirer.h"
#include "SlaPolicyBook.h"
#include "SlaReplanner.h"
#include "SlaScheduler.h"
#include "SlaTracker.h"

namespace hss::server {

class WriteQueue;

/// The server's SLA parts wired together: the configuration in effect (the admins' stored one, else the shipped
/// defaults with the emergency targets from MEDICAL_EMERGENCY_SLA and the escalation minutes), the tracker the
/// ticket writers call, the scheduler that fires due events, the walk that plans open tickets without events at
/// start, and the re-planner that follows configuration changes; a re-plan wakes the scheduler when it brings an
/// earlier due time. Owns them; start() runs the scheduler's, the walk's and the re-planner's threads.
class SlaEngine final
{
public:
    SlaEngine(Database& database, WriteQueue& writes, const FieldCipher& cipher, const Clock& clock,
              const NotificationSettings& settings, SlaScheduler::Options options = {},
              SlaBackfill::Options backfill = {}, SlaReplanner::Options replanner = {});

    SlaTracker& tracker() { return *m_tracker; }
    SlaScheduler& scheduler() { return *m_scheduler; }
    SlaBackfill& backfill() { return *m_backfill; }
    SlaReplanner& replanner() { return *m_replanner; }
    /// The configuration the tracker plans with (shared with the notification texts).
    std::shared_ptr<SlaPolicyBook> policies() const { return m_policies; }

    void start();
    void stop();

private:
    std::shared_ptr<SlaPolicyBook> m_policies;
    std::unique_ptr<SlaTracker> m_tracker;
    std::unique_ptr<SlaFirer> m_firer;
    std::unique_ptr<SlaScheduler> m_scheduler;
    std::unique_ptr<SlaBackfill> m_backfill;
    std::unique_ptr<SlaReplanner> m_replanner;
};

} // namespace hss::server
