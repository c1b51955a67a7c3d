// SPDX-License-Identifier: MIT
#include <QtTest>
#include <set>
#include <string>

#include "auth/RefreshPolicy.h"
#include "auth/RefreshTokens.h"

using hss::server::RefreshDecision;
using hss::server::RefreshPolicy;
using hss::server::RefreshTokens;
using hss::server::StoredRefreshToken;

namespace {

constexpr std::int64_t nowMs = 1'800'000'000'000;

} // namespace

class TestRefreshTokens final : public QObject
{
    Q_OBJECT

private slots:
    void generatedTokensAre256RandomBits();
    void isWellFormed_data();
    void isWellFormed();
    void hashIsSha256Hex_data();
    void hashIsSha256Hex();
    void equals_data();
    void equals();
    void lifetimeDefaultsToFourteenDays();
    void decision_data();
    void decision();
    void nonPositiveLifetimeIsRefused();
};

void TestRefreshTokens::generatedTokensAre256RandomBits()
{
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const std::string token = RefreshTokens::generate();
        QCOMPARE(token.size(), RefreshTokens::tokenLength);
        QVERIFY(RefreshTokens::isWellFormed(token));
        const QByteArray raw = QByteArray::fromBase64(QByteArray::fromStdString(token),
                                                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(raw.size(), qsizetype(32));
        QVERIFY(seen.insert(token).second);
    }
}

void TestRefreshTokens::isWellFormed_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("expected");

    QTest::newRow("43 base64url characters") << QByteArray(42, 'a') + "-" << true;
    QTest::newRow("with underscore and digits") << QByteArray(40, '_') + "09Z" << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("42 characters") << QByteArray(42, 'a') << false;
    QTest::newRow("44 characters") << QByteArray(44, 'a') << false;
    QTest::newRow("standard base64 plus") << QByteArray(42, 'a') + "+" << false;
    QTest::newRow("padding") << QByteArray(42, 'a') + "=" << false;
    QTest::newRow("a JWT-like dot") << QByteArray(42, 'a') + "." << false;
}

void TestRefreshTokens::isWellFormed()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, expected);
    QCOMPARE(RefreshTokens::isWellFormed(token.toStdString()), expected);
}

void TestRefreshTokens::hashIsSha256Hex_data()
{
    QTest::addColumn<QByteArray>("token");

    QTest::newRow("FIPS 180-2 abc") << QByteArray("abc");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a generated token") << QByteArray::fromStdString(RefreshTokens::generate());
}

void TestRefreshTokens::hashIsSha256Hex()
{
    QFETCH(QByteArray, token);
    const std::string hash = RefreshTokens::hash(token.toStdString());
    QCOMPARE(hash.size(), RefreshTokens::hashLength);
    QCOMPARE(QByteArray::fromStdString(hash), QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
    if (token == "abc") {
        QCOMPARE(hash, std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
}

void TestRefreshTokens::equals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("expected");

    const QByteArray hash = QByteArray::fromStdString(RefreshTokens::hash("token"));
    QTest::newRow("same hash") << hash << hash << true;
    QTest::newRow("differs in the last character") << hash << hash.left(63) + (hash.endsWith('0') ? "1" : "0") << false;
    QTest::newRow("differs in the first character")
        << hash << (hash.startsWith('0') ? "1" : "0") + hash.mid(1) << false;
    QTest::newRow("a prefix") << hash << hash.left(32) << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
}

void TestRefreshTokens::equals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, expected);
    QCOMPARE(RefreshTokens::equals(a.toStdString(), b.toStdString()), expected);
}

void TestRefreshTokens::lifetimeDefaultsToFourteenDays()
{
    const RefreshPolicy policy;
    QCOMPARE(policy.expiresAtMs(nowMs), nowMs + 14LL * 24 * 3600 * 1000);
    const RefreshPolicy shorter({std::chrono::hours {1}});
    QCOMPARE(shorter.expiresAtMs(nowMs), nowMs + 3600LL * 1000);
}

void TestRefreshTokens::decision_data()
{
    QTest::addColumn<qint64>("expiresInMs");
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<bool>("replaced");
    QTest::addColumn<int>("expected");

    QTest::newRow("live token rotates") << qint64(60'000) << false << false << int(RefreshDecision::Rotate);
    QTest::newRow("last millisecond rotates") << qint64(1) << false << false << int(RefreshDecision::Rotate);
    QTest::newRow("expiring exactly now") << qint64(0) << false << false << int(RefreshDecision::Expired);
    QTest::newRow("expired") << qint64(-60'000) << false << false << int(RefreshDecision::Expired);
    QTest::newRow("replaced token reused: theft")
        << qint64(60'000) << false << true << int(RefreshDecision::RevokeFamily);
    QTest::newRow("revoked token reused: theft")
        << qint64(60'000) << true << false << int(RefreshDecision::RevokeFamily);
    QTest::newRow("replaced and expired still burns the family")
        << qint64(-60'000) << false << true << int(RefreshDecision::RevokeFamily);
    QTest::newRow("revoked and replaced") << qint64(60'000) << true << true << int(RefreshDecision::RevokeFamily);
}

void TestRefreshTokens::decision()
{
    QFETCH(qint64, expiresInMs);
    QFETCH(bool, revoked);
    QFETCH(bool, replaced);
    QFETCH(int, expected);

    StoredRefreshToken token;
    token.userId = "user-1";
    token.familyId = "family-1";
    token.expiresAtMs = nowMs + expiresInMs;
    if (revoked) {
        token.revokedAtMs = nowMs - 1000;
    }
    if (replaced) {
        token.replacedBy = "token-2";
    }
    QCOMPARE(int(RefreshPolicy().decide(token, nowMs)), expected);
}

void TestRefreshTokens::nonPositiveLifetimeIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RefreshPolicy({std::chrono::seconds {0}}));
}

QTEST_GUILESS_MAIN(TestRefreshTokens)
#include "TestRefreshTokens.moc"
