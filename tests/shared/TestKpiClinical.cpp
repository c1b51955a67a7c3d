// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/Timestamp.h"
#include "hss/metrics/ClinicalKpis.h"

using hss::TicketStatus;
using hss::test::qs;
namespace metrics = hss::metrics;
using metrics::Period;
using metrics::SafetyOutcome;
using metrics::SafetyReport;
using metrics::Share;
using metrics::TeamFilter;
using metrics::TicketFacts;
using metrics::UsageFigures;

namespace {

constexpr std::int64_t minute = 60'000;

std::int64_t at(const char* text)
{
    return hss::parseTimestamp(text).value();
}

Period period(const char* from, const char* to)
{
    return Period {at(from), at(to)};
}

/// The week of Monday 2026-11-02 (UTC).
Period week()
{
    return period("2026-11-02T00:00:00Z", "2026-11-09T00:00:00Z");
}

QString describe(const Share& share)
{
    const QString percent = share.percent ? QString::number(*share.percent, 'f', 3) + "%" : QStringLiteral("-");
    return QStringLiteral("%1/%2 %3").arg(share.part).arg(share.whole).arg(percent);
}

QString minutesOf(const std::optional<double>& ms)
{
    return ms ? QString::number(*ms / minute) : QStringLiteral("-");
}

QString describe(const metrics::EmergencyResponse& response)
{
    return QStringLiteral("n %1 x %2 mean %3 median %4 p90 %5 within %6")
        .arg(response.time.count)
        .arg(response.time.excluded)
        .arg(minutesOf(response.time.meanMs), minutesOf(response.time.medianMs), minutesOf(response.time.p90Ms),
             describe(response.withinTarget));
}

TicketFacts ticket(bool emergency, const char* team, const char* createdAt, std::optional<std::int64_t> firstResponse,
                   TicketStatus status)
{
    TicketFacts facts;
    facts.emergency = emergency;
    facts.priority = emergency ? hss::Priority::Emergency : hss::Priority::High;
    facts.category = hss::Category::MedicalClinical;
    facts.team = team;
    facts.createdAt = at(createdAt);
    facts.firstResponseAt = firstResponse;
    facts.status = status;
    return facts;
}

std::vector<TicketFacts> emergencies()
{
    std::vector<TicketFacts> tickets {
        ticket(true, "clinical", "2026-11-02T08:00:00Z", at("2026-11-02T08:20:00Z"), TicketStatus::InProgress), // 20
        ticket(true, "clinical", "2026-11-03T08:00:00Z", at("2026-11-03T08:30:00Z"), TicketStatus::Resolved), // 30
        ticket(true, "tech", "2026-11-04T08:00:00Z", at("2026-11-04T09:00:00Z"), TicketStatus::Closed), // 60
        // Not answered yet: not counted, but open.
        ticket(true, "clinical", "2026-11-05T08:00:00Z", {}, TicketStatus::Open),
        // Not an emergency: not counted even though fast.
        ticket(false, "clinical", "2026-11-05T09:00:00Z", at("2026-11-05T09:05:00Z"), TicketStatus::Open),
        // A reply before creation: excluded.
        ticket(true, "clinical", "2026-11-06T08:00:00Z", at("2026-11-06T07:00:00Z"), TicketStatus::Resolved),
        // An old emergency still open: not in the week's response time, but open.
        ticket(true, "tech", "2026-09-01T08:00:00Z", {}, TicketStatus::WaitingOnCustomer),
    };
    tickets[1].resolvedAt = at("2026-11-03T09:00:00Z");
    tickets[2].resolvedAt = at("2026-11-04T10:00:00Z");
    tickets[5].resolvedAt = at("2026-11-06T09:00:00Z");
    return tickets;
}

SafetyReport report(const char* createdAt, SafetyOutcome outcome, const char* team)
{
    return SafetyReport {at(createdAt), outcome, team};
}

UsageFigures usage(const char* from, const char* to, std::int64_t active, std::int64_t licensed)
{
    return UsageFigures {period(from, to), active, licensed};
}

QStringList describe(const std::vector<metrics::AdoptionRate>& trend)
{
    QStringList lines;
    for (const auto& point : trend) {
        lines << qs(hss::formatTimestamp(point.period.from)).left(10) + ".."
                + qs(hss::formatTimestamp(point.period.to)).left(10)
                + QStringLiteral(" active %1 ").arg(point.activeProfessionals) + describe(point.rate);
    }
    return lines;
}

std::vector<UsageFigures> usageSet()
{
    return {
        usage("2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z", 40, 100),
        // More active than licensed (licences lapsed): capped at 100 %.
        usage("2026-11-08T00:00:00Z", "2026-11-15T00:00:00Z", 120, 100),
        // No licences: no rate.
        usage("2026-11-15T00:00:00Z", "2026-11-22T00:00:00Z", 0, 0),
        // Before November, and straddling its end: not inside the period.
        usage("2026-10-25T00:00:00Z", "2026-11-01T00:00:00Z", 10, 10),
        usage("2026-11-28T00:00:00Z", "2026-12-05T00:00:00Z", 10, 10),
        // Invalid (negative): skipped.
        usage("2026-11-22T00:00:00Z", "2026-11-29T00:00:00Z", -5, 10),
        // The whole month, and its last nine days: both end on 12-01.
        usage("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z", 150, 200),
        usage("2026-11-22T00:00:00Z", "2026-12-01T00:00:00Z", 30, 60),
    };
}

Period november()
{
    return period("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
}

} // namespace

/// Medical KPIs: emergency response time, open emergencies, patient safety score, clinical adoption.
class TestKpiClinical final : public QObject
{
    Q_OBJECT

private slots:
    void medicalResponseTime_data();
    void medicalResponseTime();
    void openEmergencyTickets();
    void patientSafetyScore_data();
    void patientSafetyScore();
    void safetyOutcomeNamesRoundTrip();
    void adoptionTrendCapsAndSkips();
    void adoptionRateIsTheLatestReading();
    void usageFiguresValidation();
};

void TestKpiClinical::medicalResponseTime_data()
{
    QTest::addColumn<QString>("team");
    QTest::addColumn<qint64>("targetMinutes");
    QTest::addColumn<QString>("expected");
    // 20, 30, 60: mean 110/3, median 30, p90 rank 3 -> 60; within 30 min (inclusive): 20 and 30.
    QTest::newRow("every team, 30 min target")
        << QString() << qint64 {30} << "n 3 x 1 mean 36.6667 median 30 p90 60 within 2/3 66.667%";
    QTest::newRow("clinical") << "clinical" << qint64 {30} << "n 2 x 1 mean 25 median 25 p90 30 within 2/2 100.000%";
    QTest::newRow("15 min target") << QString() << qint64 {15}
                                   << "n 3 x 1 mean 36.6667 median 30 p90 60 within 0/3 0.000%";
    QTest::newRow("no emergencies for the team")
        << "billing" << qint64 {30} << "n 0 x 0 mean - median - p90 - within 0/0 -";
}

void TestKpiClinical::medicalResponseTime()
{
    QFETCH(QString, team);
    QFETCH(qint64, targetMinutes);
    QFETCH(QString, expected);
    const TeamFilter filter = team.isEmpty() ? TeamFilter::all() : TeamFilter::only(team.toStdString());
    QCOMPARE(describe(metrics::medicalResponseTime(emergencies(), week(), filter, targetMinutes * minute)), expected);
}

void TestKpiClinical::openEmergencyTickets()
{
    // Open: the one in progress, the unanswered one, the old one waiting on the customer.
    QCOMPARE(metrics::openEmergencyTickets(emergencies(), {}), std::int64_t {3});
    QCOMPARE(metrics::openEmergencyTickets(emergencies(), TeamFilter::only("clinical")), std::int64_t {2});
    QCOMPARE(metrics::openEmergencyTickets({}, {}), std::int64_t {0});
}

void TestKpiClinical::patientSafetyScore_data()
{
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("expected");
    // In the week: 5 correct, 1 incorrect, 2 near misses -> 5 / 8.
    QTest::newRow("every team") << QString() << "correct 5 incorrect 1 near 2 score 5/8 62.500%";
    // clinical: 3 correct, 2 near misses.
    QTest::newRow("clinical") << "clinical"
                              << "correct 3 incorrect 0 near 2 score 3/5 60.000%";
    QTest::newRow("no reports: no score") << "billing"
                                          << "correct 0 incorrect 0 near 0 score 0/0 -";
}

void TestKpiClinical::patientSafetyScore()
{
    QFETCH(QString, team);
    QFETCH(QString, expected);
    const std::vector<SafetyReport> reports {
        report("2026-11-02T08:00:00Z", SafetyOutcome::Correct, "clinical"),
        report("2026-11-02T09:00:00Z", SafetyOutcome::Correct, "clinical"),
        report("2026-11-03T09:00:00Z", SafetyOutcome::Correct, "clinical"),
        report("2026-11-04T09:00:00Z", SafetyOutcome::Correct, "tech"),
        report("2026-11-04T10:00:00Z", SafetyOutcome::Correct, ""),
        report("2026-11-05T10:00:00Z", SafetyOutcome::Incorrect, "tech"),
        report("2026-11-06T10:00:00Z", SafetyOutcome::NearMiss, "clinical"),
        report("2026-11-08T23:59:59.999Z", SafetyOutcome::NearMiss, "clinical"),
        // Outside the week.
        report("2026-11-09T00:00:00Z", SafetyOutcome::Incorrect, "clinical"),
        report("2026-11-01T12:00:00Z", SafetyOutcome::Incorrect, "clinical"),
    };
    const TeamFilter filter = team.isEmpty() ? TeamFilter::all() : TeamFilter::only(team.toStdString());
    const auto score = metrics::patientSafetyScore(reports, week(), filter);
    QCOMPARE(QStringLiteral("correct %1 incorrect %2 near %3 score ")
                     .arg(score.correct)
                     .arg(score.incorrect)
                     .arg(score.nearMisses)
                 + describe(score.score),
             expected);
}

void TestKpiClinical::safetyOutcomeNamesRoundTrip()
{
    for (const auto outcome : {SafetyOutcome::Correct, SafetyOutcome::Incorrect, SafetyOutcome::NearMiss}) {
        QVERIFY(metrics::safetyOutcomeFromString(metrics::toString(outcome)).value() == outcome);
    }
    QCOMPARE(qs(metrics::toString(SafetyOutcome::NearMiss)), QStringLiteral("near_miss"));
    const auto unknown = metrics::safetyOutcomeFromString("maybe");
    QVERIFY(!unknown);
    QCOMPARE(qs(unknown.error().field), QStringLiteral("safety_outcome"));
}

void TestKpiClinical::adoptionTrendCapsAndSkips()
{
    QCOMPARE(describe(metrics::adoptionTrend(usageSet(), november())),
             (QStringList {
                 "2026-11-01..2026-11-08 active 40 40/100 40.000%",
                 "2026-11-01..2026-12-01 active 150 150/200 75.000%",
                 "2026-11-08..2026-11-15 active 120 100/100 100.000%",
                 "2026-11-15..2026-11-22 active 0 0/0 -",
                 "2026-11-22..2026-12-01 active 30 30/60 50.000%",
             }));
    QVERIFY(metrics::adoptionTrend({}, november()).empty());
}

void TestKpiClinical::adoptionRateIsTheLatestReading()
{
    // Two figures end on 12-01: the whole month wins over its last nine days.
    const auto rate = metrics::adoptionRate(usageSet(), november());
    QVERIFY(rate.has_value());
    QCOMPARE(describe({*rate}).join(""), QStringLiteral("2026-11-01..2026-12-01 active 150 150/200 75.000%"));

    // The first half of November: only the first two weeks lie inside; the later one is the reading.
    const auto firstHalf = metrics::adoptionRate(usageSet(), period("2026-11-01T00:00:00Z", "2026-11-15T00:00:00Z"));
    QVERIFY(firstHalf.has_value());
    QCOMPARE(describe({*firstHalf}).join(""), QStringLiteral("2026-11-08..2026-11-15 active 120 100/100 100.000%"));

    // No figure inside the period, or an empty period: no rate.
    QVERIFY(!metrics::adoptionRate(usageSet(), period("2026-11-02T00:00:00Z", "2026-11-07T00:00:00Z")));
    QVERIFY(!metrics::adoptionRate(usageSet(), period("2026-11-01T00:00:00Z", "2026-11-01T00:00:00Z")));
}

void TestKpiClinical::usageFiguresValidation()
{
    QVERIFY(metrics::validate(usage("2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z", 0, 0)));
    const auto reversed = metrics::validate(usage("2026-11-08T00:00:00Z", "2026-11-01T00:00:00Z", 1, 1));
    QVERIFY(!reversed);
    QCOMPARE(qs(reversed.error().field), QStringLiteral("period"));
    QCOMPARE(qs(metrics::validate(usage("2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z", -1, 1)).error().field),
             QStringLiteral("active_professionals"));
    QCOMPARE(qs(metrics::validate(usage("2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z", 1, -1)).error().field),
             QStringLiteral("licensed_professionals"));
}

QTEST_GUILESS_MAIN(TestKpiClinical)
#include "TestKpiClinical.moc"
