// SPDX-License-Identifier: MIT
#include <QtTest>
#include <set>
#include <unordered_set>
#include <vector>

#include "TestSupport.h"
#include "hss/ManualClock.h"
#include "hss/StdRandomSource.h"
#include "hss/Uuid.h"
#include "hss/UuidV7Generator.h"

using hss::test::codeName;
using hss::test::qs;

namespace {

/// Returns the same word every time, so the layout of the random bits is predictable.
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

} // namespace

class TestUuid final : public QObject
{
    Q_OBJECT

private slots:
    void v7LayoutWithAllOnesRandom();
    void v7LayoutWithZeroRandom();
    void v7TimestampExtraction_data();
    void v7TimestampExtraction();
    void v7RejectsTimestampOutside48Bits();
    void createV7IsVersion7AndCurrent();
    void successiveIdsIncrease();
    void generatorMonotonicWhenClockStandsStill();
    void generatorMonotonicWhenClockGoesBack();
    void toStringParseRoundTrip();
    void parseAcceptsUppercase();
    void parseRejects_data();
    void parseRejects();
    void nilAndVersion();
    void orderingAndHash();
};

void TestUuid::v7LayoutWithAllOnesRandom()
{
    FixedRandom random(~std::uint64_t {0});
    const hss::Uuid id = hss::Uuid::generateV7(0x0123'4567'89AB, random);
    QCOMPARE(qs(id.toString()), QStringLiteral("01234567-89ab-7fff-bfff-ffffffffffff"));
    QCOMPARE(id.version(), 7);
    QVERIFY(id.isRfc9562Variant());
}

void TestUuid::v7LayoutWithZeroRandom()
{
    FixedRandom random(0);
    const hss::Uuid id = hss::Uuid::generateV7(1'795'680'000'000, random);
    QCOMPARE(qs(id.toString()), QStringLiteral("01a216de-5800-7000-8000-000000000000"));
    QCOMPARE(id.version(), 7);
    QVERIFY(id.isRfc9562Variant());
}

void TestUuid::v7TimestampExtraction_data()
{
    QTest::addColumn<qint64>("unixMs");

    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("design example") << qint64(1'795'680'000'000);
    QTest::newRow("largest 48-bit") << qint64((std::int64_t {1} << 48) - 1);
}

void TestUuid::v7TimestampExtraction()
{
    QFETCH(qint64, unixMs);

    hss::StdRandomSource random(7);
    const hss::Uuid id = hss::Uuid::generateV7(unixMs, random);
    QCOMPARE(id.version(), 7);
    QVERIFY(id.isRfc9562Variant());
    QVERIFY(id.timestampMs().has_value());
    QCOMPARE(qint64(*id.timestampMs()), unixMs);
}

void TestUuid::v7RejectsTimestampOutside48Bits()
{
    hss::StdRandomSource random(1);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, hss::Uuid::generateV7(-1, random));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, hss::Uuid::generateV7(std::int64_t {1} << 48, random));
}

void TestUuid::createV7IsVersion7AndCurrent()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const hss::Uuid id = hss::Uuid::createV7();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(id.version(), 7);
    QVERIFY(id.isRfc9562Variant());
    QVERIFY(*id.timestampMs() >= before && *id.timestampMs() <= after + 1);
}

void TestUuid::successiveIdsIncrease()
{
    std::vector<hss::Uuid> ids;
    for (int i = 0; i < 10'000; ++i) {
        ids.push_back(hss::Uuid::createV7());
    }
    for (std::size_t i = 1; i < ids.size(); ++i) {
        QVERIFY2(ids[i - 1] < ids[i], qPrintable(qs(ids[i - 1].toString() + " !< " + ids[i].toString())));
        QVERIFY2(ids[i - 1].toString() < ids[i].toString(), "text form must sort like the id");
    }
}

void TestUuid::generatorMonotonicWhenClockStandsStill()
{
    hss::ManualClock clock(1'795'680'000'000);
    hss::StdRandomSource random(3);
    hss::UuidV7Generator generator(clock, random);
    hss::Uuid previous = generator.next();
    for (int i = 0; i < 1'000; ++i) {
        const hss::Uuid next = generator.next();
        QVERIFY(previous < next);
        QCOMPARE(next.version(), 7);
        QVERIFY(next.isRfc9562Variant());
        QCOMPARE(*next.timestampMs(), std::int64_t {1'795'680'000'000});
        previous = next;
    }
}

void TestUuid::generatorMonotonicWhenClockGoesBack()
{
    hss::ManualClock clock(1'795'680'000'000);
    hss::StdRandomSource random(4);
    hss::UuidV7Generator generator(clock, random);
    const hss::Uuid first = generator.next();
    clock.advanceMs(-60'000);
    const hss::Uuid second = generator.next();
    QVERIFY(first < second);
    QCOMPARE(*second.timestampMs(), std::int64_t {1'795'680'000'000});
    clock.advanceMs(120'000);
    const hss::Uuid third = generator.next();
    QVERIFY(second < third);
    QCOMPARE(*third.timestampMs(), std::int64_t {1'795'680'060'000});
}

void TestUuid::toStringParseRoundTrip()
{
    hss::StdRandomSource random(11);
    for (int i = 0; i < 100; ++i) {
        const hss::Uuid id = hss::Uuid::generateV7(1'795'680'000'000 + i, random);
        const std::string text = id.toString();
        QCOMPARE(text.size(), std::size_t {36});
        const auto parsed = hss::Uuid::parse(text);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value() == id);
    }
}

void TestUuid::parseAcceptsUppercase()
{
    const auto parsed = hss::Uuid::parse("01234567-89AB-7CDE-8F01-23456789ABCD");
    QVERIFY(parsed.ok());
    QCOMPARE(qs(parsed.value().toString()), QStringLiteral("01234567-89ab-7cde-8f01-23456789abcd"));
}

void TestUuid::parseRejects_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("too short") << QByteArray("01234567-89ab-7cde-8f01-23456789abc");
    QTest::newRow("too long") << QByteArray("01234567-89ab-7cde-8f01-23456789abcde");
    QTest::newRow("no dashes") << QByteArray("0123456789ab7cde8f0123456789abcdef01");
    QTest::newRow("dash misplaced") << QByteArray("0123456-789ab-7cde-8f01-23456789abcd");
    QTest::newRow("non-hex g") << QByteArray("01234567-89ab-7cde-8f01-23456789abcg");
    QTest::newRow("braces") << QByteArray("{01234567-89ab-7cde-8f01-23456789ab}");
    QTest::newRow("urn prefix") << QByteArray("urn:uuid:01234567-89ab-7cde-8f01-2345");
    QTest::newRow("path traversal") << QByteArray("../x");
    QTest::newRow("path traversal padded to 36") << QByteArray("../../../../../../../../etc/passwd/xx");
    QTest::newRow("spaces") << QByteArray(" 1234567-89ab-7cde-8f01-23456789abcd");
    QTest::newRow("plus sign in hex") << QByteArray("+1234567-89ab-7cde-8f01-23456789abcd");
    QTest::newRow("non-ascii bytes") << QByteArray("01234567-89ab-7cde-8f01-23456789ab\xc3\xa9");
}

void TestUuid::parseRejects()
{
    QFETCH(QByteArray, text);

    const auto parsed = hss::Uuid::parse(std::string_view(text.constData(), std::size_t(text.size())), "ticket_id");
    QVERIFY2(!parsed.ok(), "bad text was accepted");
    QCOMPARE(codeName(parsed.error().code), QStringLiteral("invalid_argument"));
    QCOMPARE(qs(parsed.error().field), QStringLiteral("ticket_id"));
}

void TestUuid::nilAndVersion()
{
    const hss::Uuid nil;
    QVERIFY(nil.isNil());
    QCOMPARE(qs(nil.toString()), QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QVERIFY(!nil.timestampMs().has_value());

    const auto v4 = hss::Uuid::parse("f47ac10b-58cc-4372-a567-0e02b2c3d479");
    QVERIFY(v4.ok());
    QVERIFY(!v4.value().isNil());
    QCOMPARE(v4.value().version(), 4);
    QVERIFY(v4.value().isRfc9562Variant());
    QVERIFY(!v4.value().timestampMs().has_value());
}

void TestUuid::orderingAndHash()
{
    hss::StdRandomSource random(5);
    const hss::Uuid earlier = hss::Uuid::generateV7(1'000, random);
    const hss::Uuid later = hss::Uuid::generateV7(1'001, random);
    QVERIFY(earlier < later);
    QVERIFY(later > earlier);
    QVERIFY(earlier != later);
    QVERIFY(earlier == hss::Uuid(earlier.bytes()));

    std::unordered_set<hss::Uuid> set;
    for (int i = 0; i < 1'000; ++i) {
        set.insert(hss::Uuid::generateV7(1'000, random));
    }
    QCOMPARE(set.size(), std::size_t {1'000});
    QVERIFY(set.contains(*set.begin()));
}

QTEST_GUILESS_MAIN(TestUuid)
#include "TestUuid.moc"
