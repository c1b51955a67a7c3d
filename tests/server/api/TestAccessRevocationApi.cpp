// SPDX-License-Identifier: MIT
#include <QtTest>
#include <chrono>
#include <map>
#include <memory>
#include <string>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "auth/AccessRevocations.h"

using hss::Role;
using hss::User;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

const std::string password = "correct horse battery staple";
const std::string newPassword = "another long passphrase 7";

ApiAnswer loginWith(ApiTestServer& api, const std::string& username, const std::string& secret)
{
    return api.request("POST", "/api/auth/login", {{"username", username}, {"password", secret}});
}

} // namespace

/// Access tokens end at once, not at their expiry, when an account is disabled, its roles change or its password is
/// replaced (by an admin or by the user), over real HTTPS on SQLite and PostgreSQL; a disabled account's token gets
/// the answer that makes a console lock and forget its key. Another server process on the same database learns the
/// revocation from the database.
class TestAccessRevocationApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void disablingEndsTheAccountsTokensAtOnce_data() { backends(); }
    void disablingEndsTheAccountsTokensAtOnce();
    void roleChangeEndsTheOldTokens_data() { backends(); }
    void roleChangeEndsTheOldTokens();
    void replacedPasswordsEndTheOldTokens_data() { backends(); }
    void replacedPasswordsEndTheOldTokens();
    void anotherServerProcessLearnsTheRevocation_data() { backends(); }
    void anotherServerProcessLearnsTheRevocation();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    std::string freshName(const std::string& stem) { return stem + std::to_string(++m_counter); }
    /// Signs in \a user, then lets a second pass, so the admin's change comes after the token was issued.
    std::string signedIn(ApiTestServer& api, const User& user)
    {
        const ApiAnswer login = loginWith(api, user.username, password);
        api.clock().advanceMs(1000);
        return login.body.value("access_token", std::string());
    }
    ApiAnswer adminChange(ApiTestServer& api, const QString& backend, const User& user, const json& change)
    {
        return api.request("PUT", "/api/admin/users/" + user.id.toString(), change, m_adminToken[backend]);
    }

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::string> m_adminToken;
    int m_counter = 0;
};

void TestAccessRevocationApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_access_revocation"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_access_revocation").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        ApiTestServer& api = server(backend);
        m_adminToken[backend] = api.tokenFor(api.createUser("ada.admin", {Role::Admin}, {}));
    }
}

void TestAccessRevocationApi::disablingEndsTheAccountsTokensAtOnce()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const User user = api.createUser(freshName("dora"), {Role::Agent}, {"tier1"}, password);
    const User colleague = api.createUser(freshName("carl"), {Role::Agent}, {"tier1"}, password);
    const std::string token = signedIn(api, user);
    const std::string colleagueToken = signedIn(api, colleague);
    QCOMPARE(api.request("GET", "/api/tickets", nullptr, token).status, 200);

    QCOMPARE(adminChange(api, backend, user, {{"active", false}}).status, 200);
    // The token has most of its 15 minutes left, and was accepted (and remembered) a moment ago.
    for (const std::string path : {"/api/tickets", "/api/kb/articles", "/api/sync/pull", "/api/auth/profile"}) {
        const ApiAnswer refused = api.request("GET", path, nullptr, token);
        QVERIFY2(refused.status == 403, (path + ": " + refused.rawBody).c_str());
        QCOMPARE(refused.body.at("error"), "account_disabled");
    }
    QCOMPARE(api.request("GET", "/api/tickets", nullptr, colleagueToken).status, 200);

    // Enabled again, the old token stays ended: only a new sign-in opens a session.
    QCOMPARE(adminChange(api, backend, user, {{"active", true}}).status, 200);
    const ApiAnswer stale = api.request("GET", "/api/tickets", nullptr, token);
    QCOMPARE(stale.status, 401);
    QCOMPARE(stale.body.at("error"), "unauthorized");
    const ApiAnswer again = loginWith(api, user.username, password);
    QCOMPARE(again.status, 200);
    QCOMPARE(api.request("GET", "/api/tickets", nullptr, again.body.at("access_token")).status, 200);
}

void TestAccessRevocationApi::roleChangeEndsTheOldTokens()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const User user = api.createUser(freshName("otto"), {Role::Agent, Role::Supervisor}, {"tier1"}, password);
    const std::string token = signedIn(api, user);
    QCOMPARE(api.request("GET", "/api/tickets", nullptr, token).status, 200);

    QCOMPARE(adminChange(api, backend, user, {{"roles", {"agent"}}}).status, 200);
    QCOMPARE(api.request("GET", "/api/tickets", nullptr, token).status, 401);
    const ApiAnswer again = loginWith(api, user.username, password);
    QCOMPARE(again.body.at("user").at("roles"), json::array({"agent"}));
    QCOMPARE(api.request("GET", "/api/tickets", nullptr, again.body.at("access_token")).status, 200);

    // A change of name or teams ends nothing.
    const std::string current = again.body.at("access_token");
    api.clock().advanceMs(1000);
    QCOMPARE(adminChange(api, backend, user, {{"display_name", "Otto O."}, {"teams", {"tier2"}}}).status, 200);
    QCOMPARE(api.request("GET", "/api/tickets", nullptr, current).status, 200);
}

void TestAccessRevocationApi::replacedPasswordsEndTheOldTokens()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const User user = api.createUser(freshName("rita"), {Role::Agent}, {"tier1"}, password);
    const std::string first = signedIn(api, user);
    const std::string second = signedIn(api, user);

    // The user's own change: every other session ends, the one the answer opens goes on.
    const ApiAnswer changed =
        api.request("PUT", "/api/auth/profile", {{"current_password", password}, {"new_password", newPassword}}, first);
    QCOMPARE(changed.status, 200);
    const std::string fresh = changed.body.at("session").at("access_token");
    QCOMPARE(api.request("GET", "/api/tickets", nullptr, first).status, 401);
    QCOMPARE(api.request("GET", "/api/tickets", nullptr, second).status, 401);
    QCOMPARE(api.request("GET", "/api/tickets", nullptr, fresh).status, 200);

    // An admin's reset ends that one too.
    api.clock().advanceMs(1000);
    QCOMPARE(api.request("POST", "/api/admin/users/" + user.id.toString() + "/password",
                         {{"new_password", "temporary passphrase 42"}}, m_adminToken[backend])
                 .status,
             204);
    const ApiAnswer refused = api.request("GET", "/api/auth/profile", nullptr, fresh);
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.rawBody.find(fresh) == std::string::npos);
}

void TestAccessRevocationApi::anotherServerProcessLearnsTheRevocation()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    hss::server::ServerServices& services = api.services();
    // What a second process on the same database knows: only the stored moments (no refresh pause, for the test).
    const hss::server::AccessRevocations other(services.database, api.clock(), std::chrono::minutes(15),
                                               std::chrono::milliseconds(0));
    const User user = api.createUser(freshName("ines"), {Role::Agent}, {"tier1"}, password);
    const User colleague = api.createUser(freshName("ivo"), {Role::Agent}, {"tier1"}, password);
    hss::server::Principal issuedBefore;
    issuedBefore.userId = user.id.toString();
    issuedBefore.issuedAtMs = api.clock().nowMs();
    hss::server::Principal colleagues = issuedBefore;
    colleagues.userId = colleague.id.toString();
    QVERIFY(!other.isRevoked(issuedBefore));

    api.clock().advanceMs(1000);
    QCOMPARE(adminChange(api, backend, user, {{"roles", {"medical_agent"}}}).status, 200);
    QVERIFY(other.isRevoked(issuedBefore));
    QVERIFY(!other.isRevoked(colleagues));
    hss::server::Principal issuedAfter = issuedBefore;
    issuedAfter.issuedAtMs = api.clock().nowMs();
    QVERIFY(!other.isRevoked(issuedAfter));
    QVERIFY(other.isActive(user.id.toString()));

    // Revocations older than any token's lifetime are forgotten.
    api.clock().advanceMs(16 * 60 * 1000);
    QVERIFY(!other.isRevoked(issuedBefore));
}

QTEST_GUILESS_MAIN(TestAccessRevocationApi)
#include "TestAccessRevocationApi.moc"
