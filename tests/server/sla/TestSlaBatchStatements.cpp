// SPDX-License-Identifier: MIT
// The scheduler's batch path writes in a few multi-row statements (one round trip each on PostgreSQL): firings are
// recorded with UPDATE ... FROM (VALUES ...) RETURNING, messages queued with multi-row INSERTs, and the claim reads
// the partial index of planned events. Each is checked on SQLite and PostgreSQL across the statement chunk sizes.
#include <QtTest>
#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "StorageFixture.h"
#include "hss/ManualClock.h"
#include "hss/Ticket.h"
#include "notify/NotificationSettings.h"
#include "sla/SlaEngine.h"
#include "sla/SlaTracker.h"
#include "storage/Database.h"
#include "storage/NotificationOutboxRepository.h"
#include "storage/ResultRows.h"
#include "storage/SlaEventRepository.h"
#include "storage/SqlText.h"
#include "storage/StatementCache.h"
#include "storage/TicketRepository.h"
#include "storage/WriteQueue.h"

using hss::ManualClock;
using hss::Ticket;
using hss::server::Database;
using hss::server::NewNotification;
using hss::server::NotificationOutboxRepository;
using hss::server::SlaEventRepository;

namespace {

constexpr std::int64_t minute = 60'000;
constexpr std::int64_t mondayNine = 1795424400000; // 2026-11-23T09:00:00Z

Ticket emergencyTicket(const std::string& title)
{
    Ticket ticket;
    ticket.id = hss::Uuid::createV7();
    ticket.title = title;
    ticket.priority = hss::Priority::Emergency;
    ticket.requesterName = "Ward 4";
    ticket.createdAt = mondayNine;
    ticket.updatedAt = mondayNine;
    return ticket;
}

} // namespace

class TestSlaBatchStatements final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowChunksCoverEveryRowWithFewSizes();
    void markFiredRecordsOnlyPlannedEvents_data();
    void markFiredRecordsOnlyPlannedEvents();
    void outboxBatchKeepsOrderAndFields_data();
    void outboxBatchKeepsOrderAndFields();
    void laterEventOfBatchSeesEscalation_data();
    void laterEventOfBatchSeesEscalation();
    void claimReadsPartialIndexOfPlannedEvents();

private:
    std::unique_ptr<Database> openDatabase(const QString& backend);
    hss::test::StorageFixture m_fixture;
};

void TestSlaBatchStatements::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

std::unique_ptr<Database> TestSlaBatchStatements::openDatabase(const QString& backend)
{
    return std::make_unique<Database>(m_fixture.freshUrl(backend).toStdString(), m_fixture.folder().toStdString(), 1,
                                      4);
}

void TestSlaBatchStatements::rowChunksCoverEveryRowWithFewSizes()
{
    std::set<std::size_t> sizes;
    for (std::size_t total = 0; total <= 300; ++total) {
        std::size_t covered = 0;
        for (const std::size_t chunk : hss::server::sqltext::rowChunks(total)) {
            QVERIFY(chunk > 0);
            covered += chunk;
            sizes.insert(chunk);
        }
        QCOMPARE(covered, total);
    }
    QCOMPARE(sizes, (std::set<std::size_t> {1, 4, 16, 64}));
    QCOMPARE(hss::server::sqltext::repeatedRows("(?, ?)", 3), std::string("(?, ?), (?, ?), (?, ?)"));
    QCOMPARE(hss::server::sqltext::repeatedRows("(?)", 0), std::string());
}

void TestSlaBatchStatements::markFiredRecordsOnlyPlannedEvents_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaBatchStatements::markFiredRecordsOnlyPlannedEvents()
{
    QFETCH(QString, backend);
    auto database = openDatabase(backend);
    ManualClock clock(mondayNine);
    hss::server::WriteQueue writes(*database);
    hss::server::SlaEngine engine(*database, writes, m_fixture.cipher(), clock, hss::server::NotificationSettings {});
    std::vector<std::string> keys;
    writes.run([&](Poco::Data::Session& session) {
        hss::server::TicketRepository tickets(*database, m_fixture.cipher());
        // Enough events for every chunk size (64 + 16 + 4 + 1s).
        while (keys.size() < 90) {
            const Ticket stored = tickets.create(session, emergencyTicket("Infusion pump alarm")).value();
            engine.tracker().ticketCreated(session, stored);
            for (const auto& event : SlaEventRepository(*database).forTicket(session, stored.id.toString())) {
                keys.push_back(event.key);
            }
        }
    });
    QVERIFY(keys.size() >= 90);

    SlaEventRepository events(*database);
    Poco::Data::Session session = database->session();
    // One fired earlier by someone else and one cancelled: neither may change.
    QVERIFY(events.markFired(session, keys[0], mondayNine + 1, "other-server", "fired elsewhere"));
    events.cancel(session, keys[1]);

    std::vector<SlaEventRepository::Firing> firings;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        firings.push_back({keys[i], mondayNine + 1000 + static_cast<std::int64_t>(i), "outcome " + std::to_string(i)});
    }
    const std::set<std::string> marked = events.markFired(session, firings, "this-server");
    QCOMPARE(marked.size(), keys.size() - 2);
    QVERIFY(!marked.contains(keys[0]));
    QVERIFY(!marked.contains(keys[1]));

    const auto rows = database->statements().query(
        session, "SELECT event_key, state, fired_at, claimed_by, outcome FROM sla_events ORDER BY event_key");
    QCOMPARE(rows.size(), keys.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        const std::string key = rows.text(row, 0);
        const auto index = static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
        QVERIFY(index < keys.size());
        if (index == 0) {
            QCOMPARE(rows.text(row, 3), std::string("other-server"));
            QCOMPARE(rows.text(row, 4), std::string("fired elsewhere"));
        } else if (index == 1) {
            QCOMPARE(rows.text(row, 1), std::string("cancelled"));
        } else {
            QCOMPARE(rows.text(row, 1), std::string("fired"));
            QCOMPARE(rows.integer(row, 2), mondayNine + 1000 + static_cast<std::int64_t>(index));
            QCOMPARE(rows.text(row, 3), std::string("this-server"));
            QCOMPARE(rows.text(row, 4), "outcome " + std::to_string(index));
        }
    }
    // Recording them again changes nothing.
    QVERIFY(events.markFired(session, firings, "this-server").empty());
}

void TestSlaBatchStatements::outboxBatchKeepsOrderAndFields_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaBatchStatements::outboxBatchKeepsOrderAndFields()
{
    QFETCH(QString, backend);
    auto database = openDatabase(backend);
    std::vector<NewNotification> messages;
    for (int i = 0; i < 85; ++i) { // 64 + 16 + 4 + 1
        NewNotification message {
            "slack",       "slack-webhook", "subject " + std::to_string(i), "body\n" + std::to_string(i),
            "sla.warning", std::nullopt};
        if (i % 2 == 0) {
            message.ticketId = hss::Uuid::createV7().toString();
        }
        messages.push_back(message);
    }
    Poco::Data::Session session = database->session();
    NotificationOutboxRepository outbox(*database);
    const std::vector<std::string> ids = outbox.enqueue(session, messages, mondayNine);
    QCOMPARE(ids.size(), messages.size());
    QCOMPARE(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto rows = database->statements().query(
            session,
            "SELECT subject, body, ticket_id, state, attempts, next_attempt_at FROM notification_outbox WHERE id = ?",
            {ids[i]});
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows.text(0, 0), messages[i].subject);
        QCOMPARE(rows.text(0, 1), messages[i].body);
        QCOMPARE(rows.optionalText(0, 2), messages[i].ticketId);
        QCOMPARE(rows.text(0, 3), std::string("pending"));
        QCOMPARE(rows.integer(0, 4), std::int64_t(0));
        QCOMPARE(rows.integer(0, 5), mondayNine);
    }
    QVERIFY(outbox.enqueue(session, std::vector<NewNotification> {}, mondayNine).empty());
}

void TestSlaBatchStatements::laterEventOfBatchSeesEscalation_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestSlaBatchStatements::laterEventOfBatchSeesEscalation()
{
    QFETCH(QString, backend);
    auto database = openDatabase(backend);
    ManualClock clock(mondayNine);
    hss::server::WriteQueue writes(*database);
    hss::server::NotificationSettings settings;
    settings.slack.enabled = true;
    settings.slack.webhookUrl = "https://127.0.0.1:9/hook";
    hss::server::SlaEngine engine(*database, writes, m_fixture.cipher(), clock, settings);
    Ticket stored;
    writes.run([&](Poco::Data::Session& session) {
        stored = hss::server::TicketRepository(*database, m_fixture.cipher())
                     .create(session, emergencyTicket("Ventilator alarms ignored"))
                     .value();
        engine.tracker().ticketCreated(session, stored);
    });
    // Escalation at 15 minutes and the 75 % warning at 22.5 minutes fall into one batch.
    clock.setNowMs(mondayNine + 25 * minute);
    QVERIFY(engine.scheduler().fireDue() >= 2);

    Poco::Data::Session session = database->session();
    const auto rows = database->statements().query(
        session,
        "SELECT event, body FROM notification_outbox WHERE ticket_id = ? AND event LIKE 'sla.%' ORDER BY created_at",
        {stored.id.toString()});
    bool sawWarningAfterEscalation = false;
    bool escalated = false;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        const std::string event = rows.text(row, 0);
        const std::string body = rows.text(row, 1);
        if (event == "sla.escalation") {
            escalated = true;
        } else if (escalated && event == "sla.warning") {
            QVERIFY2(body.find("Escalation level: 1") != std::string::npos, body.c_str());
            sawWarningAfterEscalation = true;
        }
    }
    QVERIFY(escalated);
    QVERIFY(sawWarningAfterEscalation);
}

void TestSlaBatchStatements::claimReadsPartialIndexOfPlannedEvents()
{
    auto database = openDatabase(QStringLiteral("sqlite"));
    Poco::Data::Session session = database->session();
    const auto plan = database->statements().query(
        session,
        "EXPLAIN QUERY PLAN SELECT event_key FROM sla_events WHERE state = 'planned' AND due_at <= ? "
        "ORDER BY due_at, event_key LIMIT ?",
        {mondayNine, std::int64_t(10)});
    std::string detail;
    for (std::size_t row = 0; row < plan.size(); ++row) {
        detail += plan.text(row, 3) + "\n";
    }
    QVERIFY2(detail.find("sla_events_planned") != std::string::npos, detail.c_str());
    QVERIFY2(detail.find("TEMP B-TREE") == std::string::npos, detail.c_str()); // no sort: the index gives the order
}

QTEST_GUILESS_MAIN(TestSlaBatchStatements)
#include "TestSlaBatchStatements.moc"
