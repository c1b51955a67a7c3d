// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "hss/metrics/Period.h"

namespace hss::client {

/// One monitored service as GET /api/health reported it. Shares are fractions 0..1; empty when there was no check.
struct ServiceHealth
{
    QString name;
    QString state; ///< healthy, degraded, down or unknown (the server's words)
    std::optional<double> latencyMs;
    qint64 checkedAtMs = 0; ///< 0: never checked
    bool stale = false; ///< the last check is older than the monitor's cycle: the monitor may have stopped
    QString message;
    std::optional<double> uptimeDay;
    std::optional<double> uptimeWeek;
    std::optional<double> errorRateDay;
    std::optional<double> errorRateWeek;
};

/// The body of GET /api/health: the overall status and each service.
struct HealthReportData
{
    QString overall;
    QString version;
    std::vector<ServiceHealth> services;
};

/// One recorded check from GET /api/health/history.
struct HealthCheckPoint
{
    QString service;
    QString state;
    qint64 checkedAtMs = 0;
    std::optional<double> latencyMs;
};

/// One service's checks in one bucket of GET /api/health/history/buckets: [startMs, startMs + the bucket width).
struct HealthHistoryBucket
{
    QString service;
    qint64 startMs = 0;
    int checks = 0;
    int healthy = 0;
    int degraded = 0;
    int down = 0;
    std::optional<double> latencyAvgMs; ///< empty when no check in the bucket measured a latency
    int changes = 0; ///< checks whose state differed from the service's previous one: the alerts raised
    qint64 firstMs = 0; ///< the bucket's oldest check
};

/// The check history of a period as the dashboard reads it: summed per bucket on the server, so a period of 90
/// days costs as little as one of a day.
struct HealthHistoryData
{
    std::vector<HealthHistoryBucket> counts; ///< the whole period, in buckets of any width
    std::vector<HealthHistoryBucket> latencies; ///< the response-time chart's buckets, latencyBucketMs wide
    qint64 latencyBucketMs = 0;
    std::vector<HealthCheckPoint> newest; ///< the newest checks: the services' states when the report is missing
};

/// One outage from GET /api/health/incidents: opened when the service went down, closed on recovery.
struct HealthIncidentEntry
{
    qint64 id = 0;
    QString service;
    qint64 openedMs = 0;
    std::optional<qint64> closedMs; ///< empty while open
    qint64 durationSeconds = 0; ///< up to now while open
    QString message;
    QString resolution;
};

/// One bucket of the response-time chart: the mean latency of each service's checks in it (by index of
/// SystemHealthSnapshot::latencyServices), empty where the service had no timed check.
struct ResponseTimeBucket
{
    qint64 startMs = 0;
    std::vector<std::optional<double>> meanMs;
};

/// What the alert summary counts over the period.
struct HealthAlertSummary
{
    int stateChanges = 0; ///< transitions between consecutive checks of a service (each one raised an alert)
    int incidentsOpened = 0; ///< incidents that started in the period
    int openIncidents = 0; ///< incidents still open now
    int servicesDown = 0; ///< services down now
    int servicesDegraded = 0; ///< services degraded now
    QStringList affected; ///< services that were down or degraded at some check in the period
};

/// Everything the system health dashboard shows, aggregated for one period (SystemHealthCalculator).
struct SystemHealthSnapshot
{
    metrics::Period period;
    qint64 takenAtMs = 0; ///< when the server answered; 0 before the first answer
    QString overall; ///< healthy, degraded or down; empty before the first answer
    QString serverVersion;
    std::vector<ServiceHealth> services;
    QStringList latencyServices; ///< the response-time series, in column order
    std::vector<ResponseTimeBucket> responseTimes;
    qint64 bucketMs = 0;
    qint64 historyFromMs = 0; ///< oldest check in the period
    int checksInPeriod = 0;
    HealthAlertSummary alerts;
    std::vector<HealthIncidentEntry> incidents; ///< overlapping the period, newest first
    bool incidentsAvailable = true; ///< false when this user may not read incidents, or the call failed
    QString incidentsNote; ///< why the incident list is not available
    QString error; ///< why the last refresh failed; the figures are then those taken at takenAtMs
    QString notice; ///< something to know about figures that were read (e.g. the server reports itself down)
};

} // namespace hss::client
