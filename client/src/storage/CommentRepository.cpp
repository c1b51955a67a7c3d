// SPDX-License-Identifier: MIT
#include "CommentRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include "ValueConversions.h"

namespace hss::client {

CommentRepository::CommentRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<StoreError> CommentRepository::add(const Comment& comment)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO comments (id, ticket_id, author_id, body, visibility, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(toQString(comment.id.toString()));
    query.addBindValue(toQString(comment.ticketId.toString()));
    query.addBindValue(toQString(comment.authorId.toString()));
    query.addBindValue(toQString(comment.body));
    query.addBindValue(toQString(toString(comment.visibility)));
    query.addBindValue(static_cast<qint64>(comment.createdAt));
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

std::vector<Comment> CommentRepository::forTicket(const Uuid& ticketId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, ticket_id, author_id, body, visibility, created_at FROM comments"
                                 " WHERE ticket_id = ? ORDER BY created_at, id"));
    query.addBindValue(toQString(ticketId.toString()));
    std::vector<Comment> comments;
    if (!query.exec()) {
        return comments;
    }
    while (query.next()) {
        Comment comment;
        comment.id = uuidFrom(query.value(0));
        comment.ticketId = uuidFrom(query.value(1));
        comment.authorId = uuidFrom(query.value(2));
        comment.body = toStdString(query.value(3));
        comment.visibility =
            commentVisibilityFromString(toStdString(query.value(4))).valueOr(CommentVisibility::InternalNote);
        comment.createdAt = query.value(5).toLongLong();
        comments.push_back(std::move(comment));
    }
    return comments;
}

std::optional<StoreError> CommentRepository::remove(const Uuid& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM comments WHERE id = ?"));
    query.addBindValue(toQString(id.toString()));
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

} // namespace hss::client
