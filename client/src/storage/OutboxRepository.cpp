// SPDX-License-Identifier: MIT
#include "OutboxRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hss::client {

namespace {

const QString entryColumns = QStringLiteral("seq, mutation_id, entity, entity_id, priority_rank, payload, created_at,"
                                            " attempts, kind, ticket_id, state, sent, reason, last_error");
const QString pendingState = QStringLiteral("pending");
const QString rejectedState = QStringLiteral("rejected");

OutboxEntry readEntry(const QSqlQuery& row)
{
    OutboxEntry entry;
    entry.seq = row.value(0).toLongLong();
    entry.mutationId = row.value(1).toString();
    entry.entity = row.value(2).toString();
    entry.entityId = row.value(3).toString();
    entry.priorityRank = row.value(4).toInt();
    entry.payload = row.value(5).toString().toUtf8();
    entry.createdAt = row.value(6).toLongLong();
    entry.attempts = row.value(7).toInt();
    entry.kind = row.value(8).toString();
    entry.ticketId = row.value(9).toString();
    entry.state =
        row.value(10).toString() == rejectedState ? OutboxEntry::State::Rejected : OutboxEntry::State::Pending;
    entry.sent = row.value(11).toInt() != 0;
    entry.reason = row.value(12).toString();
    entry.lastError = row.value(13).toString();
    return entry;
}

std::optional<StoreError> execute(QSqlQuery& query)
{
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

qint64 countWhere(const QSqlDatabase& db, const QString& state)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"));
    query.addBindValue(state);
    if (!query.exec() || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<StoreError> OutboxRepository::enqueue(const QString& mutationId, const QString& entity,
                                                    const QString& entityId, Priority priority,
                                                    const QByteArray& payload, qint64 createdAt)
{
    OutboxEntry entry;
    entry.mutationId = mutationId;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.priorityRank = severityRank(priority);
    entry.payload = payload;
    entry.createdAt = createdAt;
    if (entity == QLatin1String("ticket")) {
        entry.ticketId = entityId;
    }
    return enqueue(entry);
}

std::optional<StoreError> OutboxRepository::enqueue(const OutboxEntry& entry)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO outbox (mutation_id, entity, entity_id, priority_rank, payload,"
                                 " created_at, kind, ticket_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.mutationId);
    query.addBindValue(entry.entity);
    query.addBindValue(entry.entityId);
    query.addBindValue(entry.priorityRank);
    query.addBindValue(QString::fromUtf8(entry.payload));
    query.addBindValue(entry.createdAt);
    query.addBindValue(entry.kind);
    query.addBindValue(entry.ticketId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(entry.ticketId));
    return execute(query);
}

std::vector<OutboxEntry> OutboxRepository::select(const QString& whereAndOrder, const QVariantList& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM outbox %2").arg(entryColumns, whereAndOrder));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    std::vector<OutboxEntry> entries;
    if (!query.exec()) {
        return entries;
    }
    while (query.next()) {
        entries.push_back(readEntry(query));
    }
    return entries;
}

std::vector<OutboxEntry> OutboxRepository::nextBatch(int limit) const
{
    return select(QStringLiteral("WHERE state = ? ORDER BY priority_rank DESC, seq LIMIT ?"), {pendingState, limit});
}

std::optional<OutboxEntry> OutboxRepository::latestPendingFor(const QString& entity, const QString& entityId) const
{
    auto entries = select(QStringLiteral("WHERE entity_id = ? AND state = ? AND entity = ? ORDER BY seq DESC LIMIT 1"),
                          {entityId, pendingState, entity});
    if (entries.empty()) {
        return std::nullopt;
    }
    return entries.front();
}

std::vector<OutboxEntry> OutboxRepository::pendingFor(const QString& entity, const QString& entityId) const
{
    return select(QStringLiteral("WHERE entity_id = ? AND state = ? AND entity = ? ORDER BY seq"),
                  {entityId, pendingState, entity});
}

QSet<QString> OutboxRepository::entitiesWithPending(const QString& entity) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT entity_id FROM outbox WHERE state = ? AND entity = ?"));
    query.addBindValue(pendingState);
    query.addBindValue(entity);
    QSet<QString> ids;
    if (query.exec()) {
        while (query.next()) {
            ids.insert(query.value(0).toString());
        }
    }
    return ids;
}

std::optional<StoreError> OutboxRepository::replaceUnsentPayload(qint64 seq, const QByteArray& payload,
                                                                 int priorityRank)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outbox SET payload = ?, priority_rank = ? WHERE seq = ? AND sent = 0"));
    query.addBindValue(QString::fromUtf8(payload));
    query.addBindValue(priorityRank);
    query.addBindValue(seq);
    if (auto error = execute(query)) {
        return error;
    }
    if (query.numRowsAffected() != 1) {
        return StoreError {StoreError::Code::QueryFailed,
                           QStringLiteral("outbox entry %1 was already sent; its payload is frozen").arg(seq)};
    }
    return std::nullopt;
}

std::optional<StoreError> OutboxRepository::raiseTicketPriority(const QString& ticketId, int rank)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE outbox SET priority_rank = ? WHERE ticket_id = ? AND state = ? AND priority_rank < ?"));
    query.addBindValue(rank);
    query.addBindValue(ticketId);
    query.addBindValue(pendingState);
    query.addBindValue(rank);
    return execute(query);
}

std::optional<StoreError> OutboxRepository::markSent(const std::vector<qint64>& seqs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outbox SET sent = 1 WHERE seq = ?"));
    for (const qint64 seq : seqs) {
        query.addBindValue(seq);
        if (auto error = execute(query)) {
            return error;
        }
    }
    return std::nullopt;
}

std::optional<StoreError> OutboxRepository::markUnsent(const std::vector<qint64>& seqs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outbox SET sent = 0 WHERE seq = ? AND state = ?"));
    for (const qint64 seq : seqs) {
        query.addBindValue(seq);
        query.addBindValue(pendingState);
        if (auto error = execute(query)) {
            return error;
        }
    }
    return std::nullopt;
}

std::optional<StoreError> OutboxRepository::acknowledge(const QStringList& mutationIds)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"));
    for (const QString& id : mutationIds) {
        query.addBindValue(id);
        if (auto error = execute(query)) {
            return error;
        }
    }
    return std::nullopt;
}

std::optional<StoreError> OutboxRepository::markRejected(const QString& mutationId, const QString& reason)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outbox SET state = ?, reason = ?, sent = 1 WHERE mutation_id = ?"));
    query.addBindValue(rejectedState);
    query.addBindValue(reason);
    query.addBindValue(mutationId);
    return execute(query);
}

std::optional<StoreError> OutboxRepository::recordFailure(qint64 seq, const QString& error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"));
    query.addBindValue(error);
    query.addBindValue(seq);
    return execute(query);
}

bool OutboxRepository::removeRejected(const QString& mutationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ? AND state = ?"));
    query.addBindValue(mutationId);
    query.addBindValue(rejectedState);
    return query.exec() && query.numRowsAffected() == 1;
}

bool OutboxRepository::requeueRejected(const QString& mutationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outbox SET state = ?, reason = NULL WHERE mutation_id = ? AND state = ?"));
    query.addBindValue(pendingState);
    query.addBindValue(mutationId);
    query.addBindValue(rejectedState);
    return query.exec() && query.numRowsAffected() == 1;
}

std::vector<OutboxEntry> OutboxRepository::rejected(int limit) const
{
    return select(QStringLiteral("WHERE state = ? ORDER BY seq LIMIT ?"), {rejectedState, limit});
}

qint64 OutboxRepository::pendingCount() const
{
    return countWhere(m_db, pendingState);
}

qint64 OutboxRepository::rejectedCount() const
{
    return countWhere(m_db, rejectedState);
}

} // namespace hss::client
