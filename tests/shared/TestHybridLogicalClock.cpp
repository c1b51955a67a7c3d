// SPDX-License-Identifier: MIT
#include <QtTest>
#include <vector>

#include "TestSupport.h"
#include "hss/HybridLogicalClock.h"
#include "hss/ManualClock.h"

using hss::HlcTimestamp;
using hss::test::codeName;
using hss::test::qs;

namespace {

constexpr std::int64_t t0 = 1'795'680'000'000;

} // namespace

class TestHybridLogicalClock final : public QObject
{
    Q_OBJECT

private slots:
    void followsPhysicalTime();
    void countsWithinOneMillisecond();
    void monotonicWhenClockGoesBackwards();
    void receive_data();
    void receive();
    void receiveThenNowStaysAhead();
    void rejectsRemoteTooFarAhead();
    void acceptsRemoteJustInsideDrift();
    void rejectsInvalidRemote();
    void rejectsBadConfiguration();
    void causalityAcrossTwoNodes();
};

void TestHybridLogicalClock::followsPhysicalTime()
{
    hss::ManualClock clock(t0);
    hss::HybridLogicalClock hlc(clock, "node-a");
    QCOMPARE(hlc.now(), (HlcTimestamp {t0, 0, "node-a"}));
    clock.advanceMs(5);
    QCOMPARE(hlc.now(), (HlcTimestamp {t0 + 5, 0, "node-a"}));
    QCOMPARE(hlc.last(), (HlcTimestamp {t0 + 5, 0, "node-a"}));
}

void TestHybridLogicalClock::countsWithinOneMillisecond()
{
    hss::ManualClock clock(t0);
    hss::HybridLogicalClock hlc(clock, "node-a");
    QCOMPARE(hlc.now().logical, 0u);
    QCOMPARE(hlc.now().logical, 1u);
    QCOMPARE(hlc.now().logical, 2u);
    QCOMPARE(hlc.last().physicalMs, t0);
}

void TestHybridLogicalClock::monotonicWhenClockGoesBackwards()
{
    hss::ManualClock clock(t0);
    hss::HybridLogicalClock hlc(clock, "node-a");
    HlcTimestamp previous = hlc.now();
    const std::vector<std::int64_t> steps {-10'000, 0, 1, -1, -3'600'000, 20'000, 0};
    for (const std::int64_t step : steps) {
        clock.advanceMs(step);
        const HlcTimestamp next = hlc.now();
        QVERIFY2(previous < next, qPrintable(qs(previous.toString() + " !< " + next.toString())));
        QVERIFY(previous.toString() < next.toString());
        previous = next;
    }
    // The clock stayed behind t0 the whole time: the physical part held still and the counter carried the order ...
    QCOMPARE(previous, (HlcTimestamp {t0, 7, "node-a"}));
    // ... and catches up once the physical clock passes it again.
    clock.setNowMs(t0 + 50'000);
    QCOMPARE(hlc.now(), (HlcTimestamp {t0 + 50'000, 0, "node-a"}));
}

void TestHybridLogicalClock::receive_data()
{
    QTest::addColumn<qint64>("localPhysical"); // local clock reading at receive time
    QTest::addColumn<qint64>("lastPhysical"); // physical part of the local HLC before receive
    QTest::addColumn<uint>("lastLogical");
    QTest::addColumn<qint64>("remotePhysical");
    QTest::addColumn<uint>("remoteLogical");
    QTest::addColumn<qint64>("expectedPhysical");
    QTest::addColumn<uint>("expectedLogical");

    const qint64 t = t0;

    QTest::newRow("local physical clock ahead of both") << t + 100 << t << 3u << t + 50 << 9u << t + 100 << 0u;
    QTest::newRow("remote ahead: take its physical, logical+1") << t << t << 3u << t + 40 << 9u << t + 40 << 10u;
    QTest::newRow("last HLC ahead: keep it, own logical+1") << t << t + 70 << 3u << t + 40 << 9u << t + 70 << 4u;
    QTest::newRow("tie of last and remote: max logical+1") << t << t + 70 << 3u << t + 70 << 9u << t + 70 << 10u;
    QTest::newRow("tie, local counter higher") << t << t + 70 << 12u << t + 70 << 9u << t + 70 << 13u;
}

void TestHybridLogicalClock::receive()
{
    QFETCH(qint64, localPhysical);
    QFETCH(qint64, lastPhysical);
    QFETCH(uint, lastLogical);
    QFETCH(qint64, remotePhysical);
    QFETCH(uint, remoteLogical);
    QFETCH(qint64, expectedPhysical);
    QFETCH(uint, expectedLogical);

    // Bring the clock to (lastPhysical, lastLogical) through its public API.
    hss::ManualClock clock(lastPhysical);
    hss::HybridLogicalClock hlc(clock, "local");
    for (uint i = 0; i <= lastLogical; ++i) {
        (void)hlc.now();
    }
    QCOMPARE(hlc.last(), (HlcTimestamp {lastPhysical, lastLogical, "local"}));

    clock.setNowMs(localPhysical);
    const auto merged = hlc.receive(HlcTimestamp {remotePhysical, remoteLogical, "remote"});
    QVERIFY(merged.ok());
    QCOMPARE(merged.value(), (HlcTimestamp {expectedPhysical, expectedLogical, "local"}));
    QVERIFY(merged.value() > (HlcTimestamp {remotePhysical, remoteLogical, "remote"}));
    QCOMPARE(hlc.last(), merged.value());
}

void TestHybridLogicalClock::receiveThenNowStaysAhead()
{
    hss::ManualClock clock(t0);
    hss::HybridLogicalClock hlc(clock, "local");
    const auto merged = hlc.receive(HlcTimestamp {t0 + 1'000, 5, "remote"});
    QVERIFY(merged.ok());
    const HlcTimestamp next = hlc.now();
    QCOMPARE(next, (HlcTimestamp {t0 + 1'000, 7, "local"}));
}

void TestHybridLogicalClock::rejectsRemoteTooFarAhead()
{
    hss::ManualClock clock(t0);
    hss::HybridLogicalClock hlc(clock, "local", 60'000);
    const HlcTimestamp before = hlc.now();
    const auto merged = hlc.receive(HlcTimestamp {t0 + 60'001, 0, "broken-device"});
    QVERIFY2(!merged.ok(), "a stamp from a clock one minute ahead must be refused");
    QCOMPARE(codeName(merged.error().code), QStringLiteral("out_of_range"));
    QCOMPARE(qs(merged.error().field), QStringLiteral("hlc"));
    QCOMPARE(hlc.last(), before);
    QCOMPARE(hlc.now(), (HlcTimestamp {t0, 1, "local"}));
}

void TestHybridLogicalClock::acceptsRemoteJustInsideDrift()
{
    hss::ManualClock clock(t0);
    hss::HybridLogicalClock hlc(clock, "local", 60'000);
    const auto merged = hlc.receive(HlcTimestamp {t0 + 60'000, 2, "remote"});
    QVERIFY(merged.ok());
    QCOMPARE(merged.value(), (HlcTimestamp {t0 + 60'000, 3, "local"}));
    QCOMPARE(hss::HybridLogicalClock(clock, "x").maxDriftMs(), std::int64_t {24 * 60 * 60 * 1000});
}

void TestHybridLogicalClock::rejectsInvalidRemote()
{
    hss::ManualClock clock(t0);
    hss::HybridLogicalClock hlc(clock, "local");
    const auto negative = hlc.receive(HlcTimestamp {-5, 0, "remote"});
    QVERIFY(!negative.ok());
    QCOMPARE(codeName(negative.error().code), QStringLiteral("invalid_argument"));
    const auto badNode = hlc.receive(HlcTimestamp {t0, 0, "has space"});
    QVERIFY(!badNode.ok());
    QCOMPARE(codeName(badNode.error().code), QStringLiteral("invalid_argument"));
    QCOMPARE(qs(badNode.error().field), QStringLiteral("hlc"));
}

void TestHybridLogicalClock::rejectsBadConfiguration()
{
    hss::ManualClock clock(t0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hss::HybridLogicalClock(clock, ""));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hss::HybridLogicalClock(clock, "a/b"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hss::HybridLogicalClock(clock, "ok", -1));
}

void TestHybridLogicalClock::causalityAcrossTwoNodes()
{
    // Node B's clock is 5 s behind node A's; a reply still orders after the message it answers.
    hss::ManualClock clockA(t0);
    hss::ManualClock clockB(t0 - 5'000);
    hss::HybridLogicalClock a(clockA, "a");
    hss::HybridLogicalClock b(clockB, "b");
    const HlcTimestamp sent = a.now();
    const auto received = b.receive(sent);
    QVERIFY(received.ok());
    const HlcTimestamp reply = b.now();
    QVERIFY(sent < received.value());
    QVERIFY(received.value() < reply);
    const auto backAtA = a.receive(reply);
    QVERIFY(backAtA.ok());
    QVERIFY(reply < backAtA.value());
}

QTEST_GUILESS_MAIN(TestHybridLogicalClock)
#include "TestHybridLogicalClock.moc"
