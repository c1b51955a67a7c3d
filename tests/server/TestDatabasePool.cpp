// SPDX-License-Identifier: MIT
#include <QtTest>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

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
    void waitersAreServedInTheOrderTheyCame();
    void aWaiterThatGivesUpLetsTheNextIn();
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

namespace {

bool waitUntil(const std::function<bool()>& condition)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!condition()) {
        if (std::chrono::steady_clock::now() > deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

} // namespace

void TestDatabasePool::waitersAreServedInTheOrderTheyCame()
{
    QTemporaryDir dir;
    Database database({}, dir.path().toStdString(), 1, 1);
    database.setSessionWait(std::chrono::seconds(20));
    auto held = std::make_optional(database.session());
    std::mutex mutex;
    std::vector<int> served;
    std::vector<std::thread> waiters;
    for (int i = 0; i < 3; ++i) {
        waiters.emplace_back([&, i] {
            auto session = database.session();
            {
                const std::lock_guard lock(mutex);
                served.push_back(i);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        });
        QVERIFY(waitUntil([&] { return database.sessionWaiters() == static_cast<std::size_t>(i + 1); }));
        // The first has waited long when the session comes back, the last only briefly: polling with a pause
        // that grows the longer one waits served the late comer first.
        std::this_thread::sleep_for(std::chrono::milliseconds(i == 0 ? 300 : i == 1 ? 100 : 1));
    }
    held.reset();
    for (auto& waiter : waiters) {
        waiter.join();
    }
    QCOMPARE(served, (std::vector<int> {0, 1, 2}));
}

void TestDatabasePool::aWaiterThatGivesUpLetsTheNextIn()
{
    QTemporaryDir dir;
    Database database({}, dir.path().toStdString(), 1, 1);
    database.setSessionWait(std::chrono::milliseconds(300));
    auto held = std::make_optional(database.session());
    bool firstGaveUp = false;
    std::thread first([&] {
        try {
            database.session();
        } catch (const Poco::Data::SessionPoolExhaustedException&) {
            firstGaveUp = true;
        }
    });
    QVERIFY(waitUntil([&] { return database.sessionWaiters() == 1; }));
    database.setSessionWait(std::chrono::seconds(20));
    bool secondServed = false;
    std::thread second([&] {
        auto session = database.session();
        secondServed = session.isConnected();
    });
    first.join(); // gave up after 300 ms, behind nobody
    QVERIFY(firstGaveUp);
    held.reset();
    second.join();
    QVERIFY(secondServed);
    QCOMPARE(database.sessionWaiters(), std::size_t(0));
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
