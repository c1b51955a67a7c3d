// SPDX-License-Identifier: MIT
#include <QtTest>
#include <string>

#include "StorageFixture.h"
#include "storage/TicketEventRepository.h"
#include "storage/TicketReader.h"
#include "storage/TicketRepository.h"

using hss::Category;
using hss::ErrorCode;
using hss::Priority;
using hss::Ticket;
using hss::TicketStatus;
using hss::Uuid;
using hss::server::TicketEventRepository;
using hss::server::TicketReader;
using hss::server::TicketRepository;

namespace {

constexpr std::int64_t t0 = 1'795'680'000'000;

Ticket makeTicket(const std::string& title)
{
    Ticket ticket;
    ticket.id = Uuid::createV7();
    ticket.title = title;
    ticket.description = "Sats dropped to 82 after the pump restarted.\nSecond line.";
    ticket.requesterName = "Nurse Example";
    ticket.team = "reader";
    ticket.medicalCaseRef = "MC-2026-00077";
    ticket.priority = Priority::Emergency;
    ticket.category = Category::MedicalClinical;
    ticket.createdAt = t0;
    ticket.updatedAt = t0;
    return ticket;
}

void compareHistories(const hss::sla::SlaHistory& actual, const hss::sla::SlaHistory& expected)
{
    QCOMPARE(actual.createdAt, expected.createdAt);
    QVERIFY(actual.priority == expected.priority);
    QVERIFY(actual.category == expected.category);
    QCOMPARE(actual.classificationChanges.size(), expected.classificationChanges.size());
    for (std::size_t i = 0; i < actual.classificationChanges.size(); ++i) {
        QCOMPARE(actual.classificationChanges[i].at, expected.classificationChanges[i].at);
        QVERIFY(actual.classificationChanges[i].priority == expected.classificationChanges[i].priority);
        QVERIFY(actual.classificationChanges[i].category == expected.classificationChanges[i].category);
    }
    QCOMPARE(actual.statusChanges.size(), expected.statusChanges.size());
    for (std::size_t i = 0; i < actual.statusChanges.size(); ++i) {
        QCOMPARE(actual.statusChanges[i].at, expected.statusChanges[i].at);
        QVERIFY(actual.statusChanges[i].status == expected.statusChanges[i].status);
    }
    QCOMPARE(actual.agentReplies, expected.agentReplies);
    QCOMPARE(actual.customerReplies, expected.customerReplies);
}

} // namespace

/// A ticket read's one query gives the same ticket and SLA history as the separate reads, on both backends.
class TestTicketReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsTheTicketWithItsHistory_data();
    void readsTheTicketWithItsHistory();
    void ticketWithoutHistory_data();
    void ticketWithoutHistory();
    void unknownIdsAreNotFound_data();
    void unknownIdsAreNotFound();

private:
    hss::test::StorageFixture m_fixture;
};

void TestTicketReader::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void TestTicketReader::readsTheTicketWithItsHistory_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketReader::readsTheTicketWithItsHistory()
{
    QFETCH(QString, backend);
    auto& database = m_fixture.database(backend);
    TicketRepository tickets(database, m_fixture.cipher());
    const auto created = tickets.create(makeTicket("Pump restarted mid-infusion"));
    QVERIFY2(created.ok(), created.ok() ? "" : describe(created.error()).c_str());
    const std::string id = created.value().id.toString();
    // Another ticket's events must not leak into this one's history.
    const auto neighbour = tickets.create(makeTicket("Neighbour"));
    QVERIFY(neighbour.ok());

    auto session = database.session();
    TicketEventRepository events(database);
    events.recordCreated(session, id, t0, Priority::Emergency, Category::MedicalClinical, TicketStatus::New);
    events.recordReply(session, neighbour.value().id.toString(), t0 + 1, false);
    events.recordStatus(session, id, t0 + 60'000, TicketStatus::InProgress);
    events.recordReply(session, id, t0 + 120'000, false);
    events.recordClassification(session, id, t0 + 180'000, Priority::High, Category::Technical);
    events.recordStatus(session, id, t0 + 240'000, TicketStatus::WaitingOnCustomer);
    events.recordReply(session, id, t0 + 300'000, true);
    events.recordReply(session, id, t0 - 5'000, false); // a clock corrected backwards: clamped, as histories() does

    const auto read = TicketReader(database, m_fixture.cipher()).find(id);
    QVERIFY2(read.ok(), read.ok() ? "" : describe(read.error()).c_str());
    QCOMPARE(read.value()->ticket, tickets.find(id).value());
    const auto separate = events.histories(session, {id});
    QCOMPARE(separate.size(), std::size_t(1));
    QVERIFY(read.value()->history.has_value());
    compareHistories(*read.value()->history, separate.at(id));
    QCOMPARE(read.value()->history->statusChanges.size(), std::size_t(2));
    QCOMPARE(read.value()->history->agentReplies.size(), std::size_t(2));
    QCOMPARE(read.value()->history->customerReplies.size(), std::size_t(1));
    QCOMPARE(read.value()->history->classificationChanges.size(), std::size_t(1));
}

void TestTicketReader::ticketWithoutHistory_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketReader::ticketWithoutHistory()
{
    QFETCH(QString, backend);
    auto& database = m_fixture.database(backend);
    TicketRepository tickets(database, m_fixture.cipher());
    const auto created = tickets.create(makeTicket("Stored before the SLA engine"));
    QVERIFY(created.ok());
    auto session = database.session();
    const auto read = TicketReader(database, m_fixture.cipher()).find(created.value().id.toString());
    QVERIFY(read.ok());
    QCOMPARE(read.value()->ticket, created.value());
    QVERIFY(!read.value()->history.has_value());
}

void TestTicketReader::unknownIdsAreNotFound_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketReader::unknownIdsAreNotFound()
{
    QFETCH(QString, backend);
    auto& database = m_fixture.database(backend);
    auto session = database.session();
    const TicketReader reader(database, m_fixture.cipher());
    for (const std::string& id : {Uuid::createV7().toString(), std::string("../../etc/passwd"), std::string()}) {
        const auto read = reader.find(id);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::NotFound);
    }
}

QTEST_GUILESS_MAIN(TestTicketReader)
#include "TestTicketReader.moc"
