// SPDX-License-Identifier: MIT
#include <QtTest>

#include <nlohmann/json.hpp>

#include "FakeTransport.h"
#include "SyncTestSupport.h"
#include "hss/StdRandomSource.h"
#include "hss/sync/ConflictNoteText.h"
#include "hss/sync/SyncCursor.h"
#include "storage/CommentRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/TicketRepository.h"
#include "sync/LocalChanges.h"
#include "sync/PullApplier.h"
#include "sync/SyncEngine.h"

using namespace hss::client;
using hss::test::await;
using hss::test::FakeTransport;
using hss::test::pageOf;
using hss::test::sampleTicket;
using hss::test::ticketChange;
using Kind = SyncApiError::Kind;

namespace {

SyncApiError failure(Kind kind, int status = 0, const QString& code = {})
{
    return {kind, status, code, QStringLiteral("scripted failure")};
}

SyncEngineSettings fastSettings()
{
    SyncEngineSettings settings;
    settings.backoff.initial = std::chrono::milliseconds(20);
    settings.backoff.maximum = std::chrono::milliseconds(80);
    settings.longPollSeconds = 25;
    return settings;
}

} // namespace

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void interruptedInitialSyncResumesAtTheStoredCursor();
    void pushAcknowledgesAndKeepsRejected();
    void rejectedChangeCanBeDismissed();
    void batchRefusedAsAWholeIsNarrowedToTheBadMutation();
    void unreachableServerKeepsChangesAndBacksOff();
    void localChangeCutsTheLongPollShort();
    void editsWhileTheServerIsDownFoldIntoOneMutation();
    void editsWaitForAnEarlierEditInDoubt();
    void createdTicketGetsItsNumber();
    void conflictNotesAreCountedUntilAcknowledged();
    void disabledAccountStopsTheEngine();
    void expiredSessionAsksForSignIn();

private:
    std::unique_ptr<SyncEngine> makeEngine(FakeTransport& transport);
    qint64 pendingCount();

    std::unique_ptr<hss::test::StoreFixture> m_store;
    std::unique_ptr<LocalChanges> m_changes;
    hss::StdRandomSource m_random {7};
};

void TestSyncEngine::init()
{
    m_store = std::make_unique<hss::test::StoreFixture>();
    QVERIFY(m_store->opened);
    m_changes = std::make_unique<LocalChanges>(m_store->worker, m_store->hlc, m_store->clock);
    m_changes->setUserId(hss::Uuid::createV7());
}

void TestSyncEngine::cleanup()
{
    m_changes.reset();
    m_store.reset();
}

std::unique_ptr<SyncEngine> TestSyncEngine::makeEngine(FakeTransport& transport)
{
    auto engine = std::make_unique<SyncEngine>(m_store->worker, transport, m_store->hlc, m_store->clock, m_random,
                                               fastSettings());
    connect(m_changes.get(), &LocalChanges::changed, engine.get(), &SyncEngine::notifyLocalChange);
    return engine;
}

qint64 TestSyncEngine::pendingCount()
{
    return m_store->run<qint64>([](LocalStore& store) { return OutboxRepository(store.database()).pendingCount(); });
}

void TestSyncEngine::interruptedInitialSyncResumesAtTheStoredCursor()
{
    const hss::Ticket first = sampleTicket("First page ticket");
    const hss::Ticket second = sampleTicket("Second page ticket");
    {
        FakeTransport transport;
        transport.onPull = [&](const FakeTransport::PullCall& call) -> std::optional<ApiResult<hss::sync::PullPage>> {
            if (call.cursor.isEmpty()) {
                return pageOf({ticketChange(first, 1)}, 1, true);
            }
            return ApiResult<hss::sync::PullPage>(failure(Kind::Unreachable)); // the link drops after page one
        };
        auto engine = makeEngine(transport);
        engine->start();
        QTRY_COMPARE(engine->status().state, SyncStatus::State::Offline);
        QVERIFY(!engine->status().initialSyncDone);
        engine->stop();
    }
    QCOMPARE(m_store->run<QString>(&PullApplier::storedCursor), QString::fromStdString(hss::sync::formatCursor(1)));

    FakeTransport transport;
    transport.onPull = [&](const FakeTransport::PullCall& call) -> std::optional<ApiResult<hss::sync::PullPage>> {
        if (call.waitSeconds > 0) {
            return std::nullopt;
        }
        return pageOf({ticketChange(second, 2)}, 2, false);
    };
    auto engine = makeEngine(transport);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    engine->start();
    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(transport.pulls.front().cursor, QString::fromStdString(hss::sync::formatCursor(1)));
    QVERIFY(engine->status().initialSyncDone);
    QCOMPARE(engine->status().state, SyncStatus::State::Online);
    const auto count = m_store->run<qint64>([](LocalStore& store) {
        TicketQuery everything;
        everything.view = TicketQuery::View::Everything;
        return TicketRepository(store.database()).count(everything);
    });
    QCOMPARE(count, qint64(2));
}

void TestSyncEngine::pushAcknowledgesAndKeepsRejected()
{
    std::vector<hss::Uuid> ids;
    for (const char* title : {"Applied ticket", "Conflicting ticket", "Rejected ticket"}) {
        const auto created = await(m_changes->createTicket(sampleTicket(title)));
        QVERIFY(created.ok());
        ids.push_back(created.value().id);
    }
    FakeTransport transport;
    transport.onPush = [&](const hss::sync::PushRequest& request) {
        auto response = FakeTransport::applyAll(request);
        response.results[1].outcome = hss::sync::MutationOutcome::Conflict;
        response.results[1].reason = "kept the server's title";
        response.results[2].outcome = hss::sync::MutationOutcome::Rejected;
        response.results[2].reason = "team 'nowhere' does not exist";
        response.results[2].revision = 0;
        return ApiResult<hss::sync::PushResponse>(response);
    };
    auto engine = makeEngine(transport);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    engine->start();
    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(transport.pushes.size(), std::size_t(1));
    QCOMPARE(engine->status().pendingCount, qint64(0));
    QCOMPARE(engine->status().rejectedCount, qint64(1));
    const auto rejected = await(engine->review().rejectedChanges());
    QCOMPARE(rejected.size(), std::size_t(1));
    QCOMPARE(rejected.front().entityId, QString::fromStdString(ids[2].toString()));
    QCOMPARE(rejected.front().reason, QStringLiteral("team 'nowhere' does not exist"));
    // Tried again: the server now takes it; the console keeps no trace of the rejection.
    transport.onPush = {};
    QVERIFY(await(engine->review().retryRejected(rejected.front().mutationId)));
    QTRY_COMPARE(transport.pushes.size(), std::size_t(2));
    QTRY_COMPARE(engine->status().rejectedCount, qint64(0));
    // The retried change counts as pending from the moment it is queued again until the push's answer is
    // stored, which the transport's record of the push precedes.
    QTRY_COMPARE(engine->status().pendingCount, qint64(0));
    QVERIFY(!await(engine->review().dismissRejected(rejected.front().mutationId)));
}

void TestSyncEngine::rejectedChangeCanBeDismissed()
{
    QVERIFY(await(m_changes->createTicket(sampleTicket("Refused ticket"))).ok());
    FakeTransport transport;
    transport.onPush = [&](const hss::sync::PushRequest& request) {
        auto response = FakeTransport::applyAll(request);
        response.results[0] = {
            request.mutations[0].mutationId, hss::sync::MutationOutcome::Rejected, "no team", 0, {}, {}};
        return ApiResult<hss::sync::PushResponse>(response);
    };
    auto engine = makeEngine(transport);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    engine->start();
    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(engine->status().rejectedCount, qint64(1));
    const auto rejected = await(engine->review().rejectedChanges());
    QVERIFY(await(engine->review().dismissRejected(rejected.front().mutationId)));
    QTRY_COMPARE(engine->status().rejectedCount, qint64(0));
    QCOMPARE(transport.pushes.size(), std::size_t(1));
}

void TestSyncEngine::batchRefusedAsAWholeIsNarrowedToTheBadMutation()
{
    std::vector<hss::Uuid> ids;
    for (int i = 0; i < 5; ++i) {
        const auto created = await(m_changes->createTicket(sampleTicket("Ticket " + std::to_string(i))));
        ids.push_back(created.value().id);
    }
    const hss::Uuid bad = ids[3];
    FakeTransport transport;
    transport.onPush = [&](const hss::sync::PushRequest& request) {
        for (const auto& mutation : request.mutations) {
            if (mutation.entityId == bad) {
                return ApiResult<hss::sync::PushResponse>(failure(Kind::Rejected, 400, "validation_failed"));
            }
        }
        return ApiResult<hss::sync::PushResponse>(FakeTransport::applyAll(request));
    };
    auto engine = makeEngine(transport);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    engine->start();
    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(engine->status().pendingCount, qint64(0));
    QCOMPARE(engine->status().rejectedCount, qint64(1));
    const auto rejected = await(engine->review().rejectedChanges());
    QCOMPARE(rejected.front().entityId, QString::fromStdString(bad.toString()));
    QCOMPARE(rejected.front().reason, QStringLiteral("scripted failure"));
}

void TestSyncEngine::unreachableServerKeepsChangesAndBacksOff()
{
    QVERIFY(await(m_changes->createTicket(sampleTicket("Typed while offline", hss::Priority::Emergency))).ok());
    FakeTransport transport;
    bool reachable = false;
    transport.onPush = [&](const hss::sync::PushRequest& request) {
        return reachable ? ApiResult<hss::sync::PushResponse>(FakeTransport::applyAll(request))
                         : ApiResult<hss::sync::PushResponse>(failure(Kind::Unreachable));
    };
    auto engine = makeEngine(transport);
    QSignalSpy statuses(engine.get(), &SyncEngine::statusChanged);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    engine->start();
    QTRY_COMPARE(engine->status().state, SyncStatus::State::Offline);
    QCOMPARE(engine->status().offlineSinceMs, std::optional<qint64>(m_store->clock.nowMs()));
    const qint64 since = *engine->status().offlineSinceMs;
    m_store->clock.advanceMs(5000);
    QTRY_VERIFY(transport.pushes.size() >= 3); // retried after each back-off delay
    QCOMPARE(engine->status().offlineSinceMs, std::optional<qint64>(since)); // still the first failure
    QCOMPARE(pendingCount(), qint64(1));
    QCOMPARE(engine->status().pendingCount, qint64(1));

    reachable = true;
    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(engine->status().state, SyncStatus::State::Online);
    QVERIFY(!engine->status().offlineSinceMs.has_value());
    QCOMPARE(engine->status().lastSyncMs, std::optional<qint64>(m_store->clock.nowMs()));
    QCOMPARE(pendingCount(), qint64(0));
    QList<SyncStatus::State> seen;
    for (const auto& args : statuses) {
        const auto state = args.at(0).value<SyncStatus>().state;
        if (seen.isEmpty() || seen.last() != state) {
            seen << state;
        }
    }
    QCOMPARE(seen,
             (QList<SyncStatus::State> {SyncStatus::State::Connecting, SyncStatus::State::Offline,
                                        SyncStatus::State::Online}));
}

void TestSyncEngine::localChangeCutsTheLongPollShort()
{
    FakeTransport transport;
    auto engine = makeEngine(transport);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    engine->start();
    QTRY_COMPARE(idle.count(), 1);
    QTRY_VERIFY(transport.hasOpenPoll());
    QCOMPARE(transport.pulls.back().waitSeconds, 25);
    QVERIFY(await(m_changes->createTicket(sampleTicket("Emergency while idle", hss::Priority::Emergency))).ok());
    QTRY_COMPARE(transport.pushes.size(), std::size_t(1));
    QTRY_COMPARE(idle.count(), 2);
    QCOMPARE(engine->status().pendingCount, qint64(0));
}

void TestSyncEngine::editsWhileTheServerIsDownFoldIntoOneMutation()
{
    hss::Ticket server = sampleTicket("Edited all day offline");
    server.revision = 5;
    m_store->run<bool>([server](LocalStore& store) { return !TicketRepository(store.database()).upsert(server); });
    FakeTransport transport;
    bool reachable = false;
    transport.onPush = [&](const hss::sync::PushRequest& request) {
        SyncApiError refused = failure(Kind::Unreachable);
        refused.mayHaveArrived = false; // connection refused: nothing left the machine
        return reachable ? ApiResult<hss::sync::PushResponse>(FakeTransport::applyAll(request))
                         : ApiResult<hss::sync::PushResponse>(refused);
    };
    auto engine = makeEngine(transport);
    engine->start();
    for (int i = 1; i <= 10; ++i) {
        hss::sync::TicketPatch patch;
        patch.description = "offline edit " + std::to_string(i);
        QVERIFY(await(m_changes->updateTicket(server.id, patch)).ok());
        QTest::qWait(15); // let the engine try (and fail) in between
    }
    QTRY_VERIFY(transport.pushes.size() >= 3);
    // Folded: one mutation, or two when an edit raced a push attempt (taken, then found undelivered).
    QVERIFY(pendingCount() <= 2);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    const std::size_t failedPushes = transport.pushes.size();
    reachable = true;
    QTRY_COMPARE(idle.count(), 1);
    std::vector<hss::sync::Mutation> delivered;
    for (std::size_t i = failedPushes; i < transport.pushes.size(); ++i) {
        QCOMPARE(transport.pushes[i].mutations.size(), std::size_t(1)); // one update of a ticket per batch
        delivered.push_back(transport.pushes[i].mutations.front());
    }
    QVERIFY(!delivered.empty() && delivered.size() <= 2);
    for (std::size_t i = 0; i < delivered.size(); ++i) {
        QCOMPARE(delivered[i].baseRevision, std::int64_t(5 + i)); // each builds on the one before
    }
    QCOMPARE(delivered.back().fields["description"].get<std::string>(), std::string("offline edit 10"));
}

void TestSyncEngine::editsWaitForAnEarlierEditInDoubt()
{
    hss::Ticket server = sampleTicket("Answer lost on the way back");
    server.revision = 5;
    m_store->run<bool>([server](LocalStore& store) { return !TicketRepository(store.database()).upsert(server); });
    hss::sync::TicketPatch first;
    first.description = "first edit";
    QVERIFY(await(m_changes->updateTicket(server.id, first)).ok());

    FakeTransport transport;
    bool answerLost = true;
    transport.onPush = [&](const hss::sync::PushRequest& request) {
        if (answerLost) {
            answerLost = false;
            return ApiResult<hss::sync::PushResponse>(failure(Kind::Timeout)); // applied there, answer lost
        }
        return ApiResult<hss::sync::PushResponse>(FakeTransport::applyAll(request));
    };
    auto engine = makeEngine(transport);
    engine->start();
    QTRY_COMPARE(engine->status().state, SyncStatus::State::Offline);
    hss::sync::TicketPatch second;
    second.description = "second edit";
    QVERIFY(await(m_changes->updateTicket(server.id, second)).ok());
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    QTRY_COMPARE(idle.count(), 1);

    QCOMPARE(transport.pushes.size(), std::size_t(3));
    QCOMPARE(transport.pushes[1].mutations.size(), std::size_t(1)); // the retry alone
    QCOMPARE(transport.pushes[1].mutations.front().fields["description"].get<std::string>(), std::string("first edit"));
    const auto& later = transport.pushes[2].mutations;
    QCOMPARE(later.size(), std::size_t(1));
    QCOMPARE(later.front().fields["description"].get<std::string>(), std::string("second edit"));
    QCOMPARE(later.front().baseRevision, std::int64_t(6)); // builds on the first edit's revision
}

void TestSyncEngine::createdTicketGetsItsNumber()
{
    const auto created = await(m_changes->createTicket(sampleTicket("Numbered on arrival")));
    FakeTransport transport;
    transport.onPush = [&](const hss::sync::PushRequest& request) {
        auto response = FakeTransport::applyAll(request);
        response.results[0].ticketNumber = 1042;
        return ApiResult<hss::sync::PushResponse>(response);
    };
    auto engine = makeEngine(transport);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    engine->start();
    QTRY_COMPARE(idle.count(), 1);
    const auto stored = m_store->run<std::optional<hss::Ticket>>(
        [id = created.value().id](LocalStore& store) { return TicketRepository(store.database()).find(id); });
    QCOMPARE(stored->number, std::optional<std::int64_t>(1042));
    QCOMPARE(stored->revision, std::int64_t(1));
}

void TestSyncEngine::conflictNotesAreCountedUntilAcknowledged()
{
    hss::Ticket ticket = sampleTicket("Edited on two consoles");
    ticket.revision = 3;
    hss::Comment note;
    note.id = hss::Uuid::createV7();
    note.ticketId = ticket.id;
    note.authorId = hss::Uuid::createV7();
    note.visibility = hss::CommentVisibility::InternalNote;
    note.body = hss::sync::conflictNoteText({"title", "Server title", "Console title", "edited concurrently"});
    note.createdAt = ticket.createdAt + 1000;
    hss::sync::Change noteChange;
    noteChange.entity = hss::sync::SyncEntity::Comment;
    noteChange.id = note.id;
    noteChange.sequence = 2;
    noteChange.hlc = hss::HlcTimestamp {note.createdAt, 0, "server"};
    noteChange.data = toJson(note);

    FakeTransport transport;
    transport.onPull = [&](const FakeTransport::PullCall& call) -> std::optional<ApiResult<hss::sync::PullPage>> {
        if (call.cursor.isEmpty()) {
            return pageOf({ticketChange(ticket, 1), noteChange}, 2, false);
        }
        return std::nullopt;
    };
    auto engine = makeEngine(transport);
    QSignalSpy idle(engine.get(), &SyncEngine::idle);
    engine->start();
    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(engine->status().conflictsToReview, qint64(1));
    const auto notes = await(engine->review().conflictsToReview());
    QCOMPARE(notes.size(), std::size_t(1));
    QCOMPARE(notes.front().ticketId, ticket.id);
    QVERIFY(await(engine->review().acknowledgeConflict(note.id)));
    QTRY_COMPARE(engine->status().conflictsToReview, qint64(0));
    QVERIFY(!await(engine->review().acknowledgeConflict(note.id)));
}

void TestSyncEngine::disabledAccountStopsTheEngine()
{
    FakeTransport transport;
    transport.onPull = [](const FakeTransport::PullCall&) -> std::optional<ApiResult<hss::sync::PullPage>> {
        return ApiResult<hss::sync::PullPage>(failure(Kind::AccountDisabled, 403, "account_disabled"));
    };
    auto engine = makeEngine(transport);
    QSignalSpy disabled(engine.get(), &SyncEngine::accountDisabled);
    engine->start();
    QTRY_COMPARE(disabled.count(), 1);
    QCOMPARE(engine->status().state, SyncStatus::State::AccountDisabled);
    QVERIFY(!engine->isRunning());
    QTest::qWait(100);
    QCOMPARE(transport.pulls.size(), std::size_t(1)); // no retries
}

void TestSyncEngine::expiredSessionAsksForSignIn()
{
    FakeTransport transport;
    transport.onPull = [](const FakeTransport::PullCall&) -> std::optional<ApiResult<hss::sync::PullPage>> {
        return ApiResult<hss::sync::PullPage>(failure(Kind::Unauthorized, 401));
    };
    auto engine = makeEngine(transport);
    QSignalSpy signIn(engine.get(), &SyncEngine::signInRequired);
    engine->start();
    QTRY_COMPARE(signIn.count(), 1);
    QCOMPARE(engine->status().state, SyncStatus::State::SignInRequired);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
