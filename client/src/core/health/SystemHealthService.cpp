// SPDX-License-Identifier: MIT
#include "SystemHealthService.h"

#include <QUrl>

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

} // namespace

/// The answers of one refresh while they arrive.
struct SystemHealthService::Gathering
{
    HealthReportData report;
    std::vector<HealthCheckPoint> checks;
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

void SystemHealthService::gather(quint64 generation, const HealthReportData& report, bool reportMissing)
{
    SyncApi* api = m_session.api();
    if (api == nullptr) {
        fail(generation, tr("not connected to the server"));
        return;
    }
    auto gathering = std::make_shared<Gathering>();
    gathering->report = report;
    if (reportMissing) {
        gathering->notice = tr("The server reports itself down; the states are those of its last recorded checks.");
    }
    // One request per service: the server returns a bounded number of checks per request, newest first.
    QStringList paths;
    for (const ServiceHealth& service : report.services) {
        if (service.checkedAtMs > 0) { // "api" and services never checked have no history
            paths << QStringLiteral("/api/health/history?service=%1&limit=%2")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(service.name)))
                         .arg(historyLimit);
        }
    }
    if (report.services.empty()) {
        paths << QStringLiteral("/api/health/history?limit=%1").arg(historyLimit);
    }
    gathering->pending = static_cast<int>(paths.size()) + 1;
    const auto done = [this, generation, gathering] {
        if (--gathering->pending == 0 && generation == m_generation) {
            finish(generation, *gathering);
        }
    };
    for (const QString& path : paths) {
        whenFinished(api->requestJson("GET", path), this, [gathering, done](const ApiResult<Json>& answer) {
            const auto checks = answer.ok() ? SystemHealthParser::history(answer.value())
                                            : ApiResult<std::vector<HealthCheckPoint>>(answer.error());
            if (checks.ok()) {
                gathering->checks.insert(gathering->checks.end(), checks.value().begin(), checks.value().end());
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
    const metrics::Period period =
        m_days == 1 ? metrics::Period {now - dayMs, now + 1} : DashboardFilter::lastDays(now, m_days).period;
    m_snapshot = SystemHealthCalculator::build(gathering.report, gathering.checks, gathering.incidents, period, now);
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
