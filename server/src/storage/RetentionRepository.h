// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "Database.h"

namespace hss::server {

/// The statements of the retention job: each deletes (or selects) at most \a limit of the oldest rows past their
/// period, so a first run over years of data is many short write jobs, never one long lock. Every call takes the
/// caller's session, which must be inside a write transaction. The audit log has no method here on purpose: it is
/// append-only and its period is a minimum, not a deletion date. Cheap to construct; not thread-safe itself.
class RetentionRepository final
{
public:
    explicit RetentionRepository(Database& database);

    /// Health check results checked before \a beforeMs; returns how many were deleted.
    std::int64_t deleteHealthChecks(Poco::Data::Session& session, std::int64_t beforeMs, int limit);

    /// Outbox messages created before \a beforeMs that are finished (sent or dead); pending and in-flight ones stay
    /// whatever their age. Returns how many were deleted.
    std::int64_t deleteFinishedNotifications(Poco::Data::Session& session, std::int64_t beforeMs, int limit);

    /// The remembered answers of sync mutations applied before \a beforeMs; returns how many were deleted.
    std::int64_t deleteSyncMutations(Poco::Data::Session& session, std::int64_t beforeMs, int limit);

    /// Ids of closed tickets last changed before \a beforeMs, oldest first, locked until the transaction ends
    /// (PostgreSQL), so a ticket reopened meanwhile is not among those deleted.
    std::vector<std::string> closedTickets(Poco::Data::Session& session, std::int64_t beforeMs, int limit);

private:
    Database& m_database;
};

} // namespace hss::server
