// SPDX-License-Identifier: MIT
#include "PullApplier.h"

#include <QSet>

#include <nlohmann/json.hpp>

#include "PersonalChangeApplier.h"
#include "SyncStateKeys.h"
#include "hss/Comment.h"
#include "hss/Course.h"
#include "hss/Enrollment.h"
#include "hss/Feedback.h"
#include "hss/HybridLogicalClock.h"
#include "hss/KbArticle.h"
#include "hss/Ticket.h"
#include "hss/UsageReport.h"
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
#include "storage/TicketSlaRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/Transaction.h"
#include "storage/UsageFiguresRepository.h"

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
        , m_ticketSla(db)
        , m_comments(db)
        , m_articles(db)
        , m_training(db)
        , m_outbox(db)
        , m_ticketsWithPending(m_outbox.entitiesWithPending(text(toString(SyncEntity::Ticket))))
    { }

    /// Reads in a few queries which of the page's tickets (and comments' tickets) the store holds, instead of one
    /// lookup per row.
    std::optional<StoreError> preload(const std::vector<Change>& changes)
    {
        QStringList ids;
        QSet<QString> seen;
        const auto want = [&](const QString& id) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
        };
        for (const Change& change : changes) {
            if (change.entity == SyncEntity::Ticket && !change.deleted) {
                want(idText(change.id));
            } else if (change.entity == SyncEntity::Comment && !change.deleted && change.data.is_object()) {
                const auto ticketId = change.data.find("ticket_id");
                if (ticketId != change.data.end() && ticketId->is_string()) {
                    want(QString::fromStdString(ticketId->get<std::string>()));
                }
            }
        }
        return m_tickets.storedRevisions(ids, m_stored);
    }

    std::optional<StoreError> write(const Change& change, QStringList& skipped)
    {
        const auto skip = [&](const std::string& why) -> std::optional<StoreError> {
            skipped << QStringLiteral("%1 %2: %3")
                           .arg(text(toString(change.entity)), idText(change.id), QString::fromStdString(why));
            return std::nullopt;
        };
        switch (change.entity) {
        case SyncEntity::Ticket:
            if (change.deleted) {
                m_stored.remove(idText(change.id));
                return m_tickets.remove(change.id);
            }
            return writeTicket(change, skip);
        case SyncEntity::Comment: {
            if (change.deleted) {
                return m_comments.remove(change.id);
            }
            auto comment = commentFromJson(change.data);
            if (!comment) {
                return skip(describe(comment.error()));
            }
            if (!m_stored.contains(idText(comment.value().ticketId))) {
                return skip("its ticket is not in the local store");
            }
            if (auto error = m_comments.add(comment.value())) {
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
                return m_articles.remove(change.id);
            }
            auto article = kbArticleFromJson(change.data);
            return article ? m_articles.upsert(article.value()) : skip(describe(article.error()));
        }
        case SyncEntity::Course: {
            if (change.deleted) {
                return m_training.removeCourse(change.id);
            }
            auto course = courseFromJson(change.data);
            return course ? m_training.upsertCourse(course.value()) : skip(describe(course.error()));
        }
        case SyncEntity::Enrollment:
        case SyncEntity::Feedback: {
            if (!m_personal) {
                m_personal.emplace(m_db);
            }
            QString why;
            auto error = m_personal->write(change, why);
            return why.isEmpty() ? error : skip(why.toStdString());
        }
        case SyncEntity::KbVote:
            return skip("votes are push only; the article carries the counts");
        case SyncEntity::UsageFigures: {
            UsageFiguresRepository usage(m_db);
            if (change.deleted) {
                return usage.remove(change.id);
            }
            auto report = usageReportFromJson(change.data);
            return report ? usage.upsert(report.value()) : skip(describe(report.error()));
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
        const QString id = idText(ticket.id);
        const auto stored = m_stored.constFind(id);
        const bool known = stored != m_stored.constEnd();
        if (known && stored->revision > change.revision) {
            return std::nullopt; // an older state than the one we hold
        }
        // The queue sorts and filters on the nearest running deadline of the server's clocks.
        const std::optional<qint64> slaDueAt = change.sla ? change.sla->nextDueAt() : std::nullopt;
        if (m_ticketsWithPending.contains(id)) {
            ticket = withPendingPatches(std::move(ticket));
        }
        if (auto error = m_tickets.write(ticket, slaDueAt, known)) {
            return error;
        }
        if (change.sla) {
            if (auto error = m_ticketSla.write(ticket.id, *change.sla)) {
                return error;
            }
        } else if (known) { // a ticket new to the store has no clocks to clear
            if (auto error = m_ticketSla.remove(ticket.id)) {
                return error;
            }
        }
        m_stored.insert(id, {ticket.revision, slaDueAt});
        return std::nullopt;
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
    TicketSlaRepository m_ticketSla;
    CommentRepository m_comments;
    KbRepository m_articles;
    TrainingRepository m_training;
    OutboxRepository m_outbox;
    QSet<QString> m_ticketsWithPending;
    QHash<QString, StoredRevision> m_stored; // tickets in the store as this page goes on, by id
    std::optional<PersonalChangeApplier> m_personal; // made on the first feedback or enrolment of the page
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
    if (auto error = writer.preload(page.changes)) {
        outcome.error = error;
        return outcome;
    }
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
