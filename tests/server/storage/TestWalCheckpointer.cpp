// SPDX-License-Identifier: MIT
// SQLite's WAL is checkpointed by the server's own thread, never inside a writer's commit; the other settings that
// keep ticket reads cheap under many commits per second.
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <string>

#include <Poco/Data/Session.h>

#include "storage/Database.h"
#include "storage/WalCheckpointer.h"
#include <sqlite3.h>

using namespace Poco::Data::Keywords;

class TestWalCheckpointer final : public QObject
{
    Q_OBJECT

private slots:
    void everyConnectionLeavesCheckpointsToTheThread();
    void writesDoNotCheckpointTheThreadDoes();
    void readsNeitherMapTheFileNorCountAllocations();
};

void TestWalCheckpointer::everyConnectionLeavesCheckpointsToTheThread()
{
    QTemporaryDir dir;
    hss::server::Database database("", dir.path().toStdString(), 1, 2);
    QVERIFY(database.walCheckpointer() != nullptr);
    int pooled = -1;
    auto session = database.session();
    session << "PRAGMA wal_autocheckpoint", into(pooled), now;
    QCOMPARE(pooled, 0);
    int own = -1;
    auto writer = database.openSession();
    writer << "PRAGMA wal_autocheckpoint", into(own), now;
    QCOMPARE(own, 0);
}

void TestWalCheckpointer::writesDoNotCheckpointTheThreadDoes()
{
    QTemporaryDir dir;
    hss::server::Database database("", dir.path().toStdString(), 1, 2);
    hss::server::WalCheckpointer& checkpointer = *database.walCheckpointer();
    checkpointer.stop();
    const QString file = dir.filePath(QStringLiteral("hss.db"));
    const qint64 fileBefore = QFileInfo(file).size();

    // About 5,000 pages in 50 commits: SQLite's own automatic checkpoint would have run at 1,000.
    auto writer = database.openSession();
    writer << "CREATE TABLE wal_test (payload BLOB NOT NULL)", now;
    const std::string payload(4000, 'x');
    for (int commit = 0; commit < 50; ++commit) {
        writer.begin();
        for (int row = 0; row < 100; ++row) {
            writer << "INSERT INTO wal_test (payload) VALUES (?)", useRef(payload), now;
        }
        writer.commit();
    }
    const qint64 logged = QFileInfo(file + QStringLiteral("-wal")).size();
    QVERIFY2(logged > 16 * 1024 * 1024, qPrintable(QString::number(logged)));
    QVERIFY2(QFileInfo(file).size() < fileBefore + 4 * 1024 * 1024,
             qPrintable(QString::number(QFileInfo(file).size())));

    // The thread copies the log into the database file without anyone writing.
    checkpointer.start();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > 16 * 1024 * 1024, 15000);
    const auto outcome = checkpointer.checkpointNow();
    QVERIFY(!outcome.busy);
    QCOMPARE(outcome.checkpointedFrames, outcome.walFrames);
    Poco::Int64 rows = 0;
    writer << "SELECT COUNT(*) FROM wal_test", into(rows), now;
    QCOMPARE(rows, Poco::Int64 {5000});
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
void TestWalCheckpointer::readsNeitherMapTheFileNorCountAllocations()
{
    QTemporaryDir dir;
    hss::server::Database database("", dir.path().toStdString(), 1, 2);
    auto session = database.session();
    // SQLite unmaps a mapped file whenever another connection has committed, which cost more than it saved.
    Poco::Int64 mapped = -1;
    session << "PRAGMA mmap_size", into(mapped), now;
    QCOMPARE(mapped, Poco::Int64 {0});
    // Allocation statistics take a process-wide mutex on every allocation; they are switched off before the first
    // connection, so SQLite reports nothing used.
    session << "CREATE TABLE scratch (text TEXT)", now;
    session << "INSERT INTO scratch VALUES ('allocates')", now;
    QCOMPARE(sqlite3_memory_used(), sqlite3_int64 {0});
}

#include "TestWalCheckpointer.moc"
