// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <optional>
#include <vector>

#include "StoreError.h"
#include "hss/Uuid.h"

namespace hss::client {

/// A conflict note the server attached to a ticket (an internal-note comment), awaiting a reviewer.
struct ConflictNoteRef
{
    Uuid commentId;
    Uuid ticketId;
    qint64 createdAt = 0;
};

/// Which pulled conflict notes a user on this device has not yet acknowledged.
class ConflictNoteRepository final
{
public:
    explicit ConflictNoteRepository(QSqlDatabase db);

    /// Records a note (its comment must be stored); recording it again keeps its acknowledgement.
    std::optional<StoreError> record(const ConflictNoteRef& note);
    /// Marks the note reviewed; false when no such note is waiting.
    bool acknowledge(const Uuid& commentId, qint64 atMs);
    std::vector<ConflictNoteRef> unacknowledged(int limit) const;
    qint64 unacknowledgedCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace hss::client
