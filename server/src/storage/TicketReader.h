// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string_view>

#include <Poco/Data/Session.h>

#include "Database.h"
#include "TicketWithHistory.h"
#include "hss/Result.h"

namespace hss::server {

class FieldCipher;

/// What a ticket read answers, the ticket and its SLA history, in one query: one round trip instead of two on
/// PostgreSQL, one statement instead of two on SQLite, for the API's most frequent request; a repeated read of an
/// unchanged ticket comes from the database's TicketReadCache without any query. Cheap to construct; thread-safe as
/// long as each thread uses its own session.
class TicketReader final
{
public:
    TicketReader(Database& database, const FieldCipher& cipher);

    /// NotFound for an unknown id, including text that is not a UUID. Takes a pooled session only when the ticket is
    /// not cached: under load a request that waits for a connection waits for the slowest.
    Result<std::shared_ptr<const TicketWithHistory>> find(std::string_view id) const;

private:
    Database& m_database;
    const FieldCipher& m_cipher;
};

} // namespace hss::server
