// SPDX-License-Identifier: MIT
#include <QtTest>
#include <chrono>
#include <optional>
#include <thread>

#include <Poco/Data/DataException.h>

#include "storage/Database.h"

using hss::server::Database;

class TestDatabasePool final : public QObject
{
    Q_OBJECT

private slots:
    void waitsForAFreeSession();
    void givesUpAfterTheWait();
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

QTEST_GUILESS_MAIN(TestDatabasePool)
#include "TestDatabasePool.moc"
