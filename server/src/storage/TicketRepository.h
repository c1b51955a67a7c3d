// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "Database.h"
#include "TicketQuery.h"
#include "hss/Result.h"
#include "hss/Ticket.h"
#include "hss/sync/FieldStamp.h"

namespace hss::server {

class FieldCipher;
class ResultRows;

/// How a ticket write enters the sync feed and the merge clocks.
struct TicketWrite
{
    std::string hlc; ///< HLC text of the change; empty: the server's own stamp at the ticket's updated_at.
    std::optional<sync::TicketFieldStamps> stamps; ///< Field clocks to store; absent: the changed fields restamped.
};

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
    Result<Ticket> create(Poco::Data::Session& session, const Ticket& ticket, const TicketWrite& write = {});

    /// The ticket with this id; NotFound for anything else, including text that is not a UUID.
    Result<Ticket> find(std::string_view id);
    Result<Ticket> find(Poco::Data::Session& session, std::string_view id);

    /// The tickets with these ids that exist, by id text (one query per 200 ids: the sync feed reads pages).
    std::map<std::string, Ticket> findMany(Poco::Data::Session& session, const std::vector<std::string>& ids);

    /// The ticket's merge clocks (empty for a ticket never stamped); NotFound for an unknown id.
    Result<sync::TicketFieldStamps> fieldStamps(Poco::Data::Session& session, std::string_view id);
    /// Stores new merge clocks without changing the ticket (a merge may restamp equal values).
    void setFieldStamps(Poco::Data::Session& session, std::string_view id, const sync::TicketFieldStamps& stamps);

    /// Replaces the editable fields (everything but id, number and created_at) if the stored revision is still
    /// \a baseRevision, and returns the ticket with its new revision. NotFound for an unknown id; Conflict when
    /// someone else changed the ticket since \a baseRevision.
    Result<Ticket> update(const Ticket& ticket, std::int64_t baseRevision);
    /// The same inside the caller's write transaction on \a session.
    Result<Ticket> update(Poco::Data::Session& session, const Ticket& ticket, std::int64_t baseRevision,
                          const TicketWrite& write = {});

    /// Deletes the ticket and its comments. NotFound for an unknown id.
    Status remove(std::string_view id, std::int64_t nowMs);
    /// The same inside the caller's write transaction; tombstones for the ticket and its comments enter the feed.
    Status remove(Poco::Data::Session& session, std::string_view id, std::int64_t nowMs);

    /// One page of tickets matching \a query, and the total count.
    TicketPage list(const TicketQuery& query);

    /// Decodes row \a row of a result whose first columns are ticketColumns (TicketColumns.h).
    Ticket fromRow(const ResultRows& rows, std::size_t row) const;

private:
    std::string sql(std::string_view text) const;
    std::int64_t nextNumber(Poco::Data::Session& session);
    static std::string feedHlc(const TicketWrite& write, std::int64_t atMs);

    Database& m_database;
    const FieldCipher& m_cipher;
};

} // namespace hss::server
