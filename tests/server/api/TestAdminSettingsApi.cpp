// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <memory>
#include <string>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "config/ServerConfig.h"
#include "storage/AuditLogRepository.h"
#include "storage/Database.h"
#include "storage/OrganisationSettingsRepository.h"

using hss::Role;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

json validBody(std::int64_t revision)
{
    return {{"revision", revision},
            {"idle_lock_minutes", 5},
            {"retention",
             {{"closed_tickets_days", 3650},
              {"audit_log_days", 2555},
              {"health_history_days", 30},
              {"notification_log_days", 60},
              {"sync_feed_days", 365}}}};
}

} // namespace

/// The organisation settings over HTTPS on SQLite and PostgreSQL: the defaults, who may read what (every user the
/// idle-lock time, admins the retention periods), who may change them, 400 naming each bad field with nothing
/// changed, 409 for a stale revision, the audit record with the values before and after, and the stored values in
/// a newly opened database (a restart).
class TestAdminSettingsApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultsAndWhoReadsWhat_data() { backends(); }
    void defaultsAndWhoReadsWhat();
    void onlyAdminsChange_data() { backends(); }
    void onlyAdminsChange();
    void badValueIsRefusedNamingTheField_data();
    void badValueIsRefusedNamingTheField();
    void changeIsStoredAndAudited_data() { backends(); }
    void changeIsStoredAndAudited();
    void staleRevisionIsRefused_data() { backends(); }
    void staleRevisionIsRefused();
    void storedSettingsSurviveARestart_data() { backends(); }
    void storedSettingsSurviveARestart();

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
        const ApiAnswer got = server(backend).request("GET", "/api/admin/settings", nullptr, m_adminToken[backend]);
        return got.status == 200 ? got.body : json();
    }

    hss::test::PostgresCluster m_cluster;
    std::string m_postgresUrl;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::string> m_adminToken;
    std::map<QString, std::string> m_agentToken;
};

void TestAdminSettingsApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_admin_settings"), qPrintable(m_cluster.error()));
    m_postgresUrl = m_cluster.url("api_admin_settings").toStdString();
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_postgresUrl);
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        m_adminToken[backend] = server(backend).tokenFor(server(backend).createUser("ada", {Role::Admin}, {}));
        m_agentToken[backend] = server(backend).tokenFor(server(backend).createUser("ann", {Role::Agent}, {"tier1"}));
    }
}

void TestAdminSettingsApi::defaultsAndWhoReadsWhat()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    QCOMPARE(api.request("GET", "/api/admin/settings").status, 401);

    // Every signed-in user reads the idle-lock time (the console applies it), and nothing else.
    const ApiAnswer agent = api.request("GET", "/api/admin/settings", nullptr, m_agentToken[backend]);
    QCOMPARE(agent.status, 200);
    QCOMPARE(agent.body, json({{"revision", 0}, {"idle_lock_minutes", 15}}));

    const json admin = current(backend);
    QCOMPARE(admin.at("revision").get<int>(), 0);
    QCOMPARE(admin.at("idle_lock_minutes").get<int>(), 15);
    const json& retention = admin.at("retention");
    QCOMPARE(retention.at("closed_tickets_days").get<int>(), 0); // keep forever
    QCOMPARE(retention.at("audit_log_days").get<int>(), 2190); // six years
    QCOMPARE(retention.at("health_history_days").get<int>(), 30);
    QCOMPARE(retention.at("notification_log_days").get<int>(), 90);
    QCOMPARE(retention.at("sync_feed_days").get<int>(), 180);
    QVERIFY(admin.at("updated_at").is_null());
    QCOMPARE(admin.at("limits").at("idle_lock_minutes"), json({{"min", 1}, {"max", 240}, {"default", 15}}));
    QCOMPARE(admin.at("limits").at("retention").at("audit_log_days").at("min").get<int>(), 2190);
}

void TestAdminSettingsApi::onlyAdminsChange()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const json before = current(backend);
    QCOMPARE(api.request("PUT", "/api/admin/settings", validBody(before.at("revision"))).status, 401);
    QCOMPARE(api.request("PUT", "/api/admin/settings", validBody(before.at("revision")), m_agentToken[backend]).status,
             403);
    QCOMPARE(current(backend), before);
}

void TestAdminSettingsApi::badValueIsRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value"); // JSON text; "-" removes the field
    const std::vector<std::pair<QString, QString>> cases {
        {"revision", "-"},
        {"revision", "-1"},
        {"idle_lock_minutes", "0"},
        {"idle_lock_minutes", "241"},
        {"idle_lock_minutes", "\"15\""},
        {"idle_lock_minutes", "-"},
        {"retention", "-"},
        {"retention.closed_tickets_days", "29"},
        {"retention.closed_tickets_days", "-1"},
        {"retention.audit_log_days", "2189"},
        {"retention.audit_log_days", "0"},
        {"retention.health_history_days", "0"},
        {"retention.notification_log_days", "3651"},
        {"retention.sync_feed_days", "29"},
        {"retention.sync_feed_days", "1.5"},
        {"retention.sync_feed_days", "-"},
    };
    for (const QString backend : {"sqlite", "postgresql"}) {
        for (const auto& [field, value] : cases) {
            QTest::newRow(qPrintable(backend + "/" + field + "=" + value)) << backend << field << value;
        }
    }
}

void TestAdminSettingsApi::badValueIsRefusedNamingTheField()
{
    QFETCH(QString, backend);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const json before = current(backend);
    json body = validBody(before.at("revision"));
    json* parent = &body;
    std::string name = field.toStdString();
    if (field.startsWith("retention.")) {
        parent = &body.at("retention");
        name = field.mid(10).toStdString();
    }
    if (value == "-") {
        parent->erase(name);
    } else {
        (*parent)[name] = json::parse(value.toStdString());
    }
    const ApiAnswer answer = server(backend).request("PUT", "/api/admin/settings", body, m_adminToken[backend]);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body.at("error").get<std::string>(), std::string("invalid_settings"));
    const QString message = QString::fromStdString(answer.body.at("message").get<std::string>());
    QVERIFY2(message.startsWith(field + ":"), qPrintable(message));
    QCOMPARE(current(backend), before);
}

void TestAdminSettingsApi::changeIsStoredAndAudited()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const json before = current(backend);
    const std::int64_t revision = before.at("revision").get<std::int64_t>();
    const int savesBefore = api.settingsSaves();
    const ApiAnswer put = api.request("PUT", "/api/admin/settings", validBody(revision), m_adminToken[backend]);
    QCOMPARE(put.status, 200);
    // The retention job is woken, so a shortened period applies now rather than within the hour.
    QCOMPARE(api.settingsSaves(), savesBefore + 1);
    QCOMPARE(put.body.at("revision").get<std::int64_t>(), revision + 1);
    QCOMPARE(put.body, current(backend));
    QCOMPARE(put.body.at("idle_lock_minutes").get<int>(), 5);
    QCOMPARE(put.body.at("retention"), validBody(0).at("retention"));
    QVERIFY(put.body.at("updated_at").is_string());
    QVERIFY(put.body.at("updated_by").is_string());
    // Everyone's console now locks after five minutes.
    const ApiAnswer agent = api.request("GET", "/api/admin/settings", nullptr, m_agentToken[backend]);
    QCOMPARE(agent.body, json({{"revision", revision + 1}, {"idle_lock_minutes", 5}}));

    // Audited with the values before and after.
    std::optional<hss::server::AuditRecord> change;
    for (const auto& record : hss::server::AuditLogRepository(api.services().database).list(0, 100000)) {
        if (record.entry.action == "settings.update") {
            change = record;
        }
    }
    QVERIFY(change.has_value());
    QCOMPARE(change->entry.outcome, std::string("success"));
    QCOMPARE(change->entry.actorName, std::string("ada"));
    const json detail = json::parse(change->entry.detail);
    QCOMPARE(detail.at("before").at("idle_lock_minutes"), before.at("idle_lock_minutes"));
    QCOMPARE(detail.at("before").at("retention"), before.at("retention"));
    QCOMPARE(detail.at("after").at("idle_lock_minutes").get<int>(), 5);
    QCOMPARE(detail.at("after").at("retention"), validBody(0).at("retention"));
}

void TestAdminSettingsApi::staleRevisionIsRefused()
{
    QFETCH(QString, backend);
    const json before = current(backend);
    QVERIFY(before.at("revision").get<int>() >= 1);
    json body = validBody(before.at("revision").get<std::int64_t>() - 1);
    body["idle_lock_minutes"] = 60;
    const int savesBefore = server(backend).settingsSaves();
    const ApiAnswer stale = server(backend).request("PUT", "/api/admin/settings", body, m_adminToken[backend]);
    QCOMPARE(stale.status, 409);
    QCOMPARE(server(backend).settingsSaves(), savesBefore);
    QCOMPARE(current(backend), before);
}

void TestAdminSettingsApi::storedSettingsSurviveARestart()
{
    QFETCH(QString, backend);
    const json stored = current(backend);
    QVERIFY(stored.at("revision").get<int>() >= 1);
    // What a restarted server reads: a new database connection pool on the same data.
    ApiTestServer& api = server(backend);
    hss::server::Database reopened(backend == "sqlite" ? std::string() : m_postgresUrl,
                                   api.services().config.string("data.dir"), 1, 2);
    Poco::Data::Session session = reopened.session();
    const auto settings = hss::server::OrganisationSettingsRepository(reopened).load(session);
    QCOMPARE(settings.revision, stored.at("revision").get<std::int64_t>());
    QCOMPARE(settings.toJson(true), stored);
}

QTEST_MAIN(TestAdminSettingsApi)
#include "TestAdminSettingsApi.moc"
