// SPDX-License-Identifier: MIT
#include <QtTest>
#include <atomic>
#include <map>
#include <memory>
#include <set>
#include <string>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "SinkProcess.h"
#include "app/ServerServices.h"
#include "config/ConfigError.h"
#include "config/ServerConfig.h"
#include "health/HealthMonitor.h"
#include "health/HealthSettings.h"
#include "storage/Database.h"
#include "storage/HealthIncidentRepository.h"
#include "storage/NotificationOutboxRepository.h"

using hss::Role;
using hss::server::HealthState;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

/// Answers every request with the status the test sets (200 or 500).
class StatusHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit StatusHandler(const std::atomic<int>& status)
        : m_status(status)
    { }

    void handleRequest(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response) override
    {
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(m_status.load()));
        response.setContentType("application/json");
        response.send() << R"({"model":"triage"})";
    }

private:
    const std::atomic<int>& m_status;
};

class StatusHandlerFactory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit StatusHandlerFactory(const std::atomic<int>& status)
        : m_status(status)
    { }

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new StatusHandler(m_status);
    }

private:
    const std::atomic<int>& m_status;
};

/// A stand-in AI service on a loopback port that the test stops (connections refused) and restarts on the same port.
class AiService final
{
public:
    ~AiService() { stop(); }

    bool start()
    {
        Poco::Net::ServerSocket socket;
        socket.bind(Poco::Net::SocketAddress("127.0.0.1", m_port), true);
        socket.listen(16);
        m_port = socket.address().port();
        Poco::AutoPtr<Poco::Net::HTTPServerParams> params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(2);
        params->setKeepAlive(false);
        m_server = std::make_unique<Poco::Net::HTTPServer>(new StatusHandlerFactory(m_status), socket, params);
        m_server->start();
        return true;
    }

    void stop()
    {
        if (m_server) {
            m_server->stopAll(true);
            m_server.reset();
        }
    }

    void answer(int status) { m_status = status; }
    Poco::UInt16 port() const { return m_port; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port) + "/v1/health"; }

private:
    std::atomic<int> m_status {200};
    Poco::UInt16 m_port = 0;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
};

constexpr std::int64_t cycleMs = 60000;

} // namespace

/// The health monitor against real components: an HTTP service in the test process that is stopped, restarted and
/// made to fail, a real SMTP relay (the alerts' channel, itself checked), the outbox and the incidents on SQLite and
/// PostgreSQL, the REST answers, and the validation of HEALTH_CHECK_ENDPOINTS.
class TestHealthMonitor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badEndpointsAreConfigErrors_data();
    void badEndpointsAreConfigErrors();
    void endpointsAreParsed();
    void transitionsAlertOnceAndOpenOneIncident_data() { backends(); }
    void transitionsAlertOnceAndOpenOneIncident();
    void restAnswersFollowTheMonitor_data() { backends(); }
    void restAnswersFollowTheMonitor();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    std::unique_ptr<ApiTestServer> startServer(const QString& backend, const QString& database);
    std::unique_ptr<hss::server::HealthMonitor> monitorOf(ApiTestServer& server);
    static std::vector<hss::server::NotificationRecord> healthAlerts(ApiTestServer& server);
    static HealthState stateOf(const std::vector<hss::server::HealthCheckRecord>& checks, const std::string& service);

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<hss::test::SinkProcess> m_smtp;
    AiService m_ai;
};

void TestHealthMonitor::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("health_transitions"), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("health_rest"), qPrintable(m_cluster.error()));
    m_smtp = std::make_unique<hss::test::SinkProcess>(QStringLiteral("smtp_sink.py"), QStringList {});
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->error()));
    QVERIFY(m_ai.start());
}

std::unique_ptr<ApiTestServer> TestHealthMonitor::startServer(const QString& backend, const QString& database)
{
    const std::map<std::string, std::string> environment {
        {"ENABLE_EMAIL_NOTIFICATIONS", "true"},
        {"SMTP_HOST", "127.0.0.1"},
        {"SMTP_PORT", std::to_string(m_smtp->port())},
        {"SMTP_FROM_EMAIL", "noreply@clinic.example"},
        {"HEALTH_CHECK_ENDPOINTS",
         "ai-triage=" + m_ai.url() + "; dictation=http://127.0.0.1:" + std::to_string(m_ai.port()) + "/dictation"},
        {"HEALTH_CHECK_TIMEOUT", "3000"},
    };
    auto server = std::make_unique<ApiTestServer>(
        backend == "sqlite" ? std::string() : m_cluster.url(database).toStdString(), environment);
    return server;
}

std::unique_ptr<hss::server::HealthMonitor> TestHealthMonitor::monitorOf(ApiTestServer& server)
{
    auto& services = server.services();
    return std::make_unique<hss::server::HealthMonitor>(services.database, services.writes, services.cipher,
                                                        server.clock(),
                                                        hss::server::HealthSettings::fromConfig(services.config));
}

std::vector<hss::server::NotificationRecord> TestHealthMonitor::healthAlerts(ApiTestServer& server)
{
    auto session = server.services().database.session();
    std::vector<hss::server::NotificationRecord> alerts;
    for (auto& record : hss::server::NotificationOutboxRepository(server.services().database)
                            .inState(session, hss::server::NotificationOutboxRepository::statePending, 1000)) {
        if (record.event == hss::server::HealthAlert::event) {
            alerts.push_back(std::move(record));
        }
    }
    return alerts;
}

HealthState TestHealthMonitor::stateOf(const std::vector<hss::server::HealthCheckRecord>& checks,
                                       const std::string& service)
{
    for (const auto& check : checks) {
        if (check.service == service) {
            return check.state;
        }
    }
    qWarning("no check of %s", service.c_str());
    return HealthState::Down;
}

void TestHealthMonitor::badEndpointsAreConfigErrors_data()
{
    QTest::addColumn<QString>("endpoints");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no equals sign") << "ai-triage https://ai.example/health"
                                    << "is not name=url";
    QTest::newRow("empty name") << "=https://ai.example/health"
                                << "is not a valid name";
    QTest::newRow("upper-case name") << "AI=https://ai.example/health"
                                     << "is not a valid name";
    QTest::newRow("built-in name") << "database=https://db.example/"
                                   << "built-in service";
    QTest::newRow("route name") << "incidents=https://x.example/"
                                << "built-in service";
    QTest::newRow("duplicate name") << "ai=https://a.example/;ai=https://b.example/"
                                    << "used twice";
    QTest::newRow("ftp scheme") << "files=ftp://files.example/"
                                << "needs an http:// or https:// URL";
    QTest::newRow("no host") << "ai=https:///health"
                             << "has no host";
    QTest::newRow("no url") << "ai="
                            << "needs an http:// or https:// URL";
    QTest::newRow("blank in url") << "ai=https://ai.example/a b"
                                  << "has blanks";
}

void TestHealthMonitor::badEndpointsAreConfigErrors()
{
    QFETCH(QString, endpoints);
    QFETCH(QString, expected);
    const std::string text = endpoints.toStdString();
    // Through the configuration as the server reads it at start-up: the error names the variable and the cause.
    const auto config = hss::server::ServerConfig::load({}, [&text](const std::string& name) {
        return name == "HEALTH_CHECK_ENDPOINTS" ? std::optional<std::string>(text) : std::nullopt;
    });
    try {
        hss::server::HealthSettings::fromConfig(config);
        QFAIL("a malformed HEALTH_CHECK_ENDPOINTS was accepted");
    } catch (const hss::server::ConfigError& error) {
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.startsWith("HEALTH_CHECK_ENDPOINTS: "), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }
}

void TestHealthMonitor::endpointsAreParsed()
{
    const auto endpoints = hss::server::HealthSettings::parseEndpoints(
        " ai-triage = https://ai.example/v1/health ; ;ehr.gateway=http://10.0.0.7:8080/ping; ");
    QCOMPARE(endpoints.size(), std::size_t(2));
    QCOMPARE(endpoints[0].name, std::string("ai-triage"));
    QCOMPARE(endpoints[0].url, std::string("https://ai.example/v1/health"));
    QCOMPARE(endpoints[1].name, std::string("ehr.gateway"));
    QCOMPARE(endpoints[1].url, std::string("http://10.0.0.7:8080/ping"));
    QVERIFY(hss::server::HealthSettings::parseEndpoints("").empty());
}

void TestHealthMonitor::transitionsAlertOnceAndOpenOneIncident()
{
    QFETCH(QString, backend);
    m_ai.answer(200);
    auto server = startServer(backend, "health_transitions");
    QVERIFY2(server->isRunning(), qPrintable(server->error()));
    server->createUser("ada", {Role::Admin}, {});
    server->createUser("sam", {Role::Supervisor}, {"tier1"});
    auto monitor = monitorOf(*server);
    hss::server::HealthIncidentRepository incidents(server->services().database);

    auto checks = monitor->checkOnce();
    for (const char* service : {"database", "disk", "sync", "outbox", "smtp", "ai-triage", "dictation"}) {
        QVERIFY2(stateOf(checks, service) == HealthState::Healthy, service);
    }
    QCOMPARE(healthAlerts(*server).size(), std::size_t(0));

    m_ai.stop();
    server->clock().advanceMs(cycleMs);
    checks = monitor->checkOnce();
    QVERIFY(stateOf(checks, "ai-triage") == HealthState::Down);
    QVERIFY(stateOf(checks, "smtp") == HealthState::Healthy);
    // Two endpoints on the stopped service: one alert each, to the one admin (supervisors are not paged).
    auto alerts = healthAlerts(*server);
    QCOMPARE(alerts.size(), std::size_t(2));
    for (const auto& alert : alerts) {
        QCOMPARE(alert.channel, std::string("email"));
        QCOMPARE(alert.recipient, std::string("ada@clinic.example"));
        QVERIFY(alert.subject.ends_with(" is down"));
        QVERIFY(alert.body.find("healthy -> down") != std::string::npos);
    }
    auto opened = incidents.list(std::string("ai-triage"), 10, 0);
    QCOMPARE(opened.size(), std::size_t(1));
    QVERIFY(!opened[0].endedAt);
    QVERIFY(!opened[0].message.empty());

    // Still down a cycle later: no second alert and no second incident.
    server->clock().advanceMs(cycleMs);
    checks = monitor->checkOnce();
    QVERIFY(stateOf(checks, "ai-triage") == HealthState::Down);
    QCOMPARE(healthAlerts(*server).size(), std::size_t(2));
    QCOMPARE(incidents.list(std::string("ai-triage"), 10, 0).size(), std::size_t(1));

    QVERIFY(m_ai.start());
    server->clock().advanceMs(cycleMs);
    checks = monitor->checkOnce();
    QVERIFY(stateOf(checks, "ai-triage") == HealthState::Healthy);
    alerts = healthAlerts(*server);
    QCOMPARE(alerts.size(), std::size_t(4));
    const std::set<std::string> recovered {alerts[2].subject, alerts[3].subject};
    QCOMPARE(
        recovered,
        (std::set<std::string> {"[HSS] Service ai-triage has recovered", "[HSS] Service dictation has recovered"}));
    const auto closed = incidents.list(std::string("ai-triage"), 10, 0);
    QCOMPARE(closed.size(), std::size_t(1));
    QCOMPARE(closed[0].endedAt.value_or(0), server->clock().nowMs());
    QCOMPARE(closed[0].resolution.value_or(""), std::string("recovered"));

    // A 500 answer degrades both endpoints (one alert each) without an incident; 200 again recovers them.
    m_ai.answer(500);
    server->clock().advanceMs(cycleMs);
    checks = monitor->checkOnce();
    QVERIFY(stateOf(checks, "ai-triage") == HealthState::Degraded);
    alerts = healthAlerts(*server);
    QCOMPARE(alerts.size(), std::size_t(6));
    QVERIFY(alerts[4].subject.ends_with(" is degraded"));
    QVERIFY(alerts[4].body.find("answered HTTP 500") != std::string::npos);
    m_ai.answer(200);
    server->clock().advanceMs(cycleMs);
    checks = monitor->checkOnce();
    QVERIFY(stateOf(checks, "ai-triage") == HealthState::Healthy);
    QCOMPARE(healthAlerts(*server).size(), std::size_t(8));
    QCOMPARE(incidents.list(std::nullopt, 10, 0).size(), std::size_t(2));
    for (const auto& incident : incidents.list(std::nullopt, 10, 0)) {
        QVERIFY(incident.endedAt.has_value());
    }

    // A second monitor (another server on the same database) sees no transition the first one already handled.
    auto second = monitorOf(*server);
    second->checkOnce();
    QCOMPARE(healthAlerts(*server).size(), std::size_t(8));
}

void TestHealthMonitor::restAnswersFollowTheMonitor()
{
    QFETCH(QString, backend);
    m_ai.answer(200);
    auto server = startServer(backend, "health_rest");
    QVERIFY2(server->isRunning(), qPrintable(server->error()));
    const std::string admin = server->tokenFor(server->createUser("ada", {Role::Admin}, {}));
    const std::string supervisor = server->tokenFor(server->createUser("sam", {Role::Supervisor}, {"tier1"}));
    const std::string agent = server->tokenFor(server->createUser("ann", {Role::Agent}, {"tier1"}));
    auto monitor = monitorOf(*server);

    // Before the first cycle the remote services are unknown and do not make the server unhealthy.
    ApiAnswer health = server->request("GET", "/api/health");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.at("status"), "healthy");
    QCOMPARE(health.body.at("services").at("ai-triage").at("state"), "unknown");
    QCOMPARE(health.body.at("services").at("database").at("status"), "up");

    monitor->checkOnce();
    m_ai.stop();
    server->clock().advanceMs(cycleMs);
    monitor->checkOnce();
    QVERIFY(m_ai.start());

    // The answer reports the recorded result (the service is back, but the monitor has not looked yet).
    health = server->request("GET", "/api/health");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.at("status"), "degraded");
    const json& ai = health.body.at("services").at("ai-triage");
    QCOMPARE(ai.at("status"), "down");
    QCOMPARE(ai.at("state"), "down");
    QCOMPARE(ai.at("stale"), false);
    QVERIFY(ai.at("message").is_string());
    QCOMPARE(ai.at("stats").at("24h").at("checks"), 2);
    QCOMPARE(ai.at("stats").at("24h").at("down"), 1);
    QCOMPARE(ai.at("stats").at("24h").at("uptime").get<double>(), 0.5);
    QCOMPARE(ai.at("stats").at("7d").at("errorRate").get<double>(), 0.5);
    QCOMPARE(health.body.at("services").at("sync").at("state"), "healthy");
    QCOMPARE(health.body.at("services").at("smtp").at("state"), "healthy");
    QCOMPARE(health.body.at("services").at("api").at("status"), "up");

    ApiAnswer one = server->request("GET", "/api/health/ai-triage");
    QCOMPARE(one.status, 503);
    QCOMPARE(one.body.at("service"), "ai-triage");
    QCOMPARE(one.body.at("stats").at("24h").at("healthy"), 1);
    one = server->request("GET", "/api/health/outbox");
    QCOMPARE(one.status, 200);
    QCOMPARE(one.body.at("state"), "healthy");
    QCOMPARE(one.body.at("stats").at("7d").at("uptime").get<double>(), 1.0);
    QCOMPARE(server->request("GET", "/api/health/nothing").status, 404);

    const ApiAnswer history = server->request("GET", "/api/health/history?service=ai-triage");
    QCOMPARE(history.status, 200);
    QCOMPARE(history.body.at("items").size(), std::size_t(2));
    QCOMPARE(history.body.at("items")[0].at("state"), "down");
    QCOMPARE(history.body.at("items")[0].at("status"), "down");
    QCOMPARE(history.body.at("items")[1].at("state"), "healthy");
    QCOMPARE(history.body.at("items")[1].at("status"), "up");

    QCOMPARE(server->request("GET", "/api/health/incidents").status, 401);
    QCOMPARE(server->request("GET", "/api/health/incidents", nullptr, agent).status, 403);
    QCOMPARE(server->request("GET", "/api/health/incidents?limit=0", nullptr, admin).status, 400);
    QCOMPARE(server->request("GET", "/api/health/incidents?service=nope", nullptr, admin).status, 400);
    ApiAnswer listed = server->request("GET", "/api/health/incidents", nullptr, supervisor);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.body.at("items").size(), std::size_t(2));
    const json& incident = listed.body.at("items")[0];
    for (const char* key :
         {"id", "service", "started_at", "ended_at", "open", "duration_seconds", "message", "resolution"}) {
        QVERIFY2(incident.contains(key), key);
    }
    QCOMPARE(incident.at("open"), true);
    QVERIFY(incident.at("ended_at").is_null());

    server->clock().advanceMs(cycleMs);
    monitor->checkOnce();
    listed = server->request("GET", "/api/health/incidents?service=ai-triage&limit=1", nullptr, admin);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.body.at("items").size(), std::size_t(1));
    QCOMPARE(listed.body.at("items")[0].at("open"), false);
    QCOMPARE(listed.body.at("items")[0].at("duration_seconds"), 60);
    QCOMPARE(listed.body.at("items")[0].at("resolution"), "recovered");
    QCOMPARE(server->request("GET", "/api/health/incidents?limit=1&offset=1", nullptr, admin)
                 .body.at("items")
                 .at(0)
                 .at("service"),
             "ai-triage");
    health = server->request("GET", "/api/health");
    QCOMPARE(health.body.at("status"), "healthy");
}

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "TestHealthMonitor.moc"
