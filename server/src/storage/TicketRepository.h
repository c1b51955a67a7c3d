// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "Database.h"
#include "TicketQuery.h"
#include "hss/Result.h"
#include "hss/Ticket.h"

namespace hss::server {

class FieldCipher;
class ResultRows;

/// Tickets. The description and medical case reference are stored encrypted (bound to the ticket id); human
/// numbers come from a sequence (PostgreSQL) or a counter row (SQLite) inside the inserting transaction; every
/// stored change increases the revision, and updates are checked against the revision the client based them on.
/// Thread-safe (a pooled session per call).
class TicketRepository final
{
public:
    TicketRepository(Database& database, const FieldCipher& cipher);

    /// Stores a new ticket with the next human number and revision 1 (the given number and revision are ignored).
    /// Validation errors as hss::validate(); Conflict when the id exists.
    Result<Ticket> create(const Ticket& ticket);

    /// The same inside the caller's write transaction on \a session (which must be one: the number counter
    /// relies on it); nothing is written when an error is returned.
    Result<Ticket> create(Poco::Data::Session& session, const Ticket& ticket);

    /// The ticket with this id; NotFound for anything else, including text that is not a UUID.
    Result<Ticket> find(std::string_view id);

    /// Replaces the editable fields (everything but id, number and created_at) if the stored revision is still
    /// \a baseRevision, and returns the ticket with its new revision. NotFound for an unknown id; Conflict when
    /// someone else changed the ticket since \a baseRevision.
    Result<Ticket> update(const Ticket& ticket, std::int64_t baseRevision);

    /// Deletes the ticket and its comments. NotFound for an unknown id.
    Status remove(std::string_view id);

    /// One page of tickets matching \a query, and the total count.
    TicketPage list(const TicketQuery& query);

private:
    std::string sql(std::string_view text) const;
    std::int64_t nextNumber(Poco::Data::Session& session);
    Ticket fromRow(const ResultRows& rows, std::size_t row) const;

    Database& m_database;
    const FieldCipher& m_cipher;
};

} // namespace hss::server
