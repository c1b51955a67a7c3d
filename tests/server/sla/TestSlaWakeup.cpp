// SPDX-License-Identifier: MIT
// The scheduler sleeps until the next due event; a re-plan that brings an earlier one wakes it at once.
#include <QtTest>
#include <atomic>
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
#include "storage/TicketRepository.h"
#include "storage/WriteQueue.h"

using hss::ManualClock;
using hss::Priority;
using hss::Ticket;
using hss::server::Database;
using hss::server::SlaEventRepository;

namespace {

constexpr std::int64_t minute = 60'000;
constexpr std::int64_t mondayNine = 1795424400000; // 2026-11-23T09:00:00Z

} // namespace

class TestSlaWakeup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void earlierDueTimeWakesTheSleepingScheduler_data();
    void earlierDueTimeWakesTheSleepingScheduler();

private:
    hss::test::StorageFixture m_fixture;
};

void TestSlaWakeup::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void TestSlaWakeup::earlierDueTimeWakesTheSleepingScheduler_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaWakeup::earlierDueTimeWakesTheSleepingScheduler()
{
    QFETCH(QString, backend);
    auto database =
        std::make_unique<Database>(m_fixture.freshUrl(backend).toStdString(), m_fixture.folder().toStdString(), 1, 4);
    ManualClock clock(mondayNine);
    hss::server::WriteQueue writes(*database);
    std::atomic<int> sleeps {0};
    std::atomic<std::int64_t> sleptFor {0};
    hss::server::SlaScheduler::Options scheduling;
    scheduling.instanceId = "node-a";
    scheduling.maxSleep = std::chrono::hours(1); // no polling: only the plan or a wake-up ends a sleep
    scheduling.onSleep = [&](std::optional<std::int64_t> next) {
        sleptFor = next.value_or(-1);
        ++sleeps;
    };
    hss::server::SlaEngine engine(*database, writes, m_fixture.cipher(), clock, hss::server::NotificationSettings {},
                                  scheduling);
    auto create = [&](Priority priority, std::int64_t createdAt) {
        Ticket ticket;
        ticket.id = hss::Uuid::createV7();
        ticket.title = "Telemetry gateway drops monitors";
        ticket.priority = priority;
        ticket.requesterName = "ICU";
        ticket.createdAt = createdAt;
        ticket.updatedAt = createdAt;
        Ticket stored;
        writes.run([&](Poco::Data::Session& session) {
            stored = hss::server::TicketRepository(*database, m_fixture.cipher()).create(session, ticket).value();
            engine.tracker().ticketCreated(session, stored);
        });
        return stored;
    };
    create(Priority::Medium, mondayNine); // its first event is hours of business time away
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(sleeps.load() >= 1, 20000);
    QVERIFY(sleptFor.load() > mondayNine + 60 * minute);

    // An emergency made offline 40 minutes ago: its events are all due already.
    const Ticket emergency = create(Priority::Emergency, mondayNine - 40 * minute);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            Poco::Data::Session session = database->session();
            for (const auto& event : SlaEventRepository(*database).forTicket(session, emergency.id.toString())) {
                if (event.state != "fired") {
                    return false;
                }
            }
            return true;
        }(),
        20000);
    engine.stop();
    QCOMPARE(hss::server::TicketRepository(*database, m_fixture.cipher())
                 .find(emergency.id.toString())
                 .value()
                 .escalationLevel,
             1);
}

QTEST_GUILESS_MAIN(TestSlaWakeup)
#include "TestSlaWakeup.moc"
