// SPDX-License-Identifier: MIT
#include <QtTest>
#include <atomic>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Data/Session.h>

#include "StorageFixture.h"
#include "hss/ManualClock.h"
#include "hss/Ticket.h"
#include "notify/NotificationSettings.h"
#include "sla/SlaEngine.h"
#include "storage/Database.h"
#include "storage/EscalationMatrixRepository.h"
#include "storage/NotificationOutboxRepository.h"
#include "storage/SlaEventRepository.h"
#include "storage/TicketRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteQueue.h"

using hss::ManualClock;
using hss::Priority;
using hss::Ticket;
using hss::server::Database;
using hss::server::SlaEngine;
using hss::server::SlaEventRecord;
using hss::server::SlaEventRepository;
using hss::server::WriteQueue;

namespace {

constexpr std::int64_t minute = 60'000;
constexpr std::int64_t mondayNine = 1795424400000; // 2026-11-23T09:00:00Z, a Monday inside business hours

hss::server::NotificationSettings everyChannel()
{
    hss::server::NotificationSettings settings;
    settings.smtp.enabled = true;
    settings.slack.enabled = true;
    settings.sms.enabled = true;
    settings.medicalEmail = "medical-team@clinic.example";
    settings.medicalPhone = "+15550100";
    return settings;
}

/// One server process's SLA parts over one database.
struct Node
{
    Node(Database& database, const hss::server::FieldCipher& cipher, ManualClock& clock, const std::string& name)
        : writes(database)
        , engine(database, writes, cipher, clock, everyChannel(), schedulingAs(name))
    { }

    static hss::server::SlaScheduler::Options schedulingAs(const std::string& name)
    {
        hss::server::SlaScheduler::Options options;
        options.instanceId = name;
        options.batchSize = 50;
        return options;
    }

    WriteQueue writes;
    SlaEngine engine;
};

} // namespace

class TestSlaScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emergencyWarnsEscalatesAndBreaches_data();
    void emergencyWarnsEscalatesAndBreaches();
    void priorityChangeReplans_data();
    void priorityChangeReplans();
    void restartFiresOverdueOnceAndNothingTwice_data();
    void restartFiresOverdueOnceAndNothingTwice();
    void twoSchedulersFireEachEventOnce_data();
    void twoSchedulersFireEachEventOnce();
    void escalationFollowsTheMatrix_data();
    void escalationFollowsTheMatrix();
    void offlineTicketFiresOnlyWhatHappened_data();
    void offlineTicketFiresOnlyWhatHappened();
    void schedulerThreadFiresWhenWoken_data();
    void schedulerThreadFiresWhenWoken();

private:
    std::unique_ptr<Database> freshDatabase(const QString& backend, std::string* url = nullptr);
    Ticket createTicket(Database& database, Node& node, ManualClock& clock, Priority priority);
    std::vector<SlaEventRecord> events(Database& database, const Ticket& ticket);
    Ticket reload(Database& database, const Ticket& ticket);

    hss::test::StorageFixture m_fixture;
};

void TestSlaScheduler::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

std::unique_ptr<Database> TestSlaScheduler::freshDatabase(const QString& backend, std::string* url)
{
    const std::string made = m_fixture.freshUrl(backend).toStdString();
    if (url) {
        *url = made;
    }
    return std::make_unique<Database>(made, m_fixture.folder().toStdString(), 1, 4);
}

Ticket TestSlaScheduler::createTicket(Database& database, Node& node, ManualClock& clock, Priority priority)
{
    Ticket ticket;
    ticket.id = hss::Uuid::createV7();
    ticket.title = "Infusion pump alarms keep firing";
    ticket.description = "PATIENT-CANARY details that must never leave the server";
    ticket.priority = priority;
    ticket.category = hss::Category::Technical;
    ticket.requesterName = "Ward 3";
    ticket.team = "support";
    ticket.createdAt = clock.nowMs();
    ticket.updatedAt = ticket.createdAt;
    hss::Result<Ticket> created = hss::Error {hss::ErrorCode::Internal, {}, "not stored"};
    node.writes.run([&](Poco::Data::Session& session) {
        created = hss::server::TicketRepository(database, m_fixture.cipher()).create(session, ticket);
        if (created) {
            node.engine.tracker().ticketCreated(session, created.value());
        }
    });
    if (!created) {
        throw std::runtime_error(created.error().message);
    }
    return created.value();
}

std::vector<SlaEventRecord> TestSlaScheduler::events(Database& database, const Ticket& ticket)
{
    Poco::Data::Session session = database.session();
    return SlaEventRepository(database).forTicket(session, ticket.id.toString());
}

Ticket TestSlaScheduler::reload(Database& database, const Ticket& ticket)
{
    return hss::server::TicketRepository(database, m_fixture.cipher()).find(ticket.id.toString()).value();
}

namespace {

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

int countState(const std::vector<SlaEventRecord>& events, const std::string& state)
{
    return static_cast<int>(
        std::count_if(events.begin(), events.end(), [&](const SlaEventRecord& e) { return e.state == state; }));
}

} // namespace

void TestSlaScheduler::emergencyWarnsEscalatesAndBreaches_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaScheduler::emergencyWarnsEscalatesAndBreaches()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    ManualClock clock(mondayNine);
    Node node(*database, m_fixture.cipher(), clock, "node-a");
    const Ticket ticket = createTicket(*database, node, clock, Priority::Emergency);
    const std::int64_t t0 = ticket.createdAt;

    auto planned = events(*database, ticket);
    const SlaEventRecord* escalation = findEvent(planned, "resolution", "escalation", 1);
    const SlaEventRecord* breach = findEvent(planned, "resolution", "breach", 0);
    QVERIFY(escalation && breach);
    QCOMPARE(escalation->dueAt, t0 + 15 * minute);
    QCOMPARE(breach->dueAt, t0 + 30 * minute);
    QCOMPARE(countState(planned, "planned"), static_cast<int>(planned.size()));

    // Nothing is due a moment before the escalation.
    clock.setNowMs(t0 + 15 * minute - 1);
    QVERIFY(node.engine.scheduler().fireDue() > 0); // the first-response warnings at 7.5 and 11.25 minutes
    QVERIFY(findEvent(events(*database, ticket), "resolution", "escalation", 1)->state == "planned");
    QCOMPARE(reload(*database, ticket).escalationLevel, 0);

    clock.setNowMs(t0 + 15 * minute);
    QVERIFY(node.engine.scheduler().fireDue() > 0);
    auto afterEscalation = events(*database, ticket);
    QCOMPARE(findEvent(afterEscalation, "resolution", "escalation", 1)->state, std::string("fired"));
    QCOMPARE(findEvent(afterEscalation, "resolution", "breach", 0)->state, std::string("planned"));
    QCOMPARE(reload(*database, ticket).escalationLevel, 1);

    clock.setNowMs(t0 + 30 * minute);
    QVERIFY(node.engine.scheduler().fireDue() > 0);
    auto afterBreach = events(*database, ticket);
    QCOMPARE(findEvent(afterBreach, "resolution", "breach", 0)->state, std::string("fired"));
    QCOMPARE(*findEvent(afterBreach, "resolution", "breach", 0)->firedAt, t0 + 30 * minute);
    QCOMPARE(countState(afterBreach, "planned"), 0);
    QCOMPARE(node.engine.scheduler().fireDue(), std::size_t(0));
    QCOMPARE(node.engine.scheduler().firedCount(), afterBreach.size());

    // The breach was announced to the medical team on every channel, without the ticket's text.
    Poco::Data::Session session = database->session();
    const auto sent = hss::server::NotificationOutboxRepository(*database).forTicket(session, ticket.id.toString());
    std::set<std::string> breachChannels;
    for (const auto& message : sent) {
        QVERIFY(message.body.find("PATIENT-CANARY") == std::string::npos);
        QVERIFY(message.body.find("Infusion") == std::string::npos);
        if (message.event == "sla.breach") {
            breachChannels.insert(message.channel);
        }
    }
    QCOMPARE(breachChannels, (std::set<std::string> {"email", "slack", "sms"}));
}

void TestSlaScheduler::priorityChangeReplans_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaScheduler::priorityChangeReplans()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    ManualClock clock(mondayNine);
    Node node(*database, m_fixture.cipher(), clock, "node-a");
    const Ticket ticket = createTicket(*database, node, clock, Priority::Medium);
    const std::int64_t t0 = ticket.createdAt;
    const auto before = events(*database, ticket);
    QVERIFY(!before.empty());
    QVERIFY(!findEvent(before, "resolution", "breach", 0)
            || findEvent(before, "resolution", "breach", 0)->dueAt > t0 + 24 * 60 * minute);

    // Raised to emergency five minutes in: the resolution clock restarts on the emergency policy.
    clock.setNowMs(t0 + 5 * minute);
    Ticket raised = ticket;
    raised.priority = Priority::Emergency;
    raised.updatedAt = clock.nowMs();
    node.writes.run([&](Poco::Data::Session& session) {
        auto updated =
            hss::server::TicketRepository(*database, m_fixture.cipher()).update(session, raised, ticket.revision);
        QVERIFY(updated.ok());
        node.engine.tracker().ticketChanged(session, ticket, updated.value());
    });
    const auto after = events(*database, ticket);
    const SlaEventRecord* breach = findEvent(after, "resolution", "breach", 0);
    QVERIFY(breach);
    QCOMPARE(breach->dueAt, t0 + 35 * minute);
    QCOMPARE(findEvent(after, "resolution", "escalation", 1)->dueAt, t0 + 20 * minute);
    // The medium plan is cancelled: what is still planned belongs to the emergency plan.
    for (const SlaEventRecord& event : after) {
        QVERIFY2(event.state != "planned" || event.dueAt <= t0 + 35 * minute, event.key.c_str());
    }
    QVERIFY(countState(after, "cancelled") > 0);

    clock.setNowMs(t0 + 20 * minute);
    node.engine.scheduler().fireDue();
    QCOMPARE(reload(*database, ticket).escalationLevel, 1);
}

void TestSlaScheduler::restartFiresOverdueOnceAndNothingTwice_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaScheduler::restartFiresOverdueOnceAndNothingTwice()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    ManualClock clock(mondayNine);
    std::size_t firstRun = 0;
    Ticket ticket;
    {
        Node node(*database, m_fixture.cipher(), clock, "before-restart");
        ticket = createTicket(*database, node, clock, Priority::Emergency);
        clock.setNowMs(ticket.createdAt + 15 * minute);
        firstRun = node.engine.scheduler().fireDue();
        QVERIFY(firstRun > 0);
    } // the process stops here
    const auto total = events(*database, ticket).size();
    // Down for 25 minutes: the breach at 30 passed while nobody ran.
    clock.setNowMs(ticket.createdAt + 40 * minute);
    Node restarted(*database, m_fixture.cipher(), clock, "after-restart");
    const std::size_t secondRun = restarted.engine.scheduler().fireDue();
    QVERIFY(secondRun > 0);
    QCOMPARE(firstRun + secondRun, total);
    QCOMPARE(restarted.engine.scheduler().fireDue(), std::size_t(0));
    const auto all = events(*database, ticket);
    QCOMPARE(countState(all, "fired"), static_cast<int>(total));
    QCOMPARE(*findEvent(all, "resolution", "escalation", 1)->claimedBy, std::string("before-restart"));
    QCOMPARE(*findEvent(all, "resolution", "breach", 0)->claimedBy, std::string("after-restart"));
    // One escalation's worth of messages, not two.
    Poco::Data::Session session = database->session();
    int escalationMessages = 0;
    for (const auto& message :
         hss::server::NotificationOutboxRepository(*database).forTicket(session, ticket.id.toString())) {
        escalationMessages += message.event == "sla.escalation" ? 1 : 0;
    }
    QCOMPARE(escalationMessages, 3); // email, slack and sms once each
    QCOMPARE(reload(*database, ticket).escalationLevel, 1);
}

void TestSlaScheduler::twoSchedulersFireEachEventOnce_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaScheduler::twoSchedulersFireEachEventOnce()
{
    QFETCH(QString, backend);
    std::string url;
    auto first = freshDatabase(backend, &url);
    auto second = std::make_unique<Database>(url, m_fixture.folder().toStdString(), 1, 4);
    ManualClock clock(mondayNine);
    Node nodeA(*first, m_fixture.cipher(), clock, "node-a");
    Node nodeB(*second, m_fixture.cipher(), clock, "node-b");
    std::vector<Ticket> tickets;
    for (int i = 0; i < 60; ++i) {
        tickets.push_back(createTicket(*first, nodeA, clock, Priority::Emergency));
    }
    std::int64_t planned = 0;
    {
        Poco::Data::Session session = first->session();
        planned = SlaEventRepository(*first).countInState(session, "planned");
    }
    QVERIFY(planned >= 60 * 5);
    clock.setNowMs(mondayNine + 60 * minute);
    std::atomic<std::size_t> firedA {0};
    std::atomic<std::size_t> firedB {0};
    std::thread a([&] { firedA = nodeA.engine.scheduler().fireDue(); });
    std::thread b([&] { firedB = nodeB.engine.scheduler().fireDue(); });
    a.join();
    b.join();
    QCOMPARE(static_cast<std::int64_t>(firedA + firedB), planned);
    Poco::Data::Session session = first->session();
    QCOMPARE(SlaEventRepository(*first).countInState(session, "fired"), planned);
    QCOMPARE(SlaEventRepository(*first).countInState(session, "planned"), std::int64_t(0));
    // Every ticket escalated exactly once: three escalation messages each.
    hss::server::NotificationOutboxRepository outbox(*first);
    for (const Ticket& ticket : tickets) {
        int escalations = 0;
        for (const auto& message : outbox.forTicket(session, ticket.id.toString())) {
            escalations += message.event == "sla.escalation" ? 1 : 0;
        }
        QCOMPARE(escalations, 3);
    }
}

void TestSlaScheduler::escalationFollowsTheMatrix_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaScheduler::escalationFollowsTheMatrix()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    ManualClock clock(mondayNine);
    Node node(*database, m_fixture.cipher(), clock, "node-a");

    hss::server::UserAccount account;
    account.user.id = hss::Uuid::createV7();
    account.user.username = "oncall.physician";
    account.user.displayName = "On-call physician";
    account.user.email = "oncall@clinic.example";
    account.user.roles = {hss::Role::MedicalAgent};
    account.user.teams = {"medical-escalation"};
    account.user.active = true;
    account.user.createdAt = clock.nowMs();
    account.updatedAt = clock.nowMs();
    account.passwordHash = "$argon2id$v=19$m=8192,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
    QVERIFY(hss::server::UserRepository(*database, m_fixture.cipher()).create(account).ok());
    hss::server::EscalationMatrix matrix;
    matrix.levels.push_back({1, "medical-escalation", {account.user.id.toString()}, {"email"}});
    node.writes.run([&](Poco::Data::Session& session) {
        hss::server::EscalationMatrixRepository(*database).replace(session, matrix, clock.nowMs());
    });

    const Ticket ticket = createTicket(*database, node, clock, Priority::Emergency);
    clock.setNowMs(ticket.createdAt + 15 * minute);
    node.engine.scheduler().fireDue();
    const Ticket escalated = reload(*database, ticket);
    QCOMPARE(escalated.escalationLevel, 1);
    QCOMPARE(escalated.team, std::string("medical-escalation"));
    QVERIFY(escalated.assigneeId.has_value());
    QCOMPARE(*escalated.assigneeId, account.user.id);
    QVERIFY(escalated.revision > ticket.revision);

    // The level's people on the level's channels only (email), plus the medical team's address.
    Poco::Data::Session session = database->session();
    std::set<std::string> recipients;
    for (const auto& message :
         hss::server::NotificationOutboxRepository(*database).forTicket(session, ticket.id.toString())) {
        if (message.event == "sla.escalation") {
            QCOMPARE(message.channel, std::string("email"));
            recipients.insert(message.recipient);
        }
    }
    QCOMPARE(recipients, (std::set<std::string> {"oncall@clinic.example", "medical-team@clinic.example"}));
}

void TestSlaScheduler::offlineTicketFiresOnlyWhatHappened_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaScheduler::offlineTicketFiresOnlyWhatHappened()
{
    // Two emergencies made offline at T reach the server at T+40: one still open, one resolved offline at T+10.
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    ManualClock clock(mondayNine);
    Node node(*database, m_fixture.cipher(), clock, "node-a");
    clock.setNowMs(mondayNine + 40 * minute);
    const auto offline = [&] {
        Ticket ticket;
        ticket.id = hss::Uuid::createV7();
        ticket.title = "Badge readers down";
        ticket.priority = Priority::Emergency;
        ticket.requesterName = "Ward 5";
        ticket.createdAt = mondayNine;
        ticket.updatedAt = mondayNine;
        Ticket stored;
        node.writes.run([&](Poco::Data::Session& session) {
            stored = hss::server::TicketRepository(*database, m_fixture.cipher()).create(session, ticket).value();
            node.engine.tracker().ticketCreated(session, stored);
        });
        return stored;
    };
    const Ticket open = offline();
    const Ticket resolved = offline();
    Ticket change = resolved;
    change.status = hss::TicketStatus::Resolved;
    change.resolvedAt = mondayNine + 10 * minute;
    change.updatedAt = mondayNine + 10 * minute;
    node.writes.run([&](Poco::Data::Session& session) {
        auto updated =
            hss::server::TicketRepository(*database, m_fixture.cipher()).update(session, change, resolved.revision);
        QVERIFY(updated.ok());
        node.engine.tracker().ticketChanged(session, resolved, updated.value());
    });
    node.engine.scheduler().fireDue();

    const auto openEvents = events(*database, open);
    QCOMPARE(findEvent(openEvents, "resolution", "breach", 0)->state, std::string("fired"));
    QCOMPARE(reload(*database, open).escalationLevel, 1);
    const auto resolvedEvents = events(*database, resolved);
    QCOMPARE(findEvent(resolvedEvents, "first_response", "warning", 1)->state, std::string("fired")); // at 7.5 min
    QCOMPARE(countState(resolvedEvents, "planned"), 0);
    for (const SlaEventRecord& event : resolvedEvents) {
        QVERIFY2(event.state == "cancelled" || event.dueAt <= mondayNine + 10 * minute, event.key.c_str());
    }
    QCOMPARE(reload(*database, resolved).escalationLevel, 0);
}

void TestSlaScheduler::schedulerThreadFiresWhenWoken_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaScheduler::schedulerThreadFiresWhenWoken()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    ManualClock clock(mondayNine);
    Node node(*database, m_fixture.cipher(), clock, "node-a");
    const Ticket ticket = createTicket(*database, node, clock, Priority::Emergency);
    node.engine.start();
    clock.setNowMs(ticket.createdAt + 30 * minute);
    node.engine.scheduler().wake();
    QTRY_VERIFY_WITH_TIMEOUT(countState(events(*database, ticket), "planned") == 0, 20000);
    node.engine.stop();
    QCOMPARE(reload(*database, ticket).escalationLevel, 1);
}

QTEST_GUILESS_MAIN(TestSlaScheduler)
#include "TestSlaScheduler.moc"
