// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "auth/PasswordHasher.h"
#include "hss/Timestamp.h"
#include "storage/UserRepository.h"

using hss::Role;
using hss::User;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

const std::string oldPassword = "correct horse battery staple";
const std::string newPassword = "a freshly chosen passphrase";

ApiAnswer loginWith(ApiTestServer& api, const std::string& username, const std::string& password)
{
    return api.request("POST", "/api/auth/login", {{"username", username}, {"password", password}});
}

/// Whether \a password is the one stored for \a user (admins cannot log in without TOTP here).
bool storedPasswordIs(ApiTestServer& api, const User& user, const std::string& password)
{
    hss::server::ServerServices& services = api.services();
    auto found = hss::server::UserRepository(services.database, services.cipher).findById(user.id.toString());
    return found && services.passwords.verify(password, found.value().passwordHash);
}

std::string passwordPath(const User& user)
{
    return "/api/admin/users/" + user.id.toString() + "/password";
}

} // namespace

/// POST /api/admin/users/{id}/password over real HTTPS on SQLite and PostgreSQL: an admin replaces a forgotten
/// password under the policy of a user's own change, every login of the user ends, the reset is audited without the
/// password, and everything else (other roles, unknown users, the admin's own account, weak passwords) is refused
/// with the stored password unchanged.
class TestAdminPasswordResetApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resetReplacesThePasswordAndEndsEveryLogin_data() { backends(); }
    void resetReplacesThePasswordAndEndsEveryLogin();
    void refusalsLeaveThePasswordAlone_data() { backends(); }
    void refusalsLeaveThePasswordAlone();

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
    std::map<QString, User> m_admin;
    std::map<QString, std::map<std::string, std::string>> m_token; // backend -> role name -> token
    int m_counter = 0;
};

void TestAdminPasswordResetApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_password_reset"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_password_reset").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        ApiTestServer& api = server(backend);
        m_admin[backend] = api.createUser("ada.admin", {Role::Admin}, {});
        m_token[backend]["admin"] = api.tokenFor(m_admin[backend]);
        m_token[backend]["supervisor"] = api.tokenFor(api.createUser("sue", {Role::Supervisor}, {"tier1"}));
        m_token[backend]["compliance"] = api.tokenFor(api.createUser("cora", {Role::ComplianceOfficer}, {}));
    }
}

void TestAdminPasswordResetApi::resetReplacesThePasswordAndEndsEveryLogin()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const User user = api.createUser(freshName("amir"), {Role::Agent}, {"tier1"}, oldPassword);
    const ApiAnswer session = loginWith(api, user.username, oldPassword);
    QCOMPARE(session.status, 200);
    const std::int64_t since = api.clock().nowMs();

    const ApiAnswer reset =
        api.request("POST", passwordPath(user), {{"new_password", newPassword}}, m_token[backend]["admin"]);
    QCOMPARE(reset.status, 204);
    QVERIFY(reset.rawBody.empty());

    QCOMPARE(loginWith(api, user.username, oldPassword).status, 401);
    QCOMPARE(loginWith(api, user.username, newPassword).status, 200);
    // The login from before the reset cannot be renewed: whoever forgot (or stole) the password is signed out.
    const ApiAnswer renewed =
        api.request("POST", "/api/auth/refresh", {{"refresh_token", session.body.at("refresh_token")}});
    QCOMPARE(renewed.status, 401);

    const ApiAnswer audit = api.request("GET", "/api/admin/audit?limit=200&from=" + hss::formatTimestamp(since),
                                        nullptr, m_token[backend]["compliance"]);
    QCOMPARE(audit.status, 200);
    const json& records = audit.body.at("items");
    QVERIFY(std::any_of(records.begin(), records.end(), [&](const json& record) {
        return record.at("action") == "user.password_reset" && record.at("actor_id") == m_admin[backend].id.toString()
            && record.at("object_type") == "user" && record.at("object_id") == user.id.toString()
            && record.at("outcome") == "success";
    }));
    QVERIFY(audit.rawBody.find(newPassword) == std::string::npos);
}

void TestAdminPasswordResetApi::refusalsLeaveThePasswordAlone()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string& admin = m_token[backend]["admin"];
    const User user = api.createUser(freshName("bea"), {Role::Agent}, {"tier1"}, oldPassword);
    const std::string path = passwordPath(user);
    const json body {{"new_password", newPassword}};

    QCOMPARE(api.request("POST", path, body).status, 401);
    QCOMPARE(api.request("POST", path, body, m_token[backend]["supervisor"]).status, 403);
    QCOMPARE(api.request("POST", path, body, m_token[backend]["compliance"]).status, 403);

    for (const json& bad : {json {{"new_password", "short"}}, json {{"new_password", "            \t   "}},
                            json::object(), json {{"new_password", 12345678901234}}}) {
        const ApiAnswer refused = api.request("POST", path, bad, admin);
        QVERIFY2(refused.status == 422, bad.dump().c_str());
        QCOMPARE(refused.body.at("field"), "new_password");
    }
    const ApiAnswer extra = api.request("POST", path, {{"new_password", newPassword}, {"must_change", true}}, admin);
    QCOMPARE(extra.status, 422);
    QCOMPARE(extra.body.at("field"), "must_change");

    const std::string unknown = "/api/admin/users/0192f3a4-5b6c-7d8e-9f01-23456789abcd/password";
    QCOMPARE(api.request("POST", unknown, body, admin).status, 404);
    QCOMPARE(api.request("POST", "/api/admin/users/not-a-uuid/password", body, admin).status, 400);
    QCOMPARE(api.request("GET", path, nullptr, admin).status, 405);
    // The admin's own password changes only in the profile, with the current password.
    const ApiAnswer self = api.request("POST", passwordPath(m_admin[backend]), body, admin);
    QCOMPARE(self.status, 409);
    QCOMPARE(self.body.at("error"), "conflict");
    QVERIFY(storedPasswordIs(api, m_admin[backend], oldPassword));

    QCOMPARE(loginWith(api, user.username, oldPassword).status, 200);
    QCOMPARE(loginWith(api, user.username, newPassword).status, 401);
}

QTEST_GUILESS_MAIN(TestAdminPasswordResetApi)
#include "TestAdminPasswordResetApi.moc"
