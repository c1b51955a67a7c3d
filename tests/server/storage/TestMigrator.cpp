// SPDX-License-Identifier: MIT
#include <QtTest>
#include <memory>

#include <Poco/Data/Session.h>
#include <Poco/Exception.h>

#include "StorageFixture.h"
#include "storage/Migrator.h"

using hss::server::Database;
using hss::server::Migrator;
using namespace Poco::Data::Keywords;

class TestMigrator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migratesEmptyDatabase_data();
    void migratesEmptyDatabase();
    void migratesFromVersionOne_data();
    void migratesFromVersionOne();
    void kbArticlesGetTheirCurrentVersionAsHistory_data();
    void kbArticlesGetTheirCurrentVersionAsHistory();
    void rerunIsIdempotent_data();
    void rerunIsIdempotent();
    void refusesNewerDatabase_data();
    void refusesNewerDatabase();
    void step16LeavesExistingUsersFreeToWork_data();
    void step16LeavesExistingUsersFreeToWork();

private:
    // A plain session on the database behind \a url, without migrating it.
    Poco::Data::Session rawSession(const QString& backend, const std::string& url);
    static Database::Backend backendOf(const QString& name);

    hss::test::StorageFixture m_fixture;
};

void TestMigrator::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    // Registers the Poco connectors for rawSession().
    m_fixture.database(QStringLiteral("sqlite"));
}

Database::Backend TestMigrator::backendOf(const QString& name)
{
    return name == QStringLiteral("sqlite") ? Database::Backend::SQLite : Database::Backend::PostgreSQL;
}

Poco::Data::Session TestMigrator::rawSession(const QString& backend, const std::string& url)
{
    if (backend == QStringLiteral("sqlite")) {
        return Poco::Data::Session("sqlite", url.substr(std::string("sqlite:").size()));
    }
    const QString database = QString::fromStdString(url).section(QLatin1Char('/'), -1);
    return Poco::Data::Session("postgresql", m_fixture.cluster().keyValueConnection(database).toStdString());
}

void TestMigrator::migratesEmptyDatabase_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestMigrator::migratesEmptyDatabase()
{
    QFETCH(QString, backend);
    const std::string url = m_fixture.freshUrl(backend).toStdString();
    Database database(url, m_fixture.folder().toStdString(), 1, 2);
    QCOMPARE(database.schemaVersion(), Migrator::latestVersion());
    auto session = database.session();
    for (const char* table : {"users", "refresh_tokens", "tickets", "comments", "kb_articles", "kb_votes", "courses",
                              "course_modules", "enrollments", "certificates", "feedback", "audit_log"}) {
        int rows = -1;
        session << std::string("SELECT COUNT(*) FROM ") + table, into(rows), now;
        QCOMPARE(rows, 0);
    }
}

void TestMigrator::step16LeavesExistingUsersFreeToWork_data()
{
    hss::test::StorageFixture::backendRows();
}

// Step 16 adds users.must_change_password: accounts from before it must not be asked for a new password.
void TestMigrator::step16LeavesExistingUsersFreeToWork()
{
    QFETCH(QString, backend);
    const std::string url = m_fixture.freshUrl(backend).toStdString();
    {
        auto session = rawSession(backend, url);
        Migrator(session, backendOf(backend)).migrateTo(14);
        session << "INSERT INTO users (id, username, display_name, email, roles, teams, active, totp_enabled, "
                   "created_at, password_hash, failed_logins, updated_at) VALUES ("
                   "'0192f3a4-5b6c-7d8e-9f01-23456789abcd', 'olga.old', 'Olga Old', 'olga@clinic.example', "
                   "'[\"agent\"]', '[\"tier1\"]', 1, 0, 1, 'hash', 0, 1)",
            now;
    }
    Database database(url, m_fixture.folder().toStdString(), 1, 2);
    QCOMPARE(database.schemaVersion(), Migrator::latestVersion());
    auto session = database.session();
    int mustChange = -1;
    session << "SELECT must_change_password FROM users WHERE username = 'olga.old'", into(mustChange), now;
    QCOMPARE(mustChange, 0);
}

void TestMigrator::migratesFromVersionOne_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestMigrator::migratesFromVersionOne()
{
    QFETCH(QString, backend);
    const std::string url = m_fixture.freshUrl(backend).toStdString();
    {
        auto session = rawSession(backend, url);
        Migrator(session, backendOf(backend)).migrateTo(1);
        QCOMPARE(Migrator(session, backendOf(backend)).currentVersion(), 1);
        session << "INSERT INTO server_info (key, value) VALUES ('installed', 'v1')", now;
    }
    Database database(url, m_fixture.folder().toStdString(), 1, 2);
    QCOMPARE(database.schemaVersion(), Migrator::latestVersion());
    auto session = database.session();
    std::string value;
    session << "SELECT value FROM server_info WHERE key = 'installed'", into(value), now;
    QCOMPARE(value, std::string("v1"));
    int tickets = -1;
    session << "SELECT COUNT(*) FROM tickets", into(tickets), now;
    QCOMPARE(tickets, 0);
}

void TestMigrator::kbArticlesGetTheirCurrentVersionAsHistory_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestMigrator::kbArticlesGetTheirCurrentVersionAsHistory()
{
    // An article stored before step 15 gets its editor (its author) and its current version as the first history row.
    QFETCH(QString, backend);
    const std::string url = m_fixture.freshUrl(backend).toStdString();
    const std::string id = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
    const std::string author = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60";
    {
        auto session = rawSession(backend, url);
        Migrator(session, backendOf(backend)).migrateTo(14);
        session << "INSERT INTO kb_articles (id, title, body, category, content_type, status, language, version, "
                   "video_url, updated_at, author_id) VALUES ('"
                + id
                + "', 'Old title', '<p>Old body</p>', 'troubleshooting', 'faq', 'published', 'en', 3, "
                  "NULL, 1700000000000, '"
                + author + "')",
            now;
    }
    Database database(url, m_fixture.folder().toStdString(), 1, 2);
    QCOMPARE(database.schemaVersion(), Migrator::latestVersion());
    auto session = database.session();
    std::string editedBy;
    session << "SELECT edited_by FROM kb_articles WHERE id = '" + id + "'", into(editedBy), now;
    QCOMPARE(editedBy, author);
    int versions = -1;
    int version = -1;
    std::string title;
    std::string body;
    std::string versionEditor;
    session << "SELECT COUNT(*) FROM kb_article_versions WHERE article_id = '" + id + "'", into(versions), now;
    session << "SELECT version, title, body, edited_by FROM kb_article_versions WHERE article_id = '" + id + "'",
        into(version), into(title), into(body), into(versionEditor), now;
    QCOMPARE(versions, 1);
    QCOMPARE(version, 3);
    QCOMPARE(title, std::string("Old title"));
    QCOMPARE(body, std::string("<p>Old body</p>"));
    QCOMPARE(versionEditor, author);
}

void TestMigrator::rerunIsIdempotent_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestMigrator::rerunIsIdempotent()
{
    QFETCH(QString, backend);
    const std::string url = m_fixture.freshUrl(backend).toStdString();
    {
        Database first(url, m_fixture.folder().toStdString(), 1, 2);
        auto session = first.session();
        session << "INSERT INTO server_info (key, value) VALUES ('kept', 'yes')", now;
    }
    Database second(url, m_fixture.folder().toStdString(), 1, 2);
    auto session = second.session();
    Migrator(session, second.backend()).migrate();
    QCOMPARE(second.schemaVersion(), Migrator::latestVersion());
    int versions = 0;
    session << "SELECT COUNT(*) FROM schema_version", into(versions), now;
    QCOMPARE(versions, 1);
    int kept = 0;
    session << "SELECT COUNT(*) FROM server_info WHERE key = 'kept'", into(kept), now;
    QCOMPARE(kept, 1);
}

void TestMigrator::refusesNewerDatabase_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestMigrator::refusesNewerDatabase()
{
    QFETCH(QString, backend);
    const std::string url = m_fixture.freshUrl(backend).toStdString();
    {
        Database database(url, m_fixture.folder().toStdString(), 1, 2);
        auto session = database.session();
        session << "UPDATE schema_version SET version = 999", now;
    }
    QVERIFY_THROWS_EXCEPTION(Poco::DataException, Database(url, m_fixture.folder().toStdString(), 1, 2));
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
