// SPDX-License-Identifier: MIT
// The system health page without a server: every panel says why it is empty before the first answer, the models
// show a snapshot aggregated from hand-made data, and the response-time chart makes one line per service column,
// following the model when the services change. tests/e2e/TestSystemHealthConsole runs the page against the
// real server.
#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

#include "core/ConsoleSession.h"
#include "core/ServerConnection.h"
#include "core/dashboard/CsvWriter.h"
#include "core/health/SystemHealthCalculator.h"
#include "core/health/SystemHealthService.h"
#include "hss/ManualClock.h"
#include "hss/StdRandomSource.h"
#include "ui/dashboard/ChartFactory.h"
#include "ui/dashboard/DashboardFormat.h"
#include "ui/dashboard/LineSeriesBinder.h"
#include "ui/dashboard/SystemHealthWidget.h"
#include "ui/models/HealthAlertTableModel.h"
#include "ui/models/HealthIncidentTableModel.h"
#include "ui/models/ResponseTimeTableModel.h"
#include "ui/models/ServiceStatusTableModel.h"

using namespace hss::client;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 nowMs = 1795780800000; // 2026-11-27T12:00:00Z

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

ServiceHealth service(const char* name, const char* state, std::optional<double> latency, double uptime)
{
    ServiceHealth health;
    health.name = QLatin1String(name);
    health.state = QLatin1String(state);
    health.latencyMs = latency;
    health.checkedAtMs = nowMs - minuteMs;
    health.uptimeDay = uptime;
    health.uptimeWeek = uptime;
    health.errorRateDay = 1.0 - uptime;
    health.errorRateWeek = 1.0 - uptime;
    return health;
}

/// Two services with checks over four hours, one incident closed and one open.
SystemHealthSnapshot sample(bool withOutbox = true)
{
    HealthReportData report {QStringLiteral("degraded"), QStringLiteral("1.4.0"), {}};
    report.services.push_back(service("sync", "healthy", 12.345, 1.0));
    HealthHistoryData history;
    history.latencyBucketMs = hourMs;
    for (int hour = 4; hour >= 1; --hour) {
        history.latencies.push_back(
            {QStringLiteral("sync"), nowMs - hour * hourMs, 1, 1, 0, 0, 10.0 * hour, 0, nowMs - hour * hourMs});
    }
    std::vector<HealthIncidentEntry> incidents;
    if (withOutbox) {
        report.services.push_back(service("outbox", "down", std::nullopt, 0.5));
        history.latencies.push_back(
            {QStringLiteral("outbox"), nowMs - 4 * hourMs, 1, 1, 0, 0, 5.0, 0, nowMs - 4 * hourMs});
        history.latencies.push_back(
            {QStringLiteral("outbox"), nowMs - 3 * hourMs, 1, 0, 0, 1, 900.0, 1, nowMs - 3 * hourMs});
        incidents.push_back(
            {2, QStringLiteral("outbox"), nowMs - 3 * hourMs, std::nullopt, 3 * 3600, QStringLiteral("stuck"), {}});
        incidents.push_back({1, QStringLiteral("outbox"), nowMs - 20 * hourMs, nowMs - 19 * hourMs, 3600,
                             QStringLiteral("stuck"), QStringLiteral("recovered")});
    }
    history.counts = history.latencies; // the period is no longer than the checks
    return SystemHealthCalculator::build(report, history, incidents, {nowMs - 24 * hourMs, nowMs + 1}, nowMs);
}

} // namespace

class TestSystemHealthPage final : public QObject
{
    Q_OBJECT

private slots:
    void beforeSignInEveryPanelSaysWhy();
    void modelsShowTheSnapshot();
    void chartHasALinePerService();
    void emptyBucketIsAGapNotAZero();
};

void TestSystemHealthPage::beforeSignInEveryPanelSaysWhy()
{
    hss::ManualClock clock(nowMs);
    hss::StdRandomSource random;
    QTemporaryDir dir;
    ConsoleSession session(clock, random, dir.path());
    ServerConnection connection;
    SystemHealthWidget page(connection, session, clock);
    QSignalSpy updated(&page.service(), &SystemHealthService::updated);
    page.service().refresh();
    QCOMPARE(updated.count(), 1); // no session: fails at once, without a request
    for (const char* name : {"serviceStatusNote", "responseTimeNote", "healthIncidentNote"}) {
        auto* note = page.findChild<QLabel*>(QLatin1String(name));
        QVERIFY2(note && !note->text().isEmpty(), name);
    }
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("healthStatus"))->text(),
             QStringLiteral("Could not read the system health: not connected to the server"));
    QCOMPARE(cell(*page.alertModel(), HealthAlertTableModel::Overall, HealthAlertTableModel::Value),
             DashboardFormat::none());
}

void TestSystemHealthPage::modelsShowTheSnapshot()
{
    ServiceStatusTableModel services;
    ResponseTimeTableModel times;
    HealthAlertTableModel alerts;
    HealthIncidentTableModel incidents;
    using Tester = QAbstractItemModelTester;
    Tester servicesTester(&services, Tester::FailureReportingMode::QtTest);
    Tester timesTester(&times, Tester::FailureReportingMode::QtTest);
    Tester alertsTester(&alerts, Tester::FailureReportingMode::QtTest);
    Tester incidentsTester(&incidents, Tester::FailureReportingMode::QtTest);
    const SystemHealthSnapshot snapshot = sample();
    services.setSnapshot(snapshot);
    times.setSnapshot(snapshot);
    alerts.setSnapshot(snapshot);
    incidents.setSnapshot(snapshot);

    using Status = ServiceStatusTableModel;
    QCOMPARE(services.rowCount(), 2);
    QCOMPARE(cell(services, 0, Status::Service), QStringLiteral("sync"));
    QCOMPARE(services.index(0, Status::LatencyMs).data().toDouble(), 12.3);
    QCOMPARE(services.index(0, Status::UptimeDay).data().toDouble(), 100.0);
    QCOMPARE(cell(services, 1, Status::State), QStringLiteral("down"));
    QVERIFY(!services.index(1, Status::LatencyMs).data().isValid()); // no latency: an empty cell, not 0
    QCOMPARE(services.index(1, Status::ErrorRateWeek).data().toDouble(), 50.0);
    QVERIFY(services.index(1, Status::State).data(Qt::ForegroundRole).isValid());

    QCOMPARE(times.columnCount(), ResponseTimeTableModel::FirstService + 2);
    QCOMPARE(times.headerData(times.columnOf(QStringLiteral("outbox")), Qt::Horizontal).toString(),
             QStringLiteral("outbox"));
    QCOMPARE(times.rowCount(), 4);
    QCOMPARE(times.index(0, ResponseTimeTableModel::BucketStart).data().toLongLong(), nowMs - 4 * hourMs);
    QCOMPARE(times.index(0, times.columnOf(QStringLiteral("sync"))).data().toDouble(), 40.0);
    QCOMPARE(times.index(1, times.columnOf(QStringLiteral("outbox"))).data().toDouble(), 900.0);
    QVERIFY(!times.index(3, times.columnOf(QStringLiteral("outbox"))).data().isValid());

    using Alert = HealthAlertTableModel;
    QCOMPARE(cell(alerts, Alert::Overall, Alert::Value), QStringLiteral("degraded"));
    QCOMPARE(cell(alerts, Alert::Overall, Alert::Detail), QStringLiteral("server 1.4.0"));
    QCOMPARE(cell(alerts, Alert::ServicesDown, Alert::Value), QStringLiteral("1"));
    QCOMPARE(cell(alerts, Alert::StateChanges, Alert::Value), QStringLiteral("1"));
    QCOMPARE(cell(alerts, Alert::StateChanges, Alert::Detail), QStringLiteral("affected: outbox"));
    QCOMPARE(cell(alerts, Alert::IncidentsOpened, Alert::Value), QStringLiteral("2"));
    QCOMPARE(cell(alerts, Alert::OpenIncidents, Alert::Value), QStringLiteral("1"));

    using Incident = HealthIncidentTableModel;
    QCOMPARE(incidents.rowCount(), 2);
    QCOMPARE(cell(incidents, 0, Incident::Closed), QStringLiteral("open"));
    QCOMPARE(cell(incidents, 0, Incident::Duration), QStringLiteral("3 h 00 min"));
    QCOMPARE(cell(incidents, 1, Incident::Opened), DashboardFormat::dateTime(nowMs - 20 * hourMs));
    QCOMPARE(cell(incidents, 1, Incident::Closed), DashboardFormat::dateTime(nowMs - 19 * hourMs));
    QCOMPARE(incidents.index(1, Incident::DurationMinutes).data().toDouble(), 60.0);
    QCOMPARE(cell(incidents, 1, Incident::Resolution), QStringLiteral("recovered"));
}

void TestSystemHealthPage::chartHasALinePerService()
{
    ResponseTimeTableModel times;
    times.setSnapshot(sample());
    std::unique_ptr<QChartView> view(ChartFactory::columnLineChart(times, ResponseTimeTableModel::BucketStart,
                                                                   ResponseTimeTableModel::FirstService, {}));
    const auto lines = [&view] {
        QMap<QString, QList<QPointF>> points;
        for (QAbstractSeries* series : view->chart()->series()) {
            points.insert(series->name(), qobject_cast<QLineSeries*>(series)->points());
        }
        return points;
    };
    QCOMPARE(lines().keys(), (QStringList {QStringLiteral("outbox"), QStringLiteral("sync")}));
    QCOMPARE(lines().value(QStringLiteral("sync")).size(), 4);
    QCOMPARE(lines().value(QStringLiteral("sync")).first(), QPointF(nowMs - 4 * hourMs, 40.0));

    times.setSnapshot(sample(false)); // the outbox is no longer monitored
    QCOMPARE(lines().keys(), QStringList {QStringLiteral("sync")});
    QCOMPARE(lines().value(QStringLiteral("sync")).last(), QPointF(nowMs - hourMs, 10.0));

    // Again with both: lines made on an earlier reset must not outlive it (they would write into deleted series).
    times.setSnapshot(sample());
    QCOMPARE(lines().keys(), (QStringList {QStringLiteral("outbox"), QStringLiteral("sync")}));
    times.setSnapshot(sample());
    QCOMPARE(lines().value(QStringLiteral("outbox")).size(), 2); // its last two buckets are empty: no points
}

void TestSystemHealthPage::emptyBucketIsAGapNotAZero()
{
    ResponseTimeTableModel times;
    times.setSnapshot(sample());
    const int outbox = times.columnOf(QStringLiteral("outbox"));
    const qint64 emptyBucket = times.index(3, ResponseTimeTableModel::BucketStart).data().toLongLong();
    QVERIFY(!times.index(3, outbox).data().isValid());

    // Both kinds of line chart: the outbox line skips the empty bucket instead of dropping to 0 there.
    std::unique_ptr<QChartView> columns(ChartFactory::columnLineChart(times, ResponseTimeTableModel::BucketStart,
                                                                      ResponseTimeTableModel::FirstService, {}));
    std::unique_ptr<QChartView> fixed(
        ChartFactory::lineChart(times, ResponseTimeTableModel::BucketStart, {outbox}, {}));
    for (QChartView* view : {columns.get(), fixed.get()}) {
        QList<QPointF> points;
        for (QAbstractSeries* series : view->chart()->series()) {
            if (series->name() == QStringLiteral("outbox")) {
                points = qobject_cast<QLineSeries*>(series)->points();
            }
        }
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(1), QPointF(nowMs - 3 * hourMs, 900.0));
        for (const QPointF& point : points) {
            QVERIFY(point.x() != static_cast<double>(emptyBucket));
            QVERIFY(point.y() > 0);
        }
    }
    QCOMPARE(LineSeriesBinder::points(times, ResponseTimeTableModel::BucketStart, outbox).size(), 2);

    // The export keeps the bucket, with an empty cell.
    const QStringList rows = CsvWriter::fromModel(times).split(QRegularExpression(QStringLiteral("\\r?\\n")));
    QVERIFY(rows.size() > 4);
    QVERIFY2(rows.at(4).endsWith(QLatin1Char(',')) || rows.at(4).contains(QStringLiteral(",,")),
             qPrintable(rows.at(4)));
}

QTEST_MAIN(TestSystemHealthPage)
#include "TestSystemHealthPage.moc"
