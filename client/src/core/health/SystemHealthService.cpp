// SPDX-License-Identifier: MIT
#include "SystemHealthService.h"

#include <QDateTime>
#include <algorithm>

#include <nlohmann/json.hpp>

#include "SystemHealthCalculator.h"
#include "SystemHealthParser.h"
#include "core/ConsoleSession.h"
#include "core/FutureSupport.h"
#include "core/dashboard/DashboardFilter.h"
#include "hss/Clock.h"
#include "sync/SyncApi.h"

namespace hss::client {

namespace {

using Json = nlohmann::json;
constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr int httpForbidden = 403;
constexpr int httpUnavailable = 503;

/// An instant as the API's query parameters take it, "2026-11-27T09:00:00.000Z".
QString wireTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

/// The answers of one refresh while they arrive.
struct SystemHealthService::Gathering
{
    HealthReportData report;
    metrics::Period period;
    HealthHistoryData history;
    std::optional<std::vector<HealthIncidentEntry>> incidents;
    QString incidentsNote;
    QString notice;
    QString error;
    int pending = 0;
};

SystemHealthService::SystemHealthService(ConsoleSession& session, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
{ }

SystemHealthService::~SystemHealthService() = default;

void SystemHealthService::setPeriodDays(int days)
{
    m_days = std::max(days, 1);
    refresh();
}

void SystemHealthService::refresh()
{
    const quint64 generation = ++m_generation;
    SyncApi* api = m_session.api();
    if (api == nullptr || !api->hasSession() || m_session.state() != ConsoleSession::State::Online) {
        fail(generation, tr("not connected to the server"));
        return;
    }
    setLoading(true);
    whenFinished(api->requestJson("GET", QStringLiteral("/api/health")), this,
                 [this, generation](const ApiResult<Json>& answer) {
                     if (generation != m_generation) {
                         return;
                     }
                     if (!answer.ok()) {
                         // A server that reports itself down answers 503: its history still says what happened.
                         if (answer.error().httpStatus == httpUnavailable) {
                             gather(generation, HealthReportData {QStringLiteral("down"), {}, {}}, true);
                         } else {
                             fail(generation, answer.error().message);
                         }
                         return;
                     }
                     const auto report = SystemHealthParser::report(answer.value());
                     if (!report.ok()) {
                         fail(generation, report.error().message);
                         return;
                     }
                     gather(generation, report.value(), false);
                 });
}

metrics::Period SystemHealthService::periodAt(qint64 nowMs) const
{
    return m_days == 1 ? metrics::Period {nowMs - dayMs, nowMs + 1} : DashboardFilter::lastDays(nowMs, m_days).period;
}

void SystemHealthService::gather(quint64 generation, const HealthReportData& report, bool reportMissing)
{
    SyncApi* api = m_session.api();
    if (api == nullptr) {
        fail(generation, tr("not connected to the server"));
        return;
    }
    auto gathering = std::make_shared<Gathering>();
    gathering->report = report;
    gathering->period = periodAt(m_clock.nowMs());
    gathering->pending = reportMissing ? 3 : 2;
    const std::function<void()> done = [this, generation, gathering] {
        if (--gathering->pending == 0 && generation == m_generation) {
            finish(generation, *gathering);
        }
    };
    readBuckets(gathering, gathering->period.from, done);
    if (reportMissing) {
        gathering->notice = tr("The server reports itself down; the states are those of its last recorded checks.");
        // The buckets do not say which state came last: the newest checks do.
        whenFinished(api->requestJson("GET", QStringLiteral("/api/health/history?limit=%1").arg(historyLimit)), this,
                     [gathering, done](const ApiResult<Json>& answer) {
                         const auto checks = answer.ok() ? SystemHealthParser::history(answer.value())
                                                         : ApiResult<std::vector<HealthCheckPoint>>(answer.error());
                         if (checks.ok()) {
                             gathering->history.newest = checks.value();
                         } else if (gathering->error.isEmpty()) {
                             gathering->error = tr("could not read the check history: %1").arg(checks.error().message);
                         }
                         done();
                     });
    }
    whenFinished(api->requestJson("GET", QStringLiteral("/api/health/incidents?limit=%1").arg(historyLimit)), this,
                 [gathering, done](const ApiResult<Json>& answer) {
                     const auto incidents = answer.ok() ? SystemHealthParser::incidents(answer.value())
                                                        : ApiResult<std::vector<HealthIncidentEntry>>(answer.error());
                     if (incidents.ok()) {
                         gathering->incidents = incidents.value();
                     } else if (incidents.error().httpStatus == httpForbidden) {
                         gathering->incidentsNote = tr("Incidents are shown to supervisors and admins only.");
                     } else {
                         gathering->incidentsNote =
                             tr("Could not read the incidents: %1").arg(incidents.error().message);
                     }
                     done();
                 });
}

void SystemHealthService::readBuckets(const std::shared_ptr<Gathering>& gathering, qint64 fromMs,
                                      const std::function<void()>& done)
{
    SyncApi* api = m_session.api();
    if (api == nullptr) {
        done();
        return;
    }
    const bool wholePeriod = fromMs == gathering->period.from;
    // No check lies ahead of now: asking only up to now keeps fine buckets within the server's bound on their number.
    const qint64 toMs = std::min<qint64>(m_clock.nowMs() + 1, gathering->period.to);
    const qint64 widthMs = SystemHealthCalculator::bucketWidth(toMs - fromMs);
    const QString path = QStringLiteral("/api/health/history/buckets?bucket=%1&from=%2&to=%3")
                             .arg(widthMs / 1000)
                             .arg(wireTime(fromMs), wireTime(toMs));
    whenFinished(api->requestJson("GET", path), this,
                 [this, gathering, wholePeriod, widthMs, toMs, done](const ApiResult<Json>& answer) {
                     const auto buckets = answer.ok() ? SystemHealthParser::buckets(answer.value())
                                                      : ApiResult<std::vector<HealthHistoryBucket>>(answer.error());
                     if (!buckets.ok()) {
                         if (gathering->error.isEmpty()) {
                             gathering->error = tr("could not read the check history: %1").arg(buckets.error().message);
                         }
                         done();
                         return;
                     }
                     gathering->history.latencies = buckets.value();
                     gathering->history.latencyBucketMs = widthMs;
                     if (!wholePeriod) {
                         done();
                         return;
                     }
                     gathering->history.counts = buckets.value();
                     // A server checking for less than the period: its checks again in finer buckets, so the chart
                     // has points rather than one or two.
                     qint64 first = gathering->period.to;
                     for (const HealthHistoryBucket& bucket : buckets.value()) {
                         first = std::min<qint64>(first, bucket.firstMs);
                     }
                     first = std::max<qint64>(first, gathering->period.from);
                     const qint64 finer = SystemHealthCalculator::bucketWidth(toMs - first);
                     if (!buckets.value().empty() && finer < widthMs) {
                         readBuckets(gathering, first, done);
                     } else {
                         done();
                     }
                 });
}

void SystemHealthService::clear()
{
    ++m_generation;
    m_snapshot = SystemHealthSnapshot {};
    setLoading(false);
    emit updated(m_snapshot);
}

void SystemHealthService::finish(quint64 generation, const Gathering& gathering)
{
    if (generation != m_generation) {
        return;
    }
    const qint64 now = m_clock.nowMs();
    m_snapshot =
        SystemHealthCalculator::build(gathering.report, gathering.history, gathering.incidents, gathering.period, now);
    m_snapshot.incidentsNote = gathering.incidentsNote;
    m_snapshot.notice = gathering.notice;
    m_snapshot.error = gathering.error;
    setLoading(false);
    emit updated(m_snapshot);
}

void SystemHealthService::fail(quint64 generation, const QString& error)
{
    if (generation != m_generation) {
        return;
    }
    m_snapshot.error = error;
    setLoading(false);
    emit updated(m_snapshot);
}

void SystemHealthService::setLoading(bool loading)
{
    if (loading != m_loading) {
        m_loading = loading;
        emit loadingChanged(m_loading);
    }
}

} // namespace hss::client
