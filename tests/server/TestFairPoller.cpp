// SPDX-License-Identifier: MIT
#include <QtTest>
#include <atomic>
#include <chrono>
#include <functional>
#include <stdexcept>
#include <thread>

#include "storage/FairPoller.h"

using hss::server::FairPoller;
using Clock = std::chrono::steady_clock;

/// The turn-taking behind Database::session(): the caller at the front polls, a caller that gives up or fails
/// leaves the queue and the next one goes on.
class TestFairPoller final : public QObject
{
    Q_OBJECT

private slots:
    void pollsUntilTheAttemptSucceeds();
    void givesUpAtTheDeadline();
    void aFailingAttemptLeavesTheQueue();
};

namespace {

bool waitUntil(const std::function<bool()>& condition)
{
    const auto deadline = Clock::now() + std::chrono::seconds(10);
    while (!condition()) {
        if (Clock::now() > deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

} // namespace

void TestFairPoller::pollsUntilTheAttemptSucceeds()
{
    FairPoller poller(std::chrono::microseconds(100));
    QVERIFY(poller.idle());
    int attempts = 0;
    QVERIFY(poller.poll([&] { return ++attempts == 5; }, Clock::now() + std::chrono::seconds(10)));
    QCOMPARE(attempts, 5);
    QVERIFY(poller.idle());
}

void TestFairPoller::givesUpAtTheDeadline()
{
    FairPoller poller(std::chrono::milliseconds(1));
    const auto started = Clock::now();
    QVERIFY(!poller.poll([] { return false; }, started + std::chrono::milliseconds(50)));
    QVERIFY(Clock::now() - started >= std::chrono::milliseconds(45));
    QCOMPARE(poller.waiting(), std::size_t(0));
}

void TestFairPoller::aFailingAttemptLeavesTheQueue()
{
    FairPoller poller(std::chrono::milliseconds(1));
    std::atomic<bool> release {false};
    std::atomic<bool> secondDone {false};
    bool firstThrew = false;
    std::thread first([&] {
        try {
            poller.poll(
                [&]() -> bool {
                    if (release) {
                        throw std::runtime_error("the connection was refused");
                    }
                    return false;
                },
                Clock::now() + std::chrono::seconds(20));
        } catch (const std::runtime_error&) {
            firstThrew = true;
        }
    });
    QVERIFY(waitUntil([&] { return poller.waiting() == 1; }));
    std::thread second([&] { secondDone = poller.poll([] { return true; }, Clock::now() + std::chrono::seconds(20)); });
    QVERIFY(waitUntil([&] { return poller.waiting() == 2; }));
    QVERIFY(!secondDone); // behind the first, which still polls
    release = true;
    first.join();
    second.join();
    QVERIFY(firstThrew);
    QVERIFY(secondDone);
    QVERIFY(poller.idle());
}

QTEST_GUILESS_MAIN(TestFairPoller)
#include "TestFairPoller.moc"
