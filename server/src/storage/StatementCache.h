// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <shared_mutex>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <Poco/Data/Session.h>

#include "Database.h"
#include "PreparedStatementSet.h"

namespace hss::server {

/// Prepared statements for the queries every request runs, kept per database connection for the connection's
/// lifetime (Database keeps its connections open, so they stay prepared). Statements run on the connection behind
/// a Poco session, inside whatever transaction that session has open. Thread-safe; a connection's statements are
/// only used by the thread that holds its session.
class StatementCache final
{
public:
    explicit StatementCache(Database::Backend backend);
    ~StatementCache();

    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    /// Remembers how to reach the native connection of a session the database has just opened (PostgreSQL needs
    /// it; SQLite sessions expose theirs already).
    void adopt(Poco::Data::Session& session) const;

    /// Runs \a sql (? placeholders) with \a params on \a session's connection and returns its rows.
    ResultRows query(Poco::Data::Session& session, std::string_view sql, std::span<const SqlValue> params = {});
    ResultRows query(Poco::Data::Session& session, std::string_view sql, std::initializer_list<SqlValue> params)
    {
        return query(session, sql, std::span<const SqlValue>(params.begin(), params.size()));
    }
    /// Runs \a sql and returns the number of rows it changed.
    std::int64_t execute(Poco::Data::Session& session, std::string_view sql, std::span<const SqlValue> params = {});
    std::int64_t execute(Poco::Data::Session& session, std::string_view sql, std::initializer_list<SqlValue> params)
    {
        return execute(session, sql, std::span<const SqlValue>(params.begin(), params.size()));
    }

    /// PostgreSQL only: stores \a rows (COPY's text format) with \a copySql ("COPY table (columns) FROM STDIN")
    /// on \a session's connection; returns the number of rows stored.
    std::int64_t copyIn(Poco::Data::Session& session, std::string_view copySql, std::string_view rows);

    /// Finalizes every statement; the database calls it before closing its connections.
    void clear();

    /// Connections with prepared statements (for tests).
    std::size_t connectionCount();

private:
    using ConnectionKey = std::pair<void*, int>;
    struct ConnectionKeyHash
    {
        std::size_t operator()(const ConnectionKey& key) const noexcept
        {
            return std::hash<void*> {}(key.first) ^ (static_cast<std::size_t>(key.second) << 1);
        }
    };

    PreparedStatementSet& statementsOf(Poco::Data::Session& session);

    Database::Backend m_backend;
    std::shared_mutex m_mutex;
    // Keyed by the native connection and, on PostgreSQL, its server process (which changes on a reconnect).
    std::unordered_map<ConnectionKey, std::unique_ptr<PreparedStatementSet>, ConnectionKeyHash> m_sets;
};

} // namespace hss::server
