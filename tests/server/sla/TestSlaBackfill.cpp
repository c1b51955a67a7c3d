// SPDX-License-Identifier: MIT
// Open tickets that were never planned (stored before migration 7 brought SLA scheduling, or by a path without the
// tracker such as seed-demo) get their SLA events still ahead at server start, and those fire.
#include <QtTest>
#include <memory>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "StorageFixture.h"
#include "hss/ManualClock.h"
#include "hss/Ticket.h"
#include "notify/NotificationSettings.h"
#include "sla/SlaEngine.h"
#include "storage/Database.h"
#include "storage/SlaEventRepository.h"
#include "storage/TicketEventRepository.h"
#include "storage/TicketRepository.h"
#include "storage/WriteQueue.h"

using hss::ManualClock;
using hss::Priority;
using hss::Ticket;
using hss::TicketStatus;
using hss::server::Database;
using hss::server::SlaEngine;
using hss::server::SlaEventRecord;
using hss::server::SlaEventRepository;
using hss::server::WriteQueue;

namespace {

constexpr std::int64_t minute = 60'000;
constexpr std::int64_t mondayNine = 1795424400000; // 2026-11-23T09:00:00Z

const SlaEventRecord* findEvent(const std::vector<SlaEventRecord>& events, const std::string& clock,
                                const std::string& kind, int level)
{
    for (const SlaEventRecord& event : events) {
        if (event.clock == clock && event.kind == kind && event.level == level && event.state != "cancelled") {
            return &event;
        }
    }
    return nullptr;
}

} // namespace

class TestSlaBackfill final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unplannedOpenTicketsArePlannedAtStartAndFire_data();
    void unplannedOpenTicketsArePlannedAtStartAndFire();

private:
    Ticket store(Database& database, Priority priority, TicketStatus status, std::int64_t at);
    std::vector<SlaEventRecord> events(Database& database, const Ticket& ticket);

    hss::test::StorageFixture m_fixture;
};

void TestSlaBackfill::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

Ticket TestSlaBackfill::store(Database& database, Priority priority, TicketStatus status, std::int64_t at)
{
    Ticket ticket;
    ticket.id = hss::Uuid::createV7();
    ticket.title = "Pharmacy dispensing cabinet offline";
    ticket.description = "PATIENT-CANARY";
    ticket.priority = priority;
    ticket.status = status;
    ticket.requesterName = "Ward 2";
    ticket.team = "support";
    ticket.createdAt = at;
    ticket.updatedAt = at;
    if (status == TicketStatus::Resolved) {
        ticket.resolvedAt = at;
    }
    // Straight into the table: no tracker, so no history and no plan.
    return hss::server::TicketRepository(database, m_fixture.cipher()).create(ticket).value();
}

std::vector<SlaEventRecord> TestSlaBackfill::events(Database& database, const Ticket& ticket)
{
    Poco::Data::Session session = database.session();
    return SlaEventRepository(database).forTicket(session, ticket.id.toString());
}

void TestSlaBackfill::unplannedOpenTicketsArePlannedAtStartAndFire_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaBackfill::unplannedOpenTicketsArePlannedAtStartAndFire()
{
    QFETCH(QString, backend);
    auto database =
        std::make_unique<Database>(m_fixture.freshUrl(backend).toStdString(), m_fixture.folder().toStdString(), 1, 4);
    ManualClock clock(mondayNine);
    // As seed-demo leaves it: neither history nor plan.
    const Ticket bare = store(*database, Priority::Emergency, TicketStatus::New, mondayNine);
    // As migration 7 leaves a ticket of before: the history it backfilled, no plan.
    const Ticket migrated = store(*database, Priority::Emergency, TicketStatus::Open, mondayNine);
    {
        Poco::Data::Session session = database->session();
        hss::server::TicketEventRepository(*database).recordCreated(
            session, migrated.id.toString(), migrated.createdAt, migrated.priority, migrated.category, migrated.status);
    }
    // Open since before its thresholds: they are not fired after the fact (the report shows them breached).
    const Ticket old = store(*database, Priority::Emergency, TicketStatus::Open, mondayNine - 40 * minute);
    // Closed tickets have nothing to plan.
    const Ticket resolved = store(*database, Priority::Emergency, TicketStatus::Resolved, mondayNine);
    // More open tickets than one page of the walk, so it takes several steps.
    std::vector<Ticket> others;
    for (int i = 0; i < 5; ++i) {
        others.push_back(store(*database, Priority::Critical, TicketStatus::InProgress, mondayNine - minute));
    }
    QVERIFY(events(*database, bare).empty() && events(*database, migrated).empty());

    WriteQueue writes(*database);
    hss::server::NotificationSettings settings;
    hss::server::SlaScheduler::Options scheduling;
    scheduling.instanceId = "node-a";
    SlaEngine engine(*database, writes, m_fixture.cipher(), clock, settings, scheduling, {2, 2});
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(engine.backfill().finished(), 20000);
    QCOMPARE(engine.backfill().plannedCount(), std::size_t(7));

    for (const Ticket& ticket : {bare, migrated}) {
        const auto planned = events(*database, ticket);
        const SlaEventRecord* escalation = findEvent(planned, "resolution", "escalation", 1);
        const SlaEventRecord* breach = findEvent(planned, "resolution", "breach", 0);
        QVERIFY(escalation && breach);
        QCOMPARE(escalation->dueAt, mondayNine + 15 * minute);
        QCOMPARE(breach->dueAt, mondayNine + 30 * minute);
    }
    QVERIFY(events(*database, resolved).empty());
    QVERIFY(events(*database, old).empty());
    for (const Ticket& ticket : others) {
        QVERIFY(findEvent(events(*database, ticket), "resolution", "breach", 0));
    }
    // Walking again finds nothing left to plan and plans nothing twice.
    const auto before = events(*database, bare).size();
    QCOMPARE(engine.backfill().run(), std::size_t(0));
    QCOMPARE(events(*database, bare).size(), before);
    // The next start looks only at tickets stored since (here one more without the tracker) and plans it.
    const Ticket later = store(*database, Priority::Emergency, TicketStatus::New, mondayNine);
    QCOMPARE(engine.backfill().run(), std::size_t(1));
    QVERIFY(findEvent(events(*database, later), "resolution", "breach", 0));

    // The scheduler's thread fires them when due.
    clock.setNowMs(mondayNine + 30 * minute);
    engine.scheduler().wake();
    QTRY_VERIFY_WITH_TIMEOUT(findEvent(events(*database, migrated), "resolution", "breach", 0)->state == "fired"
                                 && findEvent(events(*database, bare), "resolution", "breach", 0)->state == "fired",
                             20000);
    engine.stop();
    for (const Ticket& ticket : {bare, migrated}) {
        QCOMPARE(hss::server::TicketRepository(*database, m_fixture.cipher())
                     .find(ticket.id.toString())
                     .value()
                     .escalationLevel,
                 1);
    }
}

QTEST_GUILESS_MAIN(TestSlaBackfill)
#include "TestSlaBackfill.moc"
