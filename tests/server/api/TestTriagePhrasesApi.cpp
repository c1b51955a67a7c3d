// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <memory>
#include <string>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "storage/AuditLogRepository.h"

using hss::Role;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

/// A ticket text whose only notable words are the phrase under test (no default phrase makes it an emergency).
const json cloningTicket {{"title", "Badge cloning at the east entrance"}, {"description", "Seen twice today."}};

const json cloningPhrase {{"phrases",
                           {{{"phrase", "badge cloning"},
                             {"kind", "emergency"},
                             {"emergency", "data_breach"},
                             {"category", "compliance_security"},
                             {"weight", 10}}}}};

} // namespace

/// GET/PUT /api/admin/triage-phrases over HTTPS on SQLite and PostgreSQL: admins add phrases that POST /api/triage
/// applies from the next request on, others are refused, bad lists change nothing, and phrases outlive a restart.
class TestTriagePhrasesApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void phrasesAreAdminOnly_data() { backends(); }
    void phrasesAreAdminOnly();
    void addedPhraseMakesAnEmergency_data() { backends(); }
    void addedPhraseMakesAnEmergency();
    void badPhrasesChangeNothing_data();
    void badPhrasesChangeNothing();
    void phrasesSurviveARestart_data() { backends(); }
    void phrasesSurviveARestart();

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
};

void TestTriagePhrasesApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_triage_phrases"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_triage_phrases").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        m_adminToken[backend] = server(backend).tokenFor(server(backend).createUser("ada", {Role::Admin}, {}));
        m_agentToken[backend] = server(backend).tokenFor(server(backend).createUser("ann", {Role::Agent}, {"tier1"}));
    }
}

void TestTriagePhrasesApi::phrasesAreAdminOnly()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    QCOMPARE(api.request("GET", "/api/admin/triage-phrases").status, 401);
    QCOMPARE(api.request("GET", "/api/admin/triage-phrases", nullptr, m_agentToken[backend]).status, 403);
    QCOMPARE(api.request("PUT", "/api/admin/triage-phrases", cloningPhrase, m_agentToken[backend]).status, 403);
    // The refused PUT stored nothing.
    const ApiAnswer stored = api.request("GET", "/api/admin/triage-phrases", nullptr, m_adminToken[backend]);
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.body, json({{"phrases", json::array()}}));
    QCOMPARE(api.request("POST", "/api/triage", cloningTicket, m_agentToken[backend]).body.at("emergency"), false);
}

void TestTriagePhrasesApi::addedPhraseMakesAnEmergency()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    QCOMPARE(api.request("PUT", "/api/admin/triage-phrases", json({{"phrases", json::array()}}), m_adminToken[backend])
                 .status,
             200);
    const ApiAnswer before = api.request("POST", "/api/triage", cloningTicket, m_agentToken[backend]);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.body.at("emergency"), false);

    const ApiAnswer put = api.request("PUT", "/api/admin/triage-phrases", cloningPhrase, m_adminToken[backend]);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.body.at("phrases").size(), std::size_t(1));
    QCOMPARE(put.body.at("phrases")[0].at("kind"), "emergency");
    const ApiAnswer got = api.request("GET", "/api/admin/triage-phrases", nullptr, m_adminToken[backend]);
    QCOMPARE(got.body, put.body);

    const ApiAnswer after = api.request("POST", "/api/triage", cloningTicket, m_agentToken[backend]);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.body.at("emergency"), true);
    QCOMPARE(after.body.at("emergency_category"), "data_breach");
    QCOMPARE(after.body.at("priority"), "emergency");
    QCOMPARE(after.body.at("category"), "compliance_security");
    bool reasoned = false;
    for (const json& reason : after.body.at("reasons")) {
        reasoned = reasoned || (reason.at("phrase") == "badge cloning" && reason.at("negated") == false);
    }
    QVERIFY(reasoned);

    bool audited = false;
    for (const auto& record : hss::server::AuditLogRepository(api.services().database).list(0, 100000)) {
        audited = audited
            || (record.entry.action == "triage_phrases.update" && record.entry.outcome == "success"
                && record.entry.detail.find("badge cloning") != std::string::npos);
    }
    QVERIFY(audited);
}

void TestTriagePhrasesApi::badPhrasesChangeNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    for (const QString backend : {"sqlite", "postgresql"}) {
        const auto row = [&](const char* name, const QString& body, int status, const char* field) {
            QTest::newRow(qPrintable(backend + "/" + name)) << backend << body << status << QString(field);
        };
        const QString good = R"({"phrase": "crash cart empty", "kind": "emergency", "emergency": "patient_safety"})";
        const auto second = [&good](const QString& bad) { return R"({"phrases": [)" + good + ", " + bad + "]}"; };
        row("phrase too long", second(R"({"phrase": ")" + QString(201, 'a') + R"(", "kind": "against"})"), 422,
            "phrases[1].phrase");
        row("control character", second(R"({"phrase": "crash\u0007cart", "kind": "against"})"), 422,
            "phrases[1].phrase");
        row("clause punctuation", second(R"({"phrase": "crash, cart", "kind": "against"})"), 422, "phrases[1].phrase");
        row("unknown group", second(R"({"phrase": "@cart empty", "kind": "against"})"), 422, "phrases[1].phrase");
        row("unknown category", second(R"({"phrase": "cart", "kind": "hint", "category": "hr"})"), 422,
            "phrases[1].category");
        row("unknown emergency", second(R"({"phrase": "cart", "kind": "emergency", "emergency": "fire"})"), 422,
            "phrases[1].emergency");
        row("unknown kind", second(R"({"phrase": "cart", "kind": "maybe", "emergency": "any"})"), 422,
            "phrases[1].kind");
        row("kind disagrees", second(R"({"phrase": "cart", "kind": "against", "weight": 5})"), 422,
            "phrases[1].weight");
        row("emergency without category", second(R"({"phrase": "cart", "kind": "emergency"})"), 422,
            "phrases[1].emergency");
        row("unknown member", second(R"({"phrase": "cart", "kind": "against", "score": 1})"), 422, "phrases[1].score");
        row("phrases missing", "{}", 422, "phrases");
        row("not JSON", R"({"phrases": [)", 400, "");
    }
}

void TestTriagePhrasesApi::badPhrasesChangeNothing()
{
    QFETCH(QString, backend);
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    ApiTestServer& api = server(backend);
    const std::string token = m_adminToken[backend];
    QCOMPARE(api.request("PUT", "/api/admin/triage-phrases", cloningPhrase, token).status, 200);
    const ApiAnswer before = api.request("GET", "/api/admin/triage-phrases", nullptr, token);
    // A JSON string body is sent as raw text, so malformed documents reach the server unchanged.
    const ApiAnswer refused = api.request("PUT", "/api/admin/triage-phrases", json(body.toStdString()), token);
    QCOMPARE(refused.status, status);
    if (!field.isEmpty()) {
        QCOMPARE(QString::fromStdString(refused.body.at("field").get<std::string>()), field);
    }
    // Nothing stored was lost or replaced, and triage still uses the stored phrase.
    QCOMPARE(api.request("GET", "/api/admin/triage-phrases", nullptr, token).body, before.body);
    QCOMPARE(api.request("POST", "/api/triage", cloningTicket, token).body.at("emergency"), true);
}

void TestTriagePhrasesApi::phrasesSurviveARestart()
{
    QFETCH(QString, backend);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    std::string url = "sqlite:" + folder.filePath("restart.db").toStdString();
    if (backend == "postgresql") {
        QVERIFY2(m_cluster.createDatabase("api_triage_restart"), qPrintable(m_cluster.error()));
        url = m_cluster.url("api_triage_restart").toStdString();
    }
    {
        ApiTestServer first(url);
        QVERIFY2(first.isRunning(), qPrintable(first.error()));
        const std::string admin = first.tokenFor(first.createUser("ada", {Role::Admin}, {}));
        json phrases = cloningPhrase;
        // A default phrase switched off (weight 0) must load again too.
        phrases.at("phrases").push_back({{"phrase", "outage"}, {"weight", 0}, {"priority", "low"}});
        QCOMPARE(first.request("PUT", "/api/admin/triage-phrases", phrases, admin).status, 200);
    }
    // A new server on the same database: the rules it builds at start include the stored phrase.
    ApiTestServer second(url);
    QVERIFY2(second.isRunning(), qPrintable(second.error()));
    const std::string admin = second.tokenFor(second.createUser("bea", {Role::Admin}, {}));
    const ApiAnswer stored = second.request("GET", "/api/admin/triage-phrases", nullptr, admin);
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.body.at("phrases").size(), std::size_t(2));
    QCOMPARE(stored.body.at("phrases")[0].at("phrase"), "badge cloning");
    QCOMPARE(stored.body.at("phrases")[1].at("weight"), 0);
    const ApiAnswer triaged = second.request("POST", "/api/triage", cloningTicket, admin);
    QCOMPARE(triaged.body.at("emergency_category"), "data_breach");
}

QTEST_GUILESS_MAIN(TestTriagePhrasesApi)
#include "TestTriagePhrasesApi.moc"
