// SPDX-License-Identifier: MIT
#include "CommentRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include "ValueConversions.h"

namespace hss::client {

CommentRepository::CommentRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(std::move(db))
{ }

std::optional<StoreError> CommentRepository::add(const Comment& comment)
{
    return m_statements.run(
        QStringLiteral("INSERT OR IGNORE INTO comments (id, ticket_id, author_id, body, visibility, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {toQString(comment.id.toString()), toQString(comment.ticketId.toString()),
         toQString(comment.authorId.toString()), toQString(comment.body), toQString(toString(comment.visibility)),
         static_cast<qint64>(comment.createdAt)});
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
    return m_statements.run(QStringLiteral("DELETE FROM comments WHERE id = ?"), {toQString(id.toString())});
}

} // namespace hss::client
