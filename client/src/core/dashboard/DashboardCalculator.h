// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "DashboardSnapshot.h"
#include "hss/metrics/FeedbackFacts.h"
#include "hss/metrics/SafetyReport.h"
#include "hss/metrics/TicketFacts.h"
#include "hss/metrics/UsageFigures.h"

namespace hss::client {

class LocalStore;

/// The records the dashboards are computed from, as the store gives them for a period.
struct DashboardFacts
{
    std::vector<metrics::TicketFacts> tickets;
    std::vector<metrics::FeedbackFacts> feedback;
    std::vector<metrics::SafetyReport> safetyReports;
    std::vector<metrics::UsageFigures> usageFigures;
    std::vector<EmergencyTicketRow> openEmergencies; ///< Every open emergency, whatever its team.
};

/// Reads the dashboards' facts from the store and aggregates them with the formulas of hss::metrics. Stateless;
/// runs on the store thread (DashboardService) or wherever a benchmark calls it.
class DashboardCalculator final
{
public:
    DashboardCalculator() = delete;

    /// The facts a dashboard over \a period needs, SLA clocks advanced to \a nowMs; an error names what could not
    /// be read.
    static Result<DashboardFacts> read(LocalStore& store, const metrics::Period& period, std::int64_t nowMs);

    /// Every figure of both dashboards for \a filter from \a facts (read for filter.period).
    static DashboardSnapshot compute(const DashboardFacts& facts, const DashboardFilter& filter, std::int64_t nowMs);

    /// read() then compute(); a read error ends up in DashboardSnapshot::error.
    static DashboardSnapshot load(LocalStore& store, const DashboardFilter& filter, std::int64_t nowMs);
};

} // namespace hss::client
