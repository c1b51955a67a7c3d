// SPDX-License-Identifier: MIT
#include "OutboxRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hss::client {

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<StoreError> OutboxRepository::enqueue(const QString& mutationId, const QString& entity,
                                                    const QString& entityId, Priority priority,
                                                    const QByteArray& payload, qint64 createdAt)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO outbox (mutation_id, entity, entity_id, priority_rank, payload, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(mutationId);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(severityRank(priority));
    query.addBindValue(QString::fromUtf8(payload));
    query.addBindValue(createdAt);
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

std::vector<OutboxEntry> OutboxRepository::nextBatch(int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT seq, mutation_id, entity, entity_id, priority_rank, payload, created_at, attempts"
                       " FROM outbox ORDER BY priority_rank DESC, seq LIMIT ?"));
    query.addBindValue(limit);
    std::vector<OutboxEntry> entries;
    if (!query.exec()) {
        return entries;
    }
    while (query.next()) {
        entries.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toInt(), query.value(5).toString().toUtf8(),
                           query.value(6).toLongLong(), query.value(7).toInt()});
    }
    return entries;
}

std::optional<StoreError> OutboxRepository::acknowledge(const QStringList& mutationIds)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"));
    for (const QString& id : mutationIds) {
        query.addBindValue(id);
        if (!query.exec()) {
            return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
        }
    }
    return std::nullopt;
}

std::optional<StoreError> OutboxRepository::recordFailure(qint64 seq, const QString& error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"));
    query.addBindValue(error);
    query.addBindValue(seq);
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

qint64 OutboxRepository::pendingCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace hss::client
