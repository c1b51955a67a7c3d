// SPDX-License-Identifier: MIT
// A new ticket is planned from the history it is created with, without reading it back: the history and the events
// must be exactly those the general re-plan derives from the stored ticket_events.
#include <QtTest>
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "StorageFixture.h"
#include "hss/ManualClock.h"
#include "hss/Ticket.h"
#include "notify/NotificationSettings.h"
#include "sla/ServerSlaCalculator.h"
#include "sla/SlaPolicyBook.h"
#include "sla/SlaTracker.h"
#include "storage/Database.h"
#include "storage/SlaEventRepository.h"
#include "storage/TicketEventRepository.h"
#include "storage/TicketRepository.h"
#include "storage/WriteTransaction.h"

using hss::Priority;
using hss::Ticket;
using hss::TicketStatus;
using hss::server::Database;
using hss::server::SlaEventRecord;
using hss::server::SlaEventRepository;

namespace {

constexpr std::int64_t minute = 60'000;
constexpr std::int64_t mondayNine = 1795424400000; // 2026-11-23T09:00:00Z

std::vector<std::int64_t> statusTimes(const hss::sla::SlaHistory& history)
{
    std::vector<std::int64_t> times;
    for (const auto& change : history.statusChanges) {
        times.push_back(change.at * 100 + static_cast<std::int64_t>(change.status));
    }
    return times;
}

} // namespace

class TestSlaCreationPlan final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createdTicketIsPlannedAsFromItsStoredHistory_data();
    void createdTicketIsPlannedAsFromItsStoredHistory();

private:
    hss::test::StorageFixture m_fixture;
};

void TestSlaCreationPlan::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void TestSlaCreationPlan::createdTicketIsPlannedAsFromItsStoredHistory_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("priority");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("createdAgo"); // before now: a ticket made offline
    QTest::addColumn<qint64>("firstResponseAfter"); // -1: none
    QTest::addColumn<bool>("clocksRun"); // false: paused while waiting on the customer, nothing ahead
    for (const QString& backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        const QByteArray name = backend.toUtf8();
        QTest::addRow("%s: new emergency", name.constData())
            << backend << int(Priority::Emergency) << int(TicketStatus::New) << qint64(0) << qint64(-1) << true;
        QTest::addRow("%s: offline, in progress, answered", name.constData())
            << backend << int(Priority::High) << int(TicketStatus::InProgress) << qint64(40 * minute)
            << qint64(5 * minute) << true;
        QTest::addRow("%s: waiting on the customer", name.constData())
            << backend << int(Priority::Medium) << int(TicketStatus::WaitingOnCustomer) << qint64(3 * minute)
            << qint64(minute) << false;
        QTest::addRow("%s: answered at the instant of creation", name.constData())
            << backend << int(Priority::Critical) << int(TicketStatus::Open) << qint64(10 * minute) << qint64(0)
            << true;
    }
}

void TestSlaCreationPlan::createdTicketIsPlannedAsFromItsStoredHistory()
{
    QFETCH(QString, backend);
    QFETCH(int, priority);
    QFETCH(int, status);
    QFETCH(qint64, createdAgo);
    QFETCH(qint64, firstResponseAfter);
    QFETCH(bool, clocksRun);
    auto database =
        std::make_unique<Database>(m_fixture.freshUrl(backend).toStdString(), m_fixture.folder().toStdString(), 1, 4);
    hss::ManualClock clock(mondayNine);
    const hss::server::SlaPolicyBook policies(hss::server::serverSlaDefaults(hss::server::NotificationSettings {}));
    const hss::server::SlaTracker tracker(*database, m_fixture.cipher(), clock, policies);

    Ticket ticket;
    ticket.id = hss::Uuid::createV7();
    ticket.title = "Infusion pump library out of date";
    ticket.requesterName = "Ward 4";
    ticket.team = "support";
    ticket.priority = static_cast<Priority>(priority);
    ticket.status = static_cast<TicketStatus>(status);
    ticket.createdAt = mondayNine - createdAgo;
    ticket.updatedAt = ticket.createdAt;
    if (firstResponseAfter != -1) {
        ticket.firstResponseAt = ticket.createdAt + firstResponseAfter;
    }
    const std::string id = ticket.id.toString();
    QVERIFY(hss::server::TicketRepository(*database, m_fixture.cipher()).create(ticket));

    Poco::Data::Session session = database->session();
    {
        hss::server::WriteTransaction transaction(session, database->backend());
        tracker.ticketCreated(session, ticket);
        transaction.commit();
    }

    // The history planned from is the one stored.
    const auto stored = hss::server::TicketEventRepository(*database).histories(session, {id});
    QVERIFY(stored.contains(id));
    const hss::sla::SlaHistory& history = stored.at(id);
    const hss::sla::SlaHistory built = hss::server::creationHistory(ticket);
    QCOMPARE(built.createdAt, history.createdAt);
    QVERIFY(built.priority == history.priority);
    QVERIFY(built.category == history.category);
    QCOMPARE(statusTimes(built), statusTimes(history));
    QCOMPARE(built.agentReplies, history.agentReplies);
    QCOMPARE(built.customerReplies, history.customerReplies);
    QVERIFY(built.classificationChanges.empty() && history.classificationChanges.empty());

    // The planned events are those of the stored history: same keys, same due times, all planned.
    const auto report = policies.calculator()->compute(history, std::min(ticket.createdAt, clock.nowMs()));
    QVERIFY(report);
    std::vector<std::pair<std::string, std::int64_t>> expected;
    for (const auto& event : report.value().upcomingEvents()) {
        expected.emplace_back(SlaEventRepository::keyFor(id, event), event.at);
    }
    std::vector<std::pair<std::string, std::int64_t>> planned;
    for (const SlaEventRecord& record : SlaEventRepository(*database).forTicket(session, id)) {
        QCOMPARE(record.state, std::string(SlaEventRepository::statePlanned));
        planned.emplace_back(record.key, record.dueAt);
    }
    std::sort(expected.begin(), expected.end());
    std::sort(planned.begin(), planned.end());
    QCOMPARE(!expected.empty(), clocksRun);
    QCOMPARE(planned, expected);
}

QTEST_GUILESS_MAIN(TestSlaCreationPlan)
#include "TestSlaCreationPlan.moc"
