// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "../storage/HealthCheckRepository.h"

namespace hss::server {

class Database;
class WriteQueue;

/// Checks of the server's own parts, each bounded by the check timeout and never throwing. The records carry the
/// service name, state, latency and a message when not healthy; the caller sets checkedAt.
class HealthChecks final
{
public:
    /// A query on a pooled connection.
    static HealthCheckRecord database(Database& database);
    /// Free space in the data folder: down below 100 MiB.
    static HealthCheckRecord disk(const std::string& dataDir);
    /// The sync feed: its newest sequence number is readable and the write queue (which commits every sync push)
    /// runs a job within \a timeout; down when either fails, degraded when the job took over half the timeout.
    static HealthCheckRecord sync(Database& database, WriteQueue& writes, std::chrono::milliseconds timeout);
    /// The notification outbox's backlog at \a nowMs: degraded when many messages are overdue by more than 15
    /// minutes or many were given up on in the last 24 hours.
    static HealthCheckRecord outbox(Database& database, std::int64_t nowMs);

    HealthChecks() = delete;
};

} // namespace hss::server
