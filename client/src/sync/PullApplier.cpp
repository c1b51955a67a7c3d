// SPDX-License-Identifier: MIT
#include "PullApplier.h"

#include <QSet>

#include <nlohmann/json.hpp>

#include "SyncStateKeys.h"
#include "hss/Comment.h"
#include "hss/Course.h"
#include "hss/Enrollment.h"
#include "hss/Feedback.h"
#include "hss/HybridLogicalClock.h"
#include "hss/KbArticle.h"
#include "hss/Ticket.h"
#include "hss/sync/ConflictNoteText.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/TicketPatch.h"
#include "storage/CommentRepository.h"
#include "storage/ConflictNoteRepository.h"
#include "storage/FeedbackRepository.h"
#include "storage/KbRepository.h"
#include "storage/LocalStore.h"
#include "storage/OutboxRepository.h"
#include "storage/SyncStateRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/Transaction.h"

namespace hss::client {

namespace {

using sync::Change;
using sync::SyncEntity;

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

QString idText(const Uuid& id)
{
    return QString::fromStdString(id.toString());
}

/// Writes one change; a returned text explains a skipped row, a StoreError aborts the page.
class ChangeWriter final
{
public:
    explicit ChangeWriter(const QSqlDatabase& db)
        : m_db(db)
        , m_tickets(db)
        , m_outbox(db)
        , m_ticketsWithPending(m_outbox.entitiesWithPending(text(toString(SyncEntity::Ticket))))
        , m_enrollmentsWithPending(m_outbox.entitiesWithPending(text(toString(SyncEntity::Enrollment))))
    { }

    std::optional<StoreError> write(const Change& change, QStringList& skipped)
    {
        const auto skip = [&](const std::string& why) -> std::optional<StoreError> {
            skipped << QStringLiteral("%1 %2: %3")
                           .arg(text(toString(change.entity)), idText(change.id), QString::fromStdString(why));
            return std::nullopt;
        };
        switch (change.entity) {
        case SyncEntity::Ticket:
            return change.deleted ? m_tickets.remove(change.id) : writeTicket(change, skip);
        case SyncEntity::Comment: {
            if (change.deleted) {
                return CommentRepository(m_db).remove(change.id);
            }
            auto comment = commentFromJson(change.data);
            if (!comment) {
                return skip(describe(comment.error()));
            }
            if (!m_tickets.revisionOf(comment.value().ticketId)) {
                return skip("its ticket is not in the local store");
            }
            if (auto error = CommentRepository(m_db).add(comment.value())) {
                return error;
            }
            if (comment.value().visibility == CommentVisibility::InternalNote
                && sync::isConflictNoteText(comment.value().body)) {
                return ConflictNoteRepository(m_db).record(
                    {comment.value().id, comment.value().ticketId, comment.value().createdAt});
            }
            return std::nullopt;
        }
        case SyncEntity::KbArticle: {
            if (change.deleted) {
                return KbRepository(m_db).remove(change.id);
            }
            auto article = kbArticleFromJson(change.data);
            return article ? KbRepository(m_db).upsert(article.value()) : skip(describe(article.error()));
        }
        case SyncEntity::Course: {
            if (change.deleted) {
                return TrainingRepository(m_db).removeCourse(change.id);
            }
            auto course = courseFromJson(change.data);
            return course ? TrainingRepository(m_db).upsertCourse(course.value()) : skip(describe(course.error()));
        }
        case SyncEntity::Enrollment: {
            if (change.deleted) {
                return TrainingRepository(m_db).removeEnrollment(change.id);
            }
            if (m_enrollmentsWithPending.contains(idText(change.id))) {
                return std::nullopt; // the waiting local change holds the whole enrolment and wins locally
            }
            auto enrollment = enrollmentFromJson(change.data);
            if (!enrollment) {
                return skip(describe(enrollment.error()));
            }
            if (TrainingRepository(m_db).upsertEnrollment(enrollment.value())) {
                return skip("its course is not in the local store");
            }
            return std::nullopt;
        }
        case SyncEntity::Feedback: {
            if (change.deleted) {
                return FeedbackRepository(m_db).remove(change.id);
            }
            auto feedback = feedbackFromJson(change.data);
            return feedback ? FeedbackRepository(m_db).upsert(feedback.value()) : skip(describe(feedback.error()));
        }
        }
        return skip("unknown entity");
    }

private:
    template <class Skip>
    std::optional<StoreError> writeTicket(const Change& change, Skip skip)
    {
        auto decoded = ticketFromJson(change.data);
        if (!decoded) {
            return skip(describe(decoded.error()));
        }
        Ticket ticket = std::move(decoded).value();
        ticket.revision = change.revision;
        const auto stored = m_tickets.findEntry(ticket.id);
        if (stored && stored->ticket.revision > change.revision) {
            return std::nullopt; // an older state than the one we hold
        }
        if (m_ticketsWithPending.contains(idText(ticket.id))) {
            ticket = withPendingPatches(std::move(ticket));
        }
        return m_tickets.upsert(ticket, stored ? stored->slaDueAt : std::nullopt);
    }

    Ticket withPendingPatches(Ticket ticket) const
    {
        for (const OutboxEntry& entry : m_outbox.pendingFor(text(toString(SyncEntity::Ticket)), idText(ticket.id))) {
            const auto json = nlohmann::json::parse(entry.payload.constData(),
                                                    entry.payload.constData() + entry.payload.size(), nullptr, false);
            auto mutation = sync::mutationFromJson(json);
            if (!mutation || mutation.value().kind != sync::MutationKind::Update) {
                continue;
            }
            if (auto patch = sync::ticketPatchFromJson(mutation.value().fields)) {
                ticket = sync::applyPatch(std::move(ticket), patch.value());
            }
        }
        return ticket;
    }

    QSqlDatabase m_db;
    TicketRepository m_tickets;
    OutboxRepository m_outbox;
    QSet<QString> m_ticketsWithPending;
    QSet<QString> m_enrollmentsWithPending;
};

} // namespace

PullApplier::PullApplier(HybridLogicalClock& hlc)
    : m_hlc(hlc)
{ }

QString PullApplier::storedCursor(LocalStore& store)
{
    return SyncStateRepository(store.database()).value(syncstate::cursor).value_or(QString());
}

PullOutcome PullApplier::apply(LocalStore& store, const QString& requestCursor, const sync::PullPage& page)
{
    PullOutcome outcome;
    QSqlDatabase db = store.database();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        outcome.error = transaction.error();
        return outcome;
    }
    SyncStateRepository state(db);
    outcome.cursor = state.value(syncstate::cursor).value_or(QString());
    if (outcome.cursor != requestCursor) {
        outcome.stale = true;
        return outcome;
    }
    ChangeWriter writer(db);
    for (const Change& change : page.changes) {
        if (auto error = writer.write(change, outcome.skipped)) {
            outcome.error = error;
            return outcome;
        }
        ++outcome.applied;
        // A stamp too far ahead (a server with a broken clock) is refused by the clock and changes nothing.
        (void)m_hlc.receive(change.hlc);
    }
    (void)m_hlc.receive(page.serverHlc);
    const QString next = text(page.cursor);
    for (const auto& [key, value] :
         {std::pair {syncstate::cursor, next}, {syncstate::hlc, QString::fromStdString(m_hlc.last().toString())}}) {
        if (auto error = state.setValue(key, value)) {
            outcome.error = error;
            return outcome;
        }
    }
    if (!page.hasMore) {
        (void)state.setValue(syncstate::initialSyncDone, QStringLiteral("1"));
    }
    if (auto error = transaction.commit()) {
        outcome.error = error;
        return outcome;
    }
    outcome.cursor = next;
    outcome.applied -= static_cast<int>(outcome.skipped.size());
    return outcome;
}

} // namespace hss::client
