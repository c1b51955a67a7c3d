// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <array>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/Data/Session.h>

#include "ApiTestServer.h"
#include "app/AdminCommands.h"
#include "app/ServerServices.h"
#include "auth/Totp.h"
#include "config/ServerConfig.h"
#include "hss/Timestamp.h"
#include "storage/UserRepository.h"

using hss::Role;
using hss::User;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

const std::string password = "correct horse battery staple";

ApiAnswer loginAs(ApiTestServer& server, const std::string& username, const std::string& totpCode = {})
{
    json body {{"username", username}, {"password", password}};
    if (!totpCode.empty()) {
        body["totp_code"] = totpCode;
    }
    return server.request("POST", "/api/auth/login", body);
}

/// Enrols a TOTP secret for \a user and logs in with it; returns the access token.
std::string loginWithTotp(ApiTestServer& server, const User& user)
{
    const std::string secret = hss::server::Totp::generateSecret();
    hss::server::UserRepository users(server.services().database, server.services().cipher);
    (void)users.setTotpSecret(user.id.toString(), secret, server.clock().nowMs());
    const ApiAnswer answer =
        loginAs(server, user.username, hss::server::Totp().generate(secret, server.clock().nowMs()));
    return answer.status == 200 ? answer.body.at("access_token").get<std::string>() : std::string();
}

ApiAnswer refreshWith(ApiTestServer& server, const json& refreshToken)
{
    return server.request("POST", "/api/auth/refresh", {{"refresh_token", refreshToken}});
}

json newUserBody(const std::string& username)
{
    return {{"username", username},
            {"display_name", "Bob Medic"},
            {"email", username + "@clinic.example"},
            {"roles", {"medical_agent"}},
            {"teams", {"clinical-support"}},
            {"password", "a long and unguessable passphrase"}};
}

/// The audit records the compliance officer sees, oldest first (up to 200 from \a fromMs on).
json auditRecords(ApiTestServer& server, const std::string& token, std::int64_t fromMs, const std::string& extra = {})
{
    const ApiAnswer answer = server.request(
        "GET", "/api/admin/audit?limit=200&from=" + hss::formatTimestamp(fromMs) + extra, nullptr, token);
    return answer.status == 200 ? answer.body.at("items") : json::array();
}

/// What `hss-server create-admin` answered.
struct CommandRun
{
    int code = 0;
    std::string out;
    std::string err;
};

/// Runs `hss-server create-admin` on the test server's configuration with \a input as stdin.
CommandRun createAdmin(ApiTestServer& server, const std::string& input)
{
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    const int code = hss::server::createAdmin(server.services().config, in, out, err);
    return {code, out.str(), err.str()};
}

bool hasRecord(const json& records, const std::string& action, const std::string& key, const std::string& value)
{
    return std::any_of(records.begin(), records.end(),
                       [&](const json& record) { return record.at("action") == action && record.at(key) == value; });
}

} // namespace

class TestAdminApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adminEndpointsRefuseOtherRoles_data();
    void adminEndpointsRefuseOtherRoles();
    void listsUsersInPages();
    void createsAUserWhoCanLogIn();
    void createRefusesBadInput_data();
    void createRefusesBadInput();
    void updatesAUserAndRevokesOnRoleChangeAndDisable();
    void updateRefusesBadInput();
    void listsRolesWithPermissions();
    void auditRecordsLoginsAndIsReadByComplianceOnly();
    void createAdminCommandMakesAnAdminWithTotp();
    void auditVerifyCommandFindsTheBrokenRecord();

private:
    std::string freshName(const std::string& stem) { return stem + std::to_string(++m_counter); }

    std::unique_ptr<ApiTestServer> m_server;
    User m_admin;
    std::string m_adminToken;
    std::string m_complianceToken;
    std::string m_agentToken;
    int m_counter = 0;
};

void TestAdminApi::initTestCase()
{
    m_server = std::make_unique<ApiTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    m_admin = m_server->createUser("root.admin", {Role::Admin}, {});
    m_adminToken = loginWithTotp(*m_server, m_admin);
    QVERIFY(!m_adminToken.empty());
    m_server->createUser("carla.compliance", {Role::ComplianceOfficer}, {});
    m_complianceToken = m_server->login("carla.compliance");
    m_server->createUser("andy.agent", {Role::Agent}, {"tier1"});
    m_agentToken = m_server->login("andy.agent");
    QVERIFY(!m_complianceToken.empty() && !m_agentToken.empty());
}

void TestAdminApi::adminEndpointsRefuseOtherRoles_data()
{
    QTest::addColumn<QByteArray>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    const char* someUser = "/api/admin/users/0192f3a4-5b6c-7d8e-9f01-23456789abcd";
    const std::vector<std::array<const char*, 3>> endpoints {{"list users", "GET", "/api/admin/users"},
                                                             {"create user", "POST", "/api/admin/users"},
                                                             {"read user", "GET", someUser},
                                                             {"change user", "PUT", someUser},
                                                             {"roles", "GET", "/api/admin/roles"},
                                                             {"audit", "GET", "/api/admin/audit"}};
    for (const char* who : {"agent", "compliance", "nobody"}) {
        for (const auto& [name, method, path] : endpoints) {
            if (std::string_view(who) != "compliance" || std::string_view(name) != "audit") {
                QTest::addRow("%s: %s", who, name) << QByteArray(who) << QByteArray(method) << QByteArray(path);
            }
        }
    }
}

void TestAdminApi::adminEndpointsRefuseOtherRoles()
{
    QFETCH(QByteArray, who);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    const int status = who == "nobody" ? 401 : 403;
    const std::string token = who == "agent" ? m_agentToken : who == "compliance" ? m_complianceToken : std::string();
    const json body = method == "GET" ? json(nullptr) : json {{"display_name", "X"}};
    const ApiAnswer answer = m_server->request(method.toStdString(), path.toStdString(), body, token);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.body.at("error"), status == 401 ? "unauthorized" : "forbidden");
}

void TestAdminApi::listsUsersInPages()
{
    const ApiAnswer all = m_server->request("GET", "/api/admin/users", nullptr, m_adminToken);
    QCOMPARE(all.status, 200);
    QVERIFY(all.body.at("total").get<int>() >= 3);
    QCOMPARE(all.body.at("limit"), 50);
    QCOMPARE(all.body.at("offset"), 0);
    const ApiAnswer page = m_server->request("GET", "/api/admin/users?limit=1&offset=1", nullptr, m_adminToken);
    QCOMPARE(page.body.at("items").size(), std::size_t(1));
    QCOMPARE(page.body.at("items").at(0), all.body.at("items").at(1));
    QVERIFY(all.rawBody.find("password") == std::string::npos && all.rawBody.find("secret") == std::string::npos);
    QCOMPARE(m_server->request("GET", "/api/admin/users?limit=0", nullptr, m_adminToken).status, 400);
    QCOMPARE(m_server->request("GET", "/api/admin/users?offset=-1", nullptr, m_adminToken).status, 400);
}

void TestAdminApi::createsAUserWhoCanLogIn()
{
    const std::string username = freshName("bob.medic");
    const ApiAnswer created = m_server->request("POST", "/api/admin/users", newUserBody(username), m_adminToken);
    QCOMPARE(created.status, 201);
    const std::string id = created.body.at("id");
    QCOMPARE(created.headers.at("Location"), "/api/admin/users/" + id);
    QCOMPARE(created.body.at("roles"), json::array({"medical_agent"}));
    QCOMPARE(created.body.at("totp_enabled"), false);
    QVERIFY(created.rawBody.find("unguessable") == std::string::npos);
    QCOMPARE(m_server->request("GET", "/api/admin/users/" + id, nullptr, m_adminToken).body, created.body);
    QVERIFY(!m_server->login(username, "a long and unguessable passphrase").empty());

    const ApiAnswer again = m_server->request("POST", "/api/admin/users", newUserBody(username), m_adminToken);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.body.at("error"), "conflict");
}

void TestAdminApi::createRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("field");
    const std::vector<std::array<const char*, 4>> rows {
        {"unknown role", "roles", R"(["agent","wizard"])", "roles[1]"},
        {"role listed twice", "roles", R"(["agent","agent"])", "roles[1]"},
        {"no role", "roles", "[]", "roles"},
        {"admin without TOTP", "roles", R"(["admin"])", "roles"},
        {"weak password", "password", R"("short")", "password"},
        {"username with capitals", "username", R"("Bob")", "username"},
        {"e-mail without @", "email", R"("bob")", "email"},
        {"teams not an array", "teams", R"("tier1")", "teams"},
        {"missing display name", "display_name", "null", "display_name"},
        {"unknown member", "password_hash", R"("$argon2id$")", "password_hash"},
    };
    for (const auto& [name, member, value, field] : rows) {
        QTest::newRow(name) << QByteArray(member) << QByteArray(value) << QByteArray(field);
    }
}

void TestAdminApi::createRefusesBadInput()
{
    QFETCH(QByteArray, member);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, field);
    const std::string username = freshName("eve");
    json body = newUserBody(username);
    body[member.toStdString()] = json::parse(value.toStdString());
    const ApiAnswer answer = m_server->request("POST", "/api/admin/users", body, m_adminToken);
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.body.at("error"), "validation_failed");
    QCOMPARE(answer.body.at("field"), field.toStdString());
    hss::server::UserRepository users(m_server->services().database, m_server->services().cipher);
    QVERIFY(!users.findByUsername(username));
}

void TestAdminApi::updatesAUserAndRevokesOnRoleChangeAndDisable()
{
    const User user = m_server->createUser(freshName("frank"), {Role::Agent}, {"tier1"});
    const ApiAnswer session = loginAs(*m_server, user.username);
    const std::int64_t since = m_server->clock().nowMs();
    const std::string path = "/api/admin/users/" + user.id.toString();

    const ApiAnswer renamed =
        m_server->request("PUT", path, {{"display_name", "Frank Renamed"}, {"teams", {"tier2"}}}, m_adminToken);
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.body.at("display_name"), "Frank Renamed");
    QCOMPARE(renamed.body.at("teams"), json::array({"tier2"}));
    // Neither a name nor a team change ends the user's logins.
    const ApiAnswer rotated = refreshWith(*m_server, session.body.at("refresh_token"));
    QCOMPARE(rotated.status, 200);

    const ApiAnswer promoted = m_server->request("PUT", path, {{"roles", {"agent", "supervisor"}}}, m_adminToken);
    QCOMPARE(promoted.status, 200);
    QCOMPARE(promoted.body.at("roles"), json::array({"agent", "supervisor"}));
    QCOMPARE(refreshWith(*m_server, rotated.body.at("refresh_token")).status, 401);
    QCOMPARE(m_server->request("GET", path, nullptr, m_adminToken).body, promoted.body);

    // Disabling ends every login of the user, and the account cannot log in again until enabled.
    const ApiAnswer second = loginAs(*m_server, user.username);
    const ApiAnswer disabled = m_server->request("PUT", path, {{"active", false}}, m_adminToken);
    QCOMPARE(disabled.body.at("active"), false);
    QCOMPARE(refreshWith(*m_server, second.body.at("refresh_token")).status, 401);
    QCOMPARE(loginAs(*m_server, user.username).status, 401);
    QCOMPARE(m_server->request("PUT", path, {{"active", true}}, m_adminToken).status, 200);
    QCOMPARE(loginAs(*m_server, user.username).status, 200);

    const json records = auditRecords(*m_server, m_complianceToken, since);
    QVERIFY(hasRecord(records, "user.update", "object_id", user.id.toString()));
    QVERIFY(hasRecord(records, "user.role_change", "object_id", user.id.toString()));
}

void TestAdminApi::updateRefusesBadInput()
{
    const User user = m_server->createUser(freshName("hank"), {Role::Agent}, {"tier1"});
    const std::string path = "/api/admin/users/" + user.id.toString();
    QCOMPARE(m_server->request("PUT", path, json::object(), m_adminToken).status, 422);
    QCOMPARE(m_server->request("PUT", path, {{"roles", {"boss"}}}, m_adminToken).body.at("field"), "roles[0]");
    QCOMPARE(m_server->request("PUT", path, {{"active", "yes"}}, m_adminToken).body.at("field"), "active");
    QCOMPARE(m_server->request("PUT", path, {{"username", "renamed"}}, m_adminToken).body.at("field"), "username");
    QCOMPARE(m_server->request("PUT", path, {{"roles", {"admin"}}}, m_adminToken).body.at("field"), "roles");
    QCOMPARE(m_server->request("GET", path, nullptr, m_adminToken).body.at("roles"), json::array({"agent"}));

    const std::string unknown = "/api/admin/users/0192f3a4-5b6c-7d8e-9f01-23456789abcd";
    QCOMPARE(m_server->request("GET", unknown, nullptr, m_adminToken).status, 404);
    QCOMPARE(m_server->request("PUT", unknown, {{"active", false}}, m_adminToken).status, 404);
    QCOMPARE(m_server->request("GET", "/api/admin/users/not-a-uuid", nullptr, m_adminToken).status, 400);
    QCOMPARE(m_server->request("DELETE", path, nullptr, m_adminToken).status, 405);

    const std::string self = "/api/admin/users/" + m_admin.id.toString();
    QCOMPARE(m_server->request("PUT", self, {{"active", false}}, m_adminToken).status, 409);
    QCOMPARE(m_server->request("PUT", self, {{"roles", {"supervisor"}}}, m_adminToken).status, 409);
}

void TestAdminApi::listsRolesWithPermissions()
{
    const ApiAnswer answer = m_server->request("GET", "/api/admin/roles", nullptr, m_adminToken);
    QCOMPARE(answer.status, 200);
    const json& items = answer.body.at("items");
    QCOMPARE(items.size(), hss::allRoles.size());
    auto grants = [&](const std::string& role, const std::string& permission) {
        return std::any_of(items.begin(), items.end(), [&](const json& item) {
            const json& granted = item.at("permissions");
            return item.at("role") == role && std::find(granted.begin(), granted.end(), permission) != granted.end();
        });
    };
    QVERIFY(grants("admin", "users.manage") && grants("admin", "audit.read")
            && grants("compliance_officer", "audit.read"));
    QVERIFY(!grants("compliance_officer", "users.manage") && !grants("agent", "audit.read"));
    QVERIFY(grants("medical_agent", "tickets.read.medical") && !grants("agent", "tickets.read.medical"));
    QVERIFY(!grants("learner", "tickets.read.team"));
}

void TestAdminApi::auditRecordsLoginsAndIsReadByComplianceOnly()
{
    const std::int64_t since = m_server->clock().nowMs();
    const User user = m_server->createUser(freshName("ivy"), {Role::Agent}, {"tier1"});
    const std::string wrongPassword = "a wrong but memorable secret";
    m_server->request("POST", "/api/auth/login", {{"username", user.username}, {"password", wrongPassword}});
    QVERIFY(!m_server->login(user.username).empty());

    const ApiAnswer refused = m_server->request("GET", "/api/admin/audit", nullptr, m_agentToken);
    QCOMPARE(refused.status, 403);
    const json records = auditRecords(*m_server, m_complianceToken, since);
    QVERIFY(hasRecord(records, "auth.login_failed", "actor", user.username));
    QVERIFY(hasRecord(records, "auth.login", "actor_id", user.id.toString()));
    QVERIFY(hasRecord(records, "audit.read", "outcome", "denied"));
    QVERIFY(records.dump().find(wrongPassword) == std::string::npos);
    QVERIFY(records.dump().find(password) == std::string::npos);
    for (const json& record : records) {
        QCOMPARE(record.size(), std::size_t(12));
        QVERIFY(record.at("at").get<std::string>() >= hss::formatTimestamp(since));
    }

    const json mine = auditRecords(*m_server, m_adminToken, since, "&actor=" + user.id.toString());
    QVERIFY(!mine.empty());
    QVERIFY(
        std::all_of(mine.begin(), mine.end(), [&](const json& r) { return r.at("actor_id") == user.id.toString(); }));
    const ApiAnswer page = m_server->request("GET", "/api/admin/audit?limit=1&offset=1", nullptr, m_complianceToken);
    QCOMPARE(page.body.at("items").size(), std::size_t(1));
    QCOMPARE(page.body.at("items").at(0).at("sequence"), 2);
    QCOMPARE(m_server->request("GET", "/api/admin/audit?actor=nobody", nullptr, m_complianceToken).status, 400);
    QCOMPARE(m_server->request("GET", "/api/admin/audit?from=yesterday", nullptr, m_complianceToken).status, 400);
    // Reading the trail was itself recorded.
    QVERIFY(hasRecord(auditRecords(*m_server, m_complianceToken, since), "audit.read", "outcome", "success"));
}

void TestAdminApi::createAdminCommandMakesAnAdminWithTotp()
{
    const std::string secret = "an admin passphrase that is long";
    const std::string lines = "\nada@clinic.example\n" + secret + "\n" + secret + "\n";
    const CommandRun run = createAdmin(*m_server, "ada.admin\nAda Admin" + lines);
    QCOMPARE(run.code, 0);
    const std::string& printed = run.out;
    QVERIFY2(printed.find("otpauth://totp/") != std::string::npos, printed.c_str());
    QVERIFY(printed.find(secret) == std::string::npos && run.err.find(secret) == std::string::npos);
    const std::string marker = "TOTP secret (base32): ";
    const auto at = printed.find(marker);
    QVERIFY(at != std::string::npos);
    const std::string totpSecret = printed.substr(at + marker.size(), printed.find('\n', at) - at - marker.size());

    // The new admin logs in over the API with the printed secret, and only with a code.
    const json credentials {{"username", "ada.admin"}, {"password", secret}};
    QCOMPARE(m_server->request("POST", "/api/auth/login", credentials).body.at("error"), "totp_required");
    json withCode = credentials;
    withCode["totp_code"] = hss::server::Totp().generate(totpSecret, m_server->clock().nowMs());
    const ApiAnswer session = m_server->request("POST", "/api/auth/login", withCode);
    QCOMPARE(session.status, 200);
    QCOMPARE(session.body.at("user").at("roles"), json::array({"admin"}));

    const CommandRun again = createAdmin(*m_server, "ada.admin\nAda Again" + lines);
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.find("taken") != std::string::npos);

    // A weak password, two different passwords, a bad username, input that ends early: refused, nothing printed.
    for (const std::string& input : {"weak.admin\nWeak" + std::string("\nw@clinic.example\nshort\nshort\n"),
                                     "typo.admin\nTypo" + lines.substr(0, lines.size() - 2) + "G\n",
                                     "Bad Name\nBad" + lines, std::string("cut.admin\nCut\n")}) {
        const CommandRun refused = createAdmin(*m_server, input);
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.out.empty() && !refused.err.empty());
    }
}

void TestAdminApi::auditVerifyCommandFindsTheBrokenRecord()
{
    ApiTestServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    server.createUser("verify.agent", {Role::Agent}, {"tier1"});
    QVERIFY(!server.login("verify.agent").empty());
    QVERIFY(server.login("verify.agent", "not the right passphrase").empty());
    QVERIFY(!server.login("verify.agent").empty());
    const hss::server::ServerConfig& config = server.services().config;

    std::ostringstream out;
    std::ostringstream err;
    QCOMPARE(hss::server::auditVerify(config, out, err), 0);
    QCOMPARE(out.str(), std::string("audit chain intact: 3 records\n"));

    // As someone with the database file in hand would: the guard triggers dropped, one record changed.
    Poco::Data::Session raw("sqlite", config.string("data.dir") + "/hss.db");
    raw << "DROP TRIGGER audit_log_no_update", Poco::Data::Keywords::now;
    raw << "UPDATE audit_log SET outcome = 'success' WHERE seq = 2", Poco::Data::Keywords::now;
    std::ostringstream brokenOut;
    QCOMPARE(hss::server::auditVerify(config, brokenOut, err), 1);
    QCOMPARE(brokenOut.str(), std::string("audit chain broken at record 2\n"));
}

QTEST_GUILESS_MAIN(TestAdminApi)
#include "TestAdminApi.moc"
