// SPDX-License-Identifier: MIT
#include <QtTest>

#include "SyncTestSupport.h"
#include "storage/TicketRepository.h"
#include "sync/LocalChanges.h"
#include "sync/PullApplier.h"

using namespace hss::client;
using hss::test::await;
using hss::test::pageOf;
using hss::test::sampleTicket;
using hss::test::ticketChange;

class TestPullApplier final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void repeatedOrLatePagesChangeNothing();
    void pulledTicketKeepsPendingLocalEdits();

private:
    std::unique_ptr<hss::test::StoreFixture> m_store;
    std::unique_ptr<LocalChanges> m_changes;
};

void TestPullApplier::init()
{
    m_store = std::make_unique<hss::test::StoreFixture>();
    QVERIFY(m_store->opened);
    m_changes = std::make_unique<LocalChanges>(m_store->worker, m_store->hlc, m_store->clock);
}

void TestPullApplier::cleanup()
{
    m_changes.reset();
    m_store.reset();
}

void TestPullApplier::repeatedOrLatePagesChangeNothing()
{
    hss::Ticket ticket = sampleTicket("Original");
    ticket.revision = 1;
    PullApplier applier(m_store->hlc);
    const auto page1 = pageOf({ticketChange(ticket, 1)}, 1, true);
    hss::Ticket newer = ticket;
    newer.title = "Renamed";
    newer.revision = 2;
    const auto page2 = pageOf({ticketChange(newer, 2)}, 2, false);
    const auto applyPage = [&](const QString& cursor, const hss::sync::PullPage& page) {
        return m_store->run<PullOutcome>(
            [&applier, cursor, page](LocalStore& store) { return applier.apply(store, cursor, page); });
    };
    QVERIFY(!applyPage(QString(), page1).stale);
    QVERIFY(!applyPage(QString::fromStdString(page1.cursor), page2).stale);
    // Page one delivered again (a retried request) and out of order: ignored.
    QVERIFY(applyPage(QString(), page1).stale);
    const auto stored = m_store->run<std::optional<hss::Ticket>>(
        [id = ticket.id](LocalStore& store) { return TicketRepository(store.database()).find(id); });
    QCOMPARE(stored->title, std::string("Renamed"));
    QCOMPARE(m_store->run<QString>(&PullApplier::storedCursor), QString::fromStdString(page2.cursor));
    // The HLC has caught up with the server's clock.
    QVERIFY(m_store->hlc.last() > hss::test::serverHlc());
}

void TestPullApplier::pulledTicketKeepsPendingLocalEdits()
{
    hss::Ticket server = sampleTicket("Infusion pump alert");
    server.revision = 4;
    m_store->run<bool>([server](LocalStore& store) { return !TicketRepository(store.database()).upsert(server); });
    hss::sync::TicketPatch mine;
    mine.title = "Infusion pump alert on ward 5";
    QVERIFY(await(m_changes->updateTicket(server.id, mine)).ok());

    hss::Ticket changedThere = server;
    changedThere.revision = 5;
    changedThere.team = "medical";
    PullApplier applier(m_store->hlc);
    const auto page = pageOf({ticketChange(changedThere, 9)}, 9, false);
    m_store->run<PullOutcome>([&](LocalStore& store) { return applier.apply(store, QString(), page); });
    const auto stored = m_store->run<std::optional<hss::Ticket>>(
        [id = server.id](LocalStore& store) { return TicketRepository(store.database()).find(id); });
    QCOMPARE(stored->team, std::string("medical")); // the server's change
    QCOMPARE(stored->title, std::string("Infusion pump alert on ward 5")); // still waiting to be pushed
    QCOMPARE(stored->revision, std::int64_t(5));
}

QTEST_GUILESS_MAIN(TestPullApplier)
#include "TestPullApplier.moc"
