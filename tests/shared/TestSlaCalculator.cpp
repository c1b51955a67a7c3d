// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>

#include "TestSupport.h"
#include "hss/Timestamp.h"
#include "hss/sla/SlaCalculator.h"

using hss::Category;
using hss::Priority;
using hss::TicketStatus;
using hss::sla::SlaCalculator;
using hss::sla::SlaClock;
using hss::sla::SlaHistory;
using hss::test::codeName;

Q_DECLARE_METATYPE(hss::sla::SlaHistory)

namespace {

std::int64_t at(const char* iso)
{
    return hss::parseTimestamp(iso).value();
}

/// "2026-11-28T03:15:00Z": the wire form without the always-zero milliseconds, to keep the table readable.
QString shortTime(std::int64_t unixMs)
{
    auto text = QString::fromStdString(hss::formatTimestamp(unixMs));
    return text.endsWith(QLatin1String(".000Z")) ? text.chopped(5) + QLatin1Char('Z') : text;
}

QString duration(std::int64_t ms)
{
    const auto seconds = ms / 1000;
    return QString::number(seconds / 60) + QLatin1Char('m')
        + (seconds % 60 != 0 ? QString::number(seconds % 60) + QLatin1Char('s') : QString());
}

/// One line per clock: "state [Ln] policy=.. start=.. due=.. elapsed=..[ paused]", or "inactive".
QString describe(const SlaClock& clock)
{
    if (clock.state == hss::sla::SlaState::Inactive) {
        return QStringLiteral("inactive");
    }
    QString text = QString::fromUtf8(toString(clock.state).data());
    if (clock.escalationLevel > 0) {
        text += QStringLiteral(" L%1").arg(clock.escalationLevel);
    }
    text += QStringLiteral(" policy=%1 start=%2 due=%3 elapsed=%4")
                .arg(QString::fromStdString(clock.policyId), shortTime(clock.startedAt),
                     clock.dueAt ? shortTime(*clock.dueAt) : QStringLiteral("-"), duration(clock.elapsedMs));
    return clock.paused ? text + QStringLiteral(" paused") : text;
}

QStringList describeEvents(const std::vector<hss::sla::SlaEvent>& events)
{
    QStringList lines;
    for (const auto& event : events) {
        QString kind = QString::fromUtf8(toString(event.kind).data());
        if (event.kind != hss::sla::SlaEventKind::Breach) {
            kind += QString::number(event.level);
        }
        lines << QStringLiteral("%1 %2 %3")
                     .arg(QString::fromUtf8(toString(event.clock).data()), kind, shortTime(event.at));
    }
    return lines;
}

SlaHistory ticket(const char* created, Priority priority, Category category)
{
    SlaHistory history;
    history.createdAt = at(created);
    history.priority = priority;
    history.category = category;
    return history;
}

} // namespace

class TestSlaCalculator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clocks_data();
    void clocks();
    void reportJson();
    void badHistory();

private:
    std::map<QString, SlaCalculator> m_calculators;
};

void TestSlaCalculator::initTestCase()
{
    const hss::sla::TimeZoneDatabase zones;
    hss::sla::SlaDefaults berlin;
    berlin.businessTimeZone = "Europe/Berlin";
    auto withHolidays = hss::sla::defaultSlaConfiguration(berlin);
    withHolidays.calendars[1].holidays = {{2026, 12, 24}, {2026, 12, 25}, {2026, 12, 31}, {2027, 1, 1}};
    hss::sla::SlaDefaults newYork;
    newYork.businessTimeZone = "America/New_York";
    hss::sla::SlaDefaults slower;
    slower.emergencyResolutionMinutes = 60;
    slower.emergencyEscalationMinutes = 20;
    // Admin-edited emergency policy: one warning at 80 %, two escalation levels at 10 and 20 minutes.
    auto custom = hss::sla::defaultSlaConfiguration(berlin);
    custom.policies[0].warningFractions = {0.8};
    custom.policies[0].resolution.escalationMinutes = {10, 20};
    const std::map<QString, hss::sla::SlaConfiguration> configurations {
        {"custom-emergency", custom},
        {"default", hss::sla::defaultSlaConfiguration(berlin)},
        {"holidays", withHolidays},
        {"new-york", hss::sla::defaultSlaConfiguration(newYork)},
        {"emergency-60", hss::sla::defaultSlaConfiguration(slower)},
    };
    for (const auto& [name, configuration] : configurations) {
        auto calculator = SlaCalculator::create(configuration, zones);
        QVERIFY2(calculator.ok(), calculator ? "" : hss::describe(calculator.error()).c_str());
        m_calculators.emplace(name, std::move(calculator).value());
    }
}

void TestSlaCalculator::clocks_data()
{
    QTest::addColumn<QString>("configuration");
    QTest::addColumn<SlaHistory>("history");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("firstResponse");
    QTest::addColumn<QString>("nextUpdate");
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<QStringList>("events");

    // Default configuration: business calendar Monday-Friday 08:00-18:00 Europe/Berlin; emergency 15/15/30 min
    // with escalation at 15; high 120/240/960 with escalations at 480 and 720; warnings at 50 % and 75 %.
    const auto emergency = ticket("2026-11-28T03:00:00Z", Priority::Emergency, Category::MedicalClinical);
    // Saturday 03:00: the emergency runs 24/7; warnings at 7.5/11.25 min (response) and 15/22.5 min (resolution).
    QTest::newRow("emergency at creation, Saturday night")
        << "default" << emergency << "2026-11-28T03:00:00Z"
        << "ok policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:15:00Z elapsed=0m"
        << "inactive"
        << "ok policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:30:00Z elapsed=0m"
        << QStringList {"first_response warning1 2026-11-28T03:07:30Z", "first_response warning2 2026-11-28T03:11:15Z",
                        "first_response breach 2026-11-28T03:15:00Z",   "resolution warning1 2026-11-28T03:15:00Z",
                        "resolution escalation1 2026-11-28T03:15:00Z",  "resolution warning2 2026-11-28T03:22:30Z",
                        "resolution breach 2026-11-28T03:30:00Z"};
    auto answered = emergency;
    answered.agentReplies = {at("2026-11-28T03:10:00Z")};
    // At 20 min the resolution clock is past its escalation (15); the reply at 03:10 starts a 15-min update clock.
    QTest::newRow("emergency escalated at 20 minutes")
        << "default" << answered << "2026-11-28T03:20:00Z"
        << "met policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:15:00Z elapsed=10m"
        << "warning policy=emergency start=2026-11-28T03:10:00Z due=2026-11-28T03:25:00Z elapsed=10m"
        << "escalated L1 policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:30:00Z elapsed=20m"
        << QStringList {"next_update warning2 2026-11-28T03:21:15Z", "resolution warning2 2026-11-28T03:22:30Z",
                        "next_update breach 2026-11-28T03:25:00Z", "resolution breach 2026-11-28T03:30:00Z"};
    QTest::newRow("emergency breached after 30 minutes")
        << "default" << emergency << "2026-11-28T03:31:00Z"
        << "breached policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:15:00Z elapsed=31m"
        << "inactive"
        << "breached L1 policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:30:00Z elapsed=31m"
        << QStringList {};
    auto resolved = emergency;
    resolved.agentReplies = {at("2026-11-28T03:04:00Z")};
    resolved.statusChanges = {{at("2026-11-28T03:04:00Z"), TicketStatus::InProgress},
                              {at("2026-11-28T03:25:00Z"), TicketStatus::Resolved}};
    // Resolved at 25 min: met, though escalated on the way; nothing is due any more.
    QTest::newRow("emergency met")
        << "default" << resolved << "2026-11-28T04:00:00Z"
        << "met policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:15:00Z elapsed=4m"
        << "inactive"
        << "met L1 policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:30:00Z elapsed=25m" << QStringList {};
    // MEDICAL_EMERGENCY_SLA=60 with escalation at 20: warnings at 30 and 45 min.
    QTest::newRow("emergency SLA configured to 60 minutes")
        << "emergency-60" << emergency << "2026-11-28T03:00:00Z"
        << "ok policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:15:00Z elapsed=0m"
        << "inactive"
        << "ok policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T04:00:00Z elapsed=0m"
        << QStringList {"first_response warning1 2026-11-28T03:07:30Z", "first_response warning2 2026-11-28T03:11:15Z",
                        "first_response breach 2026-11-28T03:15:00Z",   "resolution escalation1 2026-11-28T03:20:00Z",
                        "resolution warning1 2026-11-28T03:30:00Z",     "resolution warning2 2026-11-28T03:45:00Z",
                        "resolution breach 2026-11-28T04:00:00Z"};
    // 80 % of 15 min is 12 min, of 30 min 24 min; escalations at 10 and 20 minutes.
    QTest::newRow("custom warning fraction and two escalation levels")
        << "custom-emergency" << emergency << "2026-11-28T03:00:00Z"
        << "ok policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:15:00Z elapsed=0m"
        << "inactive"
        << "ok policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:30:00Z elapsed=0m"
        << QStringList {"resolution escalation1 2026-11-28T03:10:00Z", "first_response warning1 2026-11-28T03:12:00Z",
                        "first_response breach 2026-11-28T03:15:00Z",  "resolution escalation2 2026-11-28T03:20:00Z",
                        "resolution warning1 2026-11-28T03:24:00Z",    "resolution breach 2026-11-28T03:30:00Z"};
    QTest::newRow("second escalation level reached")
        << "custom-emergency" << answered << "2026-11-28T03:21:00Z"
        << "met policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:15:00Z elapsed=10m"
        << "ok policy=emergency start=2026-11-28T03:10:00Z due=2026-11-28T03:25:00Z elapsed=11m"
        << "escalated L2 policy=emergency start=2026-11-28T03:00:00Z due=2026-11-28T03:30:00Z elapsed=21m"
        << QStringList {"next_update warning1 2026-11-28T03:22:00Z", "resolution warning1 2026-11-28T03:24:00Z",
                        "next_update breach 2026-11-28T03:25:00Z", "resolution breach 2026-11-28T03:30:00Z"};

    // Friday 16:00 Berlin: 2 h on Friday, nothing at the weekend; Monday 09:00 makes 3 h, so the 2-h response is
    // breached (due Friday 18:00); resolution 16 h = Fri 2 + Mon 10 + Tue 4 -> Tuesday 12:00 Berlin.
    QTest::newRow("high over the weekend")
        << "default" << ticket("2026-11-27T15:00:00Z", Priority::High, Category::Technical) << "2026-11-30T08:00:00Z"
        << "breached policy=high start=2026-11-27T15:00:00Z due=2026-11-27T17:00:00Z elapsed=180m"
        << "inactive"
        << "ok policy=high start=2026-11-27T15:00:00Z due=2026-12-01T11:00:00Z elapsed=180m"
        << QStringList {"resolution warning1 2026-11-30T13:00:00Z", "resolution escalation1 2026-11-30T13:00:00Z",
                        "resolution warning2 2026-11-30T17:00:00Z", "resolution escalation2 2026-11-30T17:00:00Z",
                        "resolution breach 2026-12-01T11:00:00Z"};
    // Wednesday 23 Dec 16:00 Berlin, 24/25/31 Dec and 1 Jan are holidays. Response 8 h = Wed 2 + Mon 28 6 ->
    // 14:00; resolution 40 h = Wed 2 + Mon 10 + Tue 10 + Wed 10 + (Thu, Fri holidays) Mon 4 Jan 8 -> 16:00.
    QTest::newRow("medium over the Christmas holidays")
        << "holidays" << ticket("2026-12-23T15:00:00Z", Priority::Medium, Category::Technical) << "2026-12-23T15:00:00Z"
        << "ok policy=medium start=2026-12-23T15:00:00Z due=2026-12-28T13:00:00Z elapsed=0m"
        << "inactive"
        << "ok policy=medium start=2026-12-23T15:00:00Z due=2027-01-04T15:00:00Z elapsed=0m"
        << QStringList {"first_response warning1 2026-12-28T09:00:00Z", "first_response warning2 2026-12-28T11:00:00Z",
                        "first_response breach 2026-12-28T13:00:00Z",   "resolution warning1 2026-12-29T15:00:00Z",
                        "resolution escalation1 2026-12-30T09:00:00Z",  "resolution warning2 2026-12-30T15:00:00Z",
                        "resolution breach 2027-01-04T15:00:00Z"};

    auto waiting = ticket("2026-11-30T08:00:00Z", Priority::High, Category::Technical); // Monday 09:00 Berlin
    waiting.agentReplies = {at("2026-11-30T08:30:00Z")};
    waiting.statusChanges = {{at("2026-11-30T08:30:00Z"), TicketStatus::InProgress},
                             {at("2026-11-30T09:00:00Z"), TicketStatus::WaitingOnCustomer}};
    // Waiting from Monday 10:00 Berlin; before the customer answers, both running clocks are paused.
    QTest::newRow("paused while waiting on the customer")
        << "default" << waiting << "2026-12-01T09:00:00Z"
        << "met policy=high start=2026-11-30T08:00:00Z due=2026-11-30T10:00:00Z elapsed=30m"
        << "ok policy=high start=2026-11-30T08:30:00Z due=- elapsed=30m paused"
        << "ok policy=high start=2026-11-30T08:00:00Z due=- elapsed=60m paused" << QStringList {};
    auto replied = waiting;
    replied.customerReplies = {at("2026-12-01T10:00:00Z")};
    // The customer's reply on Tuesday 11:00 Berlin resumes the clocks although the status still says waiting:
    // resolution 1 h Monday + 1 h Tuesday; the remaining 14 h run Tue 11-18 (7) and Wed 08-15 (7).
    // Next update: 30 min Monday + 1 h Tuesday; 2.5 h left -> Tuesday 14:30 Berlin.
    const QStringList resumedEvents {
        "next_update warning1 2026-12-01T11:30:00Z",   "next_update warning2 2026-12-01T12:30:00Z",
        "next_update breach 2026-12-01T13:30:00Z",     "resolution warning1 2026-12-01T17:00:00Z",
        "resolution escalation1 2026-12-01T17:00:00Z", "resolution warning2 2026-12-02T11:00:00Z",
        "resolution escalation2 2026-12-02T11:00:00Z", "resolution breach 2026-12-02T15:00:00Z"};
    QTest::newRow("customer reply resumes the clocks")
        << "default" << replied << "2026-12-01T11:00:00Z"
        << "met policy=high start=2026-11-30T08:00:00Z due=2026-11-30T10:00:00Z elapsed=30m"
        << "ok policy=high start=2026-11-30T08:30:00Z due=2026-12-01T13:30:00Z elapsed=90m"
        << "ok policy=high start=2026-11-30T08:00:00Z due=2026-12-02T15:00:00Z elapsed=120m" << resumedEvents;
    auto statusResumed = waiting;
    statusResumed.statusChanges.push_back({at("2026-12-01T10:00:00Z"), TicketStatus::InProgress});
    // Same numbers when an agent moves the ticket back to in progress at that moment instead.
    QTest::newRow("status change ends the wait")
        << "default" << statusResumed << "2026-12-01T11:00:00Z"
        << "met policy=high start=2026-11-30T08:00:00Z due=2026-11-30T10:00:00Z elapsed=30m"
        << "ok policy=high start=2026-11-30T08:30:00Z due=2026-12-01T13:30:00Z elapsed=90m"
        << "ok policy=high start=2026-11-30T08:00:00Z due=2026-12-02T15:00:00Z elapsed=120m" << resumedEvents;

    auto raised = ticket("2026-11-30T08:00:00Z", Priority::Medium, Category::Technical);
    raised.classificationChanges = {{at("2026-11-30T10:00:00Z"), Priority::Emergency, Category::Technical}};
    // Raised to emergency at 10:00 UTC: both clocks restart then, on 15 and 30 minutes.
    QTest::newRow("priority raised to emergency restarts")
        << "default" << raised << "2026-11-30T10:20:00Z"
        << "breached policy=emergency start=2026-11-30T10:00:00Z due=2026-11-30T10:15:00Z elapsed=20m"
        << "inactive"
        << "escalated L1 policy=emergency start=2026-11-30T10:00:00Z due=2026-11-30T10:30:00Z elapsed=20m"
        << QStringList {"resolution warning2 2026-11-30T10:22:30Z", "resolution breach 2026-11-30T10:30:00Z"};
    auto lowered = ticket("2026-11-30T08:00:00Z", Priority::High, Category::Technical);
    lowered.classificationChanges = {{at("2026-11-30T09:00:00Z"), Priority::Low, Category::Technical}};
    // Lowered to low: the clocks keep their start (Monday 09:00 Berlin) and run on the low targets, 24 h and
    // 100 h of business time: response Mon 9 + Tue 10 + Wed 5 -> Wednesday 13:00 Berlin; resolution Monday
    // 14 December 09:00 Berlin.
    QTest::newRow("priority lowered keeps the start")
        << "default" << lowered << "2026-11-30T11:00:00Z"
        << "ok policy=low start=2026-11-30T08:00:00Z due=2026-12-02T12:00:00Z elapsed=180m"
        << "inactive"
        << "ok policy=low start=2026-11-30T08:00:00Z due=2026-12-14T08:00:00Z elapsed=180m"
        << QStringList {"first_response warning1 2026-12-01T10:00:00Z", "first_response warning2 2026-12-01T16:00:00Z",
                        "first_response breach 2026-12-02T12:00:00Z",   "resolution warning1 2026-12-07T08:00:00Z",
                        "resolution escalation1 2026-12-07T08:00:00Z",  "resolution warning2 2026-12-09T13:00:00Z",
                        "resolution breach 2026-12-14T08:00:00Z"};
    auto medical = ticket("2026-11-28T09:00:00Z", Priority::High, Category::Technical); // Saturday
    medical.classificationChanges = {{at("2026-11-28T10:00:00Z"), Priority::High, Category::MedicalClinical}};
    // Recategorised as clinical: same priority, so the start stays, re-measured on the 24/7 calendar (90 min).
    QTest::newRow("category change to medical runs 24/7 from creation")
        << "default" << medical << "2026-11-28T10:30:00Z"
        << "warning policy=high-medical-clinical start=2026-11-28T09:00:00Z due=2026-11-28T11:00:00Z elapsed=90m"
        << "inactive"
        << "ok policy=high-medical-clinical start=2026-11-28T09:00:00Z due=2026-11-29T01:00:00Z elapsed=90m"
        << QStringList {"first_response breach 2026-11-28T11:00:00Z",  "resolution warning1 2026-11-28T17:00:00Z",
                        "resolution escalation1 2026-11-28T17:00:00Z", "resolution warning2 2026-11-28T21:00:00Z",
                        "resolution escalation2 2026-11-28T21:00:00Z", "resolution breach 2026-11-29T01:00:00Z"};
    auto reopened = ticket("2026-11-30T08:00:00Z", Priority::Critical, Category::Technical); // 24/7
    reopened.agentReplies = {at("2026-11-30T08:10:00Z")};
    reopened.statusChanges = {{at("2026-11-30T08:10:00Z"), TicketStatus::InProgress},
                              {at("2026-11-30T09:00:00Z"), TicketStatus::Resolved},
                              {at("2026-11-30T10:00:00Z"), TicketStatus::InProgress}};
    // The hour spent resolved does not count: resolution 60 + 30 min, due 4 h of counting time -> 13:00.
    QTest::newRow("reopened after resolution")
        << "default" << reopened << "2026-11-30T10:30:00Z"
        << "met policy=critical start=2026-11-30T08:00:00Z due=2026-11-30T08:30:00Z elapsed=10m"
        << "breached policy=critical start=2026-11-30T08:10:00Z due=2026-11-30T10:10:00Z elapsed=80m"
        << "ok policy=critical start=2026-11-30T08:00:00Z due=2026-11-30T13:00:00Z elapsed=90m"
        << QStringList {"resolution warning1 2026-11-30T11:00:00Z", "resolution escalation1 2026-11-30T11:00:00Z",
                        "resolution warning2 2026-11-30T12:00:00Z", "resolution escalation2 2026-11-30T12:00:00Z",
                        "resolution breach 2026-11-30T13:00:00Z"};
    auto closed = ticket("2026-11-30T08:00:00Z", Priority::Low, Category::Technical);
    closed.statusChanges = {{at("2026-11-30T09:00:00Z"), TicketStatus::Closed}};
    // Closed as a duplicate without a reply after 1 h: both clocks stop and are met; due times as they stood.
    QTest::newRow("closed without a reply")
        << "default" << closed << "2026-11-30T12:00:00Z"
        << "met policy=low start=2026-11-30T08:00:00Z due=2026-12-02T12:00:00Z elapsed=60m"
        << "inactive"
        << "met policy=low start=2026-11-30T08:00:00Z due=2026-12-14T08:00:00Z elapsed=60m" << QStringList {};

    // Friday 17:00 EDT in New York; the clocks fall back on Sunday, so Monday's hours are EST (UTC-5):
    // response Fri 1 h + Mon 1 h -> Monday 09:00 EST; resolution Fri 1 + Mon 10 + Tue 5 -> Tuesday 13:00 EST.
    QTest::newRow("New York business hours across fall back")
        << "new-york" << ticket("2026-10-30T21:00:00Z", Priority::High, Category::Technical) << "2026-10-30T21:00:00Z"
        << "ok policy=high start=2026-10-30T21:00:00Z due=2026-11-02T14:00:00Z elapsed=0m"
        << "inactive"
        << "ok policy=high start=2026-10-30T21:00:00Z due=2026-11-03T18:00:00Z elapsed=0m"
        << QStringList {"first_response warning1 2026-10-30T22:00:00Z", "first_response warning2 2026-11-02T13:30:00Z",
                        "first_response breach 2026-11-02T14:00:00Z",   "resolution warning1 2026-11-02T20:00:00Z",
                        "resolution escalation1 2026-11-02T20:00:00Z",  "resolution warning2 2026-11-03T14:00:00Z",
                        "resolution escalation2 2026-11-03T14:00:00Z",  "resolution breach 2026-11-03T18:00:00Z"};
    // Friday 17:00 CET in Berlin; Monday is CEST (UTC+2): response Monday 09:00 CEST, resolution Tuesday 13:00.
    QTest::newRow("Berlin business hours across spring forward")
        << "default" << ticket("2026-03-27T16:00:00Z", Priority::High, Category::Technical) << "2026-03-27T16:00:00Z"
        << "ok policy=high start=2026-03-27T16:00:00Z due=2026-03-30T07:00:00Z elapsed=0m"
        << "inactive"
        << "ok policy=high start=2026-03-27T16:00:00Z due=2026-03-31T11:00:00Z elapsed=0m"
        << QStringList {"first_response warning1 2026-03-27T17:00:00Z", "first_response warning2 2026-03-30T06:30:00Z",
                        "first_response breach 2026-03-30T07:00:00Z",   "resolution warning1 2026-03-30T13:00:00Z",
                        "resolution escalation1 2026-03-30T13:00:00Z",  "resolution warning2 2026-03-31T07:00:00Z",
                        "resolution escalation2 2026-03-31T07:00:00Z",  "resolution breach 2026-03-31T11:00:00Z"};
}

void TestSlaCalculator::clocks()
{
    QFETCH(QString, configuration);
    QFETCH(SlaHistory, history);
    QFETCH(QString, now);
    QFETCH(QString, firstResponse);
    QFETCH(QString, nextUpdate);
    QFETCH(QString, resolution);
    QFETCH(QStringList, events);

    const auto report = m_calculators.at(configuration).compute(history, at(now.toUtf8().constData()));
    QVERIFY2(report.ok(), report ? "" : hss::describe(report.error()).c_str());
    QCOMPARE(describe(report.value().clock(hss::sla::SlaClockKind::FirstResponse)), firstResponse);
    QCOMPARE(describe(report.value().clock(hss::sla::SlaClockKind::NextUpdate)), nextUpdate);
    QCOMPARE(describe(report.value().clock(hss::sla::SlaClockKind::Resolution)), resolution);
    QCOMPARE(describeEvents(report.value().upcomingEvents()), events);
    for (const auto& clock : report.value().clocks) {
        QCOMPARE(clock.remainingMs, clock.targetMs - clock.elapsedMs);
    }
}

void TestSlaCalculator::reportJson()
{
    auto history = ticket("2026-11-28T03:00:00Z", Priority::Emergency, Category::MedicalClinical);
    history.agentReplies = {at("2026-11-28T03:05:00Z")};
    const auto report = m_calculators.at("default").compute(history, at("2026-11-28T03:20:00Z")).value();
    const auto json = toJson(report);
    QCOMPARE(json.at("escalation_level").get<int>(), 1);
    QCOMPARE(json.at("clocks").size(), std::size_t {3});
    const auto& resolution = json.at("clocks").at(2);
    QCOMPARE(resolution.at("clock").get<std::string>(), std::string("resolution"));
    QCOMPARE(resolution.at("state").get<std::string>(), std::string("escalated"));
    QCOMPARE(resolution.at("due_at").get<std::string>(), std::string("2026-11-28T03:30:00.000Z"));
    QCOMPARE(resolution.at("remaining_ms").get<std::int64_t>(), std::int64_t {10 * 60'000});
    QCOMPARE(resolution.at("paused").get<bool>(), false);
    QCOMPARE(resolution.at("upcoming").at(1).at("kind").get<std::string>(), std::string("breach"));
    QCOMPARE(json.at("clocks").at(0).at("stopped_at").get<std::string>(), std::string("2026-11-28T03:05:00.000Z"));
    QVERIFY(json.at("clocks").at(2).at("stopped_at").is_null());
}

void TestSlaCalculator::badHistory()
{
    const auto& calculator = m_calculators.at("default");
    auto history = ticket("2026-11-30T08:00:00Z", Priority::High, Category::Technical);
    history.statusChanges = {{at("2026-11-30T09:00:00Z"), TicketStatus::InProgress},
                             {at("2026-11-30T08:30:00Z"), TicketStatus::Resolved}};
    auto report = calculator.compute(history, at("2026-11-30T10:00:00Z"));
    QVERIFY(!report.ok());
    QCOMPARE(codeName(report.error().code), codeName(hss::ErrorCode::InvalidArgument));
    QCOMPARE(QString::fromStdString(report.error().field), QStringLiteral("status_changes[1].at"));

    history.statusChanges.clear();
    history.agentReplies = {at("2026-11-30T07:00:00Z")}; // before creation
    report = calculator.compute(history, at("2026-11-30T10:00:00Z"));
    QCOMPARE(QString::fromStdString(report.error().field), QStringLiteral("agent_replies[0]"));

    history.agentReplies.clear();
    report = calculator.compute(history, at("2026-11-30T07:00:00Z"));
    QCOMPARE(codeName(report.error().code), codeName(hss::ErrorCode::OutOfRange));
    QCOMPARE(QString::fromStdString(report.error().field), QStringLiteral("now"));
}

QTEST_GUILESS_MAIN(TestSlaCalculator)
#include "TestSlaCalculator.moc"
