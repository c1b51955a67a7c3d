// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <unordered_map>

#include "PreparedStatementSet.h"

struct sqlite3;
struct sqlite3_stmt;

namespace hss::server {

/// Prepared statements on one SQLite connection. Poco::Data compiles every statement again on every execution,
/// which was a quarter of a ticket read's CPU; these are compiled once per connection.
class SqliteStatementSet final : public PreparedStatementSet
{
public:
    explicit SqliteStatementSet(sqlite3* connection);
    /// Finalizes the statements (the connection must still be open or a zombie kept by them).
    ~SqliteStatementSet() override;

    SqliteStatementSet(const SqliteStatementSet&) = delete;
    SqliteStatementSet& operator=(const SqliteStatementSet&) = delete;

    ResultRows query(std::string_view sql, std::span<const SqlValue> params) override;
    std::int64_t execute(std::string_view sql, std::span<const SqlValue> params) override;

private:
    sqlite3_stmt* prepared(std::string_view sql);
    void bind(sqlite3_stmt* statement, std::string_view sql, std::span<const SqlValue> params);
    [[noreturn]] void fail(std::string_view sql, int code);

    sqlite3* m_connection;
    std::unordered_map<std::string, sqlite3_stmt*, SqlTextHash, std::equal_to<>> m_statements;
};

} // namespace hss::server
