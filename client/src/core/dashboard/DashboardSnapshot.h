// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "DashboardFilter.h"
#include "hss/TicketStatus.h"
#include "hss/metrics/ClinicalKpis.h"
#include "hss/metrics/DurationStats.h"
#include "hss/metrics/Share.h"
#include "hss/metrics/SlaKpis.h"
#include "hss/metrics/TeamPerformance.h"
#include "hss/metrics/TicketOverview.h"
#include "hss/metrics/TrendPoint.h"

namespace hss::client {

/// One open emergency as the medical dashboard lists it.
struct EmergencyTicketRow
{
    std::string id;
    std::optional<std::int64_t> number;
    std::string title;
    std::string team;
    TicketStatus status = TicketStatus::New;
    std::int64_t createdAt = 0;
};

/// One team's row of the team performance table: the shared formulas' figures plus its first response time.
struct TeamRow
{
    metrics::TeamPerformance performance;
    metrics::DurationStats firstResponse;
};

/// Every figure of the support and medical dashboards for one filter, computed on the store thread with the
/// formulas of hss::metrics. Plain values: the models copy what they show.
struct DashboardSnapshot
{
    DashboardFilter filter;
    std::int64_t computedAt = 0; ///< The "now" SLA clocks were advanced to.
    QString error; ///< Why the facts could not be read; every figure is empty then.

    // Support
    metrics::TicketOverview overview;
    metrics::DurationStats firstResponse;
    metrics::DurationStats resolution;
    std::vector<metrics::TrendPoint<metrics::DurationStats>> firstResponseTrend;
    std::vector<metrics::TrendPoint<metrics::DurationStats>> resolutionTrend;
    metrics::Share csat;
    std::vector<metrics::TrendPoint<metrics::Share>> csatTrend;
    std::optional<double> sentiment;
    metrics::Share escalation;
    metrics::SlaCompliance sla;
    std::vector<TeamRow> teams;

    // Medical
    std::vector<EmergencyTicketRow> openEmergencies;
    metrics::EmergencyResponse emergencyResponse;
    metrics::SlaCompliance medicalSla;
    metrics::SafetyScore safety;
    std::optional<metrics::AdoptionRate> adoption;
    std::vector<metrics::AdoptionRate> adoptionTrend;

    /// Every team with a ticket or feedback among the facts read, sorted; for the team filter.
    std::vector<std::string> knownTeams;
    std::size_t ticketsRead = 0;
    std::size_t feedbackRead = 0;
};

} // namespace hss::client
