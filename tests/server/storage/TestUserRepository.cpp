// SPDX-License-Identifier: MIT
#include <QtTest>

#include "StorageFixture.h"
#include "storage/UserRepository.h"

using hss::ErrorCode;
using hss::Role;
using hss::Uuid;
using hss::server::UserAccount;
using hss::server::UserRepository;

class TestUserRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAndFind_data();
    void createAndFind();
    void rejectedCreate_data();
    void rejectedCreate();
    void unknownIdsAreNotFound_data();
    void unknownIdsAreNotFound();
    void updatesAccessAndProfile_data();
    void updatesAccessAndProfile();
    void passwordAndTotp_data();
    void passwordAndTotp();
    void failedLoginsAndLock_data();
    void failedLoginsAndLock();

private:
    UserRepository repository(const QString& backend);
    static UserAccount makeAccount(const std::string& prefix);

    hss::test::StorageFixture m_fixture;
};

void TestUserRepository::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

UserRepository TestUserRepository::repository(const QString& backend)
{
    return UserRepository(m_fixture.database(backend), m_fixture.cipher());
}

UserAccount TestUserRepository::makeAccount(const std::string& prefix)
{
    UserAccount account;
    account.user.id = Uuid::createV7();
    account.user.username = prefix + "." + account.user.id.toString().substr(24);
    account.user.displayName = "Some One";
    account.user.email = "someone@example.org";
    account.user.roles = {Role::Agent, Role::Supervisor};
    account.user.teams = {"Clinic North", "Night shift"};
    account.user.createdAt = 1'700'000'000'000;
    account.updatedAt = account.user.createdAt;
    account.passwordHash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
    return account;
}

void TestUserRepository::createAndFind_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestUserRepository::createAndFind()
{
    QFETCH(QString, backend);
    auto users = repository(backend);
    const UserAccount account = makeAccount("create");
    QVERIFY(users.create(account).ok());
    QCOMPARE(users.findById(account.user.id.toString()).value(), account);
    QCOMPARE(users.findByUsername(account.user.username).value(), account);
    const auto all = users.list();
    QVERIFY(std::find(all.begin(), all.end(), account.user) != all.end());
    QVERIFY(
        std::is_sorted(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.username < b.username; }));
}

void TestUserRepository::rejectedCreate_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("code");
    for (const auto& backend : hss::test::storageBackends) {
        const QByteArray name = backend.toUtf8();
        QTest::addRow("%s: duplicate username", name.constData())
            << backend << QStringLiteral("username") << static_cast<int>(ErrorCode::Conflict);
        QTest::addRow("%s: duplicate id", name.constData())
            << backend << QStringLiteral("id") << static_cast<int>(ErrorCode::Conflict);
        QTest::addRow("%s: no role", name.constData())
            << backend << QStringLiteral("roles") << static_cast<int>(ErrorCode::MissingField);
        QTest::addRow("%s: invalid username", name.constData())
            << backend << QStringLiteral("badName") << static_cast<int>(ErrorCode::InvalidArgument);
    }
}

void TestUserRepository::rejectedCreate()
{
    QFETCH(QString, backend);
    QFETCH(QString, problem);
    QFETCH(int, code);
    auto users = repository(backend);
    const UserAccount existing = makeAccount("existing");
    QVERIFY(users.create(existing).ok());
    UserAccount account = makeAccount("new");
    if (problem == QStringLiteral("username")) {
        account.user.username = existing.user.username;
    } else if (problem == QStringLiteral("id")) {
        account.user.id = existing.user.id;
    } else if (problem == QStringLiteral("roles")) {
        account.user.roles.clear();
    } else {
        account.user.username = "Robert'); DROP TABLE users;--";
    }
    const auto result = users.create(account);
    QVERIFY(!result.ok());
    QCOMPARE(static_cast<int>(result.error().code), code);
    QVERIFY(users.findById(existing.user.id.toString()).ok());
}

void TestUserRepository::unknownIdsAreNotFound_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("id");
    for (const auto& backend : hss::test::storageBackends) {
        const QByteArray name = backend.toUtf8();
        QTest::addRow("%s: path traversal", name.constData()) << backend << QStringLiteral("../../../etc/shadow");
        QTest::addRow("%s: wildcard", name.constData()) << backend << QStringLiteral("%");
        QTest::addRow("%s: unknown UUID", name.constData())
            << backend << QString::fromStdString(Uuid::createV7().toString());
    }
}

void TestUserRepository::unknownIdsAreNotFound()
{
    QFETCH(QString, backend);
    QFETCH(QString, id);
    auto users = repository(backend);
    const std::string text = id.toStdString();
    QCOMPARE(users.findById(text).error().code, ErrorCode::NotFound);
    QCOMPARE(users.findByUsername(text).error().code, ErrorCode::NotFound);
    QCOMPARE(users.setPassword(text, "x", 1).error().code, ErrorCode::NotFound);
    QCOMPARE(users.updateAccess(text, {Role::Admin}, {}, true, 1).error().code, ErrorCode::NotFound);
    QCOMPARE(users.recordFailedLogin(text, 1).error().code, ErrorCode::NotFound);
    QCOMPARE(users.lockUntil(text, 2, 1).error().code, ErrorCode::NotFound);
}

void TestUserRepository::updatesAccessAndProfile_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestUserRepository::updatesAccessAndProfile()
{
    QFETCH(QString, backend);
    auto users = repository(backend);
    const UserAccount account = makeAccount("access");
    QVERIFY(users.create(account).ok());
    const std::string id = account.user.id.toString();
    QVERIFY(users.updateAccess(id, {Role::MedicalAgent}, {"ICU"}, false, 5).ok());
    QVERIFY(users.updateProfile(id, "New Name", "new@example.org", 6).ok());
    const auto changed = users.findById(id).value();
    QCOMPARE(changed.user.roles, std::set<Role>({Role::MedicalAgent}));
    QCOMPARE(changed.user.teams, std::vector<std::string>({"ICU"}));
    QCOMPARE(changed.user.active, false);
    QCOMPARE(changed.user.displayName, std::string("New Name"));
    QCOMPARE(changed.updatedAt, 6);
    // An invalid change is refused and changes nothing.
    QCOMPARE(users.updateAccess(id, {}, {}, true, 7).error().code, ErrorCode::MissingField);
    QCOMPARE(users.findById(id).value().user.roles, std::set<Role>({Role::MedicalAgent}));
}

void TestUserRepository::passwordAndTotp_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestUserRepository::passwordAndTotp()
{
    QFETCH(QString, backend);
    auto users = repository(backend);
    const UserAccount account = makeAccount("totp");
    QVERIFY(users.create(account).ok());
    const std::string id = account.user.id.toString();
    QVERIFY(users.setPassword(id, "$argon2id$new", 10).ok());
    QVERIFY(users.setTotpSecret(id, std::string("JBSWY3DPEHPK3PXP"), 11).ok());
    auto stored = users.findById(id).value();
    QCOMPARE(stored.passwordHash, std::string("$argon2id$new"));
    QCOMPARE(stored.totpSecret, std::optional<std::string>("JBSWY3DPEHPK3PXP"));
    QVERIFY(stored.user.totpEnabled);
    QVERIFY(users.setTotpSecret(id, std::nullopt, 12).ok());
    stored = users.findById(id).value();
    QVERIFY(!stored.totpSecret.has_value());
    QVERIFY(!stored.user.totpEnabled);
}

void TestUserRepository::failedLoginsAndLock_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestUserRepository::failedLoginsAndLock()
{
    QFETCH(QString, backend);
    auto users = repository(backend);
    const UserAccount account = makeAccount("lock");
    QVERIFY(users.create(account).ok());
    const std::string id = account.user.id.toString();
    QCOMPARE(users.recordFailedLogin(id, 1).value(), 1);
    QCOMPARE(users.recordFailedLogin(id, 2).value(), 2);
    QVERIFY(users.lockUntil(id, 900'000, 3).ok());
    auto stored = users.findById(id).value();
    QCOMPARE(stored.failedLogins, 2);
    QCOMPARE(stored.lockedUntil, std::optional<std::int64_t>(900'000));
    QVERIFY(users.resetFailedLogins(id, 4).ok());
    stored = users.findById(id).value();
    QCOMPARE(stored.failedLogins, 0);
    QVERIFY(!stored.lockedUntil.has_value());
}

QTEST_GUILESS_MAIN(TestUserRepository)
#include "TestUserRepository.moc"
