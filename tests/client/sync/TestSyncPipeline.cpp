// SPDX-License-Identifier: MIT
// The engine fetches the next pull page while the store thread writes the one before, yet stores pages strictly in
// order, each once, and only when it follows the stored cursor.
#include <QSemaphore>
#include <QtTest>
#include <atomic>

#include "FakeTransport.h"
#include "SyncTestSupport.h"
#include "hss/Comment.h"
#include "hss/StdRandomSource.h"
#include "hss/sync/SyncCursor.h"
#include "storage/CommentRepository.h"
#include "storage/SyncStateRepository.h"
#include "storage/TicketRepository.h"
#include "sync/PullApplier.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStateKeys.h"

using namespace hss::client;
using hss::test::await;
using hss::test::FakeTransport;
using hss::test::pageOf;
using hss::test::sampleTicket;
using hss::test::ticketChange;
using Kind = SyncApiError::Kind;
using PullAnswer = std::optional<ApiResult<hss::sync::PullPage>>;

namespace {

QString cursorAt(std::int64_t sequence)
{
    return QString::fromStdString(hss::sync::formatCursor(sequence));
}

SyncEngineSettings fastSettings()
{
    SyncEngineSettings settings;
    settings.backoff.initial = std::chrono::milliseconds(20);
    settings.backoff.maximum = std::chrono::milliseconds(80);
    return settings;
}

/// Holds the store thread until released, so a test sees what the engine does while a page is being stored.
class StoreGate final
{
public:
    /// Queues a job that blocks the store thread; jobs queued after it (the page's apply) wait behind it.
    void close(hss::client::StoreWorker& worker)
    {
        m_closed = true;
        worker.run<bool>([this](LocalStore&) {
            // Bounded so a broken engine fails the test instead of hanging it; the test never waits this long.
            const bool released = m_open.tryAcquire(1, 20000);
            m_closed = false;
            return released;
        });
    }
    void open() { m_open.release(); }
    bool isClosed() const { return m_closed; }

private:
    QSemaphore m_open;
    std::atomic<bool> m_closed {false};
};

} // namespace

class TestSyncPipeline final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nextPageIsFetchedWhileThePageBeforeIsStored();
    void pageFetchedAheadThatFailsIsAskedForAgain();
    void pageFetchedAheadOfAStalePageIsDropped();
    void hintedNextPageIsAskedForBeforeThePageArrives();
    void wrongHintIsCorrectedByTheDecodedPage();
    void pageLooksUpItsTicketsOnceAndStillChecksEachRow();

private:
    std::unique_ptr<SyncEngine> makeEngine(FakeTransport& transport);
    hss::Ticket storedTicket(const hss::Uuid& id);
    qint64 ticketCount();

    std::unique_ptr<hss::test::StoreFixture> m_store;
    hss::StdRandomSource m_random {11};
};

void TestSyncPipeline::init()
{
    m_store = std::make_unique<hss::test::StoreFixture>();
    QVERIFY(m_store->opened);
}

void TestSyncPipeline::cleanup()
{
    m_store.reset();
}

std::unique_ptr<SyncEngine> TestSyncPipeline::makeEngine(FakeTransport& transport)
{
    return std::make_unique<SyncEngine>(m_store->worker, transport, m_store->hlc, m_store->clock, m_random,
                                        fastSettings());
}

hss::Ticket TestSyncPipeline::storedTicket(const hss::Uuid& id)
{
    return m_store->run<hss::Ticket>(
        [id](LocalStore& store) { return TicketRepository(store.database()).find(id).value_or(hss::Ticket {}); });
}

qint64 TestSyncPipeline::ticketCount()
{
    return m_store->run<qint64>([](LocalStore& store) {
        TicketQuery everything;
        everything.view = TicketQuery::View::Everything;
        return TicketRepository(store.database()).count(everything);
    });
}

void TestSyncPipeline::nextPageIsFetchedWhileThePageBeforeIsStored()
{
    hss::Ticket ticket = sampleTicket("Revision one");
    ticket.revision = 1;
    hss::Ticket second = ticket;
    second.title = "Revision two";
    second.revision = 2;
    hss::Ticket third = ticket;
    third.title = "Revision three";
    third.revision = 3;
    const hss::Ticket other = sampleTicket("Another ticket");

    StoreGate gate;
    bool secondPullWhileStoring = false;
    FakeTransport transport;
    transport.onPull = [&](const FakeTransport::PullCall& call) -> PullAnswer {
        if (call.waitSeconds > 0) {
            return std::nullopt;
        }
        if (call.cursor.isEmpty()) {
            gate.close(m_store->worker); // page one cannot be stored until the gate opens
            return pageOf({ticketChange(ticket, 1)}, 1, true);
        }
        if (call.cursor == cursorAt(1)) {
            secondPullWhileStoring = gate.isClosed();
            gate.open();
            return pageOf({ticketChange(second, 2), ticketChange(other, 3)}, 3, true);
        }
        if (call.cursor == cursorAt(3)) {
            return pageOf({ticketChange(third, 4)}, 4, false);
        }
        return ApiResult<hss::sync::PullPage>(
            SyncApiError {Kind::BadResponse, 400, {}, QStringLiteral("unexpected cursor ") + call.cursor});
    };
    auto engine = makeEngine(transport);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    QSignalSpy applied(engine.get(), &SyncEngine::pageApplied);
    engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 30000);
    QVERIFY2(secondPullWhileStoring, "the second page was only asked for after the first one was stored");

    // Every page stored once, in order: the last revision wins and the cursor is that of the last page.
    QCOMPARE(applied.count(), 3);
    QCOMPARE(applied.at(0).at(0).toInt(), 1);
    QCOMPARE(applied.at(1).at(0).toInt(), 2);
    QCOMPARE(applied.at(2).at(0).toInt(), 1);
    QCOMPARE(storedTicket(ticket.id).title, std::string("Revision three"));
    QCOMPARE(storedTicket(ticket.id).revision, std::int64_t(3));
    QCOMPARE(ticketCount(), qint64(2));
    QCOMPARE(m_store->run<QString>(&PullApplier::storedCursor), cursorAt(4));
    QVERIFY(engine->status().initialSyncDone);
    // Pages asked for in order, each once, then the long poll from the last cursor.
    QCOMPARE(transport.pulls.size(), std::size_t(4));
    QCOMPARE(transport.pulls[0].cursor, QString());
    QCOMPARE(transport.pulls[1].cursor, cursorAt(1));
    QCOMPARE(transport.pulls[2].cursor, cursorAt(3));
    QCOMPARE(transport.pulls[3].cursor, cursorAt(4));
    QVERIFY(transport.pulls[3].waitSeconds > 0);
}

void TestSyncPipeline::pageFetchedAheadThatFailsIsAskedForAgain()
{
    const hss::Ticket first = sampleTicket("First page");
    const hss::Ticket second = sampleTicket("Second page");
    int secondPageRequests = 0;
    FakeTransport transport;
    transport.onPull = [&](const FakeTransport::PullCall& call) -> PullAnswer {
        if (call.waitSeconds > 0) {
            return std::nullopt;
        }
        if (call.cursor.isEmpty()) {
            return pageOf({ticketChange(first, 1)}, 1, true);
        }
        if (++secondPageRequests == 1) {
            // Fetched ahead while page one is stored, and lost.
            return ApiResult<hss::sync::PullPage>(
                SyncApiError {Kind::Unreachable, 0, {}, QStringLiteral("the link dropped")});
        }
        return pageOf({ticketChange(second, 2)}, 2, false);
    };
    auto engine = makeEngine(transport);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    QSignalSpy applied(engine.get(), &SyncEngine::pageApplied);
    engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 30000);
    QCOMPARE(secondPageRequests, 2);
    QCOMPARE(applied.count(), 2);
    QCOMPARE(ticketCount(), qint64(2));
    QCOMPARE(m_store->run<QString>(&PullApplier::storedCursor), cursorAt(2));
    QCOMPARE(transport.pulls[1].cursor, cursorAt(1));
    QCOMPARE(transport.pulls[2].cursor, cursorAt(1)); // the retry starts where the stored cursor stands
}

void TestSyncPipeline::pageFetchedAheadOfAStalePageIsDropped()
{
    const hss::Ticket first = sampleTicket("First page");
    const hss::Ticket ahead = sampleTicket("Page after the stale one");
    const hss::Ticket furtherAhead = sampleTicket("Two pages after the stale one");
    const hss::Ticket resumed = sampleTicket("Page after the stored cursor");
    StoreGate gate;
    FakeTransport transport;
    transport.onPull = [&](const FakeTransport::PullCall& call) -> PullAnswer {
        if (call.waitSeconds > 0) {
            return std::nullopt;
        }
        if (call.cursor.isEmpty()) {
            // Before page one is stored, the stored cursor moves on (as after a page stored by an earlier run):
            // page one no longer follows it, so neither page one nor the page fetched after it may be stored.
            gate.close(m_store->worker);
            m_store->worker.run<bool>([](LocalStore& store) {
                return !SyncStateRepository(store.database()).setValue(hss::client::syncstate::cursor, cursorAt(7));
            });
            return pageOf({ticketChange(first, 1)}, 1, true);
        }
        if (call.cursor == cursorAt(1)) {
            gate.open();
            return pageOf({ticketChange(ahead, 2)}, 2, true);
        }
        if (call.cursor == cursorAt(2)) { // asked for if page two arrives before page one is found stale
            return pageOf({ticketChange(furtherAhead, 3)}, 3, false);
        }
        if (call.cursor == cursorAt(7)) {
            return pageOf({ticketChange(resumed, 8)}, 8, false);
        }
        return ApiResult<hss::sync::PullPage>(
            SyncApiError {Kind::BadResponse, 400, {}, QStringLiteral("unexpected cursor ") + call.cursor});
    };
    auto engine = makeEngine(transport);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 30000);
    QCOMPARE(transport.pulls[1].cursor, cursorAt(1));
    // After the pages fetched ahead (one or two, depending on when page one turned out stale), the next pull
    // starts at the stored cursor, and only the page from there is stored.
    std::size_t resumedAt = 2;
    while (resumedAt < transport.pulls.size() && transport.pulls[resumedAt].cursor == cursorAt(2)) {
        ++resumedAt;
    }
    QCOMPARE(resumedAt, transport.pulls.size() - 2);
    QCOMPARE(transport.pulls[resumedAt].cursor, cursorAt(7));
    QCOMPARE(transport.pulls.back().cursor, cursorAt(8));
    QVERIFY(transport.pulls.back().waitSeconds > 0);
    QCOMPARE(ticketCount(), qint64(1));
    QCOMPARE(storedTicket(resumed.id).title, std::string("Page after the stored cursor"));
    QCOMPARE(m_store->run<QString>(&PullApplier::storedCursor), cursorAt(8));
}

void TestSyncPipeline::hintedNextPageIsAskedForBeforeThePageArrives()
{
    const hss::Ticket first = sampleTicket("First page");
    const hss::Ticket second = sampleTicket("Second page");
    FakeTransport transport;
    transport.holdPull = [](const FakeTransport::PullCall& call) { return call.waitSeconds == 0; };
    auto engine = makeEngine(transport);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    engine->start();
    QTRY_COMPARE(transport.pulls.size(), std::size_t(1));
    // The first answer has arrived but is not decoded yet: its cursor, read early, is enough to ask for the next.
    transport.hint(QString(), cursorAt(1));
    QCOMPARE(transport.pulls.size(), std::size_t(2));
    QCOMPARE(transport.pulls[1].cursor, cursorAt(1));
    // Answered out of order: the second page still waits for the first to be stored.
    QVERIFY(transport.answerHeld(cursorAt(1), pageOf({ticketChange(second, 2)}, 2, false)));
    QVERIFY(transport.answerHeld(QString(), pageOf({ticketChange(first, 1)}, 1, true)));
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 30000);
    QCOMPARE(ticketCount(), qint64(2));
    QCOMPARE(m_store->run<QString>(&PullApplier::storedCursor), cursorAt(2));
    QCOMPARE(transport.pulls.size(), std::size_t(3)); // and the long poll from the end
    QCOMPARE(transport.pulls[2].cursor, cursorAt(2));
}

void TestSyncPipeline::wrongHintIsCorrectedByTheDecodedPage()
{
    const hss::Ticket first = sampleTicket("First page");
    const hss::Ticket wrong = sampleTicket("From a cursor the hint made up");
    const hss::Ticket second = sampleTicket("Second page");
    FakeTransport transport;
    transport.holdPull = [](const FakeTransport::PullCall& call) { return call.waitSeconds == 0; };
    auto engine = makeEngine(transport);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    engine->start();
    QTRY_COMPARE(transport.pulls.size(), std::size_t(1));
    transport.hint(QString(), cursorAt(9));
    QCOMPARE(transport.pulls.size(), std::size_t(2));
    // The decoded page ends at 1, not 9: the page asked for from 9 is dropped and the one from 1 asked for.
    QVERIFY(transport.answerHeld(QString(), pageOf({ticketChange(first, 1)}, 1, true)));
    QTRY_COMPARE(transport.pulls.size(), std::size_t(3));
    QCOMPARE(transport.pulls[2].cursor, cursorAt(1));
    QVERIFY(transport.answerHeld(cursorAt(9), pageOf({ticketChange(wrong, 10)}, 10, false)));
    QVERIFY(transport.answerHeld(cursorAt(1), pageOf({ticketChange(second, 2)}, 2, false)));
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 30000);
    QCOMPARE(ticketCount(), qint64(2));
    QCOMPARE(storedTicket(wrong.id).title, std::string());
    QCOMPARE(m_store->run<QString>(&PullApplier::storedCursor), cursorAt(2));
}

void TestSyncPipeline::pageLooksUpItsTicketsOnceAndStillChecksEachRow()
{
    // The applier reads which tickets the store holds once per page; rows must still see what the page did before.
    hss::Ticket stored = sampleTicket("Stored at revision three");
    stored.revision = 3;
    hss::Ticket older = stored;
    older.title = "Older state from the server";
    older.revision = 2;
    const hss::Ticket fresh = sampleTicket("Arrives in the same page as its comment");
    const hss::Ticket gone = sampleTicket("Deleted earlier in the page");
    const auto commentOn = [](const hss::Ticket& ticket, std::int64_t sequence) {
        hss::Comment comment;
        comment.id = hss::Uuid::createV7();
        comment.ticketId = ticket.id;
        comment.authorId = hss::Uuid::createV7();
        comment.body = "Comment on " + ticket.title;
        comment.createdAt = ticket.createdAt;
        hss::sync::Change change;
        change.entity = hss::sync::SyncEntity::Comment;
        change.id = comment.id;
        change.sequence = sequence;
        change.revision = 1;
        change.hlc = hss::HlcTimestamp {ticket.updatedAt, 0, "server"};
        change.data = toJson(comment);
        return change;
    };
    PullApplier applier(m_store->hlc);
    const auto applyPage = [&](const QString& cursor, const hss::sync::PullPage& page) {
        return m_store->run<PullOutcome>(
            [&applier, cursor, page](LocalStore& store) { return applier.apply(store, cursor, page); });
    };
    QVERIFY(!applyPage(QString(), pageOf({ticketChange(stored, 1), ticketChange(gone, 2)}, 2, true)).error);

    hss::sync::Change deleted = ticketChange(gone, 3);
    deleted.deleted = true;
    deleted.data = nullptr;
    const hss::Ticket nowhere = sampleTicket("Never pulled");
    const auto page = pageOf({ticketChange(older, 3), ticketChange(fresh, 4), commentOn(fresh, 5), deleted,
                              commentOn(gone, 6), commentOn(stored, 7), commentOn(nowhere, 8)},
                             8, false);
    const PullOutcome outcome = applyPage(cursorAt(2), page);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.skipped.size(), 2); // the comments on the deleted ticket and on one never pulled
    QCOMPARE(storedTicket(stored.id).title, std::string("Stored at revision three")); // the older state is ignored
    QCOMPARE(storedTicket(fresh.id).title, std::string("Arrives in the same page as its comment"));
    QCOMPARE(ticketCount(), qint64(2));
    const auto comments = m_store->run<std::size_t>([&](LocalStore& store) {
        const CommentRepository repository(store.database());
        return repository.forTicket(fresh.id).size() + repository.forTicket(stored.id).size();
    });
    QCOMPARE(comments, std::size_t(2));
}

QTEST_GUILESS_MAIN(TestSyncPipeline)
#include "TestSyncPipeline.moc"
