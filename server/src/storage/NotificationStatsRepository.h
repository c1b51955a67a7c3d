// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include <Poco/Data/Session.h>

#include "Database.h"

namespace hss::server {

/// Delivery figures of the notification outbox per channel, for the admins' channel page. Read-only.
class NotificationStatsRepository final
{
public:
    struct ChannelStats
    {
        std::int64_t sent = 0; ///< Delivered.
        std::int64_t failed = 0; ///< Dead-lettered: every attempt failed.
        std::int64_t pending = 0; ///< Waiting for a (first or further) attempt, or being sent now.
        std::optional<std::string> lastError; ///< The newest recorded error of a message not (yet) delivered.
    };

    explicit NotificationStatsRepository(Database& database);

    /// The figures of the messages created at or after \a sinceMs, by channel name; channels without messages are
    /// absent.
    std::map<std::string, ChannelStats> since(Poco::Data::Session& session, std::int64_t sinceMs);

private:
    Database& m_database;
};

} // namespace hss::server
