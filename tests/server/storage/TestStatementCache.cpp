// SPDX-License-Identifier: MIT
#include <QtTest>
#include <memory>
#include <string>

#include <Poco/Data/DataException.h>
#include <Poco/Data/SQLite/Utility.h>

#include "StorageFixture.h"
#include "storage/Database.h"
#include "storage/StatementCache.h"
#include "storage/WriteTransaction.h"
#include <sqlite3.h>

using hss::server::Database;
using hss::server::ResultRows;
using hss::server::SqlValue;
using hss::server::StatementCache;
using hss::server::WriteTransaction;

/// Statements prepared once per connection and reused: values of every type round-trip, a statement is prepared
/// only once however often it runs, errors leave the connection usable, and the statements take part in the
/// session's transaction — on SQLite and PostgreSQL.
class TestStatementCache final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void valuesRoundTrip_data() { hss::test::StorageFixture::backendRows(); }
    void valuesRoundTrip();
    void preparedOncePerConnection_data() { hss::test::StorageFixture::backendRows(); }
    void preparedOncePerConnection();
    void errorsLeaveTheConnectionUsable_data() { hss::test::StorageFixture::backendRows(); }
    void errorsLeaveTheConnectionUsable();
    void followsTheSessionsTransaction_data() { hss::test::StorageFixture::backendRows(); }
    void followsTheSessionsTransaction();
    void brokenConnectionIsReported();

private:
    std::unique_ptr<Database> freshDatabase(const QString& backend);

    hss::test::StorageFixture m_fixture;
};

void TestStatementCache::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

std::unique_ptr<Database> TestStatementCache::freshDatabase(const QString& backend)
{
    auto database =
        std::make_unique<Database>(m_fixture.freshUrl(backend).toStdString(), m_fixture.folder().toStdString(), 1, 4);
    auto session = database->session();
    database->statements().execute(session,
                                   "CREATE TABLE scratch (id BIGINT PRIMARY KEY, label TEXT, "
                                   "amount DOUBLE PRECISION, note TEXT)");
    return database;
}

void TestStatementCache::valuesRoundTrip()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    StatementCache& statements = database->statements();
    auto session = database->session();

    const std::string unicode = "Zimmer 3 \xC3\xBC\xE2\x82\xAC 'quoted' ?";
    QCOMPARE(statements.execute(session, "INSERT INTO scratch (id, label, amount, note) VALUES (?, ?, ?, ?)",
                                {std::int64_t {9007199254740993}, unicode, 2.5, SqlValue()}),
             std::int64_t {1});
    const ResultRows rows = statements.query(session, "SELECT id, label, amount, note FROM scratch WHERE id = ?",
                                             {std::int64_t {9007199254740993}});
    QCOMPARE(rows.size(), std::size_t {1});
    QCOMPARE(rows.integer(0, 0), std::int64_t {9007199254740993});
    QCOMPARE(rows.text(0, 1), unicode);
    QCOMPARE(rows.optionalReal(0, 2).value_or(0), 2.5);
    QVERIFY(rows.isNull(0, 3));
    QVERIFY(!rows.optionalText(0, 3));
    QVERIFY(statements.query(session, "SELECT id FROM scratch WHERE id = ?", {std::int64_t {1}}).empty());
    QCOMPARE(
        statements.execute(session, "UPDATE scratch SET note = ? WHERE id > ?", {std::string("n"), std::int64_t {0}}),
        std::int64_t {1});
}

void TestStatementCache::preparedOncePerConnection()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    StatementCache& statements = database->statements();
    auto session = database->session();
    for (std::int64_t id = 1; id <= 50; ++id) {
        statements.execute(session, "INSERT INTO scratch (id, label) VALUES (?, ?)", {id, std::to_string(id)});
        QCOMPARE(statements.query(session, "SELECT label FROM scratch WHERE id = ?", {id}).text(0, 0),
                 std::to_string(id));
    }
    if (backend == QStringLiteral("sqlite")) {
        // Every statement still alive on the connection is one of ours: two, not a hundred.
        sqlite3* connection = Poco::Data::SQLite::Utility::dbHandle(session);
        int open = 0;
        for (sqlite3_stmt* statement = sqlite3_next_stmt(connection, nullptr); statement != nullptr;
             statement = sqlite3_next_stmt(connection, statement)) {
            ++open;
        }
        QCOMPARE(open, 3); // the two above and CREATE TABLE
    } else {
        const ResultRows prepared = statements.query(
            session, "SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'hss\\_%' ESCAPE '\\'");
        QCOMPARE(prepared.integer(0, 0), std::int64_t {4}); // CREATE TABLE, INSERT, SELECT and this one
    }
}

void TestStatementCache::errorsLeaveTheConnectionUsable()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    StatementCache& statements = database->statements();
    auto session = database->session();
    QVERIFY_THROWS_EXCEPTION(Poco::Data::DataException, statements.query(session, "SELECT nothing FROM nowhere"));
    statements.execute(session, "INSERT INTO scratch (id) VALUES (?)", {std::int64_t {1}});
    try {
        statements.execute(session, "INSERT INTO scratch (id) VALUES (?)", {std::int64_t {1}});
        QFAIL("a duplicate key was accepted");
    } catch (const Poco::Data::DataException& error) {
        QVERIFY2(error.displayText().find("INSERT INTO scratch") != std::string::npos, error.displayText().c_str());
    }
    QVERIFY_THROWS_EXCEPTION(Poco::Data::DataException,
                             statements.query(session, "SELECT id FROM scratch WHERE id = ?", {}));
    QCOMPARE(statements.query(session, "SELECT count(*) FROM scratch").integer(0, 0), std::int64_t {1});
}

void TestStatementCache::followsTheSessionsTransaction()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    StatementCache& statements = database->statements();
    auto session = database->session();
    {
        WriteTransaction transaction(session, database->backend());
        statements.execute(session, "INSERT INTO scratch (id) VALUES (?)", {std::int64_t {7}});
        QCOMPARE(statements.query(session, "SELECT count(*) FROM scratch").integer(0, 0), std::int64_t {1});
    } // rolled back
    QCOMPARE(statements.query(session, "SELECT count(*) FROM scratch").integer(0, 0), std::int64_t {0});
    {
        WriteTransaction transaction(session, database->backend());
        statements.execute(session, "INSERT INTO scratch (id) VALUES (?)", {std::int64_t {8}});
        transaction.commit();
    }
    auto other = database->openSession();
    QCOMPARE(statements.query(other, "SELECT id FROM scratch").integer(0, 0), std::int64_t {8});
}

void TestStatementCache::brokenConnectionIsReported()
{
    auto database = freshDatabase(QStringLiteral("postgresql"));
    StatementCache& statements = database->statements();
    auto victim = database->openSession();
    const std::int64_t pid = statements.query(victim, "SELECT pg_backend_pid()").integer(0, 0);
    auto killer = database->openSession();
    statements.query(killer, "SELECT pg_terminate_backend(?)", {pid});
    QVERIFY_THROWS_EXCEPTION(Poco::Data::DataException, statements.query(victim, "SELECT pg_backend_pid()"));
    // Other connections go on with their own statements.
    QCOMPARE(statements.query(killer, "SELECT 40 + 2").integer(0, 0), std::int64_t {42});
}

QTEST_GUILESS_MAIN(TestStatementCache)
#include "TestStatementCache.moc"
