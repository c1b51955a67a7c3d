// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "StoreError.h"
#include "hss/Priority.h"

namespace hss::client {

/// A local change waiting to be pushed to the server, or one the server refused.
struct OutboxEntry
{
    enum class State {
        Pending, ///< waiting to be pushed (again)
        Rejected, ///< refused by the server; kept with its reason until a user dismisses it
    };

    qint64 seq = 0;
    QString mutationId;
    QString entity;
    QString entityId;
    int priorityRank = 0;
    QByteArray payload; ///< the mutation as JSON
    qint64 createdAt = 0;
    int attempts = 0;
    QString kind = QStringLiteral("update"); ///< the mutation kind's wire name
    QString ticketId; ///< the ticket this change belongs to (keeps a ticket's changes in order); may be empty
    State state = State::Pending;
    bool sent = false; ///< pushed at least once: the server may have applied it, so the payload is frozen
    QString reason; ///< why the server refused it
    QString lastError;
};

/// Changes not yet acknowledged by the server. Enqueue inside the same transaction as the change itself,
/// so a change is never stored without its outbox entry or the other way round.
class OutboxRepository final
{
public:
    explicit OutboxRepository(QSqlDatabase db);

    /// Queues a mutation; the same mutation id twice is refused (UNIQUE), keeping retries idempotent.
    std::optional<StoreError> enqueue(const QString& mutationId, const QString& entity, const QString& entityId,
                                      Priority priority, const QByteArray& payload, qint64 createdAt);
    /// Queues entry as given (seq, attempts, sent, state and reason are ignored: a new entry is pending).
    std::optional<StoreError> enqueue(const OutboxEntry& entry);

    /// Pending entries, most severe first, then oldest: Emergency and Critical before the rest.
    std::vector<OutboxEntry> nextBatch(int limit) const;
    /// The newest pending entry for the entity, if any.
    std::optional<OutboxEntry> latestPendingFor(const QString& entity, const QString& entityId) const;
    /// Pending entries for the entity, oldest first.
    std::vector<OutboxEntry> pendingFor(const QString& entity, const QString& entityId) const;
    /// Ids of the entities of this kind with pending entries.
    QSet<QString> entitiesWithPending(const QString& entity) const;

    /// Replaces an unsent entry's payload and priority; refuses (QueryFailed) once the entry was sent.
    std::optional<StoreError> replaceUnsentPayload(qint64 seq, const QByteArray& payload, int priorityRank);
    /// Raises every pending entry of the ticket to at least rank, so its changes go out together and in order.
    std::optional<StoreError> raiseTicketPriority(const QString& ticketId, int rank);
    /// Records that these entries are about to be pushed; their payloads never change after this.
    std::optional<StoreError> markSent(const std::vector<qint64>& seqs);
    /// Undoes markSent() for a push that certainly never reached the server.
    std::optional<StoreError> markUnsent(const std::vector<qint64>& seqs);

    std::optional<StoreError> acknowledge(const QStringList& mutationIds);
    /// Keeps the entry with the server's reason; it is no longer pushed.
    std::optional<StoreError> markRejected(const QString& mutationId, const QString& reason);
    std::optional<StoreError> recordFailure(qint64 seq, const QString& error);
    /// Deletes a rejected entry once a person has seen it; false when there is no such rejected entry.
    bool removeRejected(const QString& mutationId);
    /// Puts a rejected entry back in the queue (a person decided to try again); false when there is none.
    bool requeueRejected(const QString& mutationId);

    /// Entries refused by the server, oldest first.
    std::vector<OutboxEntry> rejected(int limit) const;
    /// Pending entries (rejected ones are not counted).
    qint64 pendingCount() const;
    qint64 rejectedCount() const;

private:
    std::vector<OutboxEntry> select(const QString& whereAndOrder, const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace hss::client
