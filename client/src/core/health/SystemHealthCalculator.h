// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include "SystemHealthSnapshot.h"

namespace hss::client {

/// The system health dashboard's aggregation: from what the health endpoints answered (the history already summed
/// per bucket by the server) to the figures of one period (response-time series per service, the alert summary,
/// the incidents overlapping the period). Pure, so the models only show what it computed.
class SystemHealthCalculator final
{
public:
    SystemHealthCalculator() = delete;

    /// \a incidents is empty when they could not be read (the snapshot then says so through incidentsAvailable).
    static SystemHealthSnapshot build(const HealthReportData& report, const HealthHistoryData& history,
                                      const std::optional<std::vector<HealthIncidentEntry>>& incidents,
                                      const metrics::Period& period, qint64 nowMs);

    /// The width of the response-time buckets for \a spanMs of checks: a round width giving at most ~48 points.
    static qint64 bucketWidth(qint64 spanMs);
};

} // namespace hss::client
