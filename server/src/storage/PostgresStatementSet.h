// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <unordered_map>

#include "PreparedStatementSet.h"

struct pg_conn;

namespace hss::server {

/// Named prepared statements on one PostgreSQL connection. Poco's connector prepares, describes, runs and
/// deallocates every statement on each execution (four round trips); these are prepared once per connection, so
/// each execution is one round trip.
class PostgresStatementSet final : public PreparedStatementSet
{
public:
    explicit PostgresStatementSet(pg_conn* connection);

    ResultRows query(std::string_view sql, std::span<const SqlValue> params) override;
    std::int64_t execute(std::string_view sql, std::span<const SqlValue> params) override;

    /// Runs \a copySql ("COPY table (columns) FROM STDIN") with \a rows in COPY's text format, in one round trip;
    /// returns the number of rows stored.
    std::int64_t copyIn(std::string_view copySql, std::string_view rows);

private:
    struct Prepared
    {
        std::string name;
        std::size_t parameterCount = 0;
    };

    const Prepared& prepared(std::string_view sql);

    pg_conn* m_connection;
    std::unordered_map<std::string, Prepared, SqlTextHash, std::equal_to<>> m_statements;
};

} // namespace hss::server
