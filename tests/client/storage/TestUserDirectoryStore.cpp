// SPDX-License-Identifier: MIT
#include <QtTest>

#include "StoreTestSupport.h"
#include "storage/DirectoryPerson.h"
#include "storage/LocalStore.h"
#include "storage/UserDirectoryRepository.h"

using namespace hss::client;
using hss::Role;
using hss::Uuid;

namespace {

DirectoryPerson person(const QString& username, const QString& name, std::set<Role> roles, QStringList teams)
{
    return DirectoryPerson {Uuid::createV7(), username, name, std::move(roles), std::move(teams)};
}

} // namespace

/// The user directory cached in the real SQLCipher store, so the assignee picker works offline: a fetch replaces
/// the whole list (people gone from the server go here too), it survives closing and reopening the store, and is
/// not readable in the file; the wire form decodes and rejects malformed entries.
class TestUserDirectoryStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void replaceAllKeepsExactlyTheLatestDirectory();
    void directorySurvivesReopeningAndIsEncrypted();
    void wireFormRoundTripsAndRejectsMalformedEntries();

private:
    std::optional<StoreError> open();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

std::optional<StoreError> TestUserDirectoryStore::open()
{
    m_store = std::make_unique<LocalStore>(QStringLiteral("directory"));
    const auto key = hss::test::makeKey(7);
    return m_store->open(m_dir->filePath(QStringLiteral("store.db")), hss::test::keySpan(key),
                         LocalStore::OpenMode::CreateIfMissing);
}

void TestUserDirectoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const auto error = open();
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
}

void TestUserDirectoryStore::cleanup()
{
    m_store.reset();
}

void TestUserDirectoryStore::replaceAllKeepsExactlyTheLatestDirectory()
{
    UserDirectoryRepository repository(m_store->database());
    QVERIFY(repository.all().empty());
    const DirectoryPerson zoe = person("zoe.agent", "Zoe Agent", {Role::Agent}, {"tier1"});
    const DirectoryPerson maria = person("maria", "Dr. Maria Medic", {Role::MedicalAgent, Role::Agent}, {"medical"});
    const DirectoryPerson ben = person("ben", "Ben", {Role::Supervisor}, {"tier1", "tier2"});
    QVERIFY(!repository.replaceAll({zoe, maria, ben}));
    QCOMPARE(repository.all(), (std::vector<DirectoryPerson> {ben, maria, zoe})); // by username

    // Zoe was disabled on the server, Maria renamed: the next fetch is the whole truth.
    DirectoryPerson renamed = maria;
    renamed.displayName = "Dr. Maria Medic-Lopez";
    QVERIFY(!repository.replaceAll({renamed, ben}));
    QCOMPARE(repository.all(), (std::vector<DirectoryPerson> {ben, renamed}));
    QVERIFY(!repository.replaceAll({}));
    QVERIFY(repository.all().empty());
}

void TestUserDirectoryStore::directorySurvivesReopeningAndIsEncrypted()
{
    const DirectoryPerson zelda = person("zelda.findme", "Zelda Findme", {Role::Agent}, {"tier1"});
    QVERIFY(!UserDirectoryRepository(m_store->database()).replaceAll({zelda}));
    m_store.reset();
    QVERIFY(!hss::test::fileBytes(m_dir->filePath(QStringLiteral("store.db"))).contains("zelda.findme"));
    const auto error = open();
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(UserDirectoryRepository(m_store->database()).all(), (std::vector<DirectoryPerson> {zelda}));
}

void TestUserDirectoryStore::wireFormRoundTripsAndRejectsMalformedEntries()
{
    const DirectoryPerson maria = person("maria", "Dr. Maria Medic", {Role::MedicalAgent, Role::Agent}, {"medical"});
    QCOMPARE(directoryPersonFromJson(toJson(maria)), std::optional(maria));
    QCOMPARE(maria.label(), QStringLiteral("Dr. Maria Medic (maria)"));
    nlohmann::json future = toJson(maria);
    future["roles"].push_back("astronaut"); // a role of a newer server: ignored, the person kept
    QCOMPARE(directoryPersonFromJson(future), std::optional(maria));
    for (const char* member : {"id", "username", "display_name", "roles", "teams"}) {
        nlohmann::json broken = toJson(maria);
        broken.erase(member);
        QVERIFY2(!directoryPersonFromJson(broken), member);
    }
    nlohmann::json badId = toJson(maria);
    badId["id"] = "not-a-uuid";
    QVERIFY(!directoryPersonFromJson(badId));
    QVERIFY(!directoryPersonFromJson(nlohmann::json::array()));
}

QTEST_GUILESS_MAIN(TestUserDirectoryStore)
#include "TestUserDirectoryStore.moc"
