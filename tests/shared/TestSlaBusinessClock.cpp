// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <string>

#include "TestSupport.h"
#include "hss/Timestamp.h"
#include "hss/sla/BusinessClock.h"
#include "hss/sla/TimeZoneDatabase.h"

using hss::CivilDate;
using hss::sla::BusinessCalendar;
using hss::sla::BusinessClock;
using hss::sla::TimeZoneDatabase;
using hss::sla::WorkingInterval;

namespace {

constexpr std::int64_t msPerMinute = 60'000;

std::int64_t at(const QString& iso)
{
    return hss::parseTimestamp(iso.toStdString()).value();
}

QString iso(std::int64_t unixMs)
{
    return QString::fromStdString(hss::formatTimestamp(unixMs));
}

BusinessCalendar weekly(const char* id, const char* zone, std::vector<WorkingInterval> hours, int days = 5)
{
    BusinessCalendar calendar;
    calendar.id = id;
    calendar.name = id;
    calendar.timeZone = zone;
    for (int day = 0; day < days; ++day) {
        calendar.hours[static_cast<std::size_t>(day)] = hours;
    }
    return calendar;
}

/// The calendars the rows refer to by id.
std::map<QString, BusinessCalendar> calendars()
{
    std::map<QString, BusinessCalendar> all;
    auto office = weekly("berlin-office", "Europe/Berlin", {{9 * 60, 17 * 60}});
    office.holidays = {CivilDate {2026, 12, 24}, CivilDate {2026, 12, 25}, CivilDate {2026, 12, 31}};
    all["berlin-office"] = office;
    all["ny-office"] = weekly("ny-office", "America/New_York", {{9 * 60, 17 * 60}});
    all["berlin-all-day"] = weekly("berlin-all-day", "Europe/Berlin", {{0, 1440}}, 7);
    all["ny-all-day"] = weekly("ny-all-day", "America/New_York", {{0, 1440}}, 7);
    all["berlin-night"] = weekly("berlin-night", "Europe/Berlin", {{0, 6 * 60}, {22 * 60, 1440}}, 7);
    auto sundayEarly = weekly("ny-sunday-early", "America/New_York", {}, 0);
    sundayEarly.hours[6] = {{60, 5 * 60}};
    all["ny-sunday-early"] = sundayEarly;
    auto always = weekly("always", "UTC", {}, 0);
    always.alwaysOpen = true;
    all["always"] = always;
    return all;
}

} // namespace

class TestSlaBusinessClock final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addBusinessTime_data();
    void addBusinessTime();
    void businessTimeBetween_data();
    void businessTimeBetween();
    void onlyHolidaysNeverDue();

private:
    BusinessClock clockFor(const QString& id) const;

    TimeZoneDatabase m_zones;
    std::map<QString, BusinessCalendar> m_calendars;
};

void TestSlaBusinessClock::initTestCase()
{
    m_calendars = calendars();
    for (const auto& [id, calendar] : m_calendars) {
        const auto valid = hss::sla::validate(calendar);
        QVERIFY2(valid.ok(), qPrintable(id));
    }
}

BusinessClock TestSlaBusinessClock::clockFor(const QString& id) const
{
    const auto& calendar = m_calendars.at(id);
    return BusinessClock(calendar, m_zones.zone(calendar.timeZone).value());
}

void TestSlaBusinessClock::addBusinessTime_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("expected");

    // Berlin office: Monday to Friday 09:00-17:00, closed 24, 25 and 31 December 2026.
    QTest::newRow("same day") << "berlin-office"
                              << "2026-11-30T10:00:00+01:00" << 90 << "2026-11-30T11:30:00+01:00";
    // A full day's worth from the opening ends at the closing, not at the next opening.
    QTest::newRow("exactly to closing time") << "berlin-office"
                                             << "2026-11-30T09:00:00+01:00" << 480 << "2026-11-30T17:00:00+01:00";
    // Friday 16:00 + 2 h: one hour on Friday, the weekend is skipped, one hour on Monday.
    QTest::newRow("over the weekend") << "berlin-office"
                                      << "2026-11-27T16:00:00+01:00" << 120 << "2026-11-30T10:00:00+01:00";
    QTest::newRow("start on Saturday") << "berlin-office"
                                       << "2026-11-28T10:00:00+01:00" << 30 << "2026-11-30T09:30:00+01:00";
    QTest::newRow("start before opening") << "berlin-office"
                                          << "2026-12-01T06:00:00+01:00" << 60 << "2026-12-01T10:00:00+01:00";
    // Wednesday 23 Dec 15:00 + 4 h: 2 h that day; Thursday and Friday are holidays, then the weekend; 2 h Monday.
    QTest::newRow("over Christmas holidays") << "berlin-office"
                                             << "2026-12-23T15:00:00+01:00" << 240 << "2026-12-28T11:00:00+01:00";
    // The Berlin DST change happens on a Sunday: Friday's hour in CET, Monday's in CEST, both 09:00-17:00 local.
    QTest::newRow("Berlin spring forward weekend") << "berlin-office"
                                                   << "2026-03-27T16:00:00+01:00" << 120 << "2026-03-30T10:00:00+02:00";
    QTest::newRow("Berlin fall back weekend") << "berlin-office"
                                              << "2026-10-23T16:00:00+02:00" << 120 << "2026-10-26T10:00:00+01:00";
    QTest::newRow("New York fall back weekend") << "ny-office"
                                                << "2026-10-30T16:00:00-04:00" << 120 << "2026-11-02T10:00:00-05:00";
    QTest::newRow("New York spring forward weekend")
        << "ny-office"
        << "2026-03-06T16:00:00-05:00" << 120 << "2026-03-09T10:00:00-04:00";
    // Open 00:00-24:00 every day: business time is real time, so 24 h from Saturday noon ends at Sunday 13:00
    // local after the 23-hour spring-forward Sunday.
    QTest::newRow("Berlin 23-hour day inside working hours")
        << "berlin-all-day"
        << "2026-03-28T12:00:00+01:00" << 1440 << "2026-03-29T13:00:00+02:00";
    // ... and at 11:00 local after New York's 25-hour fall-back Sunday.
    QTest::newRow("New York 25-hour day inside working hours")
        << "ny-all-day"
        << "2026-10-31T12:00:00-04:00" << 1440 << "2026-11-01T11:00:00-05:00";
    // Night shift 22:00-06:00 across midnight: the spring-forward night has 7 h, so the 8th hour is worked
    // from 22:00 the next evening.
    QTest::newRow("night shift across midnight, spring forward")
        << "berlin-night"
        << "2026-03-28T22:00:00+01:00" << 480 << "2026-03-29T23:00:00+02:00";
    // The fall-back night has 9 h; 8 h end at 05:00 CET.
    QTest::newRow("night shift across midnight, fall back")
        << "berlin-night"
        << "2026-10-24T22:00:00+02:00" << 480 << "2026-10-25T05:00:00+01:00";
    QTest::newRow("night shift starting mid-shift")
        << "berlin-night"
        << "2026-12-01T03:00:00+01:00" << 240 << "2026-12-01T23:00:00+01:00";
    // Sunday 01:00-05:00 in New York: 3 real hours on the spring-forward Sunday, so 3.5 h run into next Sunday.
    QTest::newRow("hours spanning the New York spring gap")
        << "ny-sunday-early"
        << "2026-03-08T01:00:00-05:00" << 210 << "2026-03-15T01:30:00-04:00";
    QTest::newRow("always open ignores weekends") << "always"
                                                  << "2026-11-28T23:50:00Z" << 30 << "2026-11-29T00:20:00Z";
}

void TestSlaBusinessClock::addBusinessTime()
{
    QFETCH(QString, calendar);
    QFETCH(QString, from);
    QFETCH(int, minutes);
    QFETCH(QString, expected);

    const auto clock = clockFor(calendar);
    const auto due = clock.addBusinessMs(at(from), minutes * msPerMinute);
    QVERIFY(due.has_value());
    QCOMPARE(iso(*due), iso(at(expected)));
    // The inverse: exactly that much business time lies between the two instants.
    QCOMPARE(clock.businessMsBetween(at(from), *due), minutes * msPerMinute);
}

void TestSlaBusinessClock::businessTimeBetween_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("minutes");

    // Friday noon to Monday noon: 5 h Friday + 3 h Monday.
    QTest::newRow("weekend counts nothing") << "berlin-office"
                                            << "2026-11-27T12:00:00+01:00"
                                            << "2026-11-30T12:00:00+01:00" << 480;
    QTest::newRow("holiday counts nothing") << "berlin-office"
                                            << "2026-12-24T08:00:00+01:00"
                                            << "2026-12-25T20:00:00+01:00" << 0;
    QTest::newRow("reversed interval") << "berlin-office"
                                       << "2026-11-30T12:00:00+01:00"
                                       << "2026-11-30T10:00:00+01:00" << 0;
    // Sunday 01:00-05:00 local: 3 h on the New York spring-forward day, 5 h on the fall-back day.
    QTest::newRow("New York spring-forward Sunday is short") << "ny-sunday-early"
                                                             << "2026-03-08T00:00:00-05:00"
                                                             << "2026-03-08T12:00:00-04:00" << 180;
    QTest::newRow("New York fall-back Sunday is long") << "ny-sunday-early"
                                                       << "2026-11-01T00:00:00-04:00"
                                                       << "2026-11-01T12:00:00-05:00" << 300;
    QTest::newRow("Berlin all-day calendar over spring forward Sunday") << "berlin-all-day"
                                                                        << "2026-03-29T00:00:00+01:00"
                                                                        << "2026-03-30T00:00:00+02:00" << 1380;
    QTest::newRow("Berlin all-day calendar over fall back Sunday") << "berlin-all-day"
                                                                   << "2026-10-25T00:00:00+02:00"
                                                                   << "2026-10-26T00:00:00+01:00" << 1500;
    // Night shift: Monday 20:00 to Tuesday 08:00 holds 22:00-06:00 = 8 h.
    QTest::newRow("night shift across midnight") << "berlin-night"
                                                 << "2026-11-30T20:00:00+01:00"
                                                 << "2026-12-01T08:00:00+01:00" << 480;
}

void TestSlaBusinessClock::businessTimeBetween()
{
    QFETCH(QString, calendar);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, minutes);

    QCOMPARE(clockFor(calendar).businessMsBetween(at(from), at(to)), minutes * msPerMinute);
}

void TestSlaBusinessClock::onlyHolidaysNeverDue()
{
    // Working hours only on Wednesdays, and every Wednesday within the clock's horizon is a holiday.
    auto calendar = weekly("wednesdays", "UTC", {}, 0);
    calendar.hours[2] = {{9 * 60, 10 * 60}};
    const std::int64_t first = hss::daysFromCivil(CivilDate {2026, 11, 25}); // a Wednesday
    for (std::int64_t day = first; day <= first + BusinessClock::horizonDays + 7; day += 7) {
        calendar.holidays.push_back(hss::civilFromDays(day));
    }
    const BusinessClock closed(calendar, m_zones.zone("UTC").value());
    QVERIFY(!closed.addBusinessMs(at("2026-11-23T00:00:00Z"), 30 * msPerMinute).has_value());
    QCOMPARE(closed.businessMsBetween(at("2026-11-23T00:00:00Z"), at("2027-11-23T00:00:00Z")), 0);
    // One Wednesday less in the list and the clock finds it.
    calendar.holidays.erase(calendar.holidays.begin() + 3);
    const BusinessClock open(calendar, m_zones.zone("UTC").value());
    QCOMPARE(iso(open.addBusinessMs(at("2026-11-23T00:00:00Z"), 30 * msPerMinute).value()),
             iso(at("2026-12-16T09:30:00Z")));
}

QTEST_GUILESS_MAIN(TestSlaBusinessClock)
#include "TestSlaBusinessClock.moc"
