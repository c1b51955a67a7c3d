// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace hss::server {

class Database;

/// How far the notification outbox is behind.
struct OutboxBacklog
{
    std::int64_t overdue = 0; ///< Pending messages due before the given instant.
    std::int64_t dead = 0; ///< Messages given up on (dead) that were created since the given instant.
};

/// The read-only figures the health checks look at in other parts' tables: the notification outbox's backlog and the
/// sync feed's newest sequence number. Thread-safe; cheap to construct.
class HealthSignalRepository final
{
public:
    explicit HealthSignalRepository(Database& database);

    /// Pending messages due before \a overdueBeforeMs and dead messages created since \a deadSinceMs.
    OutboxBacklog outboxBacklog(std::int64_t overdueBeforeMs, std::int64_t deadSinceMs);
    /// The sequence number the sync feed hands out last (0 when nothing was ever synced).
    std::int64_t newestFeedSequence();

private:
    Database& m_database;
};

} // namespace hss::server
