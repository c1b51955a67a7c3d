// SPDX-License-Identifier: MIT
#include <QtTest>

#include "hss/RandomSource.h"
#include "hss/StdRandomSource.h"
#include "sync/BackoffPolicy.h"

using hss::client::BackoffPolicy;
using std::chrono::milliseconds;

namespace {

/// Returns the same word every time: 0 gives the shortest delay, the largest word the longest.
class FixedRandom final : public hss::RandomSource
{
public:
    explicit FixedRandom(std::uint64_t word)
        : m_word(word)
    { }
    std::uint64_t nextU64() override { return m_word; }

private:
    std::uint64_t m_word;
};

BackoffPolicy::Settings settings()
{
    return {milliseconds(1000), milliseconds(60000), 2};
}

} // namespace

class TestBackoffPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void ceilingGrowsThenCaps_data();
    void ceilingGrowsThenCaps();
    void jitterStaysWithinHalfAndWholeCeiling();
    void extremesOfTheRandomSource();
    void resetStartsOver();
};

void TestBackoffPolicy::ceilingGrowsThenCaps_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("ceilingMs");
    QTest::newRow("first failure waits up to the initial delay") << 1 << qint64(1000);
    QTest::newRow("second failure doubles") << 2 << qint64(2000);
    QTest::newRow("fifth failure") << 5 << qint64(16000);
    QTest::newRow("seventh failure hits the cap") << 7 << qint64(60000);
    QTest::newRow("a day offline stays at the cap") << 5000 << qint64(60000);
}

void TestBackoffPolicy::ceilingGrowsThenCaps()
{
    QFETCH(int, failures);
    QFETCH(qint64, ceilingMs);
    FixedRandom random(0);
    const BackoffPolicy policy(random, settings());
    QCOMPARE(policy.ceiling(failures).count(), ceilingMs);
}

void TestBackoffPolicy::jitterStaysWithinHalfAndWholeCeiling()
{
    hss::StdRandomSource random(2024);
    BackoffPolicy policy(random, settings());
    QSet<qint64> distinct;
    for (int failure = 1; failure <= 40; ++failure) {
        const auto delay = policy.nextDelay();
        const auto top = policy.ceiling(failure);
        QVERIFY2(delay >= top / 2 && delay <= top,
                 qPrintable(QStringLiteral("failure %1: %2 ms not in [%3, %4]")
                                .arg(failure)
                                .arg(delay.count())
                                .arg(top.count() / 2)
                                .arg(top.count())));
        distinct.insert(delay.count());
    }
    QVERIFY2(distinct.size() > 20, "delays must be spread, not one fixed schedule");
}

void TestBackoffPolicy::extremesOfTheRandomSource()
{
    FixedRandom low(0);
    BackoffPolicy shortest(low, settings());
    QCOMPARE(shortest.nextDelay(), milliseconds(500));
    QCOMPARE(shortest.nextDelay(), milliseconds(1000));
    FixedRandom high(1000); // 1000 % 501 = 499 → 500 + 499 for the first ceiling of 1000
    BackoffPolicy longest(high, settings());
    QCOMPARE(longest.nextDelay(), milliseconds(999));
}

void TestBackoffPolicy::resetStartsOver()
{
    FixedRandom random(0);
    BackoffPolicy policy(random, settings());
    for (int i = 0; i < 6; ++i) {
        (void)policy.nextDelay();
    }
    QCOMPARE(policy.failures(), 6);
    policy.reset();
    QCOMPARE(policy.nextDelay(), milliseconds(500));
}

QTEST_GUILESS_MAIN(TestBackoffPolicy)
#include "TestBackoffPolicy.moc"
