// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <memory>
#include <string>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "storage/UserRepository.h"

using hss::Role;
using hss::User;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

const std::string oldPassword = "correct horse battery staple";
const std::string temporaryPassword = "temporary passphrase 42";
const std::string ownPassword = "my very own passphrase";

ApiAnswer loginWith(ApiTestServer& api, const std::string& username, const std::string& password)
{
    return api.request("POST", "/api/auth/login", {{"username", username}, {"password", password}});
}

} // namespace

/// The forced password change after an admin's reset, over real HTTPS on SQLite and PostgreSQL: the login with the
/// temporary password succeeds but says password_change_required, and its token opens only the own profile, logout
/// and refresh (every other route, sync included, answers 403 password_change_required) until the user changes the
/// password with the current one; the change answers with a new, unrestricted login.
class TestPasswordChangeRequiredApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resetUserMustChangeThePasswordFirst_data() { backends(); }
    void resetUserMustChangeThePasswordFirst();
    void ownChangeWithoutResetNeedsNothingMore_data() { backends(); }
    void ownChangeWithoutResetNeedsNothingMore();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    std::string freshName(const std::string& stem) { return stem + std::to_string(++m_counter); }

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::string> m_adminToken;
    int m_counter = 0;
};

void TestPasswordChangeRequiredApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_password_change"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_password_change").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        ApiTestServer& api = server(backend);
        m_adminToken[backend] = api.tokenFor(api.createUser("ada.admin", {Role::Admin}, {}));
    }
}

void TestPasswordChangeRequiredApi::resetUserMustChangeThePasswordFirst()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const User user = api.createUser(freshName("amir"), {Role::Agent}, {"tier1"}, oldPassword);
    const ApiAnswer before = loginWith(api, user.username, oldPassword);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.body.at("password_change_required"), false);
    QCOMPARE(api.request("POST", "/api/admin/users/" + user.id.toString() + "/password",
                         {{"new_password", temporaryPassword}}, m_adminToken[backend])
                 .status,
             204);

    const ApiAnswer login = loginWith(api, user.username, temporaryPassword);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.body.at("password_change_required"), true);
    const std::string token = login.body.at("access_token");

    // Everything but the own profile, logout and refresh is closed, with one recognisable answer.
    const json emptyPush {{"device_id", "console-x"}, {"mutations", json::array()}};
    for (const auto& [method, path] :
         std::vector<std::pair<std::string, std::string>> {{"GET", "/api/tickets"},
                                                           {"GET", "/api/sync/pull"},
                                                           {"POST", "/api/sync/push"},
                                                           {"GET", "/api/users/directory"},
                                                           {"GET", "/api/kb/articles"},
                                                           {"GET", "/api/training/courses"}}) {
        const ApiAnswer closed = api.request(method, path, method == "POST" ? emptyPush : json(nullptr), token);
        QVERIFY2(closed.status == 403, (method + " " + path + ": " + closed.rawBody).c_str());
        QCOMPARE(closed.body.at("error"), "password_change_required");
    }
    QCOMPARE(api.request("GET", "/api/auth/profile", nullptr, token).status, 200);
    const ApiAnswer refreshed =
        api.request("POST", "/api/auth/refresh", {{"refresh_token", login.body.at("refresh_token")}});
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.body.at("password_change_required"), true);
    const std::string refreshedToken = refreshed.body.at("access_token");
    QCOMPARE(api.request("GET", "/api/tickets", nullptr, refreshedToken).body.at("error"), "password_change_required");

    // A wrong current password or a weak new one changes nothing.
    const ApiAnswer wrong = api.request("PUT", "/api/auth/profile",
                                        {{"current_password", "not it at all"}, {"new_password", ownPassword}}, token);
    QCOMPARE(wrong.status, 422);
    QCOMPARE(wrong.body.at("field"), "current_password");
    const ApiAnswer weak = api.request("PUT", "/api/auth/profile",
                                       {{"current_password", temporaryPassword}, {"new_password", "short"}}, token);
    QCOMPARE(weak.status, 422);
    QCOMPARE(weak.body.at("field"), "new_password");
    QCOMPARE(loginWith(api, user.username, temporaryPassword).body.at("password_change_required"), true);

    const ApiAnswer changed =
        api.request("PUT", "/api/auth/profile",
                    {{"current_password", temporaryPassword}, {"new_password", ownPassword}}, refreshedToken);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.body.at("username"), user.username);
    const json& session = changed.body.at("session");
    QCOMPARE(session.at("password_change_required"), false);
    const std::string fresh = session.at("access_token");
    QCOMPARE(api.request("GET", "/api/tickets", nullptr, fresh).status, 200);
    QCOMPARE(api.request("GET", "/api/sync/pull", nullptr, fresh).status, 200);
    QCOMPARE(api.request("POST", "/api/auth/refresh", {{"refresh_token", session.at("refresh_token")}}).status, 200);

    const ApiAnswer next = loginWith(api, user.username, ownPassword);
    QCOMPARE(next.status, 200);
    QCOMPARE(next.body.at("password_change_required"), false);
    hss::server::ServerServices& services = api.services();
    auto stored = hss::server::UserRepository(services.database, services.cipher).findById(user.id.toString());
    QVERIFY(stored && !stored.value().mustChangePassword);
}

void TestPasswordChangeRequiredApi::ownChangeWithoutResetNeedsNothingMore()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const User user = api.createUser(freshName("bea"), {Role::Agent}, {"tier1"}, oldPassword);
    const ApiAnswer login = loginWith(api, user.username, oldPassword);
    const std::string token = login.body.at("access_token");
    const ApiAnswer changed = api.request("PUT", "/api/auth/profile",
                                          {{"current_password", oldPassword}, {"new_password", ownPassword}}, token);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.body.at("session").at("password_change_required"), false);
    // The old login ended with the change; the answer's login goes on.
    QCOMPARE(api.request("POST", "/api/auth/refresh", {{"refresh_token", login.body.at("refresh_token")}}).status, 401);
    QCOMPARE(
        api.request("POST", "/api/auth/refresh", {{"refresh_token", changed.body.at("session").at("refresh_token")}})
            .status,
        200);
    // A profile change without a new password opens no login.
    const ApiAnswer renamed = api.request("PUT", "/api/auth/profile", {{"display_name", "Bea B."}}, token);
    QCOMPARE(renamed.status, 200);
    QVERIFY(!renamed.body.contains("session"));
}

QTEST_GUILESS_MAIN(TestPasswordChangeRequiredApi)
#include "TestPasswordChangeRequiredApi.moc"
