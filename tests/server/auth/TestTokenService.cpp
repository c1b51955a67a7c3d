// SPDX-License-Identifier: MIT
#include <QtTest>
#include <optional>
#include <string>

#include "auth/TokenService.h"
#include "config/ConfigError.h"
#include "config/ServerConfig.h"

using hss::server::ConfigError;
using hss::server::Principal;
using hss::server::ServerConfig;
using hss::server::TokenFailure;
using hss::server::TokenService;
using hss::server::TokenVerification;

namespace {

const std::string secret = "0123456789abcdef0123456789abcdef";
constexpr std::int64_t nowMs = 1'800'000'000'500; // deliberately not on a whole second
constexpr qint64 nowS = 1'800'000'000;

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Builds a token by hand, as an attacker would, signed with HMAC-\a hash under \a key (no signature when key is empty).
QByteArray forge(const QJsonObject& header, const QByteArray& payload, const QByteArray& key,
                 QCryptographicHash::Algorithm hash = QCryptographicHash::Sha256)
{
    const QByteArray signedPart = base64Url(json(header)) + '.' + base64Url(payload);
    const QByteArray signature =
        key.isEmpty() ? QByteArray() : base64Url(QMessageAuthenticationCode::hash(signedPart, key, hash));
    return signedPart + '.' + signature;
}

QJsonObject hs256Header()
{
    return {{"alg", "HS256"}, {"typ", "JWT"}};
}

QJsonObject validClaims()
{
    return {{"iss", "hss-server"},
            {"aud", "hss-console"},
            {"sub", "user-1"},
            {"jti", "token-1"},
            {"username", "alice"},
            {"roles", QJsonArray {"agent"}},
            {"teams", QJsonArray {"team-a"}},
            {"iat", nowS - 60},
            {"nbf", nowS - 60},
            {"exp", nowS + 600}};
}

QJsonObject claimsWith(const QString& name, const QJsonValue& value)
{
    QJsonObject claims = validClaims();
    if (value.isUndefined()) {
        claims.remove(name);
    } else {
        claims.insert(name, value);
    }
    return claims;
}

QByteArray signedRight(const QJsonObject& claims)
{
    return forge(hs256Header(), json(claims), QByteArray::fromStdString(secret));
}

QString outcome(const TokenVerification& result)
{
    if (const auto* failure = std::get_if<TokenFailure>(&result)) {
        return QString::fromUtf8(hss::server::tokenFailureName(*failure));
    }
    return QStringLiteral("accepted");
}

TokenService::Settings settings(std::string key = secret)
{
    TokenService::Settings s;
    s.secret = std::move(key);
    return s;
}

} // namespace

class TestTokenService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void issuedTokenIsAccepted();
    void issuedTokenHasIntegerTimesAndPinnedHeader();
    void tokenIdsAreRandom();
    void handBuiltValidTokenIsAccepted_data();
    void handBuiltValidTokenIsAccepted();
    void forgedTokensAreRefused_data();
    void forgedTokensAreRefused();
    void expiryFollowsConfiguredLifetime();
    void shortSecretsAreRefused_data();
    void shortSecretsAreRefused();
    void settingsComeFromConfig();

private:
    std::optional<TokenService> m_service;
};

void TestTokenService::initTestCase()
{
    m_service.emplace(settings());
}

void TestTokenService::issuedTokenIsAccepted()
{
    const TokenService::IssuedToken issued =
        m_service->issue({"user-42", "bob", {"agent", "supervisor"}, {"team-a", "team-b"}}, nowMs);
    QCOMPARE(issued.expiresAtMs, (nowS + 15 * 60) * 1000);

    const TokenVerification result = m_service->verify(issued.token, nowMs + 60'000);
    QCOMPARE(outcome(result), QStringLiteral("accepted"));
    const Principal& principal = std::get<Principal>(result);
    QCOMPARE(principal.userId, std::string("user-42"));
    QCOMPARE(principal.username, std::string("bob"));
    QCOMPARE(principal.roles, (std::vector<std::string> {"agent", "supervisor"}));
    QCOMPARE(principal.teams, (std::vector<std::string> {"team-a", "team-b"}));
    QCOMPARE(principal.tokenId, issued.tokenId);
    QCOMPARE(principal.expiresAtMs, issued.expiresAtMs);
}

void TestTokenService::issuedTokenHasIntegerTimesAndPinnedHeader()
{
    const TokenService::IssuedToken issued = m_service->issue({"user-42", "bob", {}, {}}, nowMs);
    const QList<QByteArray> parts = QByteArray::fromStdString(issued.token).split('.');
    QCOMPARE(parts.size(), 3);

    const QByteArray header = QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding);
    QCOMPARE(QJsonDocument::fromJson(header).object().value("alg").toString(), QStringLiteral("HS256"));

    // Read the raw text too: a JSON parser would hide the difference between 1800000000 and 1800000000.5.
    const QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
    for (const char* claim : {"iat", "nbf", "exp"}) {
        const QRegularExpression integer(QStringLiteral("\"%1\":(-?\\d+)[,}]").arg(QLatin1String(claim)));
        const QRegularExpressionMatch match = integer.match(QString::fromUtf8(payload));
        QVERIFY2(match.hasMatch(), qPrintable(QStringLiteral("%1 is not an integer in %2").arg(claim, payload)));
    }
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    QCOMPARE(claims.value("iat").toInteger(), nowS);
    QCOMPARE(claims.value("nbf").toInteger(), nowS);
    QCOMPARE(claims.value("exp").toInteger(), nowS + 15 * 60);
    QCOMPARE(claims.value("iss").toString(), QStringLiteral("hss-server"));
    QCOMPARE(claims.value("aud").toString(), QStringLiteral("hss-console"));
    QCOMPARE(claims.value("sub").toString(), QStringLiteral("user-42"));
    QVERIFY(!claims.value("jti").toString().isEmpty());
}

void TestTokenService::tokenIdsAreRandom()
{
    const auto first = m_service->issue({"user-1", "alice", {}, {}}, nowMs);
    const auto second = m_service->issue({"user-1", "alice", {}, {}}, nowMs);
    QVERIFY(first.tokenId != second.tokenId);
    QVERIFY(first.token != second.token);
    QVERIFY(first.tokenId.size() >= 22);
}

void TestTokenService::handBuiltValidTokenIsAccepted_data()
{
    QTest::addColumn<QByteArray>("token");

    QTest::newRow("single audience") << signedRight(validClaims());
    QTest::newRow("audience list containing ours")
        << signedRight(claimsWith("aud", QJsonArray {"other-app", "hss-console"}));
    QTest::newRow("header without typ") << forge({{"alg", "HS256"}}, json(validClaims()),
                                                 QByteArray::fromStdString(secret));
    QTest::newRow("last second before expiry") << signedRight(claimsWith("exp", nowS + 1));
    QTest::newRow("nbf exactly now") << signedRight(claimsWith("nbf", nowS));
}

void TestTokenService::handBuiltValidTokenIsAccepted()
{
    QFETCH(QByteArray, token);
    QCOMPARE(outcome(m_service->verify(token.toStdString(), nowMs)), QStringLiteral("accepted"));
}

void TestTokenService::forgedTokensAreRefused_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("failure");

    const QByteArray key = QByteArray::fromStdString(secret);
    const QByteArray claims = json(validClaims());
    const QByteArray valid =
        QByteArray::fromStdString(m_service->issue({"user-1", "alice", {"agent"}, {}}, nowMs).token);
    const QList<QByteArray> validParts = valid.split('.');

    QTest::newRow("alg none without signature")
        << forge({{"alg", "none"}, {"typ", "JWT"}}, claims, {}) << "wrong_algorithm";
    QTest::newRow("alg none with a valid HS256 signature")
        << forge({{"alg", "none"}}, claims, key) << "wrong_algorithm";
    QTest::newRow("alg None in another case") << forge({{"alg", "None"}}, claims, {}) << "wrong_algorithm";
    QTest::newRow("alg hs256 in lower case") << forge({{"alg", "hs256"}}, claims, key) << "wrong_algorithm";
    QTest::newRow("alg missing") << forge({{"typ", "JWT"}}, claims, key) << "wrong_algorithm";
    QTest::newRow("alg not a string") << forge({{"alg", 256}}, claims, key) << "wrong_algorithm";
    QTest::newRow("HS512 with the right key")
        << forge({{"alg", "HS512"}, {"typ", "JWT"}}, claims, key, QCryptographicHash::Sha512) << "wrong_algorithm";
    QTest::newRow("HS384 with the right key")
        << forge({{"alg", "HS384"}}, claims, key, QCryptographicHash::Sha384) << "wrong_algorithm";
    QTest::newRow("RS256 header signed with the secret as HMAC key")
        << forge({{"alg", "RS256"}, {"typ", "JWT"}}, claims, key) << "wrong_algorithm";
    QTest::newRow("RS256 header with an RSA-sized signature")
        << forge({{"alg", "RS256"}}, claims, {}) + base64Url(QByteArray(256, 'x')) << "wrong_algorithm";
    QTest::newRow("HS256 signed with a wrong key")
        << forge(hs256Header(), claims, "another-secret-another-secret-xx") << "bad_signature";
    QTest::newRow("HS256 with an empty signature") << forge(hs256Header(), claims, {}) << "bad_signature";
    QTest::newRow("tampered payload keeps the old signature")
        << validParts[0] + '.' + base64Url(json(claimsWith("roles", QJsonArray {"admin"}))) + '.' + validParts[2]
        << "bad_signature";
    QTest::newRow("tampered header keeps the old signature") << base64Url(json({{"alg", "HS256"}, {"kid", "x"}})) + '.'
            + validParts[1] + '.' + validParts[2] << "bad_signature";
    QTest::newRow("signature with a character appended") << valid + "A"
                                                         << "bad_signature";
    QTest::newRow("expired a second ago") << signedRight(claimsWith("exp", nowS - 1)) << "expired";
    QTest::newRow("expires exactly now") << signedRight(claimsWith("exp", nowS)) << "expired";
    QTest::newRow("not valid before a minute from now") << signedRight(claimsWith("nbf", nowS + 60)) << "not_yet_valid";
    QTest::newRow("issued in the future") << signedRight(claimsWith("iat", nowS + 60)) << "not_yet_valid";
    QTest::newRow("wrong audience") << signedRight(claimsWith("aud", "other-app")) << "wrong_audience";
    QTest::newRow("audience list without ours")
        << signedRight(claimsWith("aud", QJsonArray {"other-app", "third-app"})) << "wrong_audience";
    QTest::newRow("no audience") << signedRight(claimsWith("aud", QJsonValue::Undefined)) << "wrong_audience";
    QTest::newRow("wrong issuer") << signedRight(claimsWith("iss", "evil-server")) << "wrong_issuer";
    QTest::newRow("no issuer") << signedRight(claimsWith("iss", QJsonValue::Undefined)) << "wrong_issuer";
    QTest::newRow("fractional exp") << signedRight(claimsWith("exp", double(nowS) + 600.5)) << "malformed";
    QTest::newRow("exp as text") << signedRight(claimsWith("exp", QString::number(nowS + 600))) << "malformed";
    QTest::newRow("no exp") << signedRight(claimsWith("exp", QJsonValue::Undefined)) << "malformed";
    QTest::newRow("no subject") << signedRight(claimsWith("sub", QJsonValue::Undefined)) << "malformed";
    QTest::newRow("empty subject") << signedRight(claimsWith("sub", "")) << "malformed";
    QTest::newRow("roles not a list") << signedRight(claimsWith("roles", "admin")) << "malformed";
    QTest::newRow("teams with a number") << signedRight(claimsWith("teams", QJsonArray {1})) << "malformed";
    QTest::newRow("payload not JSON") << forge(hs256Header(), "not json", key) << "malformed";
    QTest::newRow("payload a JSON array") << forge(hs256Header(), "[1,2]", key) << "malformed";
    QTest::newRow("crit header") << forge({{"alg", "HS256"}, {"crit", QJsonArray {"exp"}}}, claims, key) << "malformed";
    QTest::newRow("header with base64 padding")
        << base64Url(json(hs256Header())) + "==." + validParts[1] + '.' + validParts[2] << "malformed";
    QTest::newRow("header not JSON") << base64Url("garbage") + '.' + validParts[1] + '.' + validParts[2] << "malformed";
    QTest::newRow("empty string") << QByteArray() << "malformed";
    QTest::newRow("garbage") << QByteArray("this is not a token") << "malformed";
    QTest::newRow("two dots only") << QByteArray("..") << "malformed";
    QTest::newRow("three dots only") << QByteArray("...") << "malformed";
    QTest::newRow("four parts") << valid + ".extra"
                                << "malformed";
    QTest::newRow("two parts") << validParts[0] + '.' + validParts[1] << "malformed";
    QTest::newRow("oversized") << QByteArray(10'000, 'a') << "malformed";
    QTest::newRow("NUL bytes") << QByteArray(3, '\0') << "malformed";
}

void TestTokenService::forgedTokensAreRefused()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, failure);
    QCOMPARE(outcome(m_service->verify(token.toStdString(), nowMs)), failure);
}

void TestTokenService::expiryFollowsConfiguredLifetime()
{
    TokenService::Settings shortLived = settings();
    shortLived.lifetime = std::chrono::seconds {60};
    const TokenService service(shortLived);
    const auto issued = service.issue({"user-1", "alice", {}, {}}, nowMs);
    QCOMPARE(issued.expiresAtMs, (nowS + 60) * 1000);
    QCOMPARE(outcome(service.verify(issued.token, (nowS + 59) * 1000 + 999)), QStringLiteral("accepted"));
    QCOMPARE(outcome(service.verify(issued.token, (nowS + 60) * 1000)), QStringLiteral("expired"));
    QCOMPARE(outcome(service.verify(issued.token, (nowS - 1) * 1000)), QStringLiteral("not_yet_valid"));
    // A token from a service with another secret is refused even though everything else matches.
    const TokenService other(settings("ffffffffffffffffffffffffffffffff"));
    QCOMPARE(outcome(other.verify(issued.token, nowMs)), QStringLiteral("bad_signature"));
}

void TestTokenService::shortSecretsAreRefused_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("31 bytes") << QByteArray(31, 'k') << false;
    QTest::newRow("32 bytes") << QByteArray(32, 'k') << true;
    QTest::newRow("64 bytes") << QByteArray(64, 'k') << true;
}

void TestTokenService::shortSecretsAreRefused()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, accepted);
    bool threw = false;
    try {
        const TokenService service(settings(key.toStdString()));
    } catch (const ConfigError& error) {
        threw = true;
        QVERIFY(std::string(error.what()).find("JWT_SECRET") != std::string::npos);
    }
    QCOMPARE(threw, !accepted);
}

void TestTokenService::settingsComeFromConfig()
{
    const auto environment = [](const std::string& name) -> std::optional<std::string> {
        if (name == "JWT_SECRET") {
            return secret;
        }
        if (name == "JWT_EXPIRY") {
            return "5m";
        }
        return std::nullopt;
    };
    const TokenService::Settings fromConfig = TokenService::settingsFrom(ServerConfig::load({}, environment));
    QCOMPARE(fromConfig.secret, secret);
    QCOMPARE(fromConfig.lifetime.count(), 300);

    const auto noSecret = [](const std::string&) -> std::optional<std::string> { return std::nullopt; };
    QVERIFY_THROWS_EXCEPTION(ConfigError, TokenService(TokenService::settingsFrom(ServerConfig::load({}, noSecret))));
}

QTEST_GUILESS_MAIN(TestTokenService)
#include "TestTokenService.moc"
