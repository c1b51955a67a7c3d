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
#include "storage/AuditLogRepository.h"

using hss::Role;
using hss::User;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

/// The escalation matrix endpoints and the SLA clocks in the ticket JSON, over HTTPS on SQLite and PostgreSQL.
class TestSlaApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrixIsAdminOnly_data() { backends(); }
    void matrixIsAdminOnly();
    void matrixRoundTripsAndIsAudited_data() { backends(); }
    void matrixRoundTripsAndIsAudited();
    void staleMatrixRevisionIsRefused_data() { backends(); }
    void staleMatrixRevisionIsRefused();
    void badMatrixIsRefusedNamingTheField_data();
    void badMatrixIsRefusedNamingTheField();
    void ticketShowsEveryClockAndEscalates_data() { backends(); }
    void ticketShowsEveryClockAndEscalates();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    ApiTestServer& server(const QString& backend) { return backend == "sqlite" ? *m_sqlite : *m_postgres; }

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::string> m_adminToken;
    std::map<QString, std::string> m_agentToken;
    std::map<QString, User> m_oncall;
    std::map<QString, User> m_admin;
};

void TestSlaApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_sla"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_sla").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        m_admin[backend] = server(backend).createUser("ada", {Role::Admin}, {});
        m_adminToken[backend] = server(backend).tokenFor(m_admin[backend]);
        m_agentToken[backend] = server(backend).tokenFor(server(backend).createUser("ann", {Role::Agent}, {"tier1"}));
        m_oncall[backend] = server(backend).createUser("otis", {Role::Supervisor}, {"escalations"});
    }
}

void TestSlaApi::matrixIsAdminOnly()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    QCOMPARE(api.request("GET", "/api/admin/escalation-matrix").status, 401);
    QCOMPARE(api.request("GET", "/api/admin/escalation-matrix", nullptr, m_agentToken[backend]).status, 403);
    const json body {{"levels", json::array()}};
    QCOMPARE(api.request("PUT", "/api/admin/escalation-matrix", body, m_agentToken[backend]).status, 403);
}

void TestSlaApi::matrixRoundTripsAndIsAudited()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string token = m_adminToken[backend];
    const json matrix {{"levels",
                        {{{"level", 2}, {"team", "management"}, {"people", json::array()}, {"channels", {"sms"}}},
                         {{"level", 1},
                          {"team", "escalations"},
                          {"people", {m_oncall[backend].id.toString()}},
                          {"channels", {"email", "slack"}}}}}};
    const ApiAnswer put = api.request("PUT", "/api/admin/escalation-matrix", matrix, token);
    QCOMPARE(put.status, 200);
    const ApiAnswer got = api.request("GET", "/api/admin/escalation-matrix", nullptr, token);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.body.at("levels").size(), std::size_t(2));
    QCOMPARE(got.body.at("levels")[0].at("level").get<int>(), 1); // stored in level order
    QCOMPARE(got.body.at("levels")[0].at("team").get<std::string>(), std::string("escalations"));
    QCOMPARE(got.body.at("levels")[0].at("people")[0].get<std::string>(), m_oncall[backend].id.toString());
    bool audited = false;
    for (const auto& record : hss::server::AuditLogRepository(api.services().database).list(0, 100000)) {
        audited = audited || (record.entry.action == "escalation_matrix.update" && record.entry.outcome == "success");
    }
    QVERIFY(audited);
}

void TestSlaApi::staleMatrixRevisionIsRefused()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string token = m_adminToken[backend];
    const ApiAnswer before = api.request("GET", "/api/admin/escalation-matrix", nullptr, token);
    const std::int64_t revision = before.body.at("revision").get<std::int64_t>();
    json mine {{"revision", revision},
               {"levels", {{{"level", 1}, {"team", "first"}, {"people", json::array()}, {"channels", {"email"}}}}}};
    // Another admin saves first, over the same revision.
    json theirs = mine;
    theirs["levels"][0]["team"] = "theirs";
    const ApiAnswer saved = api.request("PUT", "/api/admin/escalation-matrix", theirs, token);
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.body.at("revision").get<std::int64_t>(), revision + 1);
    const ApiAnswer stale = api.request("PUT", "/api/admin/escalation-matrix", mine, token);
    QCOMPARE(stale.status, 409);
    QVERIFY2(stale.rawBody.find("changed meanwhile") != std::string::npos, stale.rawBody.c_str());
    const ApiAnswer after = api.request("GET", "/api/admin/escalation-matrix", nullptr, token);
    QCOMPARE(after.body.at("levels")[0].at("team").get<std::string>(), std::string("theirs"));
    QCOMPARE(after.body.at("revision").get<std::int64_t>(), revision + 1);
    // Over the new revision it is stored; without a revision it replaces whatever is there.
    mine["revision"] = revision + 1;
    QCOMPARE(api.request("PUT", "/api/admin/escalation-matrix", mine, token).status, 200);
    mine.erase("revision");
    const ApiAnswer blind = api.request("PUT", "/api/admin/escalation-matrix", mine, token);
    QCOMPARE(blind.status, 200);
    QCOMPARE(blind.body.at("revision").get<std::int64_t>(), revision + 3);
    mine["revision"] = -1;
    QCOMPARE(api.request("PUT", "/api/admin/escalation-matrix", mine, token).status, 400);
}

void TestSlaApi::badMatrixIsRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("field");
    for (const QString backend : {"sqlite", "postgresql"}) {
        const auto row = [&](const char* name, const char* body, const char* field) {
            QTest::newRow(qPrintable(backend + "/" + name)) << backend << QString(body) << QString(field);
        };
        row("unknown channel", R"({"levels":[{"level":1,"team":"t","people":[],"channels":["fax"]}]})",
            "levels[0].channels[0]");
        row("level zero", R"({"levels":[{"level":0,"team":"t","people":[],"channels":[]}]})", "levels[0].level");
        row("level twice",
            R"({"levels":[{"level":1,"team":"t","people":[],"channels":[]},)"
            R"({"level":1,"team":"u","people":[],"channels":[]}]})",
            "levels[1].level");
        row("empty team", R"({"levels":[{"level":1,"team":"","people":[],"channels":[]}]})", "levels[0].team");
        row("person not a uuid", R"({"levels":[{"level":1,"team":"t","people":["bob"],"channels":[]}]})",
            "levels[0].people[0]");
        row("unknown person",
            R"({"levels":[{"level":1,"team":"t","people":["0190a0a0-0000-7000-8000-000000000000"],"channels":[]}]})",
            "people[0]");
        row("unknown member", R"({"levels":[],"extra":1})", "extra");
        row("levels missing", R"({})", "levels");
    }
}

void TestSlaApi::badMatrixIsRefusedNamingTheField()
{
    QFETCH(QString, backend);
    QFETCH(QString, body);
    QFETCH(QString, field);
    ApiTestServer& api = server(backend);
    const std::string token = m_adminToken[backend];
    const ApiAnswer before = api.request("GET", "/api/admin/escalation-matrix", nullptr, token);
    const ApiAnswer refused =
        api.request("PUT", "/api/admin/escalation-matrix", json::parse(body.toStdString()), token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.rawBody.find(field.toStdString()) != std::string::npos, refused.rawBody.c_str());
    // Nothing of the stored matrix was lost.
    QCOMPARE(api.request("GET", "/api/admin/escalation-matrix", nullptr, token).body, before.body);
}

void TestSlaApi::ticketShowsEveryClockAndEscalates()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const json matrix {{"levels",
                        {{{"level", 1},
                          {"team", "escalations"},
                          {"people", {m_oncall[backend].id.toString()}},
                          {"channels", {"email"}}}}}};
    QCOMPARE(api.request("PUT", "/api/admin/escalation-matrix", matrix, m_adminToken[backend]).status, 200);

    const json ticket {{"title", "Ward monitor offline"},
                       {"description", "monitors down in ward 4"},
                       {"priority", "emergency"},
                       {"category", "technical"},
                       {"channel", "phone"},
                       {"requester_name", "Ward 4"},
                       {"team", "tier1"}};
    const ApiAnswer created = api.request("POST", "/api/tickets", ticket, m_agentToken[backend]);
    QCOMPARE(created.status, 201);
    const std::int64_t createdAt = hss::parseTimestamp(created.body.at("created_at").get<std::string>()).value();
    const json& sla = created.body.at("sla");
    QCOMPARE(sla.at("escalation_level").get<int>(), 0);
    QCOMPARE(sla.at("clocks").size(), std::size_t(3)); // every clock, not only the nearest
    std::map<std::string, json> clocks;
    for (const json& clock : sla.at("clocks")) {
        clocks[clock.at("clock").get<std::string>()] = clock;
    }
    QCOMPARE(clocks.at("resolution").at("state").get<std::string>(), std::string("ok"));
    QCOMPARE(hss::parseTimestamp(clocks.at("resolution").at("due_at").get<std::string>()).value(),
             createdAt + 30 * 60'000);
    QCOMPARE(hss::parseTimestamp(clocks.at("first_response").at("due_at").get<std::string>()).value(),
             createdAt + 15 * 60'000);
    QCOMPARE(clocks.at("next_update").at("state").get<std::string>(), std::string("inactive"));

    // Fifteen minutes later the scheduler escalates: level 1, handed to the matrix's team and person.
    api.clock().setNowMs(createdAt + 15 * 60'000);
    QVERIFY(api.sla().scheduler().fireDue() > 0);
    const std::string path = "/api/tickets/" + created.body.at("id").get<std::string>();
    m_adminToken[backend] = api.tokenFor(m_admin[backend]); // the old one expired meanwhile
    const ApiAnswer escalated = api.request("GET", path, nullptr, m_adminToken[backend]);
    QCOMPARE(escalated.status, 200);
    QCOMPARE(escalated.body.at("escalation_level").get<int>(), 1);
    QCOMPARE(escalated.body.at("team").get<std::string>(), std::string("escalations"));
    QCOMPARE(escalated.body.at("assignee_id").get<std::string>(), m_oncall[backend].id.toString());
    QCOMPARE(escalated.body.at("sla").at("escalation_level").get<int>(), 1);
    std::map<std::string, std::string> states;
    for (const json& clock : escalated.body.at("sla").at("clocks")) {
        states[clock.at("clock").get<std::string>()] = clock.at("state").get<std::string>();
    }
    QCOMPARE(states.at("resolution"), std::string("escalated"));
    QCOMPARE(states.at("first_response"), std::string("breached"));
}

QTEST_GUILESS_MAIN(TestSlaApi)
#include "TestSlaApi.moc"
