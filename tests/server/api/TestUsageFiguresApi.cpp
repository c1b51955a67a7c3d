// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "hss/UsageReport.h"
#include "hss/sync/PullPage.h"
#include "storage/AuditLogRepository.h"

using hss::Role;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

json figures(const std::string& start, const std::string& end, int active, int licensed)
{
    return {{"period_start", start},
            {"period_end", end},
            {"active_professionals", active},
            {"licensed_professionals", licensed}};
}

} // namespace

/// Usage figures for clinical adoption over real HTTPS on SQLite and PostgreSQL: POST /api/usage-figures for admins
/// (integrations), validation naming the field with nothing stored, a resend for the same site and period replacing
/// the figures, GET /api/usage-figures?from&to for supervisors, admins and medical agents, and the sync feed
/// delivering entity usage_figures to those roles only.
class TestUsageFiguresApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyAdminsRecordAndOnlyClinicalLeadsRead_data() { backends(); }
    void onlyAdminsRecordAndOnlyClinicalLeadsRead();
    void badFiguresAreRefusedNamingTheField_data();
    void badFiguresAreRefusedNamingTheField();
    void recordedFiguresAreListedByPeriodAndResendReplaces_data() { backends(); }
    void recordedFiguresAreListedByPeriodAndResendReplaces();
    void pullDeliversFiguresToAllowedRolesOnly_data() { backends(); }
    void pullDeliversFiguresToAllowedRolesOnly();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    /// Every usage_figures change the feed gives \a token from the start, by id.
    std::map<std::string, json> pulledUsage(ApiTestServer& api, const std::string& token);
    /// Every stored report, as the admin's GET lists it.
    json listed(const QString& backend, const std::string& query = {});

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::map<std::string, std::string>> m_token; // backend -> role name -> token
};

void TestUsageFiguresApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_usage_figures"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_usage_figures").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        ApiTestServer& api = server(backend);
        auto& tokens = m_token[backend];
        tokens["admin"] = api.tokenFor(api.createUser("ada", {Role::Admin}, {}));
        tokens["supervisor"] = api.tokenFor(api.createUser("sue", {Role::Supervisor}, {"clinical"}));
        tokens["medical"] = api.tokenFor(api.createUser("meg", {Role::MedicalAgent}, {"clinical"}));
        tokens["agent"] = api.tokenFor(api.createUser("ann", {Role::Agent}, {"tier1"}));
        tokens["compliance"] = api.tokenFor(api.createUser("cora", {Role::ComplianceOfficer}, {}));
        tokens["learner"] = api.tokenFor(api.createUser("leo", {Role::Learner}, {}));
    }
}

json TestUsageFiguresApi::listed(const QString& backend, const std::string& query)
{
    const ApiAnswer answer =
        server(backend).request("GET", "/api/usage-figures" + query, nullptr, m_token[backend]["admin"]);
    return answer.status == 200 ? answer.body.at("items") : json();
}

std::map<std::string, json> TestUsageFiguresApi::pulledUsage(ApiTestServer& api, const std::string& token)
{
    std::map<std::string, json> found;
    std::string cursor;
    for (int page = 0; page < 1000; ++page) {
        const ApiAnswer answer = api.request("GET", "/api/sync/pull?limit=500&cursor=" + cursor, nullptr, token);
        auto decoded = hss::sync::pullPageFromJson(answer.body);
        if (answer.status != 200 || !decoded) {
            qWarning("bad pull answer %d: %s", answer.status, answer.rawBody.c_str());
            return {};
        }
        for (const json& change : answer.body.at("changes")) {
            if (change.at("entity") == "usage_figures") {
                found[change.at("id").get<std::string>()] = change;
            }
        }
        cursor = decoded.value().cursor;
        if (!decoded.value().hasMore) {
            break;
        }
    }
    return found;
}

void TestUsageFiguresApi::onlyAdminsRecordAndOnlyClinicalLeadsRead()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    auto& tokens = m_token[backend];
    const json body = figures("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", 10, 20);
    QCOMPARE(api.request("POST", "/api/usage-figures", body).status, 401);
    QCOMPARE(api.request("GET", "/api/usage-figures").status, 401);
    for (const char* role : {"supervisor", "medical", "agent", "compliance", "learner"}) {
        QVERIFY2(api.request("POST", "/api/usage-figures", body, tokens[role]).status == 403, role);
    }
    QVERIFY(listed(backend).empty());
    for (const char* role : {"agent", "compliance", "learner"}) {
        QVERIFY2(api.request("GET", "/api/usage-figures", nullptr, tokens[role]).status == 403, role);
    }
    for (const char* role : {"admin", "supervisor", "medical"}) {
        QVERIFY2(api.request("GET", "/api/usage-figures", nullptr, tokens[role]).status == 200, role);
    }
}

void TestUsageFiguresApi::badFiguresAreRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<json>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const json good = figures("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 5, 8);
    const auto with = [&](const std::string& key, const json& value) {
        json changed = good;
        if (value.is_discarded()) {
            changed.erase(key);
        } else {
            changed[key] = value;
        }
        return changed;
    };
    const json absent(json::value_t::discarded);
    for (const QString backend : {"sqlite", "postgresql"}) {
        const auto row = [&](const char* name, const json& body, int status, const char* field) {
            QTest::addRow("%s, %s", qPrintable(backend), name) << backend << body << status << QString(field);
        };
        row("end before start", with("period_end", "2026-02-01T00:00:00Z"), 422, "period_end");
        row("empty period", with("period_end", "2026-03-01T00:00:00Z"), 422, "period_end");
        row("start not a time", with("period_start", "March"), 422, "period_start");
        row("no start", with("period_start", absent), 422, "period_start");
        row("no end", with("period_end", absent), 422, "period_end");
        row("negative active", with("active_professionals", -1), 422, "active_professionals");
        row("negative licensed", with("licensed_professionals", -4), 422, "licensed_professionals");
        row("licensed as text", with("licensed_professionals", "8"), 422, "licensed_professionals");
        row("no active", with("active_professionals", absent), 422, "active_professionals");
        row("site on two lines", with("site", "North\nclinic"), 422, "site");
        row("note too long", with("note", std::string(2001, 'n')), 422, "note");
        row("unknown field", with("adoption_rate", 0.5), 422, "adoption_rate");
        row("client sets the id", with("id", hss::Uuid::createV7().toString()), 422, "id");
        row("not an object", json::array({good}), 400, "");
    }
}

void TestUsageFiguresApi::badFiguresAreRefusedNamingTheField()
{
    QFETCH(QString, backend);
    QFETCH(json, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    ApiTestServer& api = server(backend);
    const json before = listed(backend);
    const ApiAnswer answer = api.request("POST", "/api/usage-figures", body, m_token[backend]["admin"]);
    QCOMPARE(answer.status, status);
    if (!field.isEmpty()) {
        QVERIFY2(QString::fromStdString(answer.rawBody).contains(field), answer.rawBody.c_str());
    }
    QCOMPARE(listed(backend), before); // nothing stored, nothing lost
}

void TestUsageFiguresApi::recordedFiguresAreListedByPeriodAndResendReplaces()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string admin = m_token[backend]["admin"];
    json may = figures("2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z", 120, 200);
    may["site"] = "North clinic";
    may["note"] = "monthly export";
    const ApiAnswer created = api.request("POST", "/api/usage-figures", may, admin);
    QCOMPARE(created.status, 201);
    auto stored = hss::usageReportFromJson(created.body);
    QVERIFY2(stored.ok(), created.rawBody.c_str());
    QCOMPARE(stored.value().figures.activeProfessionals, std::int64_t {120});
    QCOMPARE(stored.value().figures.licensedProfessionals, std::int64_t {200});
    QCOMPARE(QString::fromStdString(stored.value().site), QStringLiteral("North clinic"));
    QCOMPARE(stored.value().recordedAt, api.clock().nowMs());
    const ApiAnswer june = api.request("POST", "/api/usage-figures",
                                       figures("2026-06-01T00:00:00Z", "2026-07-01T00:00:00Z", 150, 200), admin);
    QCOMPARE(june.status, 201);

    // Overlap with [from, to): May alone, June alone, both.
    const auto ids = [&](const std::string& query) {
        std::vector<std::string> found;
        for (const json& item : listed(backend, query)) {
            if (item.at("id") == created.body.at("id") || item.at("id") == june.body.at("id")) {
                found.push_back(item.at("id").get<std::string>());
            }
        }
        return found;
    };
    const std::string mayId = created.body.at("id").get<std::string>();
    const std::string juneId = june.body.at("id").get<std::string>();
    QCOMPARE(ids("?from=2026-05-10T00:00:00Z&to=2026-06-01T00:00:00Z"), std::vector<std::string> {mayId});
    QCOMPARE(ids("?from=2026-06-01T00:00:00Z&to=2026-06-02T00:00:00Z"), std::vector<std::string> {juneId});
    QCOMPARE(ids("?from=2026-01-01T00:00:00Z"), (std::vector<std::string> {mayId, juneId}));
    QCOMPARE(api.request("GET", "/api/usage-figures?from=2026-07-01T00:00:00Z&to=2026-06-01T00:00:00Z", nullptr, admin)
                 .status,
             400);
    QCOMPARE(api.request("GET", "/api/usage-figures?from=yesterday", nullptr, admin).status, 400);

    // The integration corrects May for the same site: the same entry, new figures.
    may["active_professionals"] = 130;
    const ApiAnswer corrected = api.request("POST", "/api/usage-figures", may, admin);
    QCOMPARE(corrected.status, 200);
    QCOMPARE(corrected.body.at("id"), created.body.at("id"));
    const json mayNow = listed(backend, "?from=2026-05-01T00:00:00Z&to=2026-05-02T00:00:00Z");
    int seen = 0;
    for (const json& item : mayNow) {
        if (item.at("id") == created.body.at("id")) {
            QCOMPARE(item.at("active_professionals"), 130);
            ++seen;
        }
    }
    QCOMPARE(seen, 1);

    int audited = 0;
    for (const auto& record : hss::server::AuditLogRepository(api.services().database).list(0, 100000)) {
        if (record.entry.objectId == mayId) {
            const bool recorded =
                record.entry.action == "usage_figures.create" || record.entry.action == "usage_figures.replace";
            audited += recorded ? 1 : 0;
        }
    }
    QCOMPARE(audited, 2);
}

void TestUsageFiguresApi::pullDeliversFiguresToAllowedRolesOnly()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    auto& tokens = m_token[backend];
    json body = figures("2026-08-01T00:00:00Z", "2026-09-01T00:00:00Z", 33, 44);
    body["site"] = "Pull test";
    const ApiAnswer created = api.request("POST", "/api/usage-figures", body, tokens["admin"]);
    QCOMPARE(created.status, 201);
    const std::string id = created.body.at("id").get<std::string>();

    for (const char* role : {"admin", "supervisor", "medical"}) {
        const auto pulled = pulledUsage(api, tokens[role]);
        const auto found = pulled.find(id);
        QVERIFY2(found != pulled.end(), role);
        auto decoded = hss::usageReportFromJson(found->second.at("data"));
        QVERIFY2(decoded.ok(), found->second.dump().c_str());
        QCOMPARE(decoded.value().figures.activeProfessionals, std::int64_t {33});
        QCOMPARE(decoded.value().figures.licensedProfessionals, std::int64_t {44});
        QCOMPARE(found->second.at("revision"), 1);
    }
    for (const char* role : {"agent", "compliance", "learner"}) {
        QVERIFY2(pulledUsage(api, tokens[role]).empty(), role);
    }

    // A correction reaches consoles as the next revision of the same entity.
    body["active_professionals"] = 35;
    QCOMPARE(api.request("POST", "/api/usage-figures", body, tokens["admin"]).status, 200);
    const auto again = pulledUsage(api, tokens["medical"]);
    QVERIFY(again.contains(id));
    QCOMPARE(again.at(id).at("revision"), 2);
    QCOMPARE(again.at(id).at("data").at("active_professionals"), 35);
}

QTEST_GUILESS_MAIN(TestUsageFiguresApi)
#include "TestUsageFiguresApi.moc"
