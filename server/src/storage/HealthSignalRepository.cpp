// SPDX-License-Identifier: MIT
#include "HealthSignalRepository.h"

#include <Poco/Data/Statement.h>

#include "Database.h"
#include "ResultRows.h"
#include "SqlText.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

HealthSignalRepository::HealthSignalRepository(Database& database)
    : m_database(database)
{ }

OutboxBacklog HealthSignalRepository::outboxBacklog(std::int64_t overdueBeforeMs, std::int64_t deadSinceMs)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    // One pass for both figures; it runs once per check interval, not per request.
    statement << sqltext::forBackend(
        "SELECT SUM(CASE WHEN state = 'pending' AND next_attempt_at < ? THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN state = 'dead' AND created_at >= ? THEN 1 ELSE 0 END)"
        " FROM notification_outbox WHERE state IN ('pending', 'dead')",
        m_database.backend()),
        pk::bind(overdueBeforeMs), pk::bind(deadSinceMs);
    const ResultRows rows(statement);
    if (rows.empty()) {
        return {};
    }
    return {rows.optionalInteger(0, 0).value_or(0), rows.optionalInteger(0, 1).value_or(0)};
}

std::int64_t HealthSignalRepository::newestFeedSequence()
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << "SELECT COALESCE(MAX(value), 0) FROM sync_counter";
    const ResultRows rows(statement);
    return rows.empty() ? 0 : rows.integer(0, 0);
}

} // namespace hss::server
