// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>
#include <QTemporaryDir>
#include <functional>
#include <memory>

#include "core/StoreSession.h"
#include "core/StoreWorker.h"
#include "hss/Comment.h"
#include "hss/HybridLogicalClock.h"
#include "hss/KbArticle.h"
#include "hss/ManualClock.h"
#include "hss/Ticket.h"
#include "hss/sla/SlaReport.h"
#include "hss/sync/ConflictNoteText.h"
#include "storage/CommentRepository.h"
#include "storage/ConflictNoteRepository.h"
#include "storage/KbRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TicketSlaRepository.h"
#include "sync/LocalChanges.h"

namespace hss::test {

inline constexpr std::int64_t editorStartMs = 1764151200000; // 2025-11-26 10:00 UTC
inline constexpr std::int64_t hourMs = 3'600'000;

/// Waits for a future whose continuation runs on this thread, spinning the event loop meanwhile.
template <class T>
T await(QFuture<T> future)
{
    QDeadlineTimer deadline(30000);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    if (!future.isFinished()) {
        qFatal("a store job did not finish in time");
    }
    return future.result();
}

/// A real encrypted store in a temporary folder, unlocked through StoreSession as the console does, with the real
/// LocalChanges on top and a signed-in user.
struct EditorFixture
{
    EditorFixture()
        : clock(editorStartMs)
        , hlc(clock, "editor-test")
        , session(dir.filePath(QStringLiteral("store.db")), dir.filePath(QStringLiteral("store.key")),
                  QStringLiteral("user=agent;server=https://hss.test"), clock)
    {
        unlocked = await(session.unlock(QStringLiteral("correct horse battery"))).code
            == client::UnlockOutcome::Code::Unlocked;
        changes = std::make_unique<client::LocalChanges>(*session.worker(), hlc, clock);
        changes->setUserId(userId);
    }

    template <class R>
    R run(std::function<R(client::LocalStore&)> job)
    {
        return await(session.worker()->run<R>(std::move(job)));
    }

    /// A ticket as a pull stores it: synced (revision 3, number 1042), with clocks and a comment.
    Ticket seedSyncedTicket(TicketStatus status = TicketStatus::Open)
    {
        Ticket ticket;
        ticket.id = Uuid::createV7();
        ticket.number = 1042;
        ticket.title = "Infusion pump alarm keeps sounding";
        ticket.description = "Ward 3B: the pump alarm sounds every few minutes since the update.";
        ticket.priority = Priority::High;
        ticket.category = Category::MedicalClinical;
        ticket.status = status;
        ticket.channel = Channel::Phone;
        ticket.requesterName = "Dr. Ada Example";
        ticket.requesterEmail = "ada@clinic.example";
        ticket.team = "clinical-apps";
        ticket.medicalCaseRef = "MC-2026-00042";
        ticket.createdAt = editorStartMs - 3 * hourMs;
        ticket.updatedAt = editorStartMs - hourMs;
        ticket.firstResponseAt = editorStartMs - 2 * hourMs;
        ticket.escalationLevel = 1; // as the SLA report says (the resolution clock escalated)
        ticket.revision = 3;
        const bool stored = run<bool>([ticket](client::LocalStore& store) {
            const QSqlDatabase db = store.database();
            if (client::TicketRepository(db).upsert(ticket)) {
                return false;
            }
            return !client::TicketSlaRepository(db).write(ticket.id, slaReport());
        });
        return stored ? ticket : Ticket {};
    }

    /// First response met, next update running (due in 2 h), resolution at warning (due in 5 h).
    static sla::SlaReport slaReport()
    {
        sla::SlaReport report;
        report.evaluatedAt = editorStartMs;
        for (std::size_t i = 0; i < report.clocks.size(); ++i) {
            report.clocks[i].kind = sla::allSlaClockKinds[i];
            report.clocks[i].policyId = "clinical-high";
        }
        sla::SlaClock& first = report.clocks[0];
        first.state = sla::SlaState::Met;
        first.startedAt = editorStartMs - 3 * hourMs;
        first.stoppedAt = editorStartMs - 2 * hourMs;
        first.targetMs = 2 * hourMs;
        first.elapsedMs = hourMs;
        first.remainingMs = hourMs;
        sla::SlaClock& next = report.clocks[1];
        next.state = sla::SlaState::Ok;
        next.startedAt = editorStartMs - 2 * hourMs;
        next.dueAt = editorStartMs + 2 * hourMs;
        next.targetMs = 4 * hourMs;
        next.elapsedMs = 2 * hourMs;
        next.remainingMs = 2 * hourMs;
        next.upcoming = {{sla::SlaClockKind::NextUpdate, sla::SlaEventKind::Breach, 0, *next.dueAt, next.startedAt}};
        sla::SlaClock& resolution = report.clocks[2];
        resolution.state = sla::SlaState::Escalated;
        resolution.startedAt = editorStartMs - 3 * hourMs;
        resolution.dueAt = editorStartMs + 5 * hourMs;
        resolution.targetMs = 8 * hourMs;
        resolution.elapsedMs = 3 * hourMs;
        resolution.remainingMs = 5 * hourMs;
        resolution.escalationLevel = 1;
        resolution.upcoming = {
            {sla::SlaClockKind::Resolution, sla::SlaEventKind::Breach, 0, *resolution.dueAt, resolution.startedAt}};
        return report;
    }

    /// Stores a conflict note about the title as the pull feed delivers it; returns the note's comment.
    Comment seedTitleConflict(const Ticket& ticket, const std::string& otherTitle)
    {
        Comment note;
        note.id = Uuid::createV7();
        note.ticketId = ticket.id;
        note.authorId = Uuid::createV7();
        note.visibility = CommentVisibility::InternalNote;
        note.createdAt = editorStartMs - hourMs / 2;
        note.body = sync::conflictNoteText(
            {"title", ticket.title, otherTitle, "both consoles changed the title; the newer edit was kept"});
        const bool stored = run<bool>([note](client::LocalStore& store) {
            const QSqlDatabase db = store.database();
            return !client::CommentRepository(db).add(note)
                && !client::ConflictNoteRepository(db).record({note.id, note.ticketId, note.createdAt});
        });
        return stored ? note : Comment {};
    }

    KbArticle seedArticle(const std::string& title, const std::string& body)
    {
        KbArticle article;
        article.id = Uuid::createV7();
        article.title = title;
        article.body = body;
        article.status = ArticleStatus::Published;
        article.authorId = Uuid::createV7();
        article.updatedAt = editorStartMs - 24 * hourMs;
        const bool stored = run<bool>(
            [article](client::LocalStore& store) { return !client::KbRepository(store.database()).upsert(article); });
        return stored ? article : KbArticle {};
    }

    std::optional<Ticket> storedTicket(const Uuid& id)
    {
        return run<std::optional<Ticket>>(
            [id](client::LocalStore& store) { return client::TicketRepository(store.database()).find(id); });
    }

    std::vector<client::OutboxEntry> outbox()
    {
        return run<std::vector<client::OutboxEntry>>(
            [](client::LocalStore& store) { return client::OutboxRepository(store.database()).nextBatch(1000); });
    }

    QTemporaryDir dir;
    ManualClock clock;
    HybridLogicalClock hlc;
    client::StoreSession session;
    std::unique_ptr<client::LocalChanges> changes;
    Uuid userId = Uuid::createV7();
    bool unlocked = false;
};

} // namespace hss::test
