// SPDX-License-Identifier: MIT
#include <QtTest>

#include "hss/ManualClock.h"
#include "hss/SystemClock.h"

class TestClock final : public QObject
{
    Q_OBJECT

private slots:
    void manualClockMovesOnlyWhenTold();
    void systemClockFollowsWallTime();
    void worksThroughTheInterface();
};

void TestClock::manualClockMovesOnlyWhenTold()
{
    hss::ManualClock clock(1'000);
    QCOMPARE(clock.nowMs(), std::int64_t {1'000});
    QCOMPARE(clock.nowMs(), std::int64_t {1'000});
    clock.advanceMs(250);
    QCOMPARE(clock.nowMs(), std::int64_t {1'250});
    clock.advanceMs(-500);
    QCOMPARE(clock.nowMs(), std::int64_t {750});
    clock.setNowMs(42);
    QCOMPARE(clock.nowMs(), std::int64_t {42});
}

void TestClock::systemClockFollowsWallTime()
{
    const hss::SystemClock clock;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const std::int64_t now = clock.nowMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(now >= before - 1 && now <= after + 1, qPrintable(QString::number(now)));
}

void TestClock::worksThroughTheInterface()
{
    hss::ManualClock manual(5);
    const hss::Clock& clock = manual;
    manual.advanceMs(5);
    QCOMPARE(clock.nowMs(), std::int64_t {10});
}

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
