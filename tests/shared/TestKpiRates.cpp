// SPDX-License-Identifier: MIT
#include <QtTest>
#include <cmath>
#include <limits>

#include "TestSupport.h"
#include "hss/Timestamp.h"
#include "hss/metrics/SatisfactionKpis.h"
#include "hss/metrics/SlaKpis.h"
#include "hss/metrics/TeamPerformance.h"
#include "hss/metrics/TicketOverview.h"

using hss::Category;
using hss::Priority;
using hss::TicketStatus;
using hss::test::qs;
namespace metrics = hss::metrics;
namespace sla = hss::sla;
using metrics::FeedbackFacts;
using metrics::Granularity;
using metrics::Period;
using metrics::Share;
using metrics::SlaOutcome;
using metrics::TeamFilter;
using metrics::TicketFacts;

namespace {

constexpr auto met = SlaOutcome::Met;
constexpr auto breached = SlaOutcome::Breached;
constexpr auto running = SlaOutcome::Running;
constexpr auto none = SlaOutcome::NotApplicable;

std::int64_t at(const char* text)
{
    return hss::parseTimestamp(text).value();
}

/// The week of Monday 2026-11-02 (UTC).
Period week()
{
    return Period {at("2026-11-02T00:00:00Z"), at("2026-11-09T00:00:00Z")};
}

/// "3/6 50%", or "0/0 -" when nothing qualified.
QString describe(const Share& share)
{
    const QString percent = share.percent ? QString::number(*share.percent, 'f', 3) + "%" : QStringLiteral("-");
    return QStringLiteral("%1/%2 %3").arg(share.part).arg(share.whole).arg(percent);
}

QString describe(const metrics::SlaCompliance& compliance)
{
    return describe(compliance.compliance) + QStringLiteral(" running %1").arg(compliance.running);
}

FeedbackFacts feedback(const char* createdAt, std::optional<int> csat, const char* team,
                       std::optional<double> sentiment = {})
{
    return FeedbackFacts {at(createdAt), csat, sentiment, team};
}

std::vector<FeedbackFacts> feedbackSet()
{
    return {
        feedback("2026-11-02T10:00:00Z", 5, "tech", 0.9),
        feedback("2026-11-02T11:00:00Z", 4, "clinical"),
        feedback("2026-11-03T09:00:00Z", 3, "tech"),
        feedback("2026-11-04T09:00:00Z", 1, "tech"),
        // No CSAT answer: not in the CSAT score; its sentiment counts.
        feedback("2026-11-04T10:00:00Z", {}, "", 0.5),
        // A score outside 1..5 is no answer; a sentiment outside -1..1 is ignored.
        feedback("2026-11-05T10:00:00Z", 0, "tech", 2.0),
        // At the period's end and just before its start: outside.
        feedback("2026-11-09T00:00:00Z", 5, "tech"),
        feedback("2026-11-01T23:59:59.999Z", 5, "tech"),
        feedback("2026-11-08T23:59:00Z", 2, "clinical", -0.5),
        // Feedback about no ticket (no team); a NaN sentiment is ignored.
        feedback("2026-11-06T12:00:00Z", 4, "", std::numeric_limits<double>::quiet_NaN()),
    };
}

TicketFacts ticket(const char* team, const char* createdAt, Priority priority, Category category, TicketStatus status,
                   std::array<SlaOutcome, 3> outcomes, int escalationLevel = 0)
{
    TicketFacts facts;
    facts.team = team;
    facts.createdAt = at(createdAt);
    facts.priority = priority;
    facts.category = category;
    facts.status = status;
    facts.sla = outcomes;
    facts.escalationLevel = escalationLevel;
    return facts;
}

/// SLA outcomes are {first response, next update, resolution}.
std::vector<TicketFacts> ticketSet()
{
    const auto tech = Category::Technical;
    const auto medical = Category::MedicalClinical;
    std::vector<TicketFacts> tickets {
        ticket("tech", "2026-11-02T08:00:00Z", Priority::Low, tech, TicketStatus::Resolved, {met, none, met}), // T1
        ticket("tech", "2026-11-02T09:00:00Z", Priority::Medium, tech, TicketStatus::InProgress,
               {breached, met, running}), // T2
        ticket("clinical", "2026-11-03T08:00:00Z", Priority::Emergency, medical, TicketStatus::Closed,
               {met, none, breached}, 1), // T3
        ticket("clinical", "2026-11-04T08:00:00Z", Priority::Critical, medical, TicketStatus::Resolved,
               {met, running, met}, 1), // T4
        // Created before the period: only its resolution (in the period) counts, for resolution-based figures.
        ticket("clinical", "2026-10-30T08:00:00Z", Priority::High, medical, TicketStatus::Resolved,
               {met, none, breached}), // T5
        // Escalated by status only.
        ticket("tech", "2026-11-05T08:00:00Z", Priority::High, tech, TicketStatus::Escalated, {none, none, none}),
        // Escalated by level only, clocks still running.
        ticket("tech", "2026-11-06T08:00:00Z", Priority::High, tech, TicketStatus::Open, {running, none, running}, 2),
    };
    tickets[0].resolvedAt = at("2026-11-02T10:00:00Z"); // 120 min
    tickets[2].resolvedAt = at("2026-11-03T09:00:00Z"); // 60 min
    tickets[3].resolvedAt = at("2026-11-04T08:30:00Z"); // 30 min
    tickets[4].resolvedAt = at("2026-11-02T08:00:00Z"); // 4320 min
    return tickets;
}

} // namespace

/// Share-based KPIs: CSAT and its trend, sentiment, SLA compliance, escalation rate, ticket overview, teams.
class TestKpiRates final : public QObject
{
    Q_OBJECT

private slots:
    void csatScore_data();
    void csatScore();
    void csatTrendPerDay();
    void averageSentimentIgnoresInvalidScores();
    void slaOutcomeOfEachState();
    void slaCompliance_data();
    void slaCompliance();
    void escalationRate_data();
    void escalationRate();
    void ticketOverview();
    void teamPerformance();
    void teamPerformanceWithFilter();
};

void TestKpiRates::csatScore_data()
{
    QTest::addColumn<QStringList>("teams");
    QTest::addColumn<QString>("expected");
    // Answers in the period: 5, 4, 3, 1, 2, 4 -> satisfied (4-5): 3 of 6.
    QTest::newRow("every team") << QStringList {} << "3/6 50.000%";
    // tech: 5, 3, 1.
    QTest::newRow("tech") << QStringList {"tech"} << "1/3 33.333%";
    // clinical: 4, 2.
    QTest::newRow("clinical") << QStringList {"clinical"} << "1/2 50.000%";
    // A named filter leaves out feedback without a team (the 4 about no ticket).
    QTest::newRow("tech and clinical") << QStringList {"tech", "clinical"} << "2/5 40.000%";
    QTest::newRow("a team without feedback: no score") << QStringList {"billing"} << "0/0 -";
}

void TestKpiRates::csatScore()
{
    QFETCH(QStringList, teams);
    QFETCH(QString, expected);
    TeamFilter filter;
    for (const QString& team : teams) {
        filter.teams.push_back(team.toStdString());
    }
    QCOMPARE(describe(metrics::csatScore(feedbackSet(), week(), filter)), expected);
    QCOMPARE(describe(metrics::csatScore({}, week(), filter)), QStringLiteral("0/0 -"));
}

void TestKpiRates::csatTrendPerDay()
{
    const auto trend = metrics::csatTrend(feedbackSet(), week(), Granularity::Day, {});
    QStringList lines;
    for (const auto& point : trend) {
        lines << qs(hss::formatTimestamp(point.bucket.from)).left(10) + ": " + describe(point.value);
    }
    QCOMPARE(lines,
             (QStringList {
                 "2026-11-02: 2/2 100.000%", // 5, 4
                 "2026-11-03: 0/1 0.000%", // 3
                 "2026-11-04: 0/1 0.000%", // 1
                 "2026-11-05: 0/0 -", // only an out-of-range score
                 "2026-11-06: 1/1 100.000%", // 4
                 "2026-11-07: 0/0 -",
                 "2026-11-08: 0/1 0.000%", // 2, one minute before the period ends
             }));
    // Weekly buckets over the same week: one bucket equal to the plain score.
    const auto weekly = metrics::csatTrend(feedbackSet(), week(), Granularity::Week, {});
    QCOMPARE(weekly.size(), std::size_t {1});
    QCOMPARE(describe(weekly[0].value), QStringLiteral("3/6 50.000%"));
}

void TestKpiRates::averageSentimentIgnoresInvalidScores()
{
    // 0.9, 0.5 and -0.5 count; 2.0 and NaN are ignored: 0.9 / 3 = 0.3.
    const auto average = metrics::averageSentiment(feedbackSet(), week(), {});
    QVERIFY(average.has_value());
    QCOMPARE(*average, 0.3);
    QVERIFY(!metrics::averageSentiment(feedbackSet(), week(), TeamFilter::only("billing")).has_value());
}

void TestKpiRates::slaOutcomeOfEachState()
{
    const std::vector<std::pair<sla::SlaState, SlaOutcome>> expected {
        {sla::SlaState::Inactive, none},     {sla::SlaState::Ok, running},        {sla::SlaState::Warning, running},
        {sla::SlaState::Escalated, running}, {sla::SlaState::Breached, breached}, {sla::SlaState::Met, met},
    };
    for (const auto& [state, outcome] : expected) {
        sla::SlaClock clock;
        clock.state = state;
        QCOMPARE(qs(metrics::toString(metrics::slaOutcomeOf(clock))), qs(metrics::toString(outcome)));
        QVERIFY(metrics::slaOutcomeFromString(metrics::toString(outcome)).value() == outcome);
    }
    QVERIFY(!metrics::slaOutcomeFromString("late"));
}

void TestKpiRates::slaCompliance_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("expected");
    // Created in the period: T1 T2 T3 T4 and the two escalated ones (T5 was created before).
    // Met: T1 fr, T1 res, T2 nu, T3 fr, T4 fr, T4 res = 6; breached: T2 fr, T3 res = 2;
    // running: T2 res, T4 nu, T7 fr, T7 res = 4.
    QTest::newRow("every clock") << "all"
                                 << "6/8 75.000% running 4";
    // Resolution clocks: met T1 T4, breached T3, running T2 T7.
    QTest::newRow("resolution clock") << "resolution"
                                      << "2/3 66.667% running 2";
    // First response: met T1 T3 T4, breached T2, running T7.
    QTest::newRow("first-response clock") << "first_response"
                                          << "3/4 75.000% running 1";
    // Medical tickets, resolution clock: T3 breached, T4 met (T5 is outside the period).
    QTest::newRow("medical") << "medical"
                             << "1/2 50.000% running 0";
    // tech, every clock: met T1 fr, T1 res, T2 nu; breached T2 fr; running T2 res, T7 fr, T7 res.
    QTest::newRow("tech") << "tech"
                          << "3/4 75.000% running 3";
}

void TestKpiRates::slaCompliance()
{
    QFETCH(QString, scope);
    QFETCH(QString, expected);
    const auto tickets = ticketSet();
    metrics::SlaCompliance compliance;
    if (scope == "all") {
        compliance = metrics::slaCompliance(tickets, week(), {});
    } else if (scope == "resolution") {
        compliance = metrics::slaCompliance(tickets, week(), {}, sla::SlaClockKind::Resolution);
    } else if (scope == "first_response") {
        compliance = metrics::slaCompliance(tickets, week(), {}, sla::SlaClockKind::FirstResponse);
    } else if (scope == "medical") {
        compliance = metrics::medicalSlaCompliance(tickets, week(), {});
    } else {
        compliance = metrics::slaCompliance(tickets, week(), TeamFilter::only(scope.toStdString()));
    }
    QCOMPARE(describe(compliance), expected);
}

void TestKpiRates::escalationRate_data()
{
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("expected");
    // Created in the period: 6; escalated: T3 (level 1), T4 (level 1), status escalated, level 2.
    QTest::newRow("every team") << QString() << "4/6 66.667%";
    QTest::newRow("tech") << "tech"
                          << "2/4 50.000%";
    QTest::newRow("clinical") << "clinical"
                              << "2/2 100.000%";
    QTest::newRow("no tickets: no rate") << "billing"
                                         << "0/0 -";
}

void TestKpiRates::escalationRate()
{
    QFETCH(QString, team);
    QFETCH(QString, expected);
    const TeamFilter filter = team.isEmpty() ? TeamFilter::all() : TeamFilter::only(team.toStdString());
    QCOMPARE(describe(metrics::escalationRate(ticketSet(), week(), filter)), expected);
}

void TestKpiRates::ticketOverview()
{
    const auto overview = metrics::TicketOverview::of(ticketSet(), week(), {});
    QStringList counts;
    for (const TicketStatus status : hss::allTicketStatuses) {
        counts << qs(hss::toString(status)) + "=" + QString::number(overview.count(status));
    }
    for (const Priority priority : hss::allPriorities) {
        counts << qs(hss::toString(priority)) + "=" + QString::number(overview.count(priority));
    }
    // T5, created before the period, is not in the overview.
    QCOMPARE(counts.join(' '),
             QStringLiteral("new=0 open=1 in_progress=1 waiting_on_customer=0 escalated=1 "
                            "resolved=2 closed=1 emergency=1 critical=1 high=2 medium=1 low=1"));
    QCOMPARE(overview.total, std::int64_t {6});
    QCOMPARE(metrics::TicketOverview::of({}, week(), {}).total, std::int64_t {0});
    QCOMPARE(metrics::TicketOverview::of(ticketSet(), week(), TeamFilter::only("clinical")).total, std::int64_t {2});
}

void TestKpiRates::teamPerformance()
{
    const auto teams = metrics::TeamPerformance::of(ticketSet(), feedbackSet(), week(), {});
    QStringList lines;
    for (const auto& team : teams) {
        const QString median =
            team.resolution.medianMs ? QString::number(*team.resolution.medianMs / 60'000.0) : QStringLiteral("-");
        lines << QStringLiteral("[%1] created %2 handled %3 median %4 sla %5 csat %6")
                     .arg(qs(team.team))
                     .arg(team.created)
                     .arg(team.handled)
                     .arg(median, describe(team.sla), describe(team.csat));
    }
    QCOMPARE(lines,
             (QStringList {
                 // Only feedback about no ticket (csat 4).
                 "[] created 0 handled 0 median - sla 0/0 - running 0 csat 1/1 100.000%",
                 // Created T3 T4; resolved T3 (60), T4 (30), T5 (4320, created earlier): median 60.
                 // SLA of T3 and T4: met fr, breached res, met fr, met res; running nu.
                 "[clinical] created 2 handled 3 median 60 sla 3/4 75.000% running 1 csat 1/2 50.000%",
                 // Created T1 T2 and the two escalated; resolved T1 (120).
                 "[tech] created 4 handled 1 median 120 sla 3/4 75.000% running 3 csat 1/3 33.333%",
             }));
}

void TestKpiRates::teamPerformanceWithFilter()
{
    const auto teams = metrics::TeamPerformance::of(ticketSet(), feedbackSet(), week(), TeamFilter::only("tech"));
    QCOMPARE(teams.size(), std::size_t {1});
    QCOMPARE(qs(teams[0].team), QStringLiteral("tech"));
    QVERIFY(metrics::TeamPerformance::of({}, {}, week(), {}).empty());
}

QTEST_GUILESS_MAIN(TestKpiRates)
#include "TestKpiRates.moc"
