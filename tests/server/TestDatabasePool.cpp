// SPDX-License-Identifier: MIT
#include <QtTest>
#include <chrono>
#include <optional>
#include <thread>

#include <Poco/Data/DataException.h>
#include <Poco/Data/Session.h>

#include "storage/Database.h"

using hss::server::Database;

class TestDatabasePool final : public QObject
{
    Q_OBJECT

private slots:
    void waitsForAFreeSession();
    void givesUpAfterTheWait();
    void everyPooledConnectionHasTheSettings();
};

void TestDatabasePool::waitsForAFreeSession()
{
    QTemporaryDir dir;
    Database database({}, dir.path().toStdString(), 1, 2);
    database.setSessionWait(std::chrono::seconds(5));
    auto first = std::make_optional(database.session());
    auto second = database.session();
    std::thread releaser([&first] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        first.reset();
    });
    const auto started = std::chrono::steady_clock::now();
    auto third = database.session(); // Poco's pool alone would throw here
    const auto waited = std::chrono::steady_clock::now() - started;
    releaser.join();
    QVERIFY(waited >= std::chrono::milliseconds(150));
    QVERIFY(third.isConnected());
}

void TestDatabasePool::givesUpAfterTheWait()
{
    QTemporaryDir dir;
    Database database({}, dir.path().toStdString(), 1, 2);
    database.setSessionWait(std::chrono::milliseconds(100));
    auto first = database.session();
    auto second = database.session();
    QVERIFY_THROWS_EXCEPTION(Poco::Data::SessionPoolExhaustedException, database.session());
}

void TestDatabasePool::everyPooledConnectionHasTheSettings()
{
    QTemporaryDir dir;
    Database database({}, dir.path().toStdString(), 1, 3);
    // Hold three sessions at once so three distinct connections are opened.
    auto first = database.session();
    auto second = database.session();
    auto third = database.session();
    for (Poco::Data::Session* session : {&first, &second, &third}) {
        int foreignKeys = 0;
        int synchronous = 0;
        int busyTimeout = 0;
        *session << "PRAGMA foreign_keys", Poco::Data::Keywords::into(foreignKeys), Poco::Data::Keywords::now;
        *session << "PRAGMA synchronous", Poco::Data::Keywords::into(synchronous), Poco::Data::Keywords::now;
        *session << "PRAGMA busy_timeout", Poco::Data::Keywords::into(busyTimeout), Poco::Data::Keywords::now;
        QCOMPARE(foreignKeys, 1);
        QCOMPARE(synchronous, 2);
        QCOMPARE(busyTimeout, 10000);
    }
}

QTEST_GUILESS_MAIN(TestDatabasePool)
#include "TestDatabasePool.moc"
