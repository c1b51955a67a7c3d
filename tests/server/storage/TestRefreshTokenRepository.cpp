// SPDX-License-Identifier: MIT
#include <QtTest>

#include "StorageFixture.h"
#include "storage/RefreshTokenRepository.h"
#include "storage/UserRepository.h"

using hss::ErrorCode;
using hss::Uuid;
using hss::server::RefreshToken;
using hss::server::RefreshTokenRepository;
using hss::server::UserAccount;
using hss::server::UserRepository;

class TestRefreshTokenRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeAndFind_data();
    void storeAndFind();
    void rejectedStore_data();
    void rejectedStore();
    void rotateLinksAndRefusesReplay_data();
    void rotateLinksAndRefusesReplay();
    void revokeFamilyAndUser_data();
    void revokeFamilyAndUser();

private:
    Uuid createUser(const QString& backend);
    static RefreshToken makeToken(const Uuid& userId, const Uuid& familyId);

    hss::test::StorageFixture m_fixture;
};

void TestRefreshTokenRepository::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

Uuid TestRefreshTokenRepository::createUser(const QString& backend)
{
    UserAccount account;
    account.user.id = Uuid::createV7();
    account.user.username = "token." + account.user.id.toString().substr(24);
    account.user.displayName = "Token User";
    account.user.email = "token@example.org";
    account.user.roles = {hss::Role::Agent};
    account.passwordHash = "hash";
    UserRepository(m_fixture.database(backend), m_fixture.cipher()).create(account).value();
    return account.user.id;
}

RefreshToken TestRefreshTokenRepository::makeToken(const Uuid& userId, const Uuid& familyId)
{
    RefreshToken token;
    token.id = Uuid::createV7();
    token.userId = userId;
    token.tokenHash = "sha256:" + token.id.toString();
    token.familyId = familyId;
    token.expiresAt = 2'000'000'000'000;
    token.createdAt = 1'700'000'000'000;
    return token;
}

void TestRefreshTokenRepository::storeAndFind_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestRefreshTokenRepository::storeAndFind()
{
    QFETCH(QString, backend);
    RefreshTokenRepository tokens(m_fixture.database(backend));
    const RefreshToken token = makeToken(createUser(backend), Uuid::createV7());
    QVERIFY(tokens.store(token).ok());
    QCOMPARE(tokens.findByHash(token.tokenHash).value(), token);
    QCOMPARE(tokens.findByHash("sha256:unknown").error().code, ErrorCode::NotFound);
}

void TestRefreshTokenRepository::rejectedStore_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("code");
    for (const auto& backend : hss::test::storageBackends) {
        const QByteArray name = backend.toUtf8();
        QTest::addRow("%s: duplicate hash", name.constData())
            << backend << QStringLiteral("hash") << static_cast<int>(ErrorCode::Conflict);
        QTest::addRow("%s: unknown user", name.constData())
            << backend << QStringLiteral("user") << static_cast<int>(ErrorCode::NotFound);
    }
}

void TestRefreshTokenRepository::rejectedStore()
{
    QFETCH(QString, backend);
    QFETCH(QString, problem);
    QFETCH(int, code);
    RefreshTokenRepository tokens(m_fixture.database(backend));
    const RefreshToken first = makeToken(createUser(backend), Uuid::createV7());
    QVERIFY(tokens.store(first).ok());
    RefreshToken second = makeToken(first.userId, first.familyId);
    if (problem == QStringLiteral("hash")) {
        second.tokenHash = first.tokenHash;
    } else {
        second.userId = Uuid::createV7();
    }
    QCOMPARE(static_cast<int>(tokens.store(second).error().code), code);
}

void TestRefreshTokenRepository::rotateLinksAndRefusesReplay_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestRefreshTokenRepository::rotateLinksAndRefusesReplay()
{
    QFETCH(QString, backend);
    RefreshTokenRepository tokens(m_fixture.database(backend));
    const RefreshToken old = makeToken(createUser(backend), Uuid::createV7());
    QVERIFY(tokens.store(old).ok());
    const RefreshToken next = makeToken(old.userId, old.familyId);
    QVERIFY(tokens.rotate(old.tokenHash, next, 100).ok());
    const auto rotated = tokens.findByHash(old.tokenHash).value();
    QCOMPARE(rotated.revokedAt, std::optional<std::int64_t>(100));
    QCOMPARE(rotated.replacedBy, std::optional<Uuid>(next.id));
    QVERIFY(!tokens.findByHash(next.tokenHash).value().revokedAt.has_value());
    // Presenting the old token again is a replay.
    QCOMPARE(tokens.rotate(old.tokenHash, makeToken(old.userId, old.familyId), 101).error().code, ErrorCode::Conflict);
    QCOMPARE(tokens.rotate("sha256:unknown", makeToken(old.userId, old.familyId), 101).error().code,
             ErrorCode::NotFound);
}

void TestRefreshTokenRepository::revokeFamilyAndUser_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestRefreshTokenRepository::revokeFamilyAndUser()
{
    QFETCH(QString, backend);
    RefreshTokenRepository tokens(m_fixture.database(backend));
    const Uuid user = createUser(backend);
    const Uuid familyA = Uuid::createV7();
    const Uuid familyB = Uuid::createV7();
    for (const Uuid& family : {familyA, familyA, familyB}) {
        QVERIFY(tokens.store(makeToken(user, family)).ok());
    }
    QCOMPARE(tokens.revokeFamily(familyA.toString(), 5), 2);
    QCOMPARE(tokens.revokeFamily(familyA.toString(), 6), 0);
    QCOMPARE(tokens.revokeAllForUser(user.toString(), 7), 1);
    QCOMPARE(tokens.revokeAllForUser("../" + user.toString(), 8), 0);
}

QTEST_GUILESS_MAIN(TestRefreshTokenRepository)
#include "TestRefreshTokenRepository.moc"
