// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "StoreError.h"
#include "hss/Priority.h"

namespace hss::client {

/// A local change waiting to be pushed to the server.
struct OutboxEntry
{
    qint64 seq = 0;
    QString mutationId;
    QString entity;
    QString entityId;
    int priorityRank = 0;
    QByteArray payload; ///< the mutation as JSON
    qint64 createdAt = 0;
    int attempts = 0;
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
    /// Oldest first within priority: Emergency and Critical before the rest.
    std::vector<OutboxEntry> nextBatch(int limit) const;
    std::optional<StoreError> acknowledge(const QStringList& mutationIds);
    std::optional<StoreError> recordFailure(qint64 seq, const QString& error);
    qint64 pendingCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace hss::client
