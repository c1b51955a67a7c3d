// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>

#include "TestSupport.h"
#include "hss/Timestamp.h"
#include "hss/metrics/DurationStats.h"
#include "hss/metrics/Granularity.h"
#include "hss/metrics/ResponseKpis.h"

using hss::TicketStatus;
using hss::test::qs;
namespace metrics = hss::metrics;
using metrics::DurationStats;
using metrics::Granularity;
using metrics::Period;
using metrics::TeamFilter;
using metrics::TicketFacts;

Q_DECLARE_METATYPE(hss::metrics::Granularity)

namespace {

constexpr std::int64_t minute = 60'000;

qint64 at(const char* text)
{
    return hss::parseTimestamp(text).value();
}

Period period(const char* from, const char* to)
{
    return Period {at(from), at(to)};
}

QString describe(const Period& bucket)
{
    return qs(hss::formatTimestamp(bucket.from)) + " .. " + qs(hss::formatTimestamp(bucket.to));
}

QStringList describe(const std::vector<Period>& buckets)
{
    QStringList lines;
    for (const Period& bucket : buckets) {
        lines << describe(bucket);
    }
    return lines;
}

QString minutesOf(const std::optional<double>& ms)
{
    return ms ? QString::number(*ms / minute) : QStringLiteral("-");
}

/// "n 5 x 1 mean 75 median 60 p90 120": count, excluded and the statistics in minutes, so a failure shows them all.
QString describe(const DurationStats& stats)
{
    return QStringLiteral("n %1 x %2 mean %3 median %4 p90 %5")
        .arg(stats.count)
        .arg(stats.excluded)
        .arg(minutesOf(stats.meanMs), minutesOf(stats.medianMs), minutesOf(stats.p90Ms));
}

TicketFacts ticket(const char* team, const char* createdAt, std::optional<std::int64_t> firstResponseAt,
                   std::optional<std::int64_t> resolvedAt, TicketStatus status)
{
    TicketFacts facts;
    facts.team = team;
    facts.createdAt = at(createdAt);
    facts.firstResponseAt = firstResponseAt;
    facts.resolvedAt = resolvedAt;
    facts.status = status;
    return facts;
}

/// The week of Monday 2026-11-02 (UTC).
Period week()
{
    return period("2026-11-02T00:00:00Z", "2026-11-09T00:00:00Z");
}

/// Tickets for first-response time over week(); the comment on each gives what it contributes.
std::vector<TicketFacts> responseTickets()
{
    const auto open = TicketStatus::Open;
    const auto resolved = TicketStatus::Resolved;
    return {
        // 30 min.
        ticket("clinical", "2026-11-02T08:00:00Z", at("2026-11-02T08:30:00Z"), {}, open),
        // 120 min.
        ticket("tech", "2026-11-02T09:00:00Z", at("2026-11-02T11:00:00Z"), {}, open),
        // Created the day before the period, answered inside it: 120 min.
        ticket("tech", "2026-11-01T23:00:00Z", at("2026-11-02T01:00:00Z"), {}, open),
        // Answered exactly at the period's end: outside (half-open).
        ticket("tech", "2026-11-08T23:00:00Z", at("2026-11-09T00:00:00Z"), {}, open),
        // No reply, resolved after 45 min: the resolution is the first response: 45 min.
        ticket("clinical", "2026-11-03T10:00:00Z", {}, at("2026-11-03T10:45:00Z"), resolved),
        // Resolved (11:00) before the first reply was recorded (12:00): the earlier one counts: 60 min.
        ticket("tech", "2026-11-04T10:00:00Z", at("2026-11-04T12:00:00Z"), at("2026-11-04T11:00:00Z"), resolved),
        // Not answered yet: not counted.
        ticket("tech", "2026-11-05T10:00:00Z", {}, {}, open),
        // A reply an hour before creation is bad data: excluded.
        ticket("tech", "2026-11-05T10:00:00Z", at("2026-11-05T09:00:00Z"), {}, open),
    };
}

/// Tickets for resolution time over week().
std::vector<TicketFacts> resolutionTickets()
{
    std::vector<TicketFacts> tickets {
        // 4 h = 240 min.
        ticket("tech", "2026-11-02T08:00:00Z", {}, at("2026-11-02T12:00:00Z"), TicketStatus::Resolved),
        // Reopened (back in progress, the old resolvedAt kept): not resolved, not counted.
        ticket("tech", "2026-11-03T08:00:00Z", {}, at("2026-11-03T09:00:00Z"), TicketStatus::InProgress),
        // Resolved after a day, closed later: 1440 min (closing does not move the resolution).
        ticket("clinical", "2026-11-03T08:00:00Z", {}, at("2026-11-04T08:00:00Z"), TicketStatus::Closed),
        // Closed without a resolution (a duplicate): not counted.
        ticket("tech", "2026-11-04T08:00:00Z", {}, {}, TicketStatus::Closed),
        // Created three days before the period, resolved in it: 4320 min.
        ticket("tech", "2026-10-30T08:00:00Z", {}, at("2026-11-02T08:00:00Z"), TicketStatus::Resolved),
        // Resolved at the period's end: outside.
        ticket("tech", "2026-11-08T08:00:00Z", {}, at("2026-11-09T00:00:00Z"), TicketStatus::Resolved),
    };
    tickets[2].closedAt = at("2026-11-05T08:00:00Z");
    tickets[3].closedAt = at("2026-11-04T09:00:00Z");
    return tickets;
}

} // namespace

/// Time-based KPIs: bucket boundaries, duration statistics, first response and resolution time and their trends.
class TestKpiTimes final : public QObject
{
    Q_OBJECT

private slots:
    void bucketsAreClippedCalendarUnits_data();
    void bucketsAreClippedCalendarUnits();
    void bucketStartsAreUtcCalendarBoundaries();
    void granularityNamesRoundTrip();
    void durationStatistics_data();
    void durationStatistics();
    void durationStatisticsMatchASortedReference();
    void firstResponseTime_data();
    void firstResponseTime();
    void reopenedTicketKeepsItsFirstResponse();
    void firstResponseTimeByTeamEqualsOneTeamAtATime_data();
    void firstResponseTimeByTeamEqualsOneTeamAtATime();
    void resolutionTime_data();
    void resolutionTime();
    void firstResponseTrendPerDay();
    void resolutionTrendAcrossMonthEnd();
};

void TestKpiTimes::bucketsAreClippedCalendarUnits_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<Granularity>("granularity");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("days across a month end, partial first day")
        << at("2026-11-29T12:00:00Z") << at("2026-12-02T00:00:00Z") << Granularity::Day
        << QStringList {"2026-11-29T12:00:00.000Z .. 2026-11-30T00:00:00.000Z",
                        "2026-11-30T00:00:00.000Z .. 2026-12-01T00:00:00.000Z",
                        "2026-12-01T00:00:00.000Z .. 2026-12-02T00:00:00.000Z"};
    // 2026-11-26 is a Thursday; weeks start on Monday 00:00Z.
    QTest::newRow("weeks from a Thursday noon to a Thursday")
        << at("2026-11-26T12:00:00Z") << at("2026-12-10T00:00:00Z") << Granularity::Week
        << QStringList {"2026-11-26T12:00:00.000Z .. 2026-11-30T00:00:00.000Z",
                        "2026-11-30T00:00:00.000Z .. 2026-12-07T00:00:00.000Z",
                        "2026-12-07T00:00:00.000Z .. 2026-12-10T00:00:00.000Z"};
    QTest::newRow("months through February 2026 (28 days)")
        << at("2026-01-15T00:00:00Z") << at("2026-04-01T00:00:00Z") << Granularity::Month
        << QStringList {"2026-01-15T00:00:00.000Z .. 2026-02-01T00:00:00.000Z",
                        "2026-02-01T00:00:00.000Z .. 2026-03-01T00:00:00.000Z",
                        "2026-03-01T00:00:00.000Z .. 2026-04-01T00:00:00.000Z"};
    QTest::newRow("months across a year end, leap February 2028")
        << at("2027-12-10T00:00:00Z") << at("2028-03-01T00:00:00Z") << Granularity::Month
        << QStringList {"2027-12-10T00:00:00.000Z .. 2028-01-01T00:00:00.000Z",
                        "2028-01-01T00:00:00.000Z .. 2028-02-01T00:00:00.000Z",
                        "2028-02-01T00:00:00.000Z .. 2028-03-01T00:00:00.000Z"};
    QTest::newRow("a period inside one day is one bucket")
        << at("2026-11-26T08:00:00Z") << at("2026-11-26T09:00:00Z") << Granularity::Month
        << QStringList {"2026-11-26T08:00:00.000Z .. 2026-11-26T09:00:00.000Z"};
    QTest::newRow("empty period: no buckets")
        << at("2026-11-26T08:00:00Z") << at("2026-11-26T08:00:00Z") << Granularity::Day << QStringList {};
    QTest::newRow("reversed period: no buckets")
        << at("2026-11-27T08:00:00Z") << at("2026-11-26T08:00:00Z") << Granularity::Day << QStringList {};
}

void TestKpiTimes::bucketsAreClippedCalendarUnits()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(Granularity, granularity);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(metrics::bucketsOf(Period {from, to}, granularity)), expected);
}

void TestKpiTimes::bucketStartsAreUtcCalendarBoundaries()
{
    // A Monday midnight starts its own week; the last millisecond of Sunday belongs to the week before.
    QCOMPARE(metrics::bucketStart(at("2026-11-30T00:00:00Z"), Granularity::Week), at("2026-11-30T00:00:00Z"));
    QCOMPARE(metrics::bucketStart(at("2026-11-29T23:59:59.999Z"), Granularity::Week), at("2026-11-23T00:00:00Z"));
    // Before the epoch the division must round down, not toward zero: 1969-12-31 was a Wednesday.
    QCOMPARE(metrics::bucketStart(at("1969-12-31T12:00:00Z"), Granularity::Day), at("1969-12-31T00:00:00Z"));
    QCOMPARE(metrics::bucketStart(at("1969-12-31T12:00:00Z"), Granularity::Week), at("1969-12-29T00:00:00Z"));
    QCOMPARE(metrics::bucketStart(at("2026-12-31T23:59:59.999Z"), Granularity::Month), at("2026-12-01T00:00:00Z"));
    QCOMPARE(metrics::nextBucketStart(at("2026-12-01T00:00:00Z"), Granularity::Month), at("2027-01-01T00:00:00Z"));
    // Offsets in the text are converted: 00:30+02:00 is 22:30Z the day before.
    QCOMPARE(metrics::bucketStart(at("2026-12-01T00:30:00+02:00"), Granularity::Month), at("2026-11-01T00:00:00Z"));
}

void TestKpiTimes::granularityNamesRoundTrip()
{
    for (const Granularity granularity : {Granularity::Day, Granularity::Week, Granularity::Month}) {
        QVERIFY(metrics::granularityFromString(metrics::toString(granularity)).value() == granularity);
    }
    const auto unknown = metrics::granularityFromString("fortnight");
    QVERIFY(!unknown);
    QCOMPARE(qs(unknown.error().field), QStringLiteral("granularity"));
}

void TestKpiTimes::durationStatistics_data()
{
    QTest::addColumn<QList<qint64>>("minutes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none: every statistic empty") << QList<qint64> {} << "n 0 x 0 mean - median - p90 -";
    QTest::newRow("one value") << QList<qint64> {5} << "n 1 x 0 mean 5 median 5 p90 5";
    // Sorted 1 2 3 4: mean 10/4, median (2+3)/2, p90 rank ceil(3.6) = 4.
    QTest::newRow("even count, unsorted") << QList<qint64> {4, 1, 3, 2} << "n 4 x 0 mean 2.5 median 2.5 p90 4";
    // 1..10: p90 rank ceil(9.0) = 9 exactly (a floating 0.9 * 10 must not round up to 10).
    QTest::newRow("ten values") << QList<qint64> {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}
                                << "n 10 x 0 mean 5.5 median 5.5 p90 9";
    // 1..11: median the 6th, p90 rank ceil(9.9) = 10.
    QTest::newRow("eleven values") << QList<qint64> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
                                   << "n 11 x 0 mean 6 median 6 p90 10";
    QTest::newRow("one outlier moves the mean, not the median")
        << QList<qint64> {10, 10, 10, 1000} << "n 4 x 0 mean 257.5 median 10 p90 1000";
}

void TestKpiTimes::durationStatistics()
{
    QFETCH(QList<qint64>, minutes);
    QFETCH(QString, expected);
    std::vector<std::int64_t> durations;
    for (const qint64 value : minutes) {
        durations.push_back(value * minute);
    }
    QCOMPARE(describe(DurationStats::of(durations)), expected);
}

void TestKpiTimes::durationStatisticsMatchASortedReference()
{
    // The statistics select ranks without sorting; compare them with the definitions on a sorted copy, for every
    // count from 1 to 60 (odd and even, ranks at both ends) with many equal values.
    std::mt19937_64 random(20261127);
    for (std::size_t n = 1; n <= 60; ++n) {
        std::vector<std::int64_t> durations(n);
        for (auto& duration : durations) {
            duration = static_cast<std::int64_t>(random() % 50) * minute;
        }
        auto sorted = durations;
        std::sort(sorted.begin(), sorted.end());
        const double median = n % 2 == 1
            ? static_cast<double>(sorted[n / 2])
            : (static_cast<double>(sorted[n / 2 - 1]) + static_cast<double>(sorted[n / 2])) / 2;
        const auto rank = static_cast<std::size_t>(std::ceil(0.9 * static_cast<double>(n) - 1e-9));
        const DurationStats stats = DurationStats::of(durations);
        QCOMPARE(stats.count, n);
        QCOMPARE(stats.medianMs.value_or(-1), median);
        QCOMPARE(stats.p90Ms.value_or(-1), static_cast<double>(sorted[rank - 1]));
    }
}

void TestKpiTimes::firstResponseTime_data()
{
    QTest::addColumn<QStringList>("teams");
    QTest::addColumn<QString>("expected");
    // 30, 45, 60, 120, 120: mean 375/5 = 75, median 60, p90 rank ceil(4.5) = 5 -> 120; the bad one excluded.
    QTest::newRow("every team") << QStringList {} << "n 5 x 1 mean 75 median 60 p90 120";
    // tech: 120, 120, 60 -> mean 100, median 120, p90 rank 3 -> 120; its bad ticket excluded.
    QTest::newRow("team tech") << QStringList {"tech"} << "n 3 x 1 mean 100 median 120 p90 120";
    // clinical: 30, 45.
    QTest::newRow("team clinical") << QStringList {"clinical"} << "n 2 x 0 mean 37.5 median 37.5 p90 45";
    QTest::newRow("both teams named") << QStringList {"clinical", "tech"} << "n 5 x 1 mean 75 median 60 p90 120";
    QTest::newRow("a team with no tickets") << QStringList {"billing"} << "n 0 x 0 mean - median - p90 -";
}

void TestKpiTimes::firstResponseTime()
{
    QFETCH(QStringList, teams);
    QFETCH(QString, expected);
    TeamFilter filter;
    for (const QString& team : teams) {
        filter.teams.push_back(team.toStdString());
    }
    const auto tickets = responseTickets();
    QCOMPARE(describe(metrics::firstResponseTime(tickets, week(), filter)), expected);
    QCOMPARE(describe(metrics::firstResponseTime({}, week(), filter)), QStringLiteral("n 0 x 0 mean - median - p90 -"));
}

void TestKpiTimes::reopenedTicketKeepsItsFirstResponse()
{
    // Resolved after an hour without a reply, then reopened: the customer heard back at that resolution.
    const std::vector<TicketFacts> tickets {
        ticket("tech", "2026-11-03T08:00:00Z", {}, at("2026-11-03T09:00:00Z"), TicketStatus::InProgress)};
    QCOMPARE(describe(metrics::firstResponseTime(tickets, week(), {})),
             QStringLiteral("n 1 x 0 mean 60 median 60 p90 60"));
    QCOMPARE(describe(metrics::resolutionTime(tickets, week(), {})), QStringLiteral("n 0 x 0 mean - median - p90 -"));
}

void TestKpiTimes::firstResponseTimeByTeamEqualsOneTeamAtATime_data()
{
    QTest::addColumn<QStringList>("teams");
    QTest::addColumn<QStringList>("expectedTeams");
    QTest::newRow("every team") << QStringList {} << QStringList {"", "clinical", "tech"};
    QTest::newRow("team tech") << QStringList {"tech"} << QStringList {"tech"};
    QTest::newRow("a team with no tickets") << QStringList {"billing"} << QStringList {};
}

void TestKpiTimes::firstResponseTimeByTeamEqualsOneTeamAtATime()
{
    QFETCH(QStringList, teams);
    QFETCH(QStringList, expectedTeams);
    TeamFilter filter;
    for (const QString& team : teams) {
        filter.teams.push_back(team.toStdString());
    }
    std::vector<TicketFacts> tickets = responseTickets();
    // An unrouted ticket, and a team whose only response lies outside the period (it must not appear).
    tickets.push_back(ticket("", "2026-11-06T10:00:00Z", at("2026-11-06T10:10:00Z"), {}, TicketStatus::Open));
    tickets.push_back(
        ticket("billing-late", "2026-11-08T23:00:00Z", at("2026-11-09T01:00:00Z"), {}, TicketStatus::Open));
    std::mt19937 random(8);
    for (int i = 0; i < 200; ++i) {
        const char* team = i % 3 == 0 ? "clinical" : "tech";
        TicketFacts facts = ticket(team, "2026-11-02T00:00:00Z", {}, {}, TicketStatus::Open);
        facts.createdAt += static_cast<std::int64_t>(random() % (6 * 24 * 60)) * minute;
        facts.firstResponseAt = facts.createdAt + static_cast<std::int64_t>(random() % 600) * minute - 5 * minute;
        tickets.push_back(facts);
    }

    const auto byTeam = metrics::firstResponseTimeByTeam(tickets, week(), filter);
    QStringList found;
    for (const auto& [team, stats] : byTeam) {
        found << QString::fromStdString(team);
        QCOMPARE(describe(stats), describe(metrics::firstResponseTime(tickets, week(), TeamFilter::only(team))));
        QVERIFY(stats == metrics::firstResponseTime(tickets, week(), TeamFilter::only(team)));
    }
    QCOMPARE(found, expectedTeams);
}

void TestKpiTimes::resolutionTime_data()
{
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("expected");
    // 240, 1440, 4320: mean 6000/3 = 2000, median 1440, p90 rank ceil(2.7) = 3 -> 4320.
    QTest::newRow("every team") << QString() << "n 3 x 0 mean 2000 median 1440 p90 4320";
    // tech: 240 and 4320 (the reopened and the closed-unresolved ones do not count).
    QTest::newRow("team tech") << "tech"
                               << "n 2 x 0 mean 2280 median 2280 p90 4320";
}

void TestKpiTimes::resolutionTime()
{
    QFETCH(QString, team);
    QFETCH(QString, expected);
    const TeamFilter filter = team.isEmpty() ? TeamFilter::all() : TeamFilter::only(team.toStdString());
    const auto tickets = resolutionTickets();
    QCOMPARE(describe(metrics::resolutionTime(tickets, week(), filter)), expected);
}

void TestKpiTimes::firstResponseTrendPerDay()
{
    const auto tickets = responseTickets();
    const auto trend = metrics::firstResponseTimeTrend(tickets, week(), Granularity::Day, {});
    QStringList lines;
    for (const auto& point : trend) {
        lines << qs(hss::formatTimestamp(point.bucket.from)).left(10) + ": " + describe(point.value);
    }
    QCOMPARE(lines,
             (QStringList {
                 // 30, 120, 120.
                 "2026-11-02: n 3 x 0 mean 90 median 120 p90 120",
                 "2026-11-03: n 1 x 0 mean 45 median 45 p90 45",
                 "2026-11-04: n 1 x 0 mean 60 median 60 p90 60",
                 "2026-11-05: n 0 x 1 mean - median - p90 -",
                 "2026-11-06: n 0 x 0 mean - median - p90 -",
                 "2026-11-07: n 0 x 0 mean - median - p90 -",
                 "2026-11-08: n 0 x 0 mean - median - p90 -",
             }));
}

void TestKpiTimes::resolutionTrendAcrossMonthEnd()
{
    std::vector<TicketFacts> tickets {
        // Resolved in October's last millisecond, 10 min after creation.
        ticket("tech", "2026-10-31T23:49:59.999Z", {}, at("2026-10-31T23:59:59.999Z"), TicketStatus::Resolved),
        // Resolved at November's first instant: 20 min.
        ticket("tech", "2026-10-31T23:40:00Z", {}, at("2026-11-01T00:00:00Z"), TicketStatus::Resolved),
        // Before the period: not counted anywhere.
        ticket("tech", "2026-10-14T00:00:00Z", {}, at("2026-10-14T23:00:00Z"), TicketStatus::Resolved),
        // In November: 40 min.
        ticket("tech", "2026-11-20T10:00:00Z", {}, at("2026-11-20T10:40:00Z"), TicketStatus::Closed),
    };
    const Period span = period("2026-10-15T00:00:00Z", "2026-12-01T00:00:00Z");
    const auto trend = metrics::resolutionTimeTrend(tickets, span, Granularity::Month, {});
    QCOMPARE(trend.size(), std::size_t {2});
    QCOMPARE(describe(trend[0].bucket), QStringLiteral("2026-10-15T00:00:00.000Z .. 2026-11-01T00:00:00.000Z"));
    QCOMPARE(describe(trend[0].value), QStringLiteral("n 1 x 0 mean 10 median 10 p90 10"));
    // 20 and 40.
    QCOMPARE(describe(trend[1].value), QStringLiteral("n 2 x 0 mean 30 median 30 p90 40"));
    // The period as one bucket agrees with the plain KPI.
    QCOMPARE(describe(metrics::resolutionTime(tickets, span, {})),
             QStringLiteral("n 3 x 0 mean 23.3333 median 20 p90 40"));
}

QTEST_GUILESS_MAIN(TestKpiTimes)
#include "TestKpiTimes.moc"
