// SPDX-License-Identifier: MIT
#include "PostgresStatementSet.h"

#include <charconv>
#include <memory>
#include <vector>

#include <Poco/Data/DataException.h>

#include "SqlText.h"
#include <libpq-fe.h>

namespace hss::server {

namespace {

struct ResultDeleter
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

std::string errorText(PGconn* connection, const PGresult* result, std::string_view sql)
{
    std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
        message.pop_back();
    }
    return message + " in: " + std::string(sql);
}

/// libpq takes every parameter as text; keeps the texts alive for the call.
class TextParameters final
{
public:
    explicit TextParameters(std::span<const SqlValue> params)
    {
        m_texts.reserve(params.size());
        m_pointers.reserve(params.size());
        for (const SqlValue& param : params) {
            if (const auto* text = std::get_if<std::string>(&param)) {
                m_pointers.push_back(text->c_str());
            } else if (const auto* number = std::get_if<std::int64_t>(&param)) {
                m_texts.push_back(std::to_string(*number));
                m_pointers.push_back(m_texts.back().c_str());
            } else if (const auto* real = std::get_if<double>(&param)) {
                char buffer[64];
                const auto end = std::to_chars(buffer, buffer + sizeof buffer, *real).ptr;
                m_texts.emplace_back(buffer, end);
                m_pointers.push_back(m_texts.back().c_str());
            } else {
                m_pointers.push_back(nullptr);
            }
        }
    }
    const char* const* values() const { return m_pointers.data(); }
    int count() const { return static_cast<int>(m_pointers.size()); }

private:
    std::vector<std::string> m_texts; // reserved up front: pointers into it stay valid
    std::vector<const char*> m_pointers;
};

} // namespace

PostgresStatementSet::PostgresStatementSet(pg_conn* connection)
    : m_connection(connection)
{ }

const PostgresStatementSet::Prepared& PostgresStatementSet::prepared(std::string_view sql)
{
    if (const auto found = m_statements.find(sql); found != m_statements.end()) {
        return found->second;
    }
    const std::string numbered = sqltext::forBackend(sql, Database::Backend::PostgreSQL);
    Prepared statement {"hss_" + std::to_string(m_statements.size() + 1), 0};
    const ResultPtr result(PQprepare(m_connection, statement.name.c_str(), numbered.c_str(), 0, nullptr));
    if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
        throw Poco::Data::DataException(errorText(m_connection, result.get(), sql));
    }
    const ResultPtr described(PQdescribePrepared(m_connection, statement.name.c_str()));
    if (!described || PQresultStatus(described.get()) != PGRES_COMMAND_OK) {
        throw Poco::Data::DataException(errorText(m_connection, described.get(), sql));
    }
    statement.parameterCount = static_cast<std::size_t>(PQnparams(described.get()));
    return m_statements.emplace(std::string(sql), std::move(statement)).first->second;
}

ResultRows PostgresStatementSet::query(std::string_view sql, std::span<const SqlValue> params)
{
    const Prepared& statement = prepared(sql);
    if (statement.parameterCount != params.size()) {
        throw Poco::Data::DataException("wrong number of parameters for: " + std::string(sql));
    }
    const TextParameters texts(params);
    const ResultPtr result(
        PQexecPrepared(m_connection, statement.name.c_str(), texts.count(), texts.values(), nullptr, nullptr, 0));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        throw Poco::Data::DataException(errorText(m_connection, result.get(), sql));
    }
    const int rows = PQntuples(result.get());
    const int columns = PQnfields(result.get());
    std::vector<SqlValue> cells;
    cells.reserve(static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns));
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            if (PQgetisnull(result.get(), row, column)) {
                cells.emplace_back();
            } else {
                cells.emplace_back(std::string(PQgetvalue(result.get(), row, column),
                                               static_cast<std::size_t>(PQgetlength(result.get(), row, column))));
            }
        }
    }
    return ResultRows(static_cast<std::size_t>(columns), std::move(cells));
}

std::int64_t PostgresStatementSet::execute(std::string_view sql, std::span<const SqlValue> params)
{
    const Prepared& statement = prepared(sql);
    if (statement.parameterCount != params.size()) {
        throw Poco::Data::DataException("wrong number of parameters for: " + std::string(sql));
    }
    const TextParameters texts(params);
    const ResultPtr result(
        PQexecPrepared(m_connection, statement.name.c_str(), texts.count(), texts.values(), nullptr, nullptr, 0));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        throw Poco::Data::DataException(errorText(m_connection, result.get(), sql));
    }
    std::int64_t changed = 0;
    const std::string_view tuples = PQcmdTuples(result.get());
    std::from_chars(tuples.data(), tuples.data() + tuples.size(), changed);
    return changed;
}

std::int64_t PostgresStatementSet::copyIn(std::string_view copySql, std::string_view rows)
{
    const std::string sql(copySql);
    ResultPtr started(PQexec(m_connection, sql.c_str()));
    if (!started || PQresultStatus(started.get()) != PGRES_COPY_IN) {
        throw Poco::Data::DataException(errorText(m_connection, started.get(), copySql));
    }
    // Sent whole or not at all: a failed send still ends the COPY, so the connection is usable for the rollback.
    const bool sent = PQputCopyData(m_connection, rows.data(), static_cast<int>(rows.size())) == 1;
    const bool ended = PQputCopyEnd(m_connection, sent ? nullptr : "the rows could not be sent") == 1;
    ResultPtr finished(PQgetResult(m_connection));
    while (ResultPtr extra {PQgetResult(m_connection)}) {
        // A COPY has one result; reading on to the end leaves the connection ready for the next statement.
    }
    if (!sent || !ended || !finished || PQresultStatus(finished.get()) != PGRES_COMMAND_OK) {
        throw Poco::Data::DataException(errorText(m_connection, finished.get(), copySql));
    }
    std::int64_t stored = 0;
    const std::string_view tuples = PQcmdTuples(finished.get());
    std::from_chars(tuples.data(), tuples.data() + tuples.size(), stored);
    return stored;
}

} // namespace hss::server
