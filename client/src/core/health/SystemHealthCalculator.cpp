// SPDX-License-Identifier: MIT
#include "SystemHealthCalculator.h"

#include <QSet>
#include <algorithm>
#include <array>
#include <map>

namespace hss::client {

namespace {

constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60 * secondMs;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 maxBuckets = 48; // readable as points on a 1366-pixel-wide screen with three panels per row

void countChecks(SystemHealthSnapshot& snapshot, const std::vector<HealthHistoryBucket>& buckets)
{
    QSet<QString> affected;
    for (const HealthHistoryBucket& bucket : buckets) {
        snapshot.checksInPeriod += bucket.checks;
        // Each change raised an alert; the server counts one at the period's first check too when it differs from
        // the check before the period.
        snapshot.alerts.stateChanges += bucket.changes;
        if (bucket.down + bucket.degraded > 0) {
            affected.insert(bucket.service);
        }
    }
    snapshot.alerts.affected = QStringList(affected.begin(), affected.end());
    snapshot.alerts.affected.sort();
}

void chartLatencies(SystemHealthSnapshot& snapshot, const HealthHistoryData& history)
{
    QStringList names;
    for (const ServiceHealth& service : snapshot.services) {
        names << service.name;
    }
    std::map<qint64, std::map<QString, double>> means; // per bucket start, per service
    QSet<QString> timed;
    for (const HealthHistoryBucket& bucket : history.latencies) {
        if (bucket.latencyAvgMs) {
            means[bucket.startMs][bucket.service] = *bucket.latencyAvgMs;
            timed.insert(bucket.service);
            if (!names.contains(bucket.service)) {
                names << bucket.service;
            }
        }
    }
    for (const QString& name : names) {
        if (timed.contains(name)) {
            snapshot.latencyServices << name;
        }
    }
    snapshot.bucketMs = means.empty() ? 0 : history.latencyBucketMs;
    for (const auto& [start, byService] : means) {
        ResponseTimeBucket bucket {start, {}};
        for (const QString& name : snapshot.latencyServices) {
            const auto cell = byService.find(name);
            bucket.meanMs.push_back(cell == byService.end() ? std::nullopt : std::optional<double>(cell->second));
        }
        snapshot.responseTimes.push_back(std::move(bucket));
    }
}

qint64 firstCheck(const std::vector<HealthHistoryBucket>& buckets)
{
    qint64 first = 0;
    for (const HealthHistoryBucket& bucket : buckets) {
        first = first == 0 ? bucket.firstMs : std::min(first, bucket.firstMs);
    }
    return first;
}

/// Each service's newest check, for when the server could not send its report (it answers 503 while down).
std::vector<ServiceHealth> servicesFromChecks(const std::vector<HealthCheckPoint>& checks)
{
    std::map<QString, const HealthCheckPoint*> newest;
    for (const HealthCheckPoint& check : checks) {
        const HealthCheckPoint*& known = newest[check.service];
        if (known == nullptr || known->checkedAtMs < check.checkedAtMs) {
            known = &check;
        }
    }
    std::vector<ServiceHealth> services;
    for (const auto& [name, check] : newest) {
        ServiceHealth service;
        service.name = name;
        service.state = check->state;
        service.latencyMs = check->latencyMs;
        service.checkedAtMs = check->checkedAtMs;
        services.push_back(std::move(service));
    }
    return services;
}

} // namespace

qint64 SystemHealthCalculator::bucketWidth(qint64 spanMs)
{
    static constexpr std::array widths {5 * secondMs,  15 * secondMs, 30 * secondMs, minuteMs,   5 * minuteMs,
                                        15 * minuteMs, 30 * minuteMs, hourMs,        2 * hourMs, 3 * hourMs,
                                        6 * hourMs,    12 * hourMs,   dayMs};
    for (qint64 width : widths) {
        if (spanMs / width < maxBuckets) {
            return width;
        }
    }
    return dayMs * (spanMs / dayMs / maxBuckets + 1);
}

SystemHealthSnapshot SystemHealthCalculator::build(const HealthReportData& report, const HealthHistoryData& history,
                                                   const std::optional<std::vector<HealthIncidentEntry>>& incidents,
                                                   const metrics::Period& period, qint64 nowMs)
{
    SystemHealthSnapshot snapshot;
    snapshot.period = period;
    snapshot.takenAtMs = nowMs;
    snapshot.overall = report.overall;
    snapshot.serverVersion = report.version;
    snapshot.services = report.services.empty() ? servicesFromChecks(history.newest) : report.services;
    for (const ServiceHealth& service : snapshot.services) {
        snapshot.alerts.servicesDown += service.state == QLatin1String("down") ? 1 : 0;
        snapshot.alerts.servicesDegraded += service.state == QLatin1String("degraded") ? 1 : 0;
    }
    snapshot.historyFromMs = firstCheck(history.counts);
    countChecks(snapshot, history.counts);
    chartLatencies(snapshot, history);

    snapshot.incidentsAvailable = incidents.has_value();
    for (const HealthIncidentEntry& incident : incidents.value_or(std::vector<HealthIncidentEntry> {})) {
        snapshot.alerts.openIncidents += incident.closedMs ? 0 : 1;
        const bool overlaps = incident.openedMs < period.to && incident.closedMs.value_or(period.to) >= period.from;
        if (overlaps) {
            snapshot.alerts.incidentsOpened += period.contains(incident.openedMs) ? 1 : 0;
            snapshot.incidents.push_back(incident);
        }
    }
    std::sort(snapshot.incidents.begin(), snapshot.incidents.end(),
              [](const HealthIncidentEntry& a, const HealthIncidentEntry& b) { return a.openedMs > b.openedMs; });
    return snapshot;
}

} // namespace hss::client
