// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>

#include "Database.h"
#include "hss/Comment.h"
#include "hss/Result.h"

namespace hss::server {

class FieldCipher;

/// Ticket comments, append-only; bodies are stored encrypted (bound to the comment id). Thread-safe.
class CommentRepository final
{
public:
    CommentRepository(Database& database, const FieldCipher& cipher);

    /// Appends a comment. Validation errors as hss::validate(); NotFound when the ticket does not exist;
    /// Conflict when the comment id exists.
    Result<Comment> add(const Comment& comment);
    /// The same inside the caller's write transaction; the comment enters the sync feed stamped \a hlc (empty: the
    /// server's stamp at created_at).
    Result<Comment> add(Poco::Data::Session& session, const Comment& comment, const std::string& hlc = {});

    /// One comment by id; NotFound for anything else.
    Result<Comment> find(Poco::Data::Session& session, std::string_view id);

    /// The comments with these ids that exist, by id text (one query per 200 ids: the sync feed reads pages).
    std::map<std::string, Comment> findMany(Poco::Data::Session& session, const std::vector<std::string>& ids);

    /// The comments of a ticket, oldest first (empty for an unknown ticket).
    std::vector<Comment> listForTicket(std::string_view ticketId);

private:
    std::string sql(std::string_view text) const;
    std::vector<Comment> fromRows(Poco::Data::Statement& statement) const;

    Database& m_database;
    const FieldCipher& m_cipher;
};

} // namespace hss::server
