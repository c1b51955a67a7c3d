// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/Timestamp.h"

using hss::test::codeName;
using hss::test::qs;

class TestTimestamp final : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void parse_data();
    void parse();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void leapYears_data();
    void leapYears();
    void civilRoundTripMatchesQDate();
    void formatParseRoundTrip();
};

void TestTimestamp::format_data()
{
    QTest::addColumn<qint64>("unixMs");
    QTest::addColumn<QString>("text");

    QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00.000Z";
    QTest::newRow("design example") << qint64(1'795'680'000'000) << "2026-11-26T08:00:00.000Z";
    QTest::newRow("milliseconds kept") << qint64(1'795'680'000'123) << "2026-11-26T08:00:00.123Z";
    QTest::newRow("leap day 2024") << qint64(1'709'208'000'000) << "2024-02-29T12:00:00.000Z";
    QTest::newRow("leap day 2000") << qint64(951'782'400'000) << "2000-02-29T00:00:00.000Z";
    QTest::newRow("one ms before epoch") << qint64(-1) << "1969-12-31T23:59:59.999Z";
    QTest::newRow("1900 is not leap: Mar 1") << qint64(-2'203'891'200'000) << "1900-03-01T00:00:00.000Z";
    QTest::newRow("earliest supported") << qint64(hss::minTimestampMs) << "0001-01-01T00:00:00.000Z";
    QTest::newRow("latest supported") << qint64(hss::maxTimestampMs) << "9999-12-31T23:59:59.999Z";
    QTest::newRow("year 10000 widens") << qint64(hss::maxTimestampMs + 1) << "+10000-01-01T00:00:00.000Z";
}

void TestTimestamp::format()
{
    QFETCH(qint64, unixMs);
    QFETCH(QString, text);

    QCOMPARE(qs(hss::formatTimestamp(unixMs)), text);
}

void TestTimestamp::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("unixMs");

    QTest::newRow("Z with millis") << "2026-11-26T08:00:00.000Z" << qint64(1'795'680'000'000);
    QTest::newRow("no fraction") << "2026-11-26T08:00:00Z" << qint64(1'795'680'000'000);
    QTest::newRow("one fraction digit") << "2026-11-26T08:00:00.5Z" << qint64(1'795'680'000'500);
    QTest::newRow("microseconds truncated") << "2026-11-26T08:00:00.123999Z" << qint64(1'795'680'000'123);
    QTest::newRow("nanoseconds truncated") << "2026-11-26T08:00:00.123456789Z" << qint64(1'795'680'000'123);
    QTest::newRow("positive offset") << "2026-11-26T09:00:00.000+01:00" << qint64(1'795'680'000'000);
    QTest::newRow("negative offset") << "2026-11-26T03:00:00.000-05:00" << qint64(1'795'680'000'000);
    QTest::newRow("half-hour offset India") << "2026-11-26T13:30:00+05:30" << qint64(1'795'680'000'000);
    QTest::newRow("offset crosses midnight") << "2026-11-25T23:00:00-09:00" << qint64(1'795'680'000'000);
    QTest::newRow("zero offset") << "2026-11-26T08:00:00+00:00" << qint64(1'795'680'000'000);
    QTest::newRow("lowercase t and z") << "2026-11-26t08:00:00z" << qint64(1'795'680'000'000);
    QTest::newRow("leap day 2024") << "2024-02-29T12:00:00Z" << qint64(1'709'208'000'000);
    QTest::newRow("leap day 2000") << "2000-02-29T00:00:00Z" << qint64(951'782'400'000);
    QTest::newRow("before epoch") << "1969-12-31T23:59:59.999Z" << qint64(-1);
    QTest::newRow("earliest") << "0001-01-01T00:00:00Z" << qint64(hss::minTimestampMs);
    QTest::newRow("latest") << "9999-12-31T23:59:59.999Z" << qint64(hss::maxTimestampMs);
}

void TestTimestamp::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, unixMs);

    const auto parsed = hss::parseTimestamp(text.toStdString());
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : hss::describe(parsed.error()).c_str());
    QCOMPARE(qint64(parsed.value()), unixMs);
}

void TestTimestamp::rejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<hss::ErrorCode>("code");

    const auto invalid = hss::ErrorCode::InvalidArgument;
    QTest::newRow("empty") << QByteArray("") << invalid;
    QTest::newRow("words") << QByteArray("yesterday") << invalid;
    QTest::newRow("date only") << QByteArray("2026-11-26") << invalid;
    QTest::newRow("no offset") << QByteArray("2026-11-26T08:00:00") << invalid;
    QTest::newRow("space separator") << QByteArray("2026-11-26 08:00:00Z") << invalid;
    QTest::newRow("Feb 29 in 2025") << QByteArray("2025-02-29T00:00:00Z") << invalid;
    QTest::newRow("Feb 29 in 1900") << QByteArray("1900-02-29T00:00:00Z") << invalid;
    QTest::newRow("April 31") << QByteArray("2026-04-31T00:00:00Z") << invalid;
    QTest::newRow("month 13") << QByteArray("2026-13-01T00:00:00Z") << invalid;
    QTest::newRow("month 00") << QByteArray("2026-00-01T00:00:00Z") << invalid;
    QTest::newRow("day 00") << QByteArray("2026-01-00T00:00:00Z") << invalid;
    QTest::newRow("hour 24") << QByteArray("2026-01-01T24:00:00Z") << invalid;
    QTest::newRow("leap second") << QByteArray("2016-12-31T23:59:60Z") << invalid;
    QTest::newRow("offset hour 24") << QByteArray("2026-01-01T00:00:00+24:00") << invalid;
    QTest::newRow("offset without colon") << QByteArray("2026-01-01T00:00:00+0100") << invalid;
    QTest::newRow("empty fraction") << QByteArray("2026-01-01T00:00:00.Z") << invalid;
    QTest::newRow("ten fraction digits") << QByteArray("2026-01-01T00:00:00.1234567890Z") << invalid;
    QTest::newRow("trailing text") << QByteArray("2026-01-01T00:00:00Zjunk") << invalid;
    QTest::newRow("two-digit year") << QByteArray("26-01-01T00:00:00Z") << invalid;
    QTest::newRow("signed year") << QByteArray("+2026-01-01T00:00:00Z") << invalid;
    QTest::newRow("non-ascii digit") << QByteArray("2026-01-0\xd9\xa1T00:00:00Z") << invalid;
    QTest::newRow("year 0000") << QByteArray("0000-12-31T23:59:59Z") << hss::ErrorCode::OutOfRange;
    QTest::newRow("offset pushes before year 1")
        << QByteArray("0001-01-01T00:00:00+00:01") << hss::ErrorCode::OutOfRange;
}

void TestTimestamp::rejectsGarbage()
{
    QFETCH(QByteArray, text);
    QFETCH(hss::ErrorCode, code);

    const auto parsed = hss::parseTimestamp(std::string_view(text.constData(), std::size_t(text.size())), "due_at");
    QVERIFY2(!parsed.ok(), "garbage was accepted");
    QCOMPARE(codeName(parsed.error().code), codeName(code));
    QCOMPARE(qs(parsed.error().field), QStringLiteral("due_at"));
}

void TestTimestamp::leapYears_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");

    QTest::newRow("2024 divisible by 4") << 2024 << true;
    QTest::newRow("2026 common") << 2026 << false;
    QTest::newRow("1900 century") << 1900 << false;
    QTest::newRow("2100 century") << 2100 << false;
    QTest::newRow("2000 divisible by 400") << 2000 << true;
    QTest::newRow("1600 divisible by 400") << 1600 << true;
}

void TestTimestamp::leapYears()
{
    QFETCH(int, year);
    QFETCH(bool, leap);

    QCOMPARE(hss::isLeapYear(year), leap);
    QCOMPARE(hss::daysInMonth(year, 2), leap ? 29u : 28u);
    const std::string feb29 = QStringLiteral("%1-02-29T00:00:00Z").arg(year, 4, 10, QLatin1Char('0')).toStdString();
    QCOMPARE(hss::parseTimestamp(feb29).ok(), leap);
}

void TestTimestamp::civilRoundTripMatchesQDate()
{
    // QDate is an independent implementation of the same proleptic Gregorian calendar (it has no year 0, so the
    // comparison covers 0001-01-01 .. 9999-12-31, the range the wire format carries).
    const QDate epoch(1970, 1, 1);
    for (std::int64_t days = -719'162; days <= 2'932'896; days += 997) {
        const hss::CivilDate civil = hss::civilFromDays(days);
        const QDate expected = epoch.addDays(days);
        QCOMPARE(int(civil.year), expected.year());
        QCOMPARE(int(civil.month), expected.month());
        QCOMPARE(int(civil.day), expected.day());
        QCOMPARE(hss::daysFromCivil(civil), days);
    }
}

void TestTimestamp::formatParseRoundTrip()
{
    for (std::int64_t ms = hss::minTimestampMs; ms < hss::maxTimestampMs; ms += 7'777'777'777'777) {
        const auto parsed = hss::parseTimestamp(hss::formatTimestamp(ms));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), ms);
    }
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "TestTimestamp.moc"
