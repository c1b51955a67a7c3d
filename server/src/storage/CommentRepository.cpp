// SPDX-License-Identifier: MIT
#include "CommentRepository.h"

#include <algorithm>

#include <Poco/Data/Statement.h>

#include "../security/FieldCipher.h"
#include "ResultRows.h"
#include "SqlText.h"
#include "SyncFeedRepository.h"
#include "WriteTransaction.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

std::string bodyContext(const Uuid& id)
{
    return "comments.body:" + id.toString();
}

} // namespace

CommentRepository::CommentRepository(Database& database, const FieldCipher& cipher)
    : m_database(database)
    , m_cipher(cipher)
{ }

std::string CommentRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

Result<Comment> CommentRepository::add(const Comment& comment)
{
    if (auto valid = validate(comment); !valid) {
        return valid.error();
    }
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    auto added = add(session, comment);
    if (added) {
        transaction.commit();
    }
    return added;
}

Result<Comment> CommentRepository::add(Poco::Data::Session& session, const Comment& comment, const std::string& hlc)
{
    if (auto valid = validate(comment); !valid) {
        return valid.error();
    }
    std::int64_t tickets = 0;
    std::int64_t taken = 0;
    session << sql("SELECT COUNT(*) FROM tickets WHERE id = ?"), pk::into(tickets),
        pk::bind(comment.ticketId.toString()), pk::now;
    session << sql("SELECT COUNT(*) FROM comments WHERE id = ?"), pk::into(taken), pk::bind(comment.id.toString()),
        pk::now;
    if (tickets == 0) {
        return Error {ErrorCode::NotFound, "ticket_id", "no ticket with this id"};
    }
    if (taken != 0) {
        return Error {ErrorCode::Conflict, "id", "a comment with this id exists"};
    }
    session << sql("INSERT INTO comments (id, ticket_id, author_id, body, visibility, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?)"),
        pk::bind(comment.id.toString()), pk::bind(comment.ticketId.toString()), pk::bind(comment.authorId.toString()),
        pk::bind(m_cipher.encrypt(comment.body, bodyContext(comment.id))),
        pk::bind(std::string(toString(comment.visibility))), pk::bind(comment.createdAt), pk::now;
    SyncFeedRepository(m_database)
        .touch(session, "comment", comment.id.toString(), 1, false,
               hlc.empty() ? SyncFeedRepository::serverHlc(comment.createdAt) : hlc);
    return comment;
}

Result<Comment> CommentRepository::find(Poco::Data::Session& session, std::string_view id)
{
    Poco::Data::Statement statement(session);
    statement << sql("SELECT id, ticket_id, author_id, body, visibility, created_at FROM comments WHERE id = ?"),
        pk::bind(std::string(id));
    std::vector<Comment> found = fromRows(statement);
    if (found.empty()) {
        return Error {ErrorCode::NotFound, "id", "no comment with this id"};
    }
    return found.front();
}

std::map<std::string, Comment> CommentRepository::findMany(Poco::Data::Session& session,
                                                           const std::vector<std::string>& ids)
{
    constexpr std::size_t chunk = 200; // well below every backend's parameter limit
    std::map<std::string, Comment> found;
    for (std::size_t first = 0; first < ids.size(); first += chunk) {
        const std::size_t count = std::min(chunk, ids.size() - first);
        std::string placeholders;
        for (std::size_t i = 0; i < count; ++i) {
            placeholders += i == 0 ? "?" : ", ?";
        }
        Poco::Data::Statement statement(session);
        statement << sql("SELECT id, ticket_id, author_id, body, visibility, created_at FROM comments WHERE id IN ("
                         + placeholders + ")");
        for (std::size_t i = first; i < first + count; ++i) {
            statement, pk::bind(ids[i]);
        }
        for (Comment& comment : fromRows(statement)) {
            std::string id = comment.id.toString();
            found.emplace(std::move(id), std::move(comment));
        }
    }
    return found;
}

std::vector<Comment> CommentRepository::listForTicket(std::string_view ticketId)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("SELECT id, ticket_id, author_id, body, visibility, created_at FROM comments "
                     "WHERE ticket_id = ? ORDER BY created_at, id"),
        pk::bind(std::string(ticketId));
    return fromRows(statement);
}

std::vector<Comment> CommentRepository::fromRows(Poco::Data::Statement& statement) const
{
    const ResultRows rows(statement);
    std::vector<Comment> comments;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        Comment comment;
        comment.id = Uuid::parse(rows.text(row, 0)).value();
        comment.ticketId = Uuid::parse(rows.text(row, 1)).value();
        comment.authorId = Uuid::parse(rows.text(row, 2)).value();
        comment.body = m_cipher.decrypt(rows.text(row, 3), bodyContext(comment.id));
        comment.visibility = commentVisibilityFromString(rows.text(row, 4)).value();
        comment.createdAt = rows.integer(row, 5);
        comments.push_back(std::move(comment));
    }
    return comments;
}

} // namespace hss::server
