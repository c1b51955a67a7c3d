// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>
#include <vector>

#include "StatementCache.h"
#include "StoreError.h"
#include "TicketQuery.h"
#include "hss/Ticket.h"

namespace hss::client {

/// A ticket as the queue shows it: the ticket and its nearest SLA deadline, if known.
struct QueueEntry
{
    Ticket ticket;
    std::optional<qint64> slaDueAt;
};

/// What the store holds of a ticket that a write must keep or compare with.
struct StoredRevision
{
    qint64 revision = 0;
    std::optional<qint64> slaDueAt;
};

/// Tickets in the local store. Works on the connection it is given (one per thread). Keep one object for a batch
/// of writes: it compiles each statement once.
class TicketRepository final
{
public:
    explicit TicketRepository(QSqlDatabase db);

    /// Inserts or replaces the ticket (same id).
    std::optional<StoreError> upsert(const Ticket& ticket, std::optional<qint64> slaDueAt = std::nullopt);
    /// Writes a ticket whose presence the caller knows (see storedRevisions()): one INSERT for a new ticket, one
    /// UPDATE for a stored one.
    std::optional<StoreError> write(const Ticket& ticket, std::optional<qint64> slaDueAt, bool stored);
    /// Adds to \a into the stored revision and SLA deadline of each of \a ids the store holds (a few queries in
    /// all, not one per id); ids it does not hold are left out.
    std::optional<StoreError> storedRevisions(const QStringList& ids, QHash<QString, StoredRevision>& into) const;
    std::optional<Ticket> find(const Uuid& id) const;
    /// The ticket with its SLA deadline, so a change can be written back without losing the deadline.
    std::optional<QueueEntry> findEntry(const Uuid& id) const;
    /// The stored server revision, or nothing when the ticket is not in the store.
    std::optional<qint64> revisionOf(const Uuid& id) const;
    /// Records what the server assigned on first arrival (revision and human number) without touching the fields.
    std::optional<StoreError> setServerIdentity(const Uuid& id, qint64 revision, std::optional<qint64> number);
    std::optional<StoreError> remove(const Uuid& id);

    /// One page of a queue view.
    std::vector<QueueEntry> query(const TicketQuery& query) const;
    /// How many tickets the view holds (ignoring limit and offset).
    qint64 count(const TicketQuery& query) const;
    /// SQLite's plan for query() (EXPLAIN QUERY PLAN, one step per line), to check that a view's pages come from an
    /// index in order rather than from sorting every ticket for each page.
    QString queryPlan(const TicketQuery& query) const;

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements;
    mutable QString m_lastError;
};

} // namespace hss::client
