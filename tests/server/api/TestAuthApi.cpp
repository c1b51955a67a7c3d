// SPDX-License-Identifier: MIT
#include <QtTest>
#include <memory>
#include <optional>
#include <string>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "auth/TokenService.h"
#include "auth/Totp.h"
#include "config/ServerConfig.h"
#include "storage/UserRepository.h"

using hss::Role;
using hss::User;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

const std::string password = "correct horse battery staple";

std::string base64Url(const std::string& bytes)
{
    return QByteArray::fromStdString(bytes)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}

ApiAnswer login(ApiTestServer& server, const std::string& username, const std::string& secret = password,
                const std::optional<std::string>& totpCode = std::nullopt)
{
    json body {{"username", username}, {"password", secret}};
    if (totpCode) {
        body["totp_code"] = *totpCode;
    }
    return server.request("POST", "/api/auth/login", body);
}

ApiAnswer refresh(ApiTestServer& server, const std::string& refreshToken)
{
    return server.request("POST", "/api/auth/refresh", {{"refresh_token", refreshToken}});
}

/// Gives \a user a TOTP secret through the repository and returns it.
std::string enrolTotp(ApiTestServer& server, const User& user)
{
    const std::string secret = hss::server::Totp::generateSecret();
    hss::server::UserRepository users(server.services().database, server.services().cipher);
    if (!users.setTotpSecret(user.id.toString(), secret, server.clock().nowMs())) {
        qFatal("could not store a TOTP secret");
    }
    return secret;
}

} // namespace

class TestAuthApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginGivesWorkingTokens();
    void unknownUserAndWrongPasswordAnswerAlike();
    void repeatedFailuresAreThrottledThenRecover();
    void unknownUsersAreThrottledLikeAccounts();
    void disabledUserCannotLogInOrRefresh();
    void totpCodeIsRequiredAndChecked();
    void adminWithoutTotpIsRefused();
    void refreshRotatesAndReuseRevokesTheFamily();
    void logoutRevokesTheLogin();
    void passwordChangeRevokesRefreshTokens();
    void profileChangesAreValidated();
    void expiredAccessTokenIsRefused();
    void forgedTokensAreRefused_data();
    void forgedTokensAreRefused();
    void badLoginBodiesAreRefused_data();
    void badLoginBodiesAreRefused();
    void loginAndRefreshWorkOnPostgres();

private:
    std::string freshName(const std::string& stem) { return stem + std::to_string(++m_counter); }

    std::unique_ptr<ApiTestServer> m_server;
    int m_counter = 0;
};

void TestAuthApi::initTestCase()
{
    m_server = std::make_unique<ApiTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestAuthApi::loginGivesWorkingTokens()
{
    const User user = m_server->createUser(freshName("alice"), {Role::Agent}, {"tier1"});
    const ApiAnswer answer = login(*m_server, user.username);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.at("token_type"), "Bearer");
    QCOMPARE(answer.body.at("expires_in"), 900);
    QCOMPARE(answer.body.at("refresh_token").get<std::string>().size(), 43U);
    QCOMPARE(answer.body.at("user").at("username"), user.username);
    QVERIFY(answer.rawBody.find(password) == std::string::npos);

    const ApiAnswer profile =
        m_server->request("GET", "/api/auth/profile", nullptr, answer.body.at("access_token").get<std::string>());
    QCOMPARE(profile.status, 200);
    QCOMPARE(profile.body.at("id"), user.id.toString());
    QCOMPARE(profile.body.at("roles"), json::array({"agent"}));
    QVERIFY(!profile.body.contains("password_hash"));
    QCOMPARE(m_server->request("GET", "/api/auth/profile").status, 401);
}

void TestAuthApi::unknownUserAndWrongPasswordAnswerAlike()
{
    const User user = m_server->createUser(freshName("bob"), {Role::Agent}, {"tier1"});
    const ApiAnswer wrongPassword = login(*m_server, user.username, "not the right passphrase");
    const ApiAnswer unknownUser = login(*m_server, freshName("nobody"), "not the right passphrase");
    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(unknownUser.status, 401);
    QCOMPARE(wrongPassword.rawBody, unknownUser.rawBody);
    QCOMPARE(wrongPassword.body.at("error"), "unauthorized");
}

void TestAuthApi::repeatedFailuresAreThrottledThenRecover()
{
    const User user = m_server->createUser(freshName("carol"), {Role::Agent}, {"tier1"});
    // Three failures are free; the fourth makes the next attempt wait a second.
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(login(*m_server, user.username, "not the right passphrase").status, 401);
    }
    const ApiAnswer throttled = login(*m_server, user.username);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.body.at("error"), "too_many_requests");
    QCOMPARE(throttled.headers.at("Retry-After"), "1");

    m_server->clock().advanceMs(1000);
    QCOMPARE(login(*m_server, user.username).status, 200);
    // The success cleared the count: one more failure costs nothing.
    QCOMPARE(login(*m_server, user.username, "not the right passphrase").status, 401);
    QCOMPARE(login(*m_server, user.username).status, 200);

    // Ten failures lock the account for 15 minutes.
    for (int i = 0; i < 10; ++i) {
        const ApiAnswer answer = login(*m_server, user.username, "not the right passphrase");
        if (answer.status == 429) {
            m_server->clock().advanceMs(std::stoll(answer.headers.at("Retry-After")) * 1000);
            --i;
            continue;
        }
        QCOMPARE(answer.status, 401);
    }
    const ApiAnswer locked = login(*m_server, user.username);
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.headers.at("Retry-After"), "900");
    m_server->clock().advanceMs(900'000);
    QCOMPARE(login(*m_server, user.username).status, 200);
}

void TestAuthApi::unknownUsersAreThrottledLikeAccounts()
{
    const User user = m_server->createUser(freshName("erin"), {Role::Agent}, {"tier1"});
    const std::string nobody = freshName("nobody");
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(login(*m_server, user.username, "not the right passphrase").status, 401);
        QCOMPARE(login(*m_server, nobody, "not the right passphrase").status, 401);
    }
    // Guessing against a name that does not exist is slowed exactly like guessing against a real account.
    const ApiAnswer known = login(*m_server, user.username, "not the right passphrase");
    const ApiAnswer unknown = login(*m_server, nobody, "not the right passphrase");
    QCOMPARE(known.status, 429);
    QCOMPARE(unknown.status, 429);
    QCOMPARE(unknown.rawBody, known.rawBody);
    QCOMPARE(unknown.headers.at("Retry-After"), known.headers.at("Retry-After"));
    m_server->clock().advanceMs(1000);
    QCOMPARE(login(*m_server, nobody, "not the right passphrase").status, 401);
}

void TestAuthApi::disabledUserCannotLogInOrRefresh()
{
    const User user = m_server->createUser(freshName("dave"), {Role::Agent}, {"tier1"});
    const ApiAnswer before = login(*m_server, user.username);
    QCOMPARE(before.status, 200);
    hss::server::UserRepository users(m_server->services().database, m_server->services().cipher);
    QVERIFY(users.updateAccess(user.id.toString(), user.roles, user.teams, false, m_server->clock().nowMs()));

    const ApiAnswer disabled = login(*m_server, user.username);
    QCOMPARE(disabled.status, 401);
    QCOMPARE(disabled.rawBody, login(*m_server, freshName("nobody"), password).rawBody);
    QCOMPARE(refresh(*m_server, before.body.at("refresh_token")).status, 401);
    QCOMPARE(m_server->request("GET", "/api/auth/profile", nullptr, before.body.at("access_token").get<std::string>())
                 .status,
             401);
}

void TestAuthApi::totpCodeIsRequiredAndChecked()
{
    const User user = m_server->createUser(freshName("erin"), {Role::Supervisor}, {"tier1"});
    const std::string secret = enrolTotp(*m_server, user);
    const hss::server::Totp totp;

    const ApiAnswer missing = login(*m_server, user.username);
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.body.at("error"), "totp_required");

    std::string wrong = totp.generate(secret, m_server->clock().nowMs() - 10 * 60'000);
    if (wrong == totp.generate(secret, m_server->clock().nowMs())) {
        wrong[0] = wrong[0] == '9' ? '0' : static_cast<char>(wrong[0] + 1);
    }
    const ApiAnswer wrongCode = login(*m_server, user.username, password, wrong);
    QCOMPARE(wrongCode.status, 401);
    QCOMPARE(wrongCode.body.at("error"), "unauthorized");
    QCOMPARE(login(*m_server, user.username, password, "12ab56").body.value("field", ""), "totp_code");

    const ApiAnswer right = login(*m_server, user.username, password, totp.generate(secret, m_server->clock().nowMs()));
    QCOMPARE(right.status, 200);
    QCOMPARE(right.body.at("user").at("totp_enabled"), true);
    // A right code does not rescue a wrong password.
    const ApiAnswer wrongPassword =
        login(*m_server, user.username, "not the right passphrase", totp.generate(secret, m_server->clock().nowMs()));
    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(wrongPassword.body.at("error"), "unauthorized");
    // The code that just worked cannot be replayed; the next time step's code works.
    const std::string used = totp.generate(secret, m_server->clock().nowMs());
    QCOMPARE(login(*m_server, user.username, password, used).status, 401);
    m_server->clock().advanceMs(30'000);
    QCOMPARE(login(*m_server, user.username, password, totp.generate(secret, m_server->clock().nowMs())).status, 200);
}

void TestAuthApi::adminWithoutTotpIsRefused()
{
    const User admin = m_server->createUser(freshName("admin"), {Role::Admin}, {});
    const ApiAnswer refused = login(*m_server, admin.username);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.body.at("error"), "totp_setup_required");

    const std::string secret = enrolTotp(*m_server, admin);
    const std::string code = hss::server::Totp().generate(secret, m_server->clock().nowMs());
    QCOMPARE(login(*m_server, admin.username, password, code).status, 200);
}

void TestAuthApi::refreshRotatesAndReuseRevokesTheFamily()
{
    const User user = m_server->createUser(freshName("frank"), {Role::Agent}, {"tier1"});
    const std::string first = login(*m_server, user.username).body.at("refresh_token");

    const ApiAnswer rotated = refresh(*m_server, first);
    QCOMPARE(rotated.status, 200);
    const std::string second = rotated.body.at("refresh_token");
    QVERIFY(second != first);
    QCOMPARE(m_server->request("GET", "/api/auth/profile", nullptr, rotated.body.at("access_token").get<std::string>())
                 .status,
             200);

    // The used-up token comes back: it was probably stolen, so the whole login ends.
    QCOMPARE(refresh(*m_server, first).status, 401);
    QCOMPARE(refresh(*m_server, second).status, 401);
    // Another login of the same user is not affected.
    const std::string other = login(*m_server, user.username).body.at("refresh_token");
    QCOMPARE(refresh(*m_server, other).status, 200);
    QCOMPARE(refresh(*m_server, std::string(43, 'A')).status, 401);
    QCOMPARE(refresh(*m_server, "short").status, 401);
}

void TestAuthApi::logoutRevokesTheLogin()
{
    const User user = m_server->createUser(freshName("grace"), {Role::Agent}, {"tier1"});
    const ApiAnswer session = login(*m_server, user.username);
    const std::string access = session.body.at("access_token");
    const json body {{"refresh_token", session.body.at("refresh_token")}};

    QCOMPARE(m_server->request("POST", "/api/auth/logout", body).status, 401);
    const ApiAnswer loggedOut = m_server->request("POST", "/api/auth/logout", body, access);
    QCOMPARE(loggedOut.status, 204);
    QVERIFY(loggedOut.rawBody.empty());
    QCOMPARE(refresh(*m_server, session.body.at("refresh_token")).status, 401);
    QCOMPARE(m_server->request("POST", "/api/auth/logout", body, access).status, 204);

    // Someone else's refresh token is left alone.
    const User other = m_server->createUser(freshName("heidi"), {Role::Agent}, {"tier1"});
    const std::string othersToken = login(*m_server, other.username).body.at("refresh_token");
    const std::string newAccess = login(*m_server, user.username).body.at("access_token");
    QCOMPARE(m_server->request("POST", "/api/auth/logout", {{"refresh_token", othersToken}}, newAccess).status, 204);
    QCOMPARE(refresh(*m_server, othersToken).status, 200);
}

void TestAuthApi::passwordChangeRevokesRefreshTokens()
{
    const User user = m_server->createUser(freshName("ivan"), {Role::Agent}, {"tier1"});
    const ApiAnswer session = login(*m_server, user.username);
    const std::string access = session.body.at("access_token");
    const std::string newPassword = "a brand new and long passphrase";

    const ApiAnswer wrongCurrent = m_server->request(
        "PUT", "/api/auth/profile", {{"current_password", "not the right one"}, {"new_password", newPassword}}, access);
    QCOMPARE(wrongCurrent.status, 422);
    QCOMPARE(wrongCurrent.body.at("field"), "current_password");
    const ApiAnswer noCurrent = m_server->request("PUT", "/api/auth/profile", {{"new_password", newPassword}}, access);
    QCOMPARE(noCurrent.body.at("field"), "current_password");
    const ApiAnswer weak = m_server->request("PUT", "/api/auth/profile",
                                             {{"current_password", password}, {"new_password", "short"}}, access);
    QCOMPARE(weak.status, 422);
    QCOMPARE(weak.body.at("field"), "new_password");

    const ApiAnswer changed = m_server->request(
        "PUT", "/api/auth/profile", {{"current_password", password}, {"new_password", newPassword}}, access);
    QCOMPARE(changed.status, 200);
    QCOMPARE(refresh(*m_server, session.body.at("refresh_token")).status, 401);
    QCOMPARE(login(*m_server, user.username).status, 401);
    QCOMPARE(login(*m_server, user.username, newPassword).status, 200);
}

void TestAuthApi::profileChangesAreValidated()
{
    const User user = m_server->createUser(freshName("judy"), {Role::Agent}, {"tier1"});
    const std::string access = m_server->login(user.username);
    const ApiAnswer renamed =
        m_server->request("PUT", "/api/auth/profile", {{"display_name", "Judy Q. Agent"}, {"email", nullptr}}, access);
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.body.at("display_name"), "Judy Q. Agent");
    QCOMPARE(renamed.body.at("email"), user.email);
    QCOMPARE(m_server->request("GET", "/api/auth/profile", nullptr, access).body.at("display_name"), "Judy Q. Agent");

    const ApiAnswer badEmail = m_server->request("PUT", "/api/auth/profile", {{"email", "no at sign"}}, access);
    QCOMPARE(badEmail.status, 422);
    QCOMPARE(badEmail.body.at("field"), "email");
    const ApiAnswer unknown = m_server->request("PUT", "/api/auth/profile", {{"roles", {"admin"}}}, access);
    QCOMPARE(unknown.status, 422);
    QCOMPARE(unknown.body.at("field"), "roles");
    QCOMPARE(m_server->request("PUT", "/api/auth/profile", json::object(), access).status, 422);
    QCOMPARE(m_server->request("PUT", "/api/auth/profile", {{"display_name", 7}}, access).body.at("field"),
             "display_name");
    QCOMPARE(m_server->request("GET", "/api/auth/profile", nullptr, access).body.at("roles"), json::array({"agent"}));
}

void TestAuthApi::expiredAccessTokenIsRefused()
{
    const User user = m_server->createUser(freshName("ken"), {Role::Agent}, {"tier1"});
    const std::string access = m_server->login(user.username);
    QCOMPARE(m_server->request("GET", "/api/auth/profile", nullptr, access).status, 200);
    m_server->clock().advanceMs(16 * 60'000);
    const ApiAnswer expired = m_server->request("GET", "/api/auth/profile", nullptr, access);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.body.at("error"), "unauthorized");
}

void TestAuthApi::forgedTokensAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("alg none without signature") << QStringLiteral("none");
    QTest::newRow("alg none with the real signature") << QStringLiteral("none-signed");
    QTest::newRow("signed with another key") << QStringLiteral("wrong-key");
    QTest::newRow("another audience") << QStringLiteral("wrong-audience");
    QTest::newRow("payload changed after signing") << QStringLiteral("tampered");
    QTest::newRow("not a JWT") << QStringLiteral("garbage");
}

void TestAuthApi::forgedTokensAreRefused()
{
    QFETCH(QString, kind);
    const User user = m_server->createUser(freshName("mallory"), {Role::Agent}, {"tier1"});
    const std::string real = m_server->login(user.username);
    QVERIFY(!real.empty());
    const auto firstDot = real.find('.');
    const auto secondDot = real.find('.', firstDot + 1);
    const std::string payload = real.substr(firstDot + 1, secondDot - firstDot - 1);
    const std::string signature = real.substr(secondDot + 1);
    const std::string noneHeader = base64Url(R"({"alg":"none","typ":"JWT"})");

    hss::server::TokenService::Settings settings = m_server->services().tokens.settings();
    const hss::server::TokenService::Subject subject {user.id.toString(), user.username, {"admin"}, {"tier1"}};
    std::string forged;
    if (kind == QStringLiteral("none")) {
        forged = noneHeader + "." + payload + ".";
    } else if (kind == QStringLiteral("none-signed")) {
        forged = noneHeader + "." + payload + "." + signature;
    } else if (kind == QStringLiteral("wrong-key")) {
        settings.secret = "another-secret-that-is-long-enough-for-hs256-98765";
        forged = hss::server::TokenService(settings).issue(subject, m_server->clock().nowMs()).token;
    } else if (kind == QStringLiteral("wrong-audience")) {
        settings.audience = "someone-else";
        forged = hss::server::TokenService(settings).issue(subject, m_server->clock().nowMs()).token;
    } else if (kind == QStringLiteral("tampered")) {
        QByteArray claims = QByteArray::fromBase64(QByteArray::fromStdString(payload), QByteArray::Base64UrlEncoding);
        claims.replace("\"agent\"", "\"admin\"");
        forged = real.substr(0, firstDot) + "." + base64Url(claims.toStdString()) + "." + signature;
    } else {
        forged = "not.a.token";
    }
    const ApiAnswer answer = m_server->request("GET", "/api/auth/profile", nullptr, forged);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.body.at("error"), "unauthorized");
}

void TestAuthApi::badLoginBodiesAreRefused_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QString jsonType = QStringLiteral("application/json");
    QTest::newRow("missing password") << QStringLiteral(R"({"username":"x"})") << jsonType << 422
                                      << QStringLiteral("password");
    QTest::newRow("unknown field") << QStringLiteral(R"({"username":"x","password":"y","remember":true})") << jsonType
                                   << 422 << QStringLiteral("remember");
    QTest::newRow("username of the wrong type")
        << QStringLiteral(R"({"username":5,"password":"y"})") << jsonType << 422 << QStringLiteral("username");
    QTest::newRow("empty password") << QStringLiteral(R"({"username":"x","password":""})") << jsonType << 422
                                    << QStringLiteral("password");
    QTest::newRow("malformed JSON") << QStringLiteral(R"({"username":)") << jsonType << 400 << QString();
    QTest::newRow("array body") << QStringLiteral("[]") << jsonType << 400 << QString();
    QTest::newRow("form encoded") << QStringLiteral("username=x&password=y")
                                  << QStringLiteral("application/x-www-form-urlencoded") << 415 << QString();
}

void TestAuthApi::badLoginBodiesAreRefused()
{
    QFETCH(QString, body);
    QFETCH(QString, contentType);
    QFETCH(int, status);
    QFETCH(QString, field);
    const ApiAnswer answer =
        m_server->request("POST", "/api/auth/login", body.toStdString(), {}, contentType.toStdString());
    QCOMPARE(answer.status, status);
    if (!field.isEmpty()) {
        QCOMPARE(answer.body.at("field"), field.toStdString());
    }
    QVERIFY(answer.body.contains("message"));
}

void TestAuthApi::loginAndRefreshWorkOnPostgres()
{
    hss::test::PostgresCluster cluster;
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    ApiTestServer server(cluster.url().toStdString());
    QVERIFY2(server.isRunning(), qPrintable(server.error()));

    const User user = server.createUser("pg.alice", {Role::Agent}, {"tier1"});
    const ApiAnswer session = login(server, user.username);
    QCOMPARE(session.status, 200);
    QCOMPARE(server.request("GET", "/api/auth/profile", nullptr, session.body.at("access_token").get<std::string>())
                 .body.at("username"),
             user.username);
    const ApiAnswer rotated = refresh(server, session.body.at("refresh_token"));
    QCOMPARE(rotated.status, 200);
    QCOMPARE(refresh(server, session.body.at("refresh_token")).status, 401);
    QCOMPARE(refresh(server, rotated.body.at("refresh_token")).status, 401);
    QCOMPARE(login(server, user.username, "not the right passphrase").rawBody,
             login(server, "pg.nobody", "not the right passphrase").rawBody);
}

QTEST_GUILESS_MAIN(TestAuthApi)
#include "TestAuthApi.moc"
