// SPDX-License-Identifier: MIT
#include "ConflictNoteRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include "ValueConversions.h"

namespace hss::client {

ConflictNoteRepository::ConflictNoteRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<StoreError> ConflictNoteRepository::record(const ConflictNoteRef& note)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO conflict_notes (comment_id, ticket_id, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(toQString(note.commentId.toString()));
    query.addBindValue(toQString(note.ticketId.toString()));
    query.addBindValue(note.createdAt);
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

bool ConflictNoteRepository::acknowledge(const Uuid& commentId, qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE conflict_notes SET acknowledged_at = ? WHERE comment_id = ? AND acknowledged_at IS NULL"));
    query.addBindValue(atMs);
    query.addBindValue(toQString(commentId.toString()));
    return query.exec() && query.numRowsAffected() == 1;
}

std::vector<ConflictNoteRef> ConflictNoteRepository::unacknowledged(int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT comment_id, ticket_id, created_at FROM conflict_notes"
                                 " WHERE acknowledged_at IS NULL ORDER BY created_at LIMIT ?"));
    query.addBindValue(limit);
    std::vector<ConflictNoteRef> notes;
    if (!query.exec()) {
        return notes;
    }
    while (query.next()) {
        notes.push_back({uuidFrom(query.value(0)), uuidFrom(query.value(1)), query.value(2).toLongLong()});
    }
    return notes;
}

qint64 ConflictNoteRepository::unacknowledgedCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM conflict_notes WHERE acknowledged_at IS NULL"))
        || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace hss::client
