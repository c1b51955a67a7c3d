// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <memory>
#include <string>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "hss/Timestamp.h"
#include "sla/SlaEngine.h"
#include "sla/SlaPolicyBook.h"
#include "storage/AuditLogRepository.h"
#include "storage/SlaConfigurationRepository.h"
#include "storage/SlaEventRepository.h"

using hss::Role;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

/// Admins edit the SLA calendars and policies: GET/PUT /api/admin/sla-configuration over HTTPS on SQLite and
/// PostgreSQL — refusals, the change taking effect for the ticket JSON and for the planned events of open tickets,
/// optimistic revisions, the audit, and the stored document in effect after a restart.
class TestSlaConfigurationApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adminOnly_data() { backends(); }
    void adminOnly();
    void shipsTheDefaults_data() { backends(); }
    void shipsTheDefaults();
    void badDocumentIsRefusedAndNothingChanges_data();
    void badDocumentIsRefusedAndNothingChanges();
    void changeTakesEffectAndReplansOpenTickets_data() { backends(); }
    void changeTakesEffectAndReplansOpenTickets();
    void staleRevisionIsRefused_data() { backends(); }
    void staleRevisionIsRefused();
    void storedConfigurationIsInEffectAfterRestart_data() { backends(); }
    void storedConfigurationIsInEffectAfterRestart();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    ApiTestServer& server(const QString& backend) { return backend == "sqlite" ? *m_sqlite : *m_postgres; }
    json current(const QString& backend)
    {
        const ApiAnswer got =
            server(backend).request("GET", "/api/admin/sla-configuration", nullptr, m_adminToken[backend]);
        return got.status == 200 ? got.body : json();
    }

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::string> m_adminToken;
    std::map<QString, std::string> m_agentToken;
};

void TestSlaConfigurationApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_sla_configuration"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_sla_configuration").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        m_adminToken[backend] = server(backend).tokenFor(server(backend).createUser("ada", {Role::Admin}, {}));
        m_agentToken[backend] = server(backend).tokenFor(server(backend).createUser("ann", {Role::Agent}, {"tier1"}));
    }
}

void TestSlaConfigurationApi::adminOnly()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    QCOMPARE(api.request("GET", "/api/admin/sla-configuration").status, 401);
    QCOMPARE(api.request("GET", "/api/admin/sla-configuration", nullptr, m_agentToken[backend]).status, 403);
    const json body {{"configuration", current(backend).at("configuration")}};
    QCOMPARE(api.request("PUT", "/api/admin/sla-configuration", body, m_agentToken[backend]).status, 403);
    QCOMPARE(current(backend).at("revision").get<int>(), 0);
}

void TestSlaConfigurationApi::shipsTheDefaults()
{
    QFETCH(QString, backend);
    const json got = current(backend);
    QCOMPARE(got.at("revision").get<int>(), 0);
    QVERIFY(got.at("defaults").get<bool>());
    bool emergency = false;
    for (const json& policy : got.at("configuration").at("policies")) {
        if (policy.at("priority") == "emergency") {
            emergency = true;
            QCOMPARE(policy.at("resolution_minutes").get<int>(), 30); // MEDICAL_EMERGENCY_SLA
            QCOMPARE(policy.at("resolution_escalation_minutes")[0].get<int>(), 15);
        }
    }
    QVERIFY(emergency);
}

void TestSlaConfigurationApi::badDocumentIsRefusedAndNothingChanges_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("mentioned");
    for (const QString backend : {"sqlite", "postgresql"}) {
        for (const auto& [change, mentioned] : std::map<QString, QString> {
                 {"no configuration", "configuration"},
                 {"unknown time zone", "Mars/Olympus_Mons"},
                 {"missing calendar", "calendar"},
                 {"no emergency policy", "emergency"},
                 {"negative revision", "revision"},
                 {"zero resolution", "resolution_minutes"},
             }) {
            QTest::newRow(qPrintable(backend + "/" + change)) << backend << change << mentioned;
        }
    }
}

void TestSlaConfigurationApi::badDocumentIsRefusedAndNothingChanges()
{
    QFETCH(QString, backend);
    QFETCH(QString, change);
    QFETCH(QString, mentioned);
    const json before = current(backend);
    json body {{"revision", before.at("revision")}, {"configuration", before.at("configuration")}};
    json& configuration = body.at("configuration");
    if (change == "no configuration") {
        body.erase("configuration");
    } else if (change == "unknown time zone") {
        for (json& calendar : configuration.at("calendars")) {
            calendar["time_zone"] = "Mars/Olympus_Mons";
        }
    } else if (change == "missing calendar") {
        configuration.at("policies")[0]["calendar"] = "nowhere";
    } else if (change == "no emergency policy") {
        json kept = json::array();
        for (const json& policy : configuration.at("policies")) {
            if (policy.at("priority") != "emergency") {
                kept.push_back(policy);
            }
        }
        configuration["policies"] = kept;
    } else if (change == "negative revision") {
        body["revision"] = -1;
    } else if (change == "zero resolution") {
        configuration.at("policies")[0]["resolution_minutes"] = 0;
    }
    const ApiAnswer answer =
        server(backend).request("PUT", "/api/admin/sla-configuration", body, m_adminToken[backend]);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body.at("error").get<std::string>(), std::string("invalid_sla_configuration"));
    const std::string message = answer.body.at("message").get<std::string>();
    QVERIFY2(QString::fromStdString(message).contains(mentioned), message.c_str());
    QCOMPARE(current(backend), before);
}

void TestSlaConfigurationApi::changeTakesEffectAndReplansOpenTickets()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const json ticket {{"title", "PACS viewer slow"},
                       {"description", "studies take a minute to open"},
                       {"priority", "high"},
                       {"category", "technical"},
                       {"channel", "email"},
                       {"requester_name", "Radiology"},
                       {"team", "tier1"}};
    const ApiAnswer created = api.request("POST", "/api/tickets", ticket, m_agentToken[backend]);
    QCOMPARE(created.status, 201);
    const std::string id = created.body.at("id").get<std::string>();
    const std::int64_t createdAt = hss::parseTimestamp(created.body.at("created_at").get<std::string>()).value();

    // Every policy on the 24/7 calendar, and high priority resolved within 100 minutes, escalating at 50.
    const json before = current(backend);
    json configuration = before.at("configuration");
    for (json& policy : configuration.at("policies")) {
        policy["calendar"] = "24x7";
        if (policy.at("priority") == "high" && policy.at("category").is_null()) {
            policy["resolution_minutes"] = 100;
            policy["resolution_escalation_minutes"] = json::array({50});
        }
    }
    const ApiAnswer put =
        api.request("PUT", "/api/admin/sla-configuration",
                    {{"revision", before.at("revision")}, {"configuration", configuration}}, m_adminToken[backend]);
    QCOMPARE(put.status, 200);
    const std::int64_t revision = put.body.at("revision").get<std::int64_t>();
    QCOMPARE(revision, before.at("revision").get<std::int64_t>() + 1);
    QVERIFY(!put.body.at("defaults").get<bool>());
    QCOMPARE(current(backend).at("configuration"), put.body.at("configuration"));

    // The ticket's clocks follow the new targets at once.
    const ApiAnswer got = api.request("GET", "/api/tickets/" + id, nullptr, m_agentToken[backend]);
    QCOMPARE(got.status, 200);
    std::int64_t resolutionDue = 0;
    for (const json& clock : got.body.at("sla").at("clocks")) {
        if (clock.at("clock") == "resolution") {
            resolutionDue = hss::parseTimestamp(clock.at("due_at").get<std::string>()).value();
        }
    }
    QCOMPARE(resolutionDue, createdAt + 100 * 60'000);

    // The re-planner moves the planned events (here on the test's thread; the server runs it on its own).
    QVERIFY(api.sla().replanner().runOnce() >= 1);
    QCOMPARE(api.sla().replanner().completedRevision(), revision);
    hss::server::Database& database = api.services().database;
    Poco::Data::Session session = database.session();
    std::map<std::string, std::int64_t> planned;
    for (const auto& event : hss::server::SlaEventRepository(database).forTicket(session, id)) {
        if (event.clock == "resolution" && event.state == "planned") {
            planned[event.kind] = event.dueAt;
        }
    }
    QCOMPARE(planned["breach"], createdAt + 100 * 60'000);
    QCOMPARE(planned["escalation"], createdAt + 50 * 60'000);
    QCOMPARE(hss::server::SlaConfigurationRepository(database).replannedRevision(session), revision);
    QCOMPARE(api.sla().replanner().runOnce(), std::size_t(0)); // nothing left to do

    bool audited = false;
    for (const auto& record : hss::server::AuditLogRepository(database).list(0, 100000)) {
        audited = audited || (record.entry.action == "sla_configuration.update" && record.entry.outcome == "success");
    }
    QVERIFY(audited);
}

void TestSlaConfigurationApi::staleRevisionIsRefused()
{
    QFETCH(QString, backend);
    const json before = current(backend);
    QVERIFY(before.at("revision").get<int>() >= 1);
    json configuration = before.at("configuration");
    configuration.at("policies")[0]["warning_fractions"] = json::array({0.6});
    const ApiAnswer stale =
        server(backend).request("PUT", "/api/admin/sla-configuration",
                                {{"revision", 0}, {"configuration", configuration}}, m_adminToken[backend]);
    QCOMPARE(stale.status, 409);
    QCOMPARE(current(backend), before);
}

void TestSlaConfigurationApi::storedConfigurationIsInEffectAfterRestart()
{
    QFETCH(QString, backend);
    const json stored = current(backend);
    // What a restarted server builds first: the shipped defaults, then the stored document over them.
    hss::server::SlaPolicyBook restarted(hss::sla::SlaDefaults {});
    QCOMPARE(restarted.current().revision, 0);
    QVERIFY(restarted.load(server(backend).services().database));
    QCOMPARE(restarted.current().revision, stored.at("revision").get<std::int64_t>());
    QCOMPARE(hss::sla::toJson(restarted.current().configuration), stored.at("configuration"));
    QVERIFY(!restarted.load(server(backend).services().database)); // nothing newer
}

QTEST_MAIN(TestSlaConfigurationApi)
#include "TestSlaConfigurationApi.moc"
