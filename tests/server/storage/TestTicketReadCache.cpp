// SPDX-License-Identifier: MIT
#include <QtTest>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Exception.h>

#include "StorageFixture.h"
#include "storage/StatementCache.h"
#include "storage/SyncFeedRepository.h"
#include "storage/TicketEventRepository.h"
#include "storage/TicketReadCache.h"
#include "storage/TicketReader.h"
#include "storage/TicketRepository.h"
#include "storage/WriteQueue.h"
#include "storage/WriteTransaction.h"

using hss::Category;
using hss::ErrorCode;
using hss::Priority;
using hss::Ticket;
using hss::TicketStatus;
using hss::Uuid;
using hss::server::Database;
using hss::server::SyncFeedRepository;
using hss::server::TicketEventRepository;
using hss::server::TicketReadCache;
using hss::server::TicketReader;
using hss::server::TicketRepository;
using hss::server::WriteQueue;
using hss::server::WriteTransaction;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t t0 = 1'795'680'000'000;

Ticket makeTicket(const std::string& title)
{
    Ticket ticket;
    ticket.id = Uuid::createV7();
    ticket.title = title;
    ticket.description = "Infusion pump alarm silenced itself.";
    ticket.requesterName = "Ward 3";
    ticket.team = "cache";
    ticket.priority = Priority::Emergency;
    ticket.category = Category::MedicalClinical;
    ticket.createdAt = t0;
    ticket.updatedAt = t0;
    return ticket;
}

/// A second server process on the same database: its own pool, statements and cache.
std::unique_ptr<Database> openDatabase(const QString& url, const QString& folder)
{
    return std::make_unique<Database>(url.toStdString(), folder.toStdString(), 1, 4);
}

TicketReadCache::Settings settings(std::chrono::milliseconds pollInterval, std::chrono::milliseconds maxAge,
                                   std::size_t capacity = 1000)
{
    TicketReadCache::Settings result;
    result.capacity = capacity;
    result.pollInterval = pollInterval;
    result.maxAge = maxAge;
    return result;
}

/// Changes the title behind the storage layer's back: neither the cache nor the change feed hears of it.
void retitleUnnoticed(Database& database, const std::string& id, const std::string& title)
{
    auto session = database.session();
    database.statements().execute(session, "UPDATE tickets SET title = ? WHERE id = ?", {title, id});
}

} // namespace

/// Repeated ticket reads come from memory, and never show what this process has overwritten; another process's
/// change shows within the poll interval, anything else within the entry's maximum age. Both backends.
class TestTicketReadCache final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void repeatedReadsNeedNoQuery_data();
    void repeatedReadsNeedNoQuery();
    void ownWritesAreSeenAtOnce_data();
    void ownWritesAreSeenAtOnce();
    void aReadOverlappingAWriteIsNotKept_data();
    void aReadOverlappingAWriteIsNotKept();
    void readsDuringATransactionAreDroppedWhenItCommits_data();
    void readsDuringATransactionAreDroppedWhenItCommits();
    void anotherProcessesChangesArriveThroughTheFeed_data();
    void anotherProcessesChangesArriveThroughTheFeed();
    void entriesExpire_data();
    void entriesExpire();
    void capacityZeroTurnsItOff_data();
    void capacityZeroTurnsItOff();

private:
    hss::test::StorageFixture m_fixture;
};

void TestTicketReadCache::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void TestTicketReadCache::repeatedReadsNeedNoQuery_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketReadCache::repeatedReadsNeedNoQuery()
{
    QFETCH(QString, backend);
    const auto database = openDatabase(m_fixture.freshUrl(backend), m_fixture.folder());
    database->ticketReads().configure(settings(1h, 1h));
    const auto created = TicketRepository(*database, m_fixture.cipher()).create(makeTicket("Pump alarm"));
    QVERIFY(created.ok());
    const std::string id = created.value().id.toString();
    const TicketReader reader(*database, m_fixture.cipher());
    const auto first = reader.find(id);
    QVERIFY(first.ok());
    QCOMPARE(database->ticketReads().hits(), std::uint64_t(0));
    // Only a read from memory can miss a change nobody reported.
    retitleUnnoticed(*database, id, "Changed behind the cache");
    const auto second = reader.find(id);
    QVERIFY(second.ok());
    QCOMPARE(database->ticketReads().hits(), std::uint64_t(1));
    QCOMPARE(second.value()->ticket.title, std::string("Pump alarm"));
    QCOMPARE(second.value()->ticket, first.value()->ticket);
    // A remembered ticket needs no connection: with every pooled one taken it is still answered, at once.
    {
        database->setSessionWait(10ms);
        std::vector<Poco::Data::Session> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(database->session());
        }
        QVERIFY_THROWS_EXCEPTION(Poco::Exception, database->session());
        const auto third = reader.find(id);
        QVERIFY(third.ok());
        QCOMPARE(third.value()->ticket, first.value()->ticket);
    }
    // Unknown ids are not remembered: a ticket created later is found.
    const Ticket later = makeTicket("Created after a miss");
    QCOMPARE(reader.find(later.id.toString()).error().code, ErrorCode::NotFound);
    QVERIFY(TicketRepository(*database, m_fixture.cipher()).create(later).ok());
    QVERIFY(reader.find(later.id.toString()).ok());
}

void TestTicketReadCache::ownWritesAreSeenAtOnce_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketReadCache::ownWritesAreSeenAtOnce()
{
    QFETCH(QString, backend);
    const auto database = openDatabase(m_fixture.freshUrl(backend), m_fixture.folder());
    // The feed and the age limit are out of the picture: only the storage layer's own reports can refresh.
    database->ticketReads().configure(settings(1h, 1h));
    TicketRepository tickets(*database, m_fixture.cipher());
    const auto created = tickets.create(makeTicket("Monitor offline"));
    QVERIFY(created.ok());
    const std::string id = created.value().id.toString();
    auto session = database->session();
    const TicketReader reader(*database, m_fixture.cipher());
    QVERIFY(reader.find(id).ok());

    // A change through the repository (its own transaction).
    Ticket changed = created.value();
    changed.title = "Monitor offline in ICU";
    changed.priority = Priority::High;
    const auto updated = tickets.update(changed, changed.revision);
    QVERIFY(updated.ok());
    auto read = reader.find(id);
    QVERIFY(read.ok());
    QCOMPARE(read.value()->ticket.title, std::string("Monitor offline in ICU"));
    QCOMPARE(read.value()->ticket.revision, updated.value().revision);

    // The SLA history written by a job of the write queue, as a reply does.
    TicketEventRepository(*database).recordCreated(session, id, t0, Priority::Emergency, Category::MedicalClinical,
                                                   TicketStatus::New);
    read = reader.find(id);
    QVERIFY(read.ok() && read.value()->history.has_value());
    QCOMPARE(read.value()->history->agentReplies.size(), std::size_t(0));
    {
        WriteQueue writes(*database);
        writes.run([&](Poco::Data::Session& writer) {
            TicketEventRepository(*database).recordReply(writer, id, t0 + 60'000, false);
        });
    }
    read = reader.find(id);
    QVERIFY(read.ok() && read.value()->history.has_value());
    QCOMPARE(read.value()->history->agentReplies.size(), std::size_t(1));

    // Deleted: gone at once.
    QVERIFY(tickets.remove(id, t0 + 120'000).ok());
    const auto gone = reader.find(id);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
}

void TestTicketReadCache::aReadOverlappingAWriteIsNotKept_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketReadCache::aReadOverlappingAWriteIsNotKept()
{
    QFETCH(QString, backend);
    const auto database = openDatabase(m_fixture.freshUrl(backend), m_fixture.folder());
    database->ticketReads().configure(settings(1h, 1h));
    TicketReadCache& cache = database->ticketReads();
    const std::string id = Uuid::createV7().toString();
    // A reader misses, reads the old row; meanwhile a writer reports the ticket; the reader's result is refused.
    const TicketReadCache::Lookup missed = cache.find(id);
    QVERIFY(!missed.entry);
    cache.written(id);
    auto stale = std::make_shared<const hss::server::TicketWithHistory>(
        hss::server::TicketWithHistory {makeTicket("Before the write"), std::nullopt});
    cache.store(id, stale, missed.stamp);
    QVERIFY(!cache.find(id).entry);
    QCOMPARE(cache.size(), std::size_t(0));
    // Without a write in between it is kept.
    const TicketReadCache::Lookup again = cache.find(id);
    cache.store(id, stale, again.stamp);
    QCOMPARE(cache.find(id).entry, stale);
}

void TestTicketReadCache::readsDuringATransactionAreDroppedWhenItCommits_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketReadCache::readsDuringATransactionAreDroppedWhenItCommits()
{
    QFETCH(QString, backend);
    const auto database = openDatabase(m_fixture.freshUrl(backend), m_fixture.folder());
    database->ticketReads().configure(settings(1h, 1h));
    TicketRepository tickets(*database, m_fixture.cipher());
    const auto created = tickets.create(makeTicket("Lab results missing"));
    QVERIFY(created.ok());
    const std::string id = created.value().id.toString();
    const TicketReader reader(*database, m_fixture.cipher());
    auto writerSession = database->openSession();
    {
        WriteTransaction transaction(writerSession, database->backend());
        Ticket changed = created.value();
        changed.title = "Lab results missing since 06:00";
        QVERIFY(tickets.update(writerSession, changed, changed.revision).ok());
        // Before the commit another request reads (and keeps) the committed version.
        const auto during = reader.find(id);
        QVERIFY(during.ok());
        QCOMPARE(during.value()->ticket.title, std::string("Lab results missing"));
        QCOMPARE(database->ticketReads().size(), std::size_t(1));
        transaction.commit();
    }
    const auto after = reader.find(id);
    QVERIFY(after.ok());
    QCOMPARE(after.value()->ticket.title, std::string("Lab results missing since 06:00"));
}

void TestTicketReadCache::anotherProcessesChangesArriveThroughTheFeed_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketReadCache::anotherProcessesChangesArriveThroughTheFeed()
{
    QFETCH(QString, backend);
    const QString url = m_fixture.freshUrl(backend);
    const auto here = openDatabase(url, m_fixture.folder());
    const auto elsewhere = openDatabase(url, m_fixture.folder());
    // Every read looks at the feed; entries never expire, so only the feed can tell.
    here->ticketReads().configure(settings(0ms, 1h));
    TicketRepository theirs(*elsewhere, m_fixture.cipher());
    const auto created = theirs.create(makeTicket("Scanner down"));
    QVERIFY(created.ok());
    const std::string id = created.value().id.toString();
    {
        auto writer = elsewhere->session();
        TicketEventRepository(*elsewhere)
            .recordCreated(writer, id, t0, Priority::Emergency, Category::MedicalClinical, TicketStatus::New);
    }
    const TicketReader reader(*here, m_fixture.cipher());
    QVERIFY(reader.find(id).ok());
    QVERIFY(reader.find(id).ok());
    QCOMPARE(here->ticketReads().hits(), std::uint64_t(1));

    Ticket changed = created.value();
    changed.status = TicketStatus::InProgress;
    QVERIFY(theirs.update(changed, changed.revision).ok());
    auto read = reader.find(id);
    QVERIFY(read.ok());
    QVERIFY(read.value()->ticket.status == TicketStatus::InProgress);

    // A reply elsewhere: the feed names the comment, and the ticket's SLA history has moved.
    QVERIFY(read.value()->history.has_value());
    QCOMPARE(read.value()->history->agentReplies.size(), std::size_t(0));
    {
        auto writer = elsewhere->session();
        WriteTransaction transaction(writer, elsewhere->backend());
        TicketEventRepository(*elsewhere).recordReply(writer, id, t0 + 60'000, false);
        SyncFeedRepository(*elsewhere)
            .touch(writer, "comment", Uuid::createV7().toString(), 1, false,
                   SyncFeedRepository::serverHlc(t0 + 60'000));
        transaction.commit();
    }
    read = reader.find(id);
    QVERIFY(read.ok() && read.value()->history.has_value());
    QCOMPARE(read.value()->history->agentReplies.size(), std::size_t(1));

    // Deleted elsewhere.
    QVERIFY(theirs.remove(id, t0 + 120'000).ok());
    QCOMPARE(reader.find(id).error().code, ErrorCode::NotFound);
}

void TestTicketReadCache::entriesExpire_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketReadCache::entriesExpire()
{
    QFETCH(QString, backend);
    const auto database = openDatabase(m_fixture.freshUrl(backend), m_fixture.folder());
    database->ticketReads().configure(settings(1h, 200ms));
    const auto created = TicketRepository(*database, m_fixture.cipher()).create(makeTicket("Badge reader"));
    QVERIFY(created.ok());
    const std::string id = created.value().id.toString();
    const TicketReader reader(*database, m_fixture.cipher());
    QVERIFY(reader.find(id).ok());
    retitleUnnoticed(*database, id, "Badge reader, west door");
    std::this_thread::sleep_for(300ms);
    const auto read = reader.find(id);
    QVERIFY(read.ok());
    QCOMPARE(read.value()->ticket.title, std::string("Badge reader, west door"));
}

void TestTicketReadCache::capacityZeroTurnsItOff_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketReadCache::capacityZeroTurnsItOff()
{
    QFETCH(QString, backend);
    const auto database = openDatabase(m_fixture.freshUrl(backend), m_fixture.folder());
    database->ticketReads().configure(settings(1h, 1h, 0));
    const auto created = TicketRepository(*database, m_fixture.cipher()).create(makeTicket("Printer jam"));
    QVERIFY(created.ok());
    const std::string id = created.value().id.toString();
    const TicketReader reader(*database, m_fixture.cipher());
    QVERIFY(reader.find(id).ok());
    retitleUnnoticed(*database, id, "Printer jam, ward 2");
    const auto read = reader.find(id);
    QVERIFY(read.ok());
    QCOMPARE(read.value()->ticket.title, std::string("Printer jam, ward 2"));
    QCOMPARE(database->ticketReads().hits(), std::uint64_t(0));
    QCOMPARE(database->ticketReads().size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestTicketReadCache)
#include "TestTicketReadCache.moc"
