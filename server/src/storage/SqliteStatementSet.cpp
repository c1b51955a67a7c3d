// SPDX-License-Identifier: MIT
#include "SqliteStatementSet.h"

#include <vector>

#include <Poco/Data/DataException.h>

#include <sqlite3.h>

namespace hss::server {

namespace {

SqlValue columnValue(sqlite3_stmt* statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return static_cast<std::int64_t>(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, column);
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        return std::string(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(statement, column)));
    }
    }
}

/// Resets the statement however the caller leaves, so it never holds a read snapshot or the write lock.
class ResetOnExit final
{
public:
    explicit ResetOnExit(sqlite3_stmt* statement)
        : m_statement(statement)
    { }
    ~ResetOnExit()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    ResetOnExit(const ResetOnExit&) = delete;
    ResetOnExit& operator=(const ResetOnExit&) = delete;

private:
    sqlite3_stmt* m_statement;
};

} // namespace

SqliteStatementSet::SqliteStatementSet(sqlite3* connection)
    : m_connection(connection)
{ }

SqliteStatementSet::~SqliteStatementSet()
{
    for (const auto& [sql, statement] : m_statements) {
        sqlite3_finalize(statement);
    }
}

sqlite3_stmt* SqliteStatementSet::prepared(std::string_view sql)
{
    if (const auto found = m_statements.find(sql); found != m_statements.end()) {
        return found->second;
    }
    sqlite3_stmt* statement = nullptr;
    const int code = sqlite3_prepare_v2(m_connection, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
    if (code != SQLITE_OK || statement == nullptr) {
        sqlite3_finalize(statement);
        throw Poco::Data::DataException(std::string(sqlite3_errmsg(m_connection)) + " in: " + std::string(sql));
    }
    m_statements.emplace(std::string(sql), statement);
    return statement;
}

void SqliteStatementSet::bind(sqlite3_stmt* statement, std::string_view sql, std::span<const SqlValue> params)
{
    if (static_cast<std::size_t>(sqlite3_bind_parameter_count(statement)) != params.size()) {
        throw Poco::Data::DataException("wrong number of parameters for: " + std::string(sql));
    }
    int index = 1;
    for (const SqlValue& param : params) {
        int code = SQLITE_OK;
        if (const auto* text = std::get_if<std::string>(&param)) {
            // SQLITE_STATIC: the caller's strings outlive the statement's use in this call.
            code = sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()), SQLITE_STATIC);
        } else if (const auto* number = std::get_if<std::int64_t>(&param)) {
            code = sqlite3_bind_int64(statement, index, *number);
        } else if (const auto* real = std::get_if<double>(&param)) {
            code = sqlite3_bind_double(statement, index, *real);
        } else {
            code = sqlite3_bind_null(statement, index);
        }
        if (code != SQLITE_OK) {
            fail(sql, code);
        }
        ++index;
    }
}

void SqliteStatementSet::fail(std::string_view sql, int code)
{
    std::string message = sqlite3_errmsg(m_connection);
    if (message.empty() || message == "not an error") {
        message = sqlite3_errstr(code);
    }
    throw Poco::Data::DataException(message + " in: " + std::string(sql));
}

ResultRows SqliteStatementSet::query(std::string_view sql, std::span<const SqlValue> params)
{
    sqlite3_stmt* statement = prepared(sql);
    const ResetOnExit reset(statement);
    bind(statement, sql, params);
    const int columns = sqlite3_column_count(statement);
    std::vector<SqlValue> cells;
    for (;;) {
        const int code = sqlite3_step(statement);
        if (code == SQLITE_DONE) {
            break;
        }
        if (code != SQLITE_ROW) {
            fail(sql, code);
        }
        for (int column = 0; column < columns; ++column) {
            cells.push_back(columnValue(statement, column));
        }
    }
    return ResultRows(static_cast<std::size_t>(columns), std::move(cells));
}

std::int64_t SqliteStatementSet::execute(std::string_view sql, std::span<const SqlValue> params)
{
    sqlite3_stmt* statement = prepared(sql);
    const ResetOnExit reset(statement);
    bind(statement, sql, params);
    int code = SQLITE_ROW;
    while (code == SQLITE_ROW) {
        code = sqlite3_step(statement);
    }
    if (code != SQLITE_DONE) {
        fail(sql, code);
    }
    return sqlite3_changes(m_connection);
}

} // namespace hss::server
