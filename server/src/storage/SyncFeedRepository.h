// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/Data/Session.h>

#include "Database.h"

namespace hss::server {

/// One entry of the change feed: the object's latest change (or its deletion) and the sequence number it got.
struct FeedEntry
{
    std::int64_t sequence = 0;
    std::string entity; ///< Wire name of hss::sync::SyncEntity.
    std::string entityId;
    std::int64_t revision = 0;
    bool deleted = false;
    std::string hlc; ///< HlcTimestamp text of the change.
};

/// The sync change feed. touch() runs inside the writing transaction and gives the object the next sequence
/// number at the end of that transaction's work: the counter row stays locked (PostgreSQL) or the write lock held
/// (SQLite) until commit, so numbers become visible in commit order and a cursor never skips a change. Only the
/// latest change per object is kept: a console needs the current row, not every intermediate one.
class SyncFeedRepository final
{
public:
    explicit SyncFeedRepository(Database& database);

    /// Records a change of (entity, id) in the caller's write transaction; returns its sequence number.
    std::int64_t touch(Poco::Data::Session& session, std::string_view entity, std::string_view entityId,
                       std::int64_t revision, bool deleted, std::string_view hlc);

    /// Up to \a limit entries with sequence > \a afterSequence, in sequence order.
    std::vector<FeedEntry> after(std::int64_t afterSequence, int limit);
    std::vector<FeedEntry> after(Poco::Data::Session& session, std::int64_t afterSequence, int limit);

    /// The sequence number of the latest committed change (0 before the first).
    std::int64_t latestSequence(Poco::Data::Session& session);

    /// The HLC text for a change made through the REST API at \a atMs (the server's own node id).
    static std::string serverHlc(std::int64_t atMs);

private:
    Database& m_database;
};

} // namespace hss::server
