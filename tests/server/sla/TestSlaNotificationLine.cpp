// SPDX-License-Identifier: MIT
// The SLA line of a non-emergency ticket's notifications is the SLA calculator's report: the state and due time of
// the nearest running clock, on the policy's business calendar.
#include <QtTest>
#include <string>

#include "hss/Ticket.h"
#include "notify/NotificationMessages.h"
#include "notify/NotificationSettings.h"

using hss::Priority;
using hss::Ticket;

namespace {

constexpr std::int64_t minute = 60'000;
constexpr std::int64_t hour = 60 * minute;
constexpr std::int64_t mondayNine = 1795424400000; // 2026-11-23T09:00:00Z
constexpr std::int64_t fridayFive = mondayNine - 3 * 24 * hour + 8 * hour; // 2026-11-20T17:00:00Z

} // namespace

class TestSlaNotificationLine final : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgementCarriesTheNearestClock_data();
    void acknowledgementCarriesTheNearestClock();
};

void TestSlaNotificationLine::acknowledgementCarriesTheNearestClock_data()
{
    QTest::addColumn<int>("priority");
    QTest::addColumn<qint64>("createdAt");
    QTest::addColumn<qint64>("firstResponseAt");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("line");
    // Critical runs around the clock: first response within 30 minutes.
    QTest::newRow("critical, just created")
        << int(Priority::Critical) << qint64(mondayNine) << qint64(0) << qint64(mondayNine)
        << "SLA: first response ok, due 2026-11-23T09:30:00.000Z\n";
    // High counts business hours (08-18 on weekdays): one hour on Friday, the second on Monday morning.
    QTest::newRow("high, friday evening")
        << int(Priority::High) << qint64(fridayFive) << qint64(0) << qint64(fridayFive)
        << "SLA: first response ok, due 2026-11-23T09:00:00.000Z\n";
    // Pushed from offline three hours late: the first response is already breached.
    QTest::newRow("critical, offline") << int(Priority::Critical) << qint64(mondayNine) << qint64(0)
                                       << qint64(mondayNine + 3 * hour)
                                       << "SLA: first response breached, was due 2026-11-23T09:30:00.000Z\n";
    // Answered offline: the nearest clock is now the next update, 60 minutes after that reply.
    QTest::newRow("critical, answered") << int(Priority::Critical) << qint64(mondayNine)
                                        << qint64(mondayNine + 10 * minute) << qint64(mondayNine + 20 * minute)
                                        << "SLA: next update ok, due 2026-11-23T10:10:00.000Z\n";
}

void TestSlaNotificationLine::acknowledgementCarriesTheNearestClock()
{
    QFETCH(int, priority);
    QFETCH(qint64, createdAt);
    QFETCH(qint64, firstResponseAt);
    QFETCH(qint64, now);
    QFETCH(QString, line);
    hss::server::NotificationSettings settings;
    settings.smtp.enabled = true;
    const hss::server::NotificationMessages messages(settings);
    Ticket ticket;
    ticket.id = hss::Uuid::createV7();
    ticket.number = 42;
    ticket.priority = static_cast<Priority>(priority);
    ticket.status = firstResponseAt ? hss::TicketStatus::InProgress : hss::TicketStatus::New;
    ticket.requesterEmail = "ward2@clinic.example";
    ticket.createdAt = createdAt;
    ticket.updatedAt = createdAt;
    if (firstResponseAt) {
        ticket.firstResponseAt = firstResponseAt;
    }
    const auto sent = messages.ticketCreated(ticket, now);
    QCOMPARE(sent.size(), std::size_t(1));
    QCOMPARE(sent.front().event, std::string(hss::server::NotificationMessages::acknowledgementEvent));
    QVERIFY2(sent.front().body.find(line.toStdString()) != std::string::npos, sent.front().body.c_str());
}

QTEST_GUILESS_MAIN(TestSlaNotificationLine)
#include "TestSlaNotificationLine.moc"
