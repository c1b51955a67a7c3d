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

bool isBad(const QString& state)
{
    return state == QLatin1String("down") || state == QLatin1String("degraded");
}

void countChecks(SystemHealthSnapshot& snapshot, std::vector<HealthCheckPoint> checks)
{
    std::sort(checks.begin(), checks.end(), [](const HealthCheckPoint& a, const HealthCheckPoint& b) {
        return a.service != b.service ? a.service < b.service : a.checkedAtMs < b.checkedAtMs;
    });
    QSet<QString> affected;
    for (std::size_t i = 0; i < checks.size(); ++i) {
        const HealthCheckPoint& check = checks[i];
        if (!snapshot.period.contains(check.checkedAtMs)) {
            continue;
        }
        ++snapshot.checksInPeriod;
        if (isBad(check.state)) {
            affected.insert(check.service);
        }
        // A change from the service's previous check (even one before the period) raised an alert in the period.
        if (i > 0 && checks[i - 1].service == check.service && checks[i - 1].state != check.state) {
            ++snapshot.alerts.stateChanges;
        }
    }
    snapshot.alerts.affected = QStringList(affected.begin(), affected.end());
    snapshot.alerts.affected.sort();
}

void bucketLatencies(SystemHealthSnapshot& snapshot, const std::vector<HealthCheckPoint>& checks, qint64 nowMs)
{
    QStringList names;
    for (const ServiceHealth& service : snapshot.services) {
        names << service.name;
    }
    qint64 first = snapshot.period.to;
    qint64 last = snapshot.period.from;
    for (const HealthCheckPoint& check : checks) {
        if (snapshot.period.contains(check.checkedAtMs) && check.latencyMs) {
            if (!names.contains(check.service)) {
                names << check.service;
            }
            first = std::min(first, check.checkedAtMs);
            last = std::max(last, check.checkedAtMs);
        }
    }
    if (first > last) {
        return;
    }
    snapshot.bucketMs = SystemHealthCalculator::bucketWidth(
        std::max<qint64>(last, std::min<qint64>(nowMs, snapshot.period.to)) - first);
    // Sums and counts per bucket start, per service name.
    std::map<qint64, std::map<QString, std::pair<double, int>>> sums;
    QSet<QString> timed;
    for (const HealthCheckPoint& check : checks) {
        if (snapshot.period.contains(check.checkedAtMs) && check.latencyMs) {
            auto& cell = sums[check.checkedAtMs - check.checkedAtMs % snapshot.bucketMs][check.service];
            cell.first += *check.latencyMs;
            ++cell.second;
            timed.insert(check.service);
        }
    }
    for (const QString& name : names) {
        if (timed.contains(name)) {
            snapshot.latencyServices << name;
        }
    }
    for (const auto& [start, byService] : sums) {
        ResponseTimeBucket bucket {start, {}};
        for (const QString& name : snapshot.latencyServices) {
            const auto cell = byService.find(name);
            bucket.meanMs.push_back(cell == byService.end()
                                        ? std::nullopt
                                        : std::optional<double>(cell->second.first / cell->second.second));
        }
        snapshot.responseTimes.push_back(std::move(bucket));
    }
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

SystemHealthSnapshot SystemHealthCalculator::build(const HealthReportData& report,
                                                   const std::vector<HealthCheckPoint>& checks,
                                                   const std::optional<std::vector<HealthIncidentEntry>>& incidents,
                                                   const metrics::Period& period, qint64 nowMs)
{
    SystemHealthSnapshot snapshot;
    snapshot.period = period;
    snapshot.takenAtMs = nowMs;
    snapshot.overall = report.overall;
    snapshot.serverVersion = report.version;
    snapshot.services = report.services.empty() ? servicesFromChecks(checks) : report.services;
    for (const ServiceHealth& service : snapshot.services) {
        snapshot.alerts.servicesDown += service.state == QLatin1String("down") ? 1 : 0;
        snapshot.alerts.servicesDegraded += service.state == QLatin1String("degraded") ? 1 : 0;
    }
    for (const HealthCheckPoint& check : checks) {
        snapshot.historyFromMs =
            snapshot.historyFromMs == 0 ? check.checkedAtMs : std::min(snapshot.historyFromMs, check.checkedAtMs);
    }
    countChecks(snapshot, checks);
    bucketLatencies(snapshot, checks, nowMs);

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
