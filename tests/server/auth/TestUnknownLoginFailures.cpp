// SPDX-License-Identifier: MIT
#include <QtTest>

#include "auth/LoginThrottle.h"
#include "auth/UnknownLoginFailures.h"

using hss::server::LoginThrottle;
using hss::server::UnknownLoginFailures;

/// The memory of failed logins for names without an account: throttled like accounts, and bounded.
class TestUnknownLoginFailures final : public QObject
{
    Q_OBJECT

private slots:
    void followsTheThrottle();
    void forgetsTheOldestWhenFull();
};

void TestUnknownLoginFailures::followsTheThrottle()
{
    const LoginThrottle throttle;
    UnknownLoginFailures failures;
    const std::int64_t t0 = 1'800'000'000'000;
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(failures.recordFailure("ghost", t0, throttle), i);
        QCOMPARE(failures.blockedUntil("ghost", t0), std::int64_t(0));
    }
    failures.recordFailure("ghost", t0, throttle);
    QCOMPARE(failures.blockedUntil("ghost", t0), throttle.nextAttemptAtMs(4, t0));
    QCOMPARE(failures.blockedUntil("ghost", throttle.nextAttemptAtMs(4, t0)), std::int64_t(0));
    QCOMPARE(failures.blockedUntil("someone else", t0), std::int64_t(0));
}

void TestUnknownLoginFailures::forgetsTheOldestWhenFull()
{
    const LoginThrottle throttle;
    UnknownLoginFailures failures(3);
    const std::int64_t t0 = 1'800'000'000'000;
    for (int i = 0; i < 4; ++i) {
        failures.recordFailure("oldest", t0, throttle);
    }
    QVERIFY(failures.blockedUntil("oldest", t0) > 0);
    failures.recordFailure("b", t0 + 1, throttle);
    failures.recordFailure("c", t0 + 2, throttle);
    QCOMPARE(failures.size(), std::size_t(3));
    failures.recordFailure("d", t0 + 3, throttle);
    QCOMPARE(failures.size(), std::size_t(3));
    QCOMPARE(failures.blockedUntil("oldest", t0), std::int64_t(0)); // forgotten, not the newer ones
    QCOMPARE(failures.recordFailure("b", t0 + 4, throttle), 2);
}

QTEST_GUILESS_MAIN(TestUnknownLoginFailures)
#include "TestUnknownLoginFailures.moc"
