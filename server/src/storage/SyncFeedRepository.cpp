// SPDX-License-Identifier: MIT
#include "SyncFeedRepository.h"

#include <algorithm>

#include <Poco/Data/Statement.h>

#include "ResultRows.h"
#include "SqlText.h"
#include "hss/HlcTimestamp.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

SyncFeedRepository::SyncFeedRepository(Database& database)
    : m_database(database)
{ }

std::string SyncFeedRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

std::int64_t SyncFeedRepository::touch(Poco::Data::Session& session, std::string_view entity, std::string_view entityId,
                                       std::int64_t revision, bool deleted, std::string_view hlc)
{
    std::int64_t sequence = 0;
    session << "UPDATE sync_counter SET value = value + 1 WHERE id = 1", pk::now;
    session << "SELECT value FROM sync_counter WHERE id = 1", pk::into(sequence), pk::now;
    const std::string entityText(entity);
    const std::string idText(entityId);
    session << sql("DELETE FROM sync_feed WHERE entity = ? AND entity_id = ?"), pk::bind(entityText), pk::bind(idText),
        pk::now;
    session << sql("INSERT INTO sync_feed (seq, entity, entity_id, revision, deleted, hlc) VALUES (?, ?, ?, ?, ?, ?)"),
        pk::bind(sequence), pk::bind(entityText), pk::bind(idText), pk::bind(revision), pk::bind(deleted ? 1 : 0),
        pk::bind(std::string(hlc)), pk::now;
    return sequence;
}

std::vector<FeedEntry> SyncFeedRepository::after(std::int64_t afterSequence, int limit)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("SELECT seq, entity, entity_id, revision, deleted, hlc FROM sync_feed WHERE seq > ? "
                     "ORDER BY seq LIMIT ?"),
        pk::bind(afterSequence), pk::bind(static_cast<std::int64_t>(std::max(limit, 0)));
    const ResultRows rows(statement);
    std::vector<FeedEntry> entries;
    entries.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        entries.push_back(FeedEntry {rows.integer(row, 0), rows.text(row, 1), rows.text(row, 2), rows.integer(row, 3),
                                     rows.integer(row, 4) != 0, rows.text(row, 5)});
    }
    return entries;
}

std::string SyncFeedRepository::serverHlc(std::int64_t atMs)
{
    return HlcTimestamp {std::max<std::int64_t>(atMs, 0), 0, "server"}.toString();
}

} // namespace hss::server
