// SPDX-License-Identifier: MIT
#include "RetentionRepository.h"

#include <algorithm>

#include "ResultRows.h"
#include "StatementCache.h"

namespace hss::server {

RetentionRepository::RetentionRepository(Database& database)
    : m_database(database)
{ }

std::int64_t RetentionRepository::deleteHealthChecks(Poco::Data::Session& session, std::int64_t beforeMs, int limit)
{
    return m_database.statements().execute(session,
                                           "DELETE FROM health_checks WHERE id IN (SELECT id FROM health_checks "
                                           "WHERE checked_at < ? ORDER BY checked_at LIMIT ?)",
                                           {beforeMs, std::int64_t {std::max(limit, 1)}});
}

std::int64_t RetentionRepository::deleteFinishedNotifications(Poco::Data::Session& session, std::int64_t beforeMs,
                                                              int limit)
{
    return m_database.statements().execute(
        session,
        "DELETE FROM notification_outbox WHERE id IN (SELECT id FROM notification_outbox WHERE created_at < ? "
        "AND state IN ('sent', 'dead') ORDER BY created_at LIMIT ?)",
        {beforeMs, std::int64_t {std::max(limit, 1)}});
}

std::int64_t RetentionRepository::deleteSyncMutations(Poco::Data::Session& session, std::int64_t beforeMs, int limit)
{
    return m_database.statements().execute(
        session,
        "DELETE FROM sync_mutations WHERE mutation_id IN (SELECT mutation_id FROM sync_mutations "
        "WHERE applied_at < ? ORDER BY applied_at LIMIT ?)",
        {beforeMs, std::int64_t {std::max(limit, 1)}});
}

std::vector<std::string> RetentionRepository::closedTickets(Poco::Data::Session& session, std::int64_t beforeMs,
                                                            int limit)
{
    // SQLite's single writer already excludes a concurrent reopen; PostgreSQL needs the row locks.
    const bool postgres = m_database.backend() == Database::Backend::PostgreSQL;
    const ResultRows rows = m_database.statements().query(
        session,
        postgres ? "SELECT id FROM tickets WHERE status = 'closed' AND updated_at < ? ORDER BY updated_at, id LIMIT ? "
                   "FOR UPDATE"
                 : "SELECT id FROM tickets WHERE status = 'closed' AND updated_at < ? ORDER BY updated_at, id LIMIT ?",
        {beforeMs, std::int64_t {std::max(limit, 1)}});
    std::vector<std::string> ids;
    ids.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        ids.push_back(rows.text(row, 0));
    }
    return ids;
}

} // namespace hss::server
