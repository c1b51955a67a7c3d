// SPDX-License-Identifier: MIT
#include "SyncFeedRepository.h"

#include <algorithm>

#include "ResultRows.h"
#include "StatementCache.h"
#include "hss/HlcTimestamp.h"

namespace hss::server {

SyncFeedRepository::SyncFeedRepository(Database& database)
    : m_database(database)
{ }

std::int64_t SyncFeedRepository::touch(Poco::Data::Session& session, std::string_view entity, std::string_view entityId,
                                       std::int64_t revision, bool deleted, std::string_view hlc)
{
    StatementCache& statements = m_database.statements();
    // The counter row stays locked until the transaction ends, so sequence numbers are handed out in commit order
    // and a cursor never passes a number that commits later.
    const std::int64_t deletedFlag = deleted ? 1 : 0;
    if (m_database.backend() == Database::Backend::PostgreSQL) {
        // One round trip: the counter's update feeds the upsert.
        return statements
            .query(session,
                   "WITH counter AS (UPDATE sync_counter SET value = value + 1 WHERE id = 1 RETURNING value) "
                   "INSERT INTO sync_feed (seq, entity, entity_id, revision, deleted, hlc) "
                   "SELECT value, ?, ?, ?, ?, ? FROM counter "
                   "ON CONFLICT (entity, entity_id) DO UPDATE SET seq = excluded.seq, revision = excluded.revision, "
                   "deleted = excluded.deleted, hlc = excluded.hlc RETURNING seq",
                   {std::string(entity), std::string(entityId), revision, deletedFlag, std::string(hlc)})
            .integer(0, 0);
    }
    const std::int64_t sequence =
        statements.query(session, "UPDATE sync_counter SET value = value + 1 WHERE id = 1 RETURNING value")
            .integer(0, 0);
    statements.execute(
        session,
        "INSERT INTO sync_feed (seq, entity, entity_id, revision, deleted, hlc) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (entity, entity_id) DO UPDATE SET seq = excluded.seq, revision = excluded.revision, "
        "deleted = excluded.deleted, hlc = excluded.hlc",
        {sequence, std::string(entity), std::string(entityId), revision, deletedFlag, std::string(hlc)});
    return sequence;
}

std::vector<FeedEntry> SyncFeedRepository::after(std::int64_t afterSequence, int limit)
{
    auto session = m_database.session();
    return after(session, afterSequence, limit);
}

std::vector<FeedEntry> SyncFeedRepository::after(Poco::Data::Session& session, std::int64_t afterSequence, int limit)
{
    const ResultRows rows = m_database.statements().query(
        session,
        "SELECT seq, entity, entity_id, revision, deleted, hlc FROM sync_feed WHERE seq > ? ORDER BY seq LIMIT ?",
        {afterSequence, static_cast<std::int64_t>(std::max(limit, 0))});
    std::vector<FeedEntry> entries;
    entries.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        entries.push_back(FeedEntry {rows.integer(row, 0), rows.text(row, 1), rows.text(row, 2), rows.integer(row, 3),
                                     rows.integer(row, 4) != 0, rows.text(row, 5)});
    }
    return entries;
}

std::int64_t SyncFeedRepository::latestSequence(Poco::Data::Session& session)
{
    const ResultRows rows = m_database.statements().query(session, "SELECT value FROM sync_counter WHERE id = 1");
    return rows.empty() ? 0 : rows.integer(0, 0);
}

std::string SyncFeedRepository::serverHlc(std::int64_t atMs)
{
    return HlcTimestamp {std::max<std::int64_t>(atMs, 0), 0, "server"}.toString();
}

} // namespace hss::server
