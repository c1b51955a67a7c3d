// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <chrono>
#include <functional>
#include <set>

#include <nlohmann/json.hpp>

#include "DemoSeed.h"
#include "ServerProcess.h"
#include "SyncConsole.h"
#include "core/StoreWorker.h"
#include "hss/sync/ConflictNoteText.h"
#include "storage/LocalStore.h"
#include "storage/SyncStateRepository.h"
#include "sync/PullApplier.h"
#include "sync/PushRound.h"
#include "sync/SyncStateKeys.h"

using hss::Priority;
using hss::Ticket;
using hss::TicketStatus;
using hss::client::LocalStore;
using hss::test::SyncConsole;

namespace {

constexpr std::int64_t oneHourMs = 60LL * 60 * 1000;

template <class T>
T await(QFuture<T> future)
{
    QDeadlineTimer deadline(60000);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    if (!future.isFinished()) {
        qFatal("timed out");
    }
    return future.result();
}

/// An enum's wire name, so QCOMPARE can print both sides.
template <class Enum>
QString name(Enum value)
{
    const std::string_view text = toString(value);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString describe(const Ticket& ticket)
{
    return QString::fromStdString(toJson(ticket).dump());
}

/// Every comment as JSON, by id, so two consoles' copies compare field by field with a readable failure.
QStringList describe(std::vector<hss::Comment> comments)
{
    std::sort(comments.begin(), comments.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    QStringList lines;
    for (const hss::Comment& comment : comments) {
        lines << QString::fromStdString(toJson(comment).dump());
    }
    return lines;
}

QStringList describe(const std::vector<Ticket>& tickets)
{
    QStringList lines;
    for (const Ticket& ticket : tickets) {
        lines << describe(ticket);
    }
    return lines;
}

std::vector<hss::Comment> conflictNotes(const std::vector<hss::Comment>& comments)
{
    std::vector<hss::Comment> notes;
    std::copy_if(comments.begin(), comments.end(), std::back_inserter(notes),
                 [](const hss::Comment& c) { return hss::sync::isConflictNoteText(c.body); });
    return notes;
}

bool hasComment(const std::vector<hss::Comment>& comments, const hss::Uuid& id)
{
    return std::any_of(comments.begin(), comments.end(), [&](const hss::Comment& c) { return c.id == id; });
}

QString storedCursor(SyncConsole& console)
{
    return await(
        console.worker().run<QString>([](LocalStore& store) { return hss::client::PullApplier::storedCursor(store); }));
}

/// Applies \a page as the answer to a pull from \a requestCursor, the way the engine does.
hss::client::PullOutcome applyPage(SyncConsole& console, const QString& requestCursor, const hss::sync::PullPage& page)
{
    hss::HybridLogicalClock* hlc = &console.hlc();
    return await(console.worker().run<hss::client::PullOutcome>([hlc, requestCursor, page](LocalStore& store) {
        return hss::client::PullApplier(*hlc).apply(store, requestCursor, page);
    }));
}

/// Stops the engine, forgets the cursor and syncs again: the whole feed is delivered a second time.
bool resyncFromStart(SyncConsole& console)
{
    console.engine().stop();
    const bool failed = await(console.worker().run<bool>([](LocalStore& store) {
        return hss::client::SyncStateRepository(store.database())
            .setValue(hss::client::syncstate::cursor, QString())
            .has_value();
    }));
    return !failed && console.syncUntilIdle();
}

/// Pulls until caught up without pushing: the console hears of the server's changes while its own still wait in the
/// outbox (the engine itself pushes first, so only this opens that window). The engine must be stopped.
bool pullWithoutPushing(SyncConsole& console)
{
    for (int round = 0; round < 100; ++round) {
        const QString cursor = storedCursor(console);
        const auto page = await(console.api().pull(cursor, 1000, 0));
        if (!page.ok()) {
            return false;
        }
        const auto outcome = applyPage(console, cursor, page.value());
        if (outcome.error || outcome.stale) {
            return false;
        }
        if (!page.value().hasMore) {
            return true;
        }
    }
    return false;
}

} // namespace

/// Concurrent offline edits, skewed console clocks and repeated delivery, against the real hss-server over TLS.
class TestSyncConflicts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void concurrentOfflineEditsConverge_data();
    void concurrentOfflineEditsConverge();
    void skewedClockKeepsCausalOrder_data();
    void skewedClockKeepsCausalOrder();
    void repeatedAndLateDeliveryChangeNothing();
    void freshConsoleGetsCommentsOfALaterEditedTicket();

private:
    std::unique_ptr<SyncConsole> console(const QString& user, std::int64_t clockOffsetMs = 0);
    /// A ticket not used by an earlier test that \a fits, from \a tickets.
    std::optional<Ticket> pick(const std::vector<Ticket>& tickets, const std::function<bool(const Ticket&)>& fits);
    void restartServer();

    std::unique_ptr<hss::test::TestCertificates> m_certificates;
    std::unique_ptr<hss::test::ServerProcess> m_server;
    QMap<QString, QString> m_passwords;
    std::set<hss::Uuid> m_used;
};

void TestSyncConflicts::initTestCase()
{
    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
    m_server = std::make_unique<hss::test::ServerProcess>(*m_certificates);
    QString error;
    m_passwords = hss::test::seedDemo(*m_server, *m_certificates, &error).passwords;
    QVERIFY2(m_passwords.contains(QStringLiteral("sofia")), qPrintable(error));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

std::unique_ptr<SyncConsole> TestSyncConflicts::console(const QString& user, std::int64_t clockOffsetMs)
{
    auto created = std::make_unique<SyncConsole>(clockOffsetMs);
    QString error;
    if (!created->open(m_server->baseUrl(), m_certificates->caFile(), user, m_passwords.value(user), &error)) {
        qWarning() << "console did not open:" << error;
        return nullptr;
    }
    return created;
}

std::optional<Ticket> TestSyncConflicts::pick(const std::vector<Ticket>& tickets,
                                              const std::function<bool(const Ticket&)>& fits)
{
    for (const Ticket& ticket : tickets) {
        if (!m_used.contains(ticket.id) && fits(ticket)) {
            m_used.insert(ticket.id);
            return ticket;
        }
    }
    return std::nullopt;
}

void TestSyncConflicts::restartServer()
{
    m_server->setEnvironmentValue(QStringLiteral("HSS_PORT"), QString::number(m_server->port()));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestSyncConflicts::concurrentOfflineEditsConverge_data()
{
    QTest::addColumn<bool>("aReconnectsFirst");
    QTest::addColumn<bool>("serverDown");
    QTest::newRow("consoles stop syncing, A reconnects first") << true << false;
    QTest::newRow("consoles stop syncing, B reconnects first") << false << false;
    QTest::newRow("server down, B reconnects first") << false << true;
}

void TestSyncConflicts::concurrentOfflineEditsConverge()
{
    QFETCH(bool, aReconnectsFirst);
    QFETCH(bool, serverDown);
    // Two people allowed to edit a tier1 ticket, each on their own device.
    auto a = console(QStringLiteral("sofia"));
    auto b = console(QStringLiteral("amir"));
    QVERIFY(a && b);
    QVERIFY(a->syncUntilIdle());
    QVERIFY(b->syncUntilIdle());
    const auto target = pick(b->tickets(), [](const Ticket& t) {
        return t.team == "tier1" && t.status == TicketStatus::Open
            && (t.priority == Priority::Medium || t.priority == Priority::High);
    });
    QVERIFY2(target, "no open tier1 ticket of medium or high priority left in the demo data");
    QVERIFY(a->ticket(target->id) == target);

    if (serverDown) {
        m_server->stop();
    } else {
        a->engine().stop();
        b->engine().stop();
    }

    hss::sync::TicketPatch fromA;
    fromA.title = "Printer in room 3 offline (A)";
    fromA.description = "Checked the cables on console A";
    fromA.priority = Priority::Critical;
    fromA.status = TicketStatus::InProgress;
    QVERIFY(await(a->changes().updateTicket(target->id, fromA)).ok());
    const auto commentA =
        await(a->changes().addComment(target->id, "Comment typed on A", hss::CommentVisibility::InternalNote));
    QVERIFY(commentA.ok());

    // B's edit is the later one by the clock as well, so its status must win in either reconnect order.
    QTRY_VERIFY(b->hlc().now() > a->hlc().last());
    hss::sync::TicketPatch fromB;
    fromB.title = "Room 3 printer jammed (B)";
    fromB.priority = Priority::Low;
    fromB.status = TicketStatus::WaitingOnCustomer;
    QVERIFY(await(b->changes().updateTicket(target->id, fromB)).ok());
    const auto commentB =
        await(b->changes().addComment(target->id, "Comment typed on B", hss::CommentVisibility::PublicReply));
    QVERIFY(commentB.ok());

    SyncConsole& first = aReconnectsFirst ? *a : *b;
    SyncConsole& second = aReconnectsFirst ? *b : *a;
    const std::string keptTitle = aReconnectsFirst ? *fromA.title : *fromB.title;
    const std::string losingTitle = aReconnectsFirst ? *fromB.title : *fromA.title;
    if (serverDown) {
        second.engine().stop();
        restartServer();
        QTRY_COMPARE_WITH_TIMEOUT(first.engine().status().pendingCount, qint64(0), 30000);
    }
    QVERIFY(first.syncUntilIdle());
    QCOMPARE(first.engine().status().pendingCount, qint64(0));
    QVERIFY(second.syncUntilIdle());
    QCOMPARE(second.engine().status().pendingCount, qint64(0));
    QVERIFY(first.syncUntilIdle()); // hears of what the second push made
    QVERIFY(second.syncUntilIdle());

    const auto onA = a->ticket(target->id);
    const auto onB = b->ticket(target->id);
    QVERIFY(onA && onB);
    QCOMPARE(describe(*onA), describe(*onB));
    QVERIFY(*onA == *onB);
    QCOMPARE(name(onA->priority), name(Priority::Critical)); // never lowered by the merge
    QCOMPARE(name(onA->status), name(TicketStatus::WaitingOnCustomer)); // the later clock
    QCOMPARE(onA->title, keptTitle); // the server's text at the time of the second push
    QCOMPARE(onA->description, *fromA.description); // not concurrent: taken from A in either order
    QVERIFY(onA->revision > target->revision);

    const auto commentsA = a->comments(target->id);
    QCOMPARE(describe(commentsA), describe(b->comments(target->id)));
    QVERIFY(hasComment(commentsA, commentA.value().id));
    QVERIFY(hasComment(commentsA, commentB.value().id));
    const auto notes = conflictNotes(commentsA);
    QCOMPARE(notes.size(), std::size_t(1));
    QVERIFY2(notes.front().body.find(losingTitle) != std::string::npos, notes.front().body.c_str());
    QCOMPARE(name(notes.front().visibility), name(hss::CommentVisibility::InternalNote));
    QVERIFY(a->engine().status().conflictsToReview >= 1);
    QVERIFY(b->engine().status().conflictsToReview >= 1);
    QCOMPARE(a->engine().status().rejectedCount, qint64(0));
    QCOMPARE(b->engine().status().rejectedCount, qint64(0));

    // The server's copy, through a console that took no part.
    auto observer = console(QStringLiteral("sofia"));
    QVERIFY(observer);
    QVERIFY(observer->syncUntilIdle());
    const auto onServer = observer->ticket(target->id);
    QVERIFY(onServer);
    QCOMPARE(describe(*onServer), describe(*onA));
    // Its comments: see freshConsoleGetsCommentsOfALaterEditedTicket.
}

void TestSyncConflicts::skewedClockKeepsCausalOrder_data()
{
    QTest::addColumn<qint64>("firstOffsetMs");
    QTest::addColumn<qint64>("secondOffsetMs");
    QTest::newRow("second console 1 h behind") << qint64(0) << qint64(-oneHourMs);
    QTest::newRow("first console 1 h ahead") << qint64(oneHourMs) << qint64(0);
    QTest::newRow("first 1 h ahead, second 1 h behind") << qint64(oneHourMs) << qint64(-oneHourMs);
}

void TestSyncConflicts::skewedClockKeepsCausalOrder()
{
    QFETCH(qint64, firstOffsetMs);
    QFETCH(qint64, secondOffsetMs);
    auto first = console(QStringLiteral("sofia"), firstOffsetMs);
    auto second = console(QStringLiteral("sofia"), secondOffsetMs);
    QVERIFY(first && second);
    QVERIFY(first->syncUntilIdle());
    QVERIFY(second->syncUntilIdle());
    const auto target = pick(first->tickets(), [](const Ticket& t) { return t.status == TicketStatus::Open; });
    QVERIFY2(target, "no open ticket left in the demo data");

    // The second console holds an unsent edit based on the current revision, so its later status change goes out
    // on that old base: concurrent with the first console's status by revision, and only the clocks order them.
    second->engine().stop();
    hss::sync::TicketPatch before;
    before.description = "Typed on the second console before it saw the status change";
    QVERIFY(await(second->changes().updateTicket(target->id, before)).ok());

    hss::sync::TicketPatch firstMove;
    firstMove.status = TicketStatus::InProgress;
    QVERIFY(await(first->changes().updateTicket(target->id, firstMove)).ok());
    QVERIFY(first->syncUntilIdle());
    QCOMPARE(first->engine().status().pendingCount, qint64(0));
    first->engine().stop();

    QVERIFY(pullWithoutPushing(*second));
    QCOMPARE(name(second->ticket(target->id)->status),
             name(TicketStatus::InProgress)); // seen, with its own edit on top
    QCOMPARE(second->ticket(target->id)->description, *before.description);
    hss::sync::TicketPatch secondMove;
    secondMove.status = TicketStatus::WaitingOnCustomer;
    QVERIFY(await(second->changes().updateTicket(target->id, secondMove)).ok());
    QVERIFY(second->syncUntilIdle());
    QCOMPARE(second->engine().status().pendingCount, qint64(0));
    QCOMPARE(second->engine().status().rejectedCount, qint64(0));

    auto observer = console(QStringLiteral("sofia"));
    QVERIFY(observer);
    QVERIFY(observer->syncUntilIdle());
    const auto onServer = observer->ticket(target->id);
    QVERIFY(onServer);
    QCOMPARE(name(onServer->status),
             name(TicketStatus::WaitingOnCustomer)); // made after the first move was seen: it wins
    QCOMPARE(onServer->description, *before.description);
    QVERIFY(conflictNotes(observer->comments(target->id)).empty());
    QCOMPARE(describe(*second->ticket(target->id)), describe(*onServer));
}

void TestSyncConflicts::repeatedAndLateDeliveryChangeNothing()
{
    auto clinic = console(QStringLiteral("sofia"));
    QVERIFY(clinic);
    QVERIFY(clinic->syncUntilIdle());
    // A second pass fills in the comments the first one skipped (freshConsoleGetsCommentsOfALaterEditedTicket), so
    // only the repeated deliveries below can change the comment count.
    QVERIFY(resyncFromStart(*clinic));
    // The first page of the feed as it is before the edits, to be delivered late below.
    const auto oldPage = await(clinic->api().pull(QString(), 1000, 0));
    QVERIFY(oldPage.ok());
    std::vector<Ticket> inOldPage;
    for (const hss::sync::Change& change : oldPage.value().changes) {
        if (change.entity == hss::sync::SyncEntity::Ticket && !change.deleted) {
            if (auto ticket = clinic->ticket(change.id); ticket && ticket->revision == change.revision) {
                inOldPage.push_back(*ticket);
            }
        }
    }
    const auto retitled = pick(inOldPage, [](const Ticket&) { return true; });
    const auto raised = pick(inOldPage, [](const Ticket& t) { return t.priority != Priority::Emergency; });
    QVERIFY(retitled && raised);
    clinic->engine().stop();

    hss::sync::TicketPatch title;
    title.title = "Retitled offline, delivered twice";
    QVERIFY(await(clinic->changes().updateTicket(retitled->id, title)).ok());
    hss::sync::TicketPatch priority;
    priority.priority = Priority::Emergency;
    QVERIFY(await(clinic->changes().updateTicket(raised->id, priority)).ok());
    const auto comment =
        await(clinic->changes().addComment(retitled->id, "Sent twice", hss::CommentVisibility::InternalNote));
    QVERIFY(comment.ok());
    Ticket draft;
    draft.title = "Created offline, sent twice";
    draft.requesterName = "Front desk";
    draft.team = "tier1";
    const auto created = await(clinic->changes().createTicket(draft));
    QVERIFY(created.ok());

    const std::string deviceId = clinic->hlc().nodeId();
    const auto batch = await(clinic->worker().run<hss::client::PushBatch>(
        [deviceId](LocalStore& store) { return hss::client::PushRound::take(store, 100, deviceId); }));
    QVERIFY(!batch.error);
    QCOMPARE(batch.entries.size(), std::size_t(4));
    const auto answer = await(clinic->api().push(batch.request));
    QVERIFY2(answer.ok(), answer.ok() ? "" : qPrintable(answer.error().message));
    const auto again = await(clinic->api().push(batch.request)); // the answer was lost: the same batch again
    QVERIFY(again.ok());
    QVERIFY(answer.value().results == again.value().results);
    hss::sync::PushRequest reordered = batch.request;
    std::reverse(reordered.mutations.begin(), reordered.mutations.end());
    const auto reorderedAnswer = await(clinic->api().push(reordered));
    QVERIFY(reorderedAnswer.ok());
    for (const hss::sync::MutationResult& result : answer.value().results) {
        QVERIFY(result.outcome == hss::sync::MutationOutcome::Applied);
        QVERIFY(std::count(reorderedAnswer.value().results.begin(), reorderedAnswer.value().results.end(), result)
                == 1);
    }
    // Both answers reach the console: the second must not move revisions or bases again.
    for (const auto* delivered : {&answer.value(), &again.value()}) {
        const auto outcome =
            await(clinic->worker().run<hss::client::PushOutcome>([&batch, delivered](LocalStore& store) {
                return hss::client::PushRound::acknowledge(store, batch, *delivered);
            }));
        QVERIFY(!outcome.error);
    }
    QVERIFY(clinic->syncUntilIdle());
    QCOMPARE(clinic->engine().status().pendingCount, qint64(0));
    QCOMPARE(clinic->engine().status().rejectedCount, qint64(0));

    QCOMPARE(clinic->ticket(retitled->id)->revision, retitled->revision + 1); // applied once
    QCOMPARE(clinic->ticket(raised->id)->revision, raised->revision + 1);
    QCOMPARE(name(clinic->ticket(raised->id)->priority), name(Priority::Emergency));
    QVERIFY(clinic->ticket(created.value().id)->number.has_value());
    const auto onRetitled = clinic->comments(retitled->id);
    QCOMPARE(std::count_if(onRetitled.begin(), onRetitled.end(), [](const auto& c) { return c.body == "Sent twice"; }),
             std::ptrdiff_t(1));

    const QStringList tickets = describe(clinic->tickets());
    const QStringList comments = describe(clinic->comments(retitled->id));
    const qint64 commentRows = clinic->rowCount(QStringLiteral("comments"));
    const qint64 noteRows = clinic->rowCount(QStringLiteral("conflict_notes"));
    const auto unchanged = [&] {
        QCOMPARE(describe(clinic->tickets()), tickets);
        QCOMPARE(describe(clinic->comments(retitled->id)), comments);
        QCOMPARE(clinic->rowCount(QStringLiteral("comments")), commentRows);
        QCOMPARE(clinic->rowCount(QStringLiteral("conflict_notes")), noteRows);
        QCOMPARE(clinic->rowCount(QStringLiteral("outbox")), qint64(0));
    };

    // The server agrees: a console that took no part sees the same rows.
    auto observer = console(QStringLiteral("sofia"));
    QVERIFY(observer);
    QVERIFY(observer->syncUntilIdle());
    QCOMPARE(describe(observer->tickets()), tickets);
    const auto seenByObserver = observer->comments(retitled->id);
    QCOMPARE(std::count_if(seenByObserver.begin(), seenByObserver.end(),
                           [](const auto& c) { return c.body == "Sent twice"; }),
             std::ptrdiff_t(1));

    clinic->engine().stop();
    // The old page arrives again as the answer to the pull it was asked with: the cursor moved on, ignored.
    const auto duplicate = applyPage(*clinic, QString(), oldPage.value());
    QVERIFY(!duplicate.error);
    QVERIFY(duplicate.stale);
    unchanged();
    if (QTest::currentTestFailed()) {
        return;
    }
    // Worse: it arrives as the answer to the current pull. Older ticket states must not overwrite newer ones.
    const auto late = applyPage(*clinic, storedCursor(*clinic), oldPage.value());
    QVERIFY(!late.error);
    QVERIFY(!late.stale);
    unchanged();
    if (QTest::currentTestFailed()) {
        return;
    }
    // That set the cursor back: the engine pulls every later page again.
    QCOMPARE(storedCursor(*clinic), QString::fromStdString(oldPage.value().cursor));
    QVERIFY(clinic->syncUntilIdle());
    unchanged();
    if (QTest::currentTestFailed()) {
        return;
    }
    // And the whole feed once more from the start.
    QVERIFY(resyncFromStart(*clinic));
    unchanged();
}

void TestSyncConflicts::freshConsoleGetsCommentsOfALaterEditedTicket()
{
    auto clinic = console(QStringLiteral("sofia"));
    QVERIFY(clinic);
    QVERIFY(clinic->syncUntilIdle());
    const auto target = pick(clinic->tickets(), [](const Ticket&) { return true; });
    QVERIFY(target);
    const auto comment = await(
        clinic->changes().addComment(target->id, "Written before the title", hss::CommentVisibility::PublicReply));
    QVERIFY(comment.ok());
    QVERIFY(clinic->syncUntilIdle());
    hss::sync::TicketPatch title;
    title.title = "Edited after the comment";
    QVERIFY(await(clinic->changes().updateTicket(target->id, title)).ok());
    QVERIFY(clinic->syncUntilIdle());
    QVERIFY(hasComment(clinic->comments(target->id), comment.value().id));

    // The feed holds one row per entity at its latest sequence: the edit must move the comment behind the ticket,
    // or a console meeting the ticket for the first time would skip the comment as an orphan.
    auto fresh = console(QStringLiteral("sofia"));
    QVERIFY(fresh);
    QVERIFY(fresh->syncUntilIdle());
    QCOMPARE(fresh->ticket(target->id)->title, *title.title);
    QCOMPARE(describe(fresh->comments(target->id)), describe(clinic->comments(target->id)));
}

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "TestSyncConflicts.moc"
