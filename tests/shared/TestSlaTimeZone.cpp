// SPDX-License-Identifier: MIT
#include <QtTest>
#include <fstream>
#include <string>
#include <vector>

#include "TestSupport.h"
#include "hss/Timestamp.h"
#include "hss/sla/PosixTzRule.h"
#include "hss/sla/TimeZone.h"
#include "hss/sla/TimeZoneDatabase.h"

using hss::sla::PosixTzRule;
using hss::sla::TimeZone;
using hss::sla::TimeZoneDatabase;
using hss::test::codeName;

namespace {

std::int64_t at(const char* iso)
{
    return hss::parseTimestamp(iso).value();
}

void putBigEndian(std::string& out, std::uint64_t value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i) {
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
    }
}

/// A TZif file written byte by byte after RFC 8536: \a offsets are the local time types, \a times the
/// transitions (transition i switches to type (i + 1) % types, so type 0 is in force before the first and the
/// types take turns), then the footer for v2+.
std::string tzif(char version, const std::vector<std::int64_t>& times, const std::vector<std::int32_t>& offsets,
                 const std::string& footer, std::uint32_t leapCount = 0)
{
    std::string out;
    const auto block = [&](int timeSize) {
        out += "TZif";
        out.push_back(version);
        out.append(15, '\0');
        for (const std::uint64_t count :
             {std::uint64_t {0}, std::uint64_t {0}, std::uint64_t {leapCount}, std::uint64_t {times.size()},
              std::uint64_t {offsets.size()}, std::uint64_t {4}}) {
            putBigEndian(out, count, 4);
        }
        for (const auto time : times) {
            putBigEndian(out, static_cast<std::uint64_t>(time), timeSize);
        }
        for (std::size_t i = 0; i < times.size(); ++i) {
            out.push_back(static_cast<char>((i + 1) % offsets.size()));
        }
        for (const auto offset : offsets) {
            putBigEndian(out, static_cast<std::uint32_t>(offset), 4);
            out.push_back('\0');
            out.push_back('\0');
        }
        out.append("ABC", 4); // abbreviation characters, NUL-terminated
        for (std::uint32_t i = 0; i < leapCount; ++i) {
            putBigEndian(out, 0, timeSize + 4);
        }
    };
    block(4);
    if (version != '\0') {
        block(8);
        out += "\n" + footer + "\n";
    }
    return out;
}

} // namespace

class TestSlaTimeZone final : public QObject
{
    Q_OBJECT

private slots:
    void systemZoneOffsets_data();
    void systemZoneOffsets();
    void wallTimeToUtc_data();
    void wallTimeToUtc();
    void posixRule_data();
    void posixRule();
    void badPosixRule_data();
    void badPosixRule();
    void handWrittenTzif();
    void damagedTzif_data();
    void damagedTzif();
    void databaseNames();
};

void TestSlaTimeZone::systemZoneOffsets_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<int>("offset");

    // Berlin 2026: CET -> CEST on 29 March at 01:00 UTC, back on 25 October at 01:00 UTC.
    QTest::newRow("Berlin winter before spring forward") << "Europe/Berlin"
                                                         << "2026-03-29T00:59:59Z" << 3600;
    QTest::newRow("Berlin summer from 01:00 UTC") << "Europe/Berlin"
                                                  << "2026-03-29T01:00:00Z" << 7200;
    QTest::newRow("Berlin summer before fall back") << "Europe/Berlin"
                                                    << "2026-10-25T00:59:59Z" << 7200;
    QTest::newRow("Berlin winter after fall back") << "Europe/Berlin"
                                                   << "2026-10-25T01:00:00Z" << 3600;
    // New York 2026: EST -> EDT on 8 March at 07:00 UTC, back on 1 November at 06:00 UTC.
    QTest::newRow("New York standard before spring forward") << "America/New_York"
                                                             << "2026-03-08T06:59:59Z" << -18000;
    QTest::newRow("New York daylight from 07:00 UTC") << "America/New_York"
                                                      << "2026-03-08T07:00:00Z" << -14400;
    QTest::newRow("New York daylight before fall back") << "America/New_York"
                                                        << "2026-11-01T05:59:59Z" << -14400;
    QTest::newRow("New York standard after fall back") << "America/New_York"
                                                       << "2026-11-01T06:00:00Z" << -18000;
    // Past the file's listed transitions (2037) only the POSIX footer knows the rule.
    QTest::newRow("Berlin summer 2040 from the footer") << "Europe/Berlin"
                                                        << "2040-07-01T12:00:00Z" << 7200;
    QTest::newRow("Berlin winter 2040 from the footer") << "Europe/Berlin"
                                                        << "2040-01-15T12:00:00Z" << 3600;
    QTest::newRow("New York summer 2045 from the footer") << "America/New_York"
                                                          << "2045-07-04T12:00:00Z" << -14400;
    // History: Berlin kept CET all year in 1970 (no DST until 1980); New York had DST in 1990.
    QTest::newRow("Berlin summer 1970 had no DST") << "Europe/Berlin"
                                                   << "1970-07-01T12:00:00Z" << 3600;
    QTest::newRow("New York summer 1990") << "America/New_York"
                                          << "1990-07-01T12:00:00Z" << -14400;
}

void TestSlaTimeZone::systemZoneOffsets()
{
    QFETCH(QString, zone);
    QFETCH(QString, instant);
    QFETCH(int, offset);

    const TimeZoneDatabase database;
    const auto loaded = database.zone(zone.toStdString());
    QVERIFY2(loaded.ok(), loaded ? "" : hss::describe(loaded.error()).c_str());
    QCOMPARE(loaded.value()->offsetAt(at(instant.toUtf8().constData())), offset);
}

void TestSlaTimeZone::wallTimeToUtc_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("wallTime"); // local wall-clock time, written with Z only to parse it
    QTest::addColumn<QString>("expected");

    QTest::newRow("Berlin ordinary summer time") << "Europe/Berlin"
                                                 << "2026-07-01T09:00:00Z"
                                                 << "2026-07-01T07:00:00Z";
    // 02:30 does not exist on 29 March; it is read with the winter offset, landing on 03:30 CEST.
    QTest::newRow("Berlin 02:30 in the spring gap") << "Europe/Berlin"
                                                    << "2026-03-29T02:30:00Z"
                                                    << "2026-03-29T01:30:00Z";
    // 02:30 happens twice on 25 October; the first one (CEST, +2) is taken.
    QTest::newRow("Berlin 02:30 twice at fall back") << "Europe/Berlin"
                                                     << "2026-10-25T02:30:00Z"
                                                     << "2026-10-25T00:30:00Z";
    QTest::newRow("Berlin 03:00 just after fall back") << "Europe/Berlin"
                                                       << "2026-10-25T03:00:00Z"
                                                       << "2026-10-25T02:00:00Z";
    QTest::newRow("New York 02:30 in the spring gap") << "America/New_York"
                                                      << "2026-03-08T02:30:00Z"
                                                      << "2026-03-08T07:30:00Z";
    QTest::newRow("New York 01:30 twice at fall back, EDT first") << "America/New_York"
                                                                  << "2026-11-01T01:30:00Z"
                                                                  << "2026-11-01T05:30:00Z";
    QTest::newRow("New York midnight after fall back") << "America/New_York"
                                                       << "2026-11-02T00:00:00Z"
                                                       << "2026-11-02T05:00:00Z";
}

void TestSlaTimeZone::wallTimeToUtc()
{
    QFETCH(QString, zone);
    QFETCH(QString, wallTime);
    QFETCH(QString, expected);

    const TimeZoneDatabase database;
    const auto loaded = database.zone(zone.toStdString()).value();
    QCOMPARE(QString::fromStdString(hss::formatTimestamp(loaded->toUtc(at(wallTime.toUtf8().constData())))),
             QString::fromStdString(hss::formatTimestamp(at(expected.toUtf8().constData()))));
}

void TestSlaTimeZone::posixRule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<int>("offset");

    QTest::newRow("UTC0") << "UTC0"
                          << "2026-07-01T00:00:00Z" << 0;
    QTest::newRow("quoted name, half-hour offset") << "<+0330>-3:30"
                                                   << "2026-07-01T00:00:00Z" << 12600;
    // US rule: second Sunday of March 02:00 local standard time = 07:00 UTC on 8 March 2026.
    QTest::newRow("US rule just before the change") << "EST5EDT,M3.2.0,M11.1.0"
                                                    << "2026-03-08T06:59:59Z" << -18000;
    QTest::newRow("US rule at the change") << "EST5EDT,M3.2.0,M11.1.0"
                                           << "2026-03-08T07:00:00Z" << -14400;
    // EU rule: last Sunday of October at 03:00 local summer time = 01:00 UTC on 25 October 2026.
    QTest::newRow("EU rule ends at 01:00 UTC") << "CET-1CEST,M3.5.0,M10.5.0/3"
                                               << "2026-10-25T01:00:00Z" << 3600;
    QTest::newRow("EU rule summer just before the end") << "CET-1CEST,M3.5.0,M10.5.0/3"
                                                        << "2026-10-25T00:59:59Z" << 7200;
    // Southern hemisphere: DST spans the new year.
    QTest::newRow("Sydney January is summer") << "AEST-10AEDT,M10.1.0,M4.1.0/3"
                                              << "2026-01-15T00:00:00Z" << 39600;
    QTest::newRow("Sydney July is winter") << "AEST-10AEDT,M10.1.0,M4.1.0/3"
                                           << "2026-07-01T00:00:00Z" << 36000;
    // Israel: Thursday 26:00 = Friday 02:00; fourth Thursday of March 2026 is the 26th, so Friday 27 00:00 UTC.
    QTest::newRow("hour 26 rolls into the next day") << "IST-2IDT,M3.4.4/26,M10.5.0"
                                                     << "2026-03-27T00:00:00Z" << 10800;
    QTest::newRow("hour 26 not yet") << "IST-2IDT,M3.4.4/26,M10.5.0"
                                     << "2026-03-26T23:59:59Z" << 7200;
    // Julian day 60 is 1 March even in a leap year; day n=59 (zero-based) is 29 February in 2028.
    QTest::newRow("Jn skips 29 February") << "AAA0BBB,J60/0,J300/0"
                                          << "2028-02-29T12:00:00Z" << 0;
    QTest::newRow("n counts 29 February") << "AAA0BBB,59/0,300/0"
                                          << "2028-02-29T12:00:00Z" << 3600;
}

void TestSlaTimeZone::posixRule()
{
    QFETCH(QString, rule);
    QFETCH(QString, instant);
    QFETCH(int, offset);

    const auto parsed = PosixTzRule::parse(rule.toStdString());
    QVERIFY2(parsed.ok(), parsed ? "" : hss::describe(parsed.error()).c_str());
    QCOMPARE(parsed.value().offsetAt(at(instant.toUtf8().constData()) / 1000), offset);
}

void TestSlaTimeZone::badPosixRule_data()
{
    QTest::addColumn<QString>("rule");

    QTest::newRow("empty") << "";
    QTest::newRow("name too short") << "CE-1";
    QTest::newRow("no offset") << "CET";
    QTest::newRow("daylight name without a rule") << "CET-1CEST";
    QTest::newRow("missing end date") << "CET-1CEST,M3.5.0";
    QTest::newRow("month 13") << "CET-1CEST,M13.5.0,M10.5.0";
    QTest::newRow("week 6") << "CET-1CEST,M3.6.0,M10.5.0";
    QTest::newRow("transition hour 200") << "CET-1CEST,M3.5.0,M10.5.0/200";
    QTest::newRow("trailing text") << "CET-1CEST,M3.5.0,M10.5.0x";
    QTest::newRow("J0 does not exist") << "AAA0BBB,J0,J300";
}

void TestSlaTimeZone::badPosixRule()
{
    QFETCH(QString, rule);
    const auto parsed = PosixTzRule::parse(rule.toStdString(), "footer");
    QVERIFY(!parsed.ok());
    QCOMPARE(codeName(parsed.error().code), codeName(hss::ErrorCode::InvalidArgument));
    QCOMPARE(QString::fromStdString(parsed.error().field), QStringLiteral("footer"));
}

void TestSlaTimeZone::handWrittenTzif()
{
    // Two transitions at 1000 s (to +2 h) and 2000 s (back to +1 h), then the footer's rule (+3 h, no DST).
    const auto v2 = TimeZone::fromTzif(tzif('2', {1000, 2000}, {3600, 7200}, "<+03>-3"), "Test/Zone");
    QVERIFY2(v2.ok(), v2 ? "" : hss::describe(v2.error()).c_str());
    QCOMPARE(v2.value().name(), std::string("Test/Zone"));
    QCOMPARE(v2.value().offsetAt(999'999), 3600); // before the first transition: type 0
    QCOMPARE(v2.value().offsetAt(1'000'000), 7200);
    QCOMPARE(v2.value().offsetAt(1'999'999), 7200);
    QCOMPARE(v2.value().offsetAt(2'000'000), 10800); // from the last transition on, the footer rules
    // A v1 file has no footer: the last transition's type stays in force.
    const auto v1 = TimeZone::fromTzif(tzif('\0', {1000, 2000}, {3600, 7200}, ""), "Test/Old");
    QVERIFY(v1.ok());
    QCOMPARE(v1.value().offsetAt(5'000'000), 3600);
    // An empty footer in a v2+ file means the same.
    const auto emptyFooter = TimeZone::fromTzif(tzif('3', {1000}, {0, -3600}, ""), "Test/Empty");
    QVERIFY(emptyFooter.ok());
    QCOMPARE(emptyFooter.value().offsetAt(9'000'000), -3600);
}

void TestSlaTimeZone::damagedTzif_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const std::string good = tzif('2', {1000, 2000}, {3600, 7200}, "CET-1CEST,M3.5.0,M10.5.0/3");
    const auto bytes = [](const std::string& text) { return QByteArray(text.data(), qsizetype(text.size())); };
    QTest::newRow("not a TZif file") << QByteArray("#!/bin/sh\necho hello\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut in the data") << bytes(good.substr(0, 70));
    QTest::newRow("cut before the footer") << bytes(good.substr(0, good.size() - 28));
    QTest::newRow("unterminated footer") << bytes(good.substr(0, good.size() - 1));
    QTest::newRow("leap-second records") << bytes(tzif('2', {1000}, {0}, "UTC0", 1));
    QTest::newRow("transitions out of order") << bytes(tzif('2', {2000, 1000}, {0, 3600}, "UTC0"));
    QTest::newRow("offset beyond 26 hours") << bytes(tzif('2', {1000}, {0, 100'000}, "UTC0"));
    QTest::newRow("footer that is not a rule") << bytes(tzif('2', {1000}, {0}, "hello world"));
}

void TestSlaTimeZone::damagedTzif()
{
    QFETCH(QByteArray, bytes);
    const auto zone = TimeZone::fromTzif(std::string_view(bytes.constData(), std::size_t(bytes.size())), "Bad/Zone",
                                         "calendars[0].time_zone");
    QVERIFY(!zone.ok());
    QCOMPARE(codeName(zone.error().code), codeName(hss::ErrorCode::InvalidArgument));
    QCOMPARE(QString::fromStdString(zone.error().field), QStringLiteral("calendars[0].time_zone"));
}

void TestSlaTimeZone::databaseNames()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    {
        std::ofstream garbage(directory.filePath("Bad_Zone").toStdString(), std::ios::binary);
        garbage << "not a zone";
    }
    const TimeZoneDatabase empty(directory.path().toStdString());
    // UTC works without any tzdata (the console on a machine without /usr/share/zoneinfo).
    const auto utc = empty.zone("UTC");
    QVERIFY(utc.ok());
    QCOMPARE(utc.value()->offsetAt(at("2026-07-01T00:00:00Z")), 0);
    QCOMPARE(codeName(empty.zone("Europe/Berlin").error().code), codeName(hss::ErrorCode::NotFound));
    QCOMPARE(codeName(empty.zone("Bad_Zone").error().code), codeName(hss::ErrorCode::InvalidArgument));

    const TimeZoneDatabase system;
    for (const char* name : {"../etc/passwd", "/etc/passwd", "Europe//Berlin", "Europe/Berlin ", "", "Europe/"}) {
        const auto zone = system.zone(name, "time_zone");
        QVERIFY2(!zone.ok(), name);
        QCOMPARE(codeName(zone.error().code), codeName(hss::ErrorCode::InvalidArgument));
        QCOMPARE(QString::fromStdString(zone.error().field), QStringLiteral("time_zone"));
    }
    QCOMPARE(codeName(system.zone("Mars/Olympus_Mons").error().code), codeName(hss::ErrorCode::NotFound));
    // The same zone twice is one shared object.
    QCOMPARE(system.zone("America/New_York").value().get(), system.zone("America/New_York").value().get());
}

QTEST_GUILESS_MAIN(TestSlaTimeZone)
#include "TestSlaTimeZone.moc"
