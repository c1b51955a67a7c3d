// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <optional>
#include <vector>

#include "StatementCache.h"
#include "StoreError.h"
#include "hss/Comment.h"

namespace hss::client {

/// Comments of tickets: append-only, oldest first. Keep one object for a batch of writes: it compiles each
/// statement once.
class CommentRepository final
{
public:
    explicit CommentRepository(QSqlDatabase db);

    /// Adds the comment; adding the same id again is a no-op (a retried sync delivers it twice).
    std::optional<StoreError> add(const Comment& comment);
    std::vector<Comment> forTicket(const Uuid& ticketId) const;
    std::optional<StoreError> remove(const Uuid& id);

private:
    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace hss::client
