// SPDX-License-Identifier: MIT
#include <QtTest>

#include "auth/LoginThrottle.h"

using hss::server::LoginThrottle;

namespace {

constexpr std::int64_t lastFailureMs = 1'800'000'000'000;

} // namespace

class TestLoginThrottle final : public QObject
{
    Q_OBJECT

private slots:
    void defaultDelays_data();
    void defaultDelays();
    void check_data();
    void check();
    void capAppliesWhenLockoutComesLater();
    void customNumbers();
    void invalidSettingsAreRefused();
};

void TestLoginThrottle::defaultDelays_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("delayMs");
    QTest::addColumn<bool>("lockout");

    QTest::newRow("no failures") << 0 << qint64(0) << false;
    QTest::newRow("1st failure is free") << 1 << qint64(0) << false;
    QTest::newRow("3rd failure is free") << 3 << qint64(0) << false;
    QTest::newRow("4th failure waits 1 s") << 4 << qint64(1000) << false;
    QTest::newRow("5th failure waits 2 s") << 5 << qint64(2000) << false;
    QTest::newRow("6th failure waits 4 s") << 6 << qint64(4000) << false;
    QTest::newRow("9th failure waits 32 s") << 9 << qint64(32'000) << false;
    QTest::newRow("10th failure locks 15 min") << 10 << qint64(900'000) << true;
    QTest::newRow("50th failure locks 15 min") << 50 << qint64(900'000) << true;
}

void TestLoginThrottle::defaultDelays()
{
    QFETCH(int, failures);
    QFETCH(qint64, delayMs);
    QFETCH(bool, lockout);
    const LoginThrottle throttle;
    QCOMPARE(qint64(throttle.delayAfter(failures).count()), delayMs);
    QCOMPARE(throttle.isLockoutCount(failures), lockout);
    QCOMPARE(qint64(throttle.nextAttemptAtMs(failures, lastFailureMs)), lastFailureMs + delayMs);
}

void TestLoginThrottle::check_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("sinceLastFailureMs");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<qint64>("retryInMs"); // relative to the last failure

    QTest::newRow("3 failures, straight away") << 3 << qint64(0) << true << false << qint64(0);
    QTest::newRow("4 failures, too early") << 4 << qint64(999) << false << false << qint64(1000);
    QTest::newRow("4 failures, exactly on time") << 4 << qint64(1000) << true << false << qint64(1000);
    QTest::newRow("7 failures, 7 s later") << 7 << qint64(7000) << false << false << qint64(8000);
    QTest::newRow("10 failures, 14 min later: locked") << 10 << qint64(14 * 60'000) << false << true << qint64(900'000);
    QTest::newRow("10 failures, 15 min later: one more try")
        << 10 << qint64(15 * 60'000) << true << false << qint64(900'000);
    QTest::newRow("11 failures, just after: locked again") << 11 << qint64(1) << false << true << qint64(900'000);
}

void TestLoginThrottle::check()
{
    QFETCH(int, failures);
    QFETCH(qint64, sinceLastFailureMs);
    QFETCH(bool, allowed);
    QFETCH(bool, locked);
    QFETCH(qint64, retryInMs);

    const std::int64_t nowMs = lastFailureMs + sinceLastFailureMs;
    const LoginThrottle::Decision decision = LoginThrottle().check(failures, lastFailureMs, nowMs);
    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(decision.locked, locked);
    QCOMPARE(qint64(decision.retryAtMs), allowed ? qint64(nowMs) : lastFailureMs + retryInMs);
}

void TestLoginThrottle::capAppliesWhenLockoutComesLater()
{
    LoginThrottle::Settings settings;
    settings.lockoutFailures = 1'000'000;
    const LoginThrottle throttle(settings);
    QCOMPARE(qint64(throttle.delayAfter(13).count()), qint64(512'000)); // 1 s doubled 9 times
    QCOMPARE(qint64(throttle.delayAfter(14).count()), qint64(900'000)); // 1024 s, capped
    QCOMPARE(qint64(throttle.delayAfter(999'999).count()), qint64(900'000)); // no overflow
}

void TestLoginThrottle::customNumbers()
{
    LoginThrottle::Settings settings;
    settings.freeFailures = 0;
    settings.firstDelay = std::chrono::seconds {5};
    settings.maxDelay = std::chrono::seconds {60};
    settings.lockoutFailures = 5;
    settings.lockoutDuration = std::chrono::seconds {3600};
    const LoginThrottle throttle(settings);
    QCOMPARE(qint64(throttle.delayAfter(0).count()), qint64(0));
    QCOMPARE(qint64(throttle.delayAfter(1).count()), qint64(5000));
    QCOMPARE(qint64(throttle.delayAfter(4).count()), qint64(40'000));
    QCOMPARE(qint64(throttle.delayAfter(5).count()), qint64(3'600'000));
}

void TestLoginThrottle::invalidSettingsAreRefused()
{
    LoginThrottle::Settings negative;
    negative.freeFailures = -1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LoginThrottle {negative});
    LoginThrottle::Settings lockoutTooEarly;
    lockoutTooEarly.lockoutFailures = lockoutTooEarly.freeFailures;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LoginThrottle {lockoutTooEarly});
    LoginThrottle::Settings capBelowFirst;
    capBelowFirst.maxDelay = std::chrono::seconds {0};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LoginThrottle {capBelowFirst});
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "TestLoginThrottle.moc"
