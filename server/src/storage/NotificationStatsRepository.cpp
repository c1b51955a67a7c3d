// SPDX-License-Identifier: MIT
#include "NotificationStatsRepository.h"

#include "ResultRows.h"
#include "StatementCache.h"

namespace hss::server {

NotificationStatsRepository::NotificationStatsRepository(Database& database)
    : m_database(database)
{ }

std::map<std::string, NotificationStatsRepository::ChannelStats>
NotificationStatsRepository::since(Poco::Data::Session& session, std::int64_t sinceMs)
{
    std::map<std::string, ChannelStats> stats;
    const ResultRows counts = m_database.statements().query(
        session,
        "SELECT channel, state, COUNT(*) FROM notification_outbox WHERE created_at >= ? GROUP BY channel, state",
        {sinceMs});
    for (std::size_t row = 0; row < counts.size(); ++row) {
        ChannelStats& channel = stats[counts.text(row, 0)];
        const std::string state = counts.text(row, 1);
        const std::int64_t count = counts.integer(row, 2);
        if (state == "sent") {
            channel.sent += count;
        } else if (state == "dead") {
            channel.failed += count;
        } else {
            channel.pending += count;
        }
    }
    for (auto& [name, channel] : stats) {
        // markSent clears last_error, so only messages still pending or dead carry one.
        const ResultRows newest = m_database.statements().query(
            session,
            "SELECT last_error FROM notification_outbox WHERE channel = ? AND created_at >= ? "
            "AND last_error IS NOT NULL ORDER BY created_at DESC LIMIT 1",
            {name, sinceMs});
        if (!newest.empty()) {
            channel.lastError = newest.optionalText(0, 0);
        }
    }
    return stats;
}

} // namespace hss::server
