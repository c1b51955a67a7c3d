// SPDX-License-Identifier: MIT
#include <QtTest>
#include <string>

#include "auth/VerifiedTokens.h"

using hss::server::Principal;
using hss::server::VerifiedTokens;

/// The memory of verified access tokens: only the exact verified text hits, never after the token's expiry, and it
/// stays within its capacity.
class TestVerifiedTokens final : public QObject
{
    Q_OBJECT

private slots:
    void remembersUntilExpiry();
    void onlyTheExactTokenHits();
    void staysWithinCapacity();
};

namespace {

Principal principalUntil(std::int64_t expiresAtMs, const std::string& name = "amir")
{
    Principal principal;
    principal.userId = "u-" + name;
    principal.username = name;
    principal.roles = {"agent"};
    principal.teams = {"emea"};
    principal.tokenId = "jti-" + name;
    principal.expiresAtMs = expiresAtMs;
    return principal;
}

} // namespace

void TestVerifiedTokens::remembersUntilExpiry()
{
    VerifiedTokens tokens;
    QVERIFY(!tokens.find("a.b.c", 1000));
    tokens.remember("a.b.c", principalUntil(5000));
    QCOMPARE(tokens.find("a.b.c", 1000).value(), principalUntil(5000));
    QCOMPARE(tokens.find("a.b.c", 4999).value().username, std::string("amir"));
    QVERIFY(!tokens.find("a.b.c", 5000)); // expired: the full check decides (and refuses)
    QVERIFY(!tokens.find("a.b.c", 9000));
}

void TestVerifiedTokens::onlyTheExactTokenHits()
{
    VerifiedTokens tokens;
    tokens.remember("header.payload.signature", principalUntil(5000));
    QVERIFY(!tokens.find("header.payload.signaturX", 1000)); // a changed signature
    QVERIFY(!tokens.find("header.payloaX.signature", 1000)); // a changed payload
    QVERIFY(!tokens.find("header.payload.signature ", 1000));
    QVERIFY(!tokens.find("", 1000));
    QVERIFY(tokens.find("header.payload.signature", 1000));
}

void TestVerifiedTokens::staysWithinCapacity()
{
    VerifiedTokens tokens(4);
    for (int i = 0; i < 10; ++i) {
        tokens.remember("token-" + std::to_string(i), principalUntil(5000, "user" + std::to_string(i)));
        QVERIFY(tokens.size() <= 4);
    }
    // The newest is always remembered.
    QCOMPARE(tokens.find("token-9", 1000).value().username, std::string("user9"));
}

QTEST_GUILESS_MAIN(TestVerifiedTokens)
#include "TestVerifiedTokens.moc"
