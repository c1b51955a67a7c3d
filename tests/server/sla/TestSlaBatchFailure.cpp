// SPDX-License-Identifier: MIT
// A batch fires under one savepoint; an event that cannot be carried out makes the scheduler redo the batch event by
// event: that one is recorded as failed, the others fire, and nothing comes back.
#include <QtTest>
#include <memory>
#include <string>

#include <Poco/Data/Session.h>

#include "StorageFixture.h"
#include "hss/ManualClock.h"
#include "hss/Ticket.h"
#include "notify/NotificationSettings.h"
#include "sla/SlaEngine.h"
#include "storage/Database.h"
#include "storage/SlaEventRepository.h"
#include "storage/SqlText.h"
#include "storage/TicketRepository.h"
#include "storage/WriteQueue.h"

using hss::ManualClock;
using hss::Ticket;
using hss::server::Database;
using hss::server::SlaEventRepository;

namespace {

constexpr std::int64_t minute = 60'000;
constexpr std::int64_t mondayNine = 1795424400000; // 2026-11-23T09:00:00Z

} // namespace

class TestSlaBatchFailure final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failingEventIsRecordedAndOthersFire_data();
    void failingEventIsRecordedAndOthersFire();

private:
    hss::test::StorageFixture m_fixture;
};

void TestSlaBatchFailure::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void TestSlaBatchFailure::failingEventIsRecordedAndOthersFire_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaBatchFailure::failingEventIsRecordedAndOthersFire()
{
    QFETCH(QString, backend);
    auto database =
        std::make_unique<Database>(m_fixture.freshUrl(backend).toStdString(), m_fixture.folder().toStdString(), 1, 4);
    ManualClock clock(mondayNine);
    hss::server::WriteQueue writes(*database);
    hss::server::SlaEngine engine(*database, writes, m_fixture.cipher(), clock, hss::server::NotificationSettings {});
    auto create = [&] {
        Ticket ticket;
        ticket.id = hss::Uuid::createV7();
        ticket.title = "Nurse call system silent";
        ticket.priority = hss::Priority::Emergency;
        ticket.requesterName = "Ward 4";
        ticket.createdAt = mondayNine;
        ticket.updatedAt = mondayNine;
        Ticket stored;
        writes.run([&](Poco::Data::Session& session) {
            stored = hss::server::TicketRepository(*database, m_fixture.cipher()).create(session, ticket).value();
            engine.tracker().ticketCreated(session, stored);
        });
        return stored;
    };
    const Ticket good = create();
    const Ticket broken = create();
    {
        // A protected field that no longer decrypts: firing this ticket's events throws.
        Poco::Data::Session session = database->session();
        session << hss::server::sqltext::forBackend("UPDATE tickets SET description = ? WHERE id = ?",
                                                    database->backend()),
            Poco::Data::Keywords::bind(std::string("v1:broken")), Poco::Data::Keywords::bind(broken.id.toString()),
            Poco::Data::Keywords::now;
    }
    clock.setNowMs(mondayNine + 30 * minute);
    const std::size_t fired = engine.scheduler().fireDue();

    Poco::Data::Session session = database->session();
    SlaEventRepository events(*database);
    const auto goodEvents = events.forTicket(session, good.id.toString());
    const auto brokenEvents = events.forTicket(session, broken.id.toString());
    QCOMPARE(fired, goodEvents.size() + brokenEvents.size());
    for (const auto& event : goodEvents) {
        QCOMPARE(event.state, std::string("fired"));
        QVERIFY2(event.outcome && event.outcome->rfind("failed", 0) != 0, event.key.c_str());
    }
    for (const auto& event : brokenEvents) {
        QCOMPARE(event.state, std::string("fired")); // recorded, so it never comes back
        QVERIFY2(event.outcome && event.outcome->rfind("failed: ", 0) == 0, event.key.c_str());
    }
    QCOMPARE(events.countInState(session, "planned"), std::int64_t(0));
    QCOMPARE(
        hss::server::TicketRepository(*database, m_fixture.cipher()).find(good.id.toString()).value().escalationLevel,
        1);
    QCOMPARE(engine.scheduler().fireDue(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestSlaBatchFailure)
#include "TestSlaBatchFailure.moc"
