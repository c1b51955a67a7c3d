// SPDX-License-Identifier: MIT
// The system health dashboard against the real hss-server over TLS (offscreen). The server's monitor checks every
// second, among its own services, an "ai-triage" endpoint served by this test: first nothing listens (down, an
// incident opens), then it answers 200 (healthy, the incident closes). The page shows the service states and
// latency, a response-time series per service, the alert summary and the incident opened and closed; an agent (no
// right to incidents) gets the rest with a note; a locked session keeps the last figures; every panel exports.
// With HSS_HEALTH_SHOTS=<folder> it also saves the page at 1366x768 and 1920x1080 (for review).
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "DemoSeed.h"
#include "ServerProcess.h"
#include "core/ConsoleSession.h"
#include "core/ServerConnection.h"
#include "core/dashboard/DashboardFilter.h"
#include "core/health/SystemHealthService.h"
#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "ui/dashboard/DashboardFormat.h"
#include "ui/dashboard/DashboardPanel.h"
#include "ui/dashboard/SystemHealthWidget.h"
#include "ui/models/HealthAlertTableModel.h"
#include "ui/models/HealthIncidentTableModel.h"
#include "ui/models/ResponseTimeTableModel.h"
#include "ui/models/ServiceStatusTableModel.h"

using namespace hss::client;

namespace {

const QString endpointName = QStringLiteral("ai-triage");

template <class T>
std::optional<T> await(QFuture<T> future)
{
    QDeadlineTimer deadline(60000);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return future.isFinished() ? std::optional<T>(future.result()) : std::nullopt;
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

int rowOf(const QAbstractItemModel& model, const QString& service)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cell(model, row, 0) == service) {
            return row;
        }
    }
    return -1;
}

/// A monitored dependency the test switches on and off: answers every request with 200 while listening.
class TestEndpoint final
{
public:
    bool listen(quint16 port)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port)) {
            return false;
        }
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return true;
    }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

} // namespace

class TestSystemHealthConsole final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void incidentOpensAndClosesWithTheEndpoint();
    void periodFilterReadsTheChosenPeriod();
    void ninetyDaysComeInBuckets();
    void agentGetsEverythingButIncidents();
    void lockedSessionKeepsTheLastFigures();
    void exportsEveryPanel();

private:
    std::unique_ptr<ConsoleSession> signIn(const QString& user);
    /// Refreshes \a page and waits for the service's answer.
    static bool refreshed(SystemHealthWidget& page, const std::function<void()>& trigger = {});
    /// Refreshes until \a done holds (the monitor checks every second).
    static bool refreshUntil(SystemHealthWidget& page, const std::function<bool()>& done);
    void saveShots(SystemHealthWidget& page);

    std::unique_ptr<hss::test::TestCertificates> m_certificates;
    std::unique_ptr<hss::test::ServerProcess> m_server;
    hss::test::DemoAccounts m_accounts;
    TestEndpoint m_endpoint;
    quint16 m_endpointPort = 0;
    QTemporaryDir m_dir;
    hss::SystemClock m_clock;
    hss::StdRandomSource m_random;
    ServerConnection m_connection;
};

void TestSystemHealthConsole::initTestCase()
{
    // A free port for the endpoint, closed again so its first checks fail.
    QVERIFY(m_endpoint.listen(0));
    m_endpointPort = m_endpoint.port();
    m_endpoint.close();
    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
    m_server = std::make_unique<hss::test::ServerProcess>(*m_certificates);
    QString error;
    m_accounts = hss::test::seedDemo(*m_server, *m_certificates, &error);
    QVERIFY2(m_accounts.passwords.contains(QStringLiteral("sofia")), qPrintable(error));
    m_server->setEnvironmentValue(QStringLiteral("HEALTH_CHECK_INTERVAL"), QStringLiteral("1"));
    m_server->setEnvironmentValue(QStringLiteral("HEALTH_CHECK_TIMEOUT"), QStringLiteral("2000"));
    m_server->setEnvironmentValue(
        QStringLiteral("HEALTH_CHECK_ENDPOINTS"),
        QStringLiteral("%1=http://127.0.0.1:%2/health").arg(endpointName).arg(m_endpointPort));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

std::unique_ptr<ConsoleSession> TestSystemHealthConsole::signIn(const QString& user)
{
    auto session =
        std::make_unique<ConsoleSession>(m_clock, m_random, m_dir.filePath(QStringLiteral("data-%1").arg(user)));
    SignInRequest request;
    request.serverUrl = QUrl(m_server->baseUrl());
    request.caCertificateFile = m_certificates->caFile();
    request.userName = user;
    request.password = m_accounts.passwords.value(user);
    const auto outcome = await(session->signIn(request));
    if (!outcome || outcome->code != SignInOutcome::Code::Online) {
        qWarning() << "sign-in of" << user << "failed:" << (outcome ? outcome->message : QStringLiteral("timeout"));
        return nullptr;
    }
    return session;
}

bool TestSystemHealthConsole::refreshed(SystemHealthWidget& page, const std::function<void()>& trigger)
{
    QSignalSpy updated(&page.service(), &SystemHealthService::updated);
    trigger ? trigger() : page.service().refresh();
    // A refresh that fails at once (offline) has emitted already.
    return updated.count() > 0 || updated.wait(60000);
}

bool TestSystemHealthConsole::refreshUntil(SystemHealthWidget& page, const std::function<bool()>& done)
{
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        if (refreshed(page) && done()) {
            return true;
        }
        QTest::qWait(250);
    }
    return false;
}

void TestSystemHealthConsole::incidentOpensAndClosesWithTheEndpoint()
{
    const auto session = signIn(QStringLiteral("sofia"));
    QVERIFY(session);
    SystemHealthWidget page(m_connection, *session, m_clock);
    using Tester = QAbstractItemModelTester;
    Tester services(page.serviceModel(), Tester::FailureReportingMode::QtTest);
    Tester times(page.responseTimeModel(), Tester::FailureReportingMode::QtTest);
    Tester alerts(page.alertModel(), Tester::FailureReportingMode::QtTest);
    Tester incidents(page.incidentModel(), Tester::FailureReportingMode::QtTest);
    const QAbstractItemModel& status = *page.serviceModel();
    const QAbstractItemModel& list = *page.incidentModel();
    using Status = ServiceStatusTableModel;
    using Incident = HealthIncidentTableModel;

    // Nothing listens: the monitor finds the endpoint down and opens an incident.
    QVERIFY(refreshUntil(page, [&] {
        const int row = rowOf(list, endpointName);
        return row >= 0 && cell(list, row, Incident::Closed) == QStringLiteral("open");
    }));
    const int down = rowOf(status, endpointName);
    QVERIFY(down >= 0);
    QCOMPARE(cell(status, down, Status::State), QStringLiteral("down"));
    QVERIFY(!cell(status, down, Status::Message).isEmpty());
    QCOMPARE(cell(*page.alertModel(), HealthAlertTableModel::OpenIncidents, HealthAlertTableModel::Value),
             QStringLiteral("1"));

    // It answers again: healthy, the incident closed with its duration and resolution.
    QVERIFY(m_endpoint.listen(m_endpointPort));
    QVERIFY(refreshUntil(page, [&] {
        const int row = rowOf(status, endpointName);
        return row >= 0 && cell(status, row, Status::State) == QStringLiteral("healthy") && list.rowCount() > 0
            && cell(list, 0, Incident::Closed) != QStringLiteral("open");
    }));
    QVERIFY2(page.service().snapshot().error.isEmpty(), qPrintable(page.service().snapshot().error));
    const int healthy = rowOf(status, endpointName);
    QVERIFY(status.index(healthy, Status::LatencyMs).data().toDouble() >= 0.0);
    QVERIFY(status.index(healthy, Status::UptimeDay).data().toDouble() > 0.0);
    QVERIFY(status.index(healthy, Status::UptimeDay).data().toDouble() < 100.0); // it was down at first
    QVERIFY(status.index(healthy, Status::ErrorRateDay).data().toDouble() > 0.0);
    QCOMPARE(cell(status, rowOf(status, QStringLiteral("database")), Status::State), QStringLiteral("healthy"));
    QCOMPARE(cell(list, 0, Incident::Service), endpointName);
    QVERIFY(!cell(list, 0, Incident::Opened).isEmpty());
    QVERIFY(cell(list, 0, Incident::Opened) <= cell(list, 0, Incident::Closed));
    QVERIFY(!cell(list, 0, Incident::Message).isEmpty());
    QVERIFY(!cell(list, 0, Incident::Resolution).isEmpty());

    // A series per service checked, the endpoint's included; the down → healthy change counted as an alert.
    const ResponseTimeTableModel& series = *page.responseTimeModel();
    QVERIFY(series.columnOf(endpointName) >= ResponseTimeTableModel::FirstService);
    QVERIFY(series.columnOf(QStringLiteral("database")) >= ResponseTimeTableModel::FirstService);
    QVERIFY(series.rowCount() > 0);
    using Alert = HealthAlertTableModel;
    QVERIFY(cell(*page.alertModel(), Alert::StateChanges, Alert::Value).toInt() >= 1);
    QCOMPARE(cell(*page.alertModel(), Alert::OpenIncidents, Alert::Value), QStringLiteral("0"));
    QVERIFY(cell(*page.alertModel(), Alert::IncidentsOpened, Alert::Value).toInt() >= 1);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("healthStatus"))->text().startsWith(QStringLiteral("Taken at")));
    saveShots(page);
}

void TestSystemHealthConsole::periodFilterReadsTheChosenPeriod()
{
    const auto session = signIn(QStringLiteral("sofia"));
    QVERIFY(session);
    SystemHealthWidget page(m_connection, *session, m_clock);
    auto* period = page.findChild<QComboBox*>(QStringLiteral("healthPeriodCombo"));
    QVERIFY(period);
    QVERIFY(refreshed(page, [period] { period->setCurrentIndex(period->findData(30)); }));
    QCOMPARE(page.service().snapshot().period, DashboardFilter::lastDays(m_clock.nowMs(), 30).period);
    QVERIFY(page.service().snapshot().checksInPeriod > 0);
    QVERIFY(refreshed(page, [period] { period->setCurrentIndex(period->findData(1)); }));
    const auto day = page.service().snapshot().period;
    QCOMPARE(day.to - day.from, 24LL * 60 * 60 * 1000 + 1);
}

void TestSystemHealthConsole::ninetyDaysComeInBuckets()
{
    const auto session = signIn(QStringLiteral("sofia"));
    QVERIFY(session);
    SystemHealthWidget page(m_connection, *session, m_clock);
    const SystemHealthSnapshot& snapshot = page.service().snapshot();
    QVERIFY(refreshed(page));
    const int firstChecks = snapshot.checksInPeriod;
    QVERIFY(firstChecks > 0);

    // 90 days in buckets of two days: the counts cover them all, and as the server has been checking for minutes
    // only, the chart comes in second-sized buckets from its first check on rather than in one two-day point.
    page.service().setPeriodDays(90);
    QVERIFY(refreshUntil(page, [&] { return snapshot.responseTimes.size() >= 3; }));
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.period, DashboardFilter::lastDays(m_clock.nowMs(), 90).period);
    QVERIFY(snapshot.checksInPeriod >= firstChecks); // the monitor only adds checks
    QVERIFY(snapshot.bucketMs < 60LL * 60 * 1000);
    QVERIFY(snapshot.historyFromMs > snapshot.period.from);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("healthStatus"))
                ->text()
                .contains(QStringLiteral("The server returned the checks since")));
}

void TestSystemHealthConsole::agentGetsEverythingButIncidents()
{
    const auto session = signIn(QStringLiteral("amir"));
    QVERIFY(session);
    SystemHealthWidget page(m_connection, *session, m_clock);
    QVERIFY(refreshed(page));
    QVERIFY2(page.service().snapshot().error.isEmpty(), qPrintable(page.service().snapshot().error));
    QVERIFY(rowOf(*page.serviceModel(), endpointName) >= 0);
    QVERIFY(page.responseTimeModel()->rowCount() > 0);
    QCOMPARE(page.incidentModel()->rowCount(), 0);
    const QString note = QStringLiteral("Incidents are shown to supervisors and admins only.");
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("healthIncidentNote"))->text(), note);
    using Alert = HealthAlertTableModel;
    QCOMPARE(cell(*page.alertModel(), Alert::OpenIncidents, Alert::Value), DashboardFormat::none());
    QCOMPARE(cell(*page.alertModel(), Alert::OpenIncidents, Alert::Detail), note);
}

void TestSystemHealthConsole::lockedSessionKeepsTheLastFigures()
{
    const auto session = signIn(QStringLiteral("sofia"));
    QVERIFY(session);
    SystemHealthWidget page(m_connection, *session, m_clock);
    QVERIFY(refreshed(page));
    const qint64 taken = page.service().snapshot().takenAtMs;
    const int services = page.serviceModel()->rowCount();
    const int incidents = page.incidentModel()->rowCount();
    QVERIFY(services > 0 && incidents > 0);
    session->lock();
    QVERIFY(refreshed(page));
    QCOMPARE(page.serviceModel()->rowCount(), services);
    QCOMPARE(page.incidentModel()->rowCount(), incidents);
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("healthStatus"))->text(),
             QStringLiteral("Could not refresh (not connected to the server). Showing the figures taken at %1 UTC.")
                 .arg(DashboardFormat::dateTime(taken)));
}

void TestSystemHealthConsole::exportsEveryPanel()
{
    const auto session = signIn(QStringLiteral("sofia"));
    QVERIFY(session);
    SystemHealthWidget page(m_connection, *session, m_clock);
    page.resize(1366, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(refreshed(page));
    const QList<QPair<QString, QString>> panels {{QStringLiteral("serviceStatus"), endpointName},
                                                 {QStringLiteral("responseTimes"), endpointName},
                                                 {QStringLiteral("healthAlerts"), QStringLiteral("Incidents open now")},
                                                 {QStringLiteral("healthIncidents"), endpointName}};
    QTemporaryDir out;
    for (const auto& [name, expected] : panels) {
        DashboardPanel* panel = page.panel(name);
        QVERIFY2(panel, qPrintable(name));
        const QString png = out.filePath(name + QStringLiteral(".png"));
        const QString csv = out.filePath(name + QStringLiteral(".csv"));
        QCOMPARE(panel->savePng(png), std::nullopt);
        QCOMPARE(panel->saveCsv(csv), std::nullopt);
        QVERIFY(!QImage(png).isNull());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(QString::fromUtf8(file.readAll()).contains(expected), qPrintable(name));
    }
}

void TestSystemHealthConsole::saveShots(SystemHealthWidget& page)
{
    const QString folder = qEnvironmentVariable("HSS_HEALTH_SHOTS");
    if (folder.isEmpty()) {
        return;
    }
    // A few buckets of the one-second checks, so the chart shows lines rather than points.
    QVERIFY(refreshUntil(page, [&page] { return page.service().snapshot().responseTimes.size() >= 4; }));
    // The page's share of the window: menu bar, tab bar and status bar take about 90 pixels.
    for (const QSize size : {QSize(1366, 768 - 90), QSize(1920, 1080 - 90)}) {
        page.resize(size);
        QSignalSpy updated(&page.service(), &SystemHealthService::updated);
        page.show(); // refreshes
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.service().isLoading() || updated.wait(60000));
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("system-health-%1.png").arg(size.width()))));
    }
}

QTEST_MAIN(TestSystemHealthConsole)
#include "TestSystemHealthConsole.moc"
