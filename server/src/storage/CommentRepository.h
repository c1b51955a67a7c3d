// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

    /// The comments of a ticket, oldest first (empty for an unknown ticket).
    std::vector<Comment> listForTicket(std::string_view ticketId);

private:
    std::string sql(std::string_view text) const;

    Database& m_database;
    const FieldCipher& m_cipher;
};

} // namespace hss::server
